// The built site as a visitor meets it: every page of the sitemap, in every language, in Chromium,
// served by real nginx with the generated configuration over HTTPS, so each page is checked once
// under the headers a department's host sends (tests/e2e/deploy.test.ts checks the headers).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type Report } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { LANGUAGES, LOCALES } from '../../src/lib/languages.ts';
import { axeRoot, axeViolations, instrument, launchChromium, policyViolations, serveStatic, sitemapUrls, type StaticServer } from './harness.ts';
import { startNginx, type Nginx } from './nginx.ts';
import { headerTable } from '../../src/lib/headers.ts';
import { readCmsSettings } from '../../src/lib/cms/settings.ts';

const routes = routeMapFromTree(loadContentTree('content'));

interface Link {
  href: string;
  /** The language list's link to language … */
  switchTo: string | null;
  hreflang: string | null;
  lang: string | null;
  text: string;
}
interface Visit {
  path: string;
  status: number;
  lang: string;
  h1: number;
  headingLevels: number[];
  links: Link[];
  /** The language list: each entry's language, and whether it is this page (not a link). */
  languageList: { lang: string; current: boolean; text: string }[];
  ids: string[];
  alternates: Record<string, string>;
  csp: string;
  styleAttributes: number;
  scripts: string[];
  consoleErrors: string[];
  /** Violations of the page's policies, meta and header, as the page saw them. */
  cspViolations: string[];
  axe: { id: string; impact?: string | null; nodes: string[] }[];
}

let server: StaticServer;
let nginx: Nginx;
let browser: Browser;
let sitemap: Awaited<ReturnType<typeof sitemapUrls>>;
const visits = new Map<string, Visit>();
const KNOWN_BAD = '__test-known-bad.html';

/** Opens a page of the sitemap over nginx; links and alternates are read as if from the plain
 * static server, where the rest of this file fetches. */
async function visit(page: Page, url: string): Promise<Visit> {
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(m.text());
  };
  const onError = (e: Error) => errors.push(e.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const response = await page.goto(url.replace(server.origin, nginx.httpsOrigin), { waitUntil: 'load' });
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    headingLevels: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])),
    links: [...document.querySelectorAll('a[href]')].map((a) => ({
      href: (a as HTMLAnchorElement).href,
      switchTo: a.getAttribute('data-lang-switch'),
      hreflang: a.getAttribute('hreflang'),
      lang: a.getAttribute('lang'),
      text: a.textContent?.trim() ?? '',
    })),
    languageList: [...document.querySelectorAll('.lang-list li > *')].map((e) => ({ lang: e.getAttribute('lang') ?? '', current: e.tagName !== 'A', text: e.textContent?.trim() ?? '' })),
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, (l as HTMLLinkElement).href]),
    ),
    csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
    styleAttributes: document.querySelectorAll('[style]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.type !== 'application/ld+json').map((s) => s.src || 'inline'),
  }));
  const violations = await axeViolations(page);
  const cspViolations = await policyViolations(page);
  page.off('console', onConsole);
  page.off('pageerror', onError);
  const here = (href: string) => href.replace(nginx.httpsOrigin, server.origin);
  return {
    path: new URL(url).pathname,
    status: response?.status() ?? 0,
    ...facts,
    links: facts.links.map((l) => ({ ...l, href: here(l.href) })),
    alternates: Object.fromEntries(Object.entries(facts.alternates).map(([k, v]) => [k, here(v)])),
    consoleErrors: errors,
    cspViolations,
    axe: violations,
  };
}

beforeAll(async () => {
  server = await serveStatic('dist');
  const root = axeRoot('dist', path.resolve('tests/.tmp/site-root'));
  // Beside the site, served the same way: a page with faults axe must find (no alt text, an
  // unlabelled field, a link with no name), so a checker that checks nothing cannot pass.
  writeFileSync(path.join(root, KNOWN_BAD), '<!doctype html><html lang="vi"><title>Lỗi</title><main><h1>Lỗi</h1><img src="/favicon.svg"><input type="text"><a href="/"></a></main></html>');
  nginx = await startNginx(headerTable(readCmsSettings('content')), root, path.resolve('tests/.tmp/nginx-site'));
  browser = await launchChromium();
  sitemap = await sitemapUrls(server.origin);
  const urls = [...sitemap.map((s) => s.url), ...LANGUAGES.map((l) => `${server.origin}${routes.href('notFound', l.code)}`)];
  // One page at a time: the other browser test files run beside this one, and on the 2-core
  // machine two pages at a time on top of them made every file slower (the browser tests took
  // 618 s with two, 540 s with one).
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  await instrument(context);
  const page = await context.newPage();
  for (const url of urls) visits.set(new URL(url).pathname, await visit(page, url));
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  nginx?.stop();
});

const local = (href: string) => href.startsWith(server.origin);
const pathOf = (href: string) => new URL(href).pathname;
const isPage = (href: string) => /\/$|\.html$/.test(pathOf(href));

describe('the sitemap', () => {
  it('lists every page of the route map, in every language, and nothing else', () => {
    const listed = sitemap.map((s) => new URL(s.url).pathname).sort();
    expect(listed).toEqual(routes.indexable.map((r) => r.path).sort());
    for (const l of LOCALES) expect(listed.some((p) => routes.find(p)?.locale === l), l).toBe(true);
  });

  it('answers 200 for every URL it lists', () => {
    const failing = [...visits.values()].filter((v) => !v.path.endsWith('404.html') && v.status !== 200);
    expect(failing.map((v) => `${v.path}: ${v.status}`)).toEqual([]);
  });

  it('gives each URL all its counterparts, in every language it exists in, and an x-default, including pairs whose slugs differ', () => {
    for (const { url, alternates } of sitemap) {
      const route = routes.find(new URL(url).pathname)!;
      const expected = Object.fromEntries(routes.alternates(route.key).map((r) => [r.locale, server.origin + r.path]));
      expect(alternates, url).toEqual({ ...expected, 'x-default': server.origin + routes.href(route.key, 'vi') });
      expect(Object.keys(alternates), url).toContain(route.locale);
    }
    const about = sitemap.find((s) => s.url.endsWith('/gioi-thieu/'))!.alternates;
    expect(about).toMatchObject({ en: `${server.origin}/en/about/`, 'zh-Hant': `${server.origin}/zh-hant/about/`, ja: `${server.origin}/ja/about/`, ko: `${server.origin}/ko/about/` });
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap at the site address', async () => {
    const text = await (await fetch(`${server.origin}/robots.txt`)).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});

describe('every language', () => {
  it('sets <html lang> to the language of the URL', () => {
    for (const v of visits.values()) {
      const route = routes.find(v.path) ?? routes.all.find((r) => r.path === v.path)!;
      expect(v.lang, v.path).toBe(route.locale);
    }
  });

  it('links each page to its counterparts with hreflang alternates that match the sitemap, both ways', () => {
    for (const { url, alternates } of sitemap) {
      const v = visits.get(pathOf(url))!;
      const abs = Object.fromEntries(Object.entries(v.alternates).map(([k, href]) => [k, pathOf(href)]));
      const expected = Object.fromEntries(Object.entries(alternates).map(([k, href]) => [k, pathOf(href)]));
      expect(abs, v.path).toEqual(expected);
      for (const [lang, p] of Object.entries(expected)) {
        if (lang !== 'x-default') expect(Object.values(visits.get(p)!.alternates).map(pathOf), `${p} names ${v.path}`).toContain(v.path);
      }
    }
  });

  it('lists every language on every page, each named in itself, and links to this page in each, or its nearest page there, and back', () => {
    for (const v of visits.values()) {
      if (v.path.endsWith('404.html')) continue;
      const route = routes.find(v.path)!;
      expect(v.languageList, v.path).toEqual(LANGUAGES.map((l) => ({ lang: l.code, current: l.code === route.locale, text: l.name })));
      const switches = v.links.filter((l) => l.switchTo);
      expect(switches.map((l) => l.switchTo), v.path).toEqual(LOCALES.filter((l) => l !== route.locale));
      for (const link of switches) {
        expect(link.hreflang, v.path).toBe(link.switchTo);
        expect(link.lang, v.path).toBe(link.switchTo);
        const { route: target, exact } = routes.counterpart(route, link.switchTo!);
        expect(pathOf(link.href), `${v.path} -> ${link.switchTo}`).toBe(target.path);
        if (exact) {
          const back = visits.get(target.path)!.links.find((l) => l.switchTo === route.locale)!;
          expect(pathOf(back.href), `back from ${target.path}`).toBe(v.path);
        }
      }
    }
  });

  it('lands on the page in the language a visitor picks, by mouse, by keyboard and without JavaScript', async () => {
    // Every language from a record page, a partial language's page and an untranslated article;
    // without JavaScript, from the home page.
    const samples = { true: ['/du-an/semiconductor-packaging-plant/', '/ja/industrial-zones/vsip-3/', '/tin-tuc/vung-kinh-te-trong-diem-2020/'], false: ['/'] };
    for (const javaScriptEnabled of [true, false]) {
      const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
      for (const p of samples[String(javaScriptEnabled) as 'true' | 'false']) {
        const route = routes.find(p)!;
        for (const l of LOCALES.filter((x) => x !== route.locale)) {
          await page.goto(server.origin + p);
          const target = routes.counterpart(route, l).route;
          const link = page.locator(`.lang-list a[data-lang-switch="${l}"]`);
          if (l === 'ko') {
            await link.focus();
            await Promise.all([page.waitForURL(server.origin + target.path, { timeout: 5000 }), page.keyboard.press('Enter')]);
          } else {
            await Promise.all([page.waitForURL(server.origin + target.path, { timeout: 5000 }), link.click()]);
          }
          expect(await page.evaluate(() => document.documentElement.lang), `${p} -> ${l}`).toBe(l);
        }
      }
      await page.close();
    }
  });

  it('fits the language list on one row of a phone\'s header, each a target large enough to tap', async () => {
    const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    for (const p of ['/', '/en/', '/zh-hant/', '/ja/', '/ko/']) {
      await page.goto(server.origin + p);
      const boxes = await page.locator('.lang-list li > *').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right, height: r.height, width: r.width })));
      expect(new Set(boxes.map((b) => Math.round(b.top))).size, `${p}: one row`).toBe(1);
      expect(Math.max(...boxes.map((b) => b.right)), p).toBeLessThanOrEqual(360);
      for (const b of boxes) expect(Math.min(b.height, b.width), p).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });

  it('never links into another language except through the language list or a link that says so (hreflang)', () => {
    for (const v of visits.values()) {
      const crossing = v.links.filter((l) => local(l.href) && !l.switchTo && !l.hreflang && isPage(l.href) && routes.find(pathOf(l.href))?.locale !== v.lang);
      expect(crossing.map((l) => l.href), v.path).toEqual([]);
    }
  });

  it('says once on each page of a partial language that the translation is for reference and the Vietnamese prevails', () => {
    for (const v of visits.values()) {
      if (v.path.endsWith('404.html')) continue;
      const partial = !LANGUAGES.find((l) => l.code === v.lang)!.complete;
      const html = readFileSync(path.join('dist', v.path, 'index.html'), 'utf8');
      expect((html.match(/class="prevails"/g) ?? []).length, v.path).toBe(partial ? 1 : 0);
    }
  });

  it('serves a 404 page in the language of the missing URL', async () => {
    const texts: Record<string, string> = { '/khong-co-trang-nay/': 'Không tìm thấy trang', '/en/no-such-page/': 'Page not found', '/ja/no-such-page/': '<html lang="ja"', '/zh-hant/no-such-page/': '<html lang="zh-Hant"', '/ko/no-such-page/': '<html lang="ko"' };
    for (const [p, text] of Object.entries(texts)) {
      const res = await fetch(`${server.origin}${p}`);
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).toContain(text);
    }
  });
});

describe('links', () => {
  it('has no broken internal link or #fragment on any page', async () => {
    const broken: string[] = [];
    const statusOf = new Map<string, number>();
    for (const v of visits.values()) {
      for (const l of v.links.filter((x) => local(x.href))) {
        const target = pathOf(l.href);
        if (!statusOf.has(target)) statusOf.set(target, visits.get(target)?.status ?? (await fetch(server.origin + target)).status);
        if (statusOf.get(target) !== 200) broken.push(`${v.path} -> ${l.href} (${statusOf.get(target)})`);
        const hash = decodeURIComponent(new URL(l.href).hash.slice(1));
        if (hash) {
          const ids = visits.get(target)?.ids;
          if (!ids?.includes(hash)) broken.push(`${v.path} -> ${l.href} (no element with id "${hash}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('accessibility and markup', () => {
  it('finds the faults of a known-bad page served the same way, so the crawl\'s checker is working', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    await instrument(context);
    const page = await context.newPage();
    await page.goto(`${nginx.httpsOrigin}/${KNOWN_BAD}`);
    expect((await axeViolations(page)).map((v) => v.id).sort()).toEqual(expect.arrayContaining(['image-alt', 'label', 'link-name']));
    await context.close();
  });

  it('has no axe violation (WCAG 2.2 A and AA) on any page', () => {
    const found = [...visits.values()].flatMap((v) => v.axe.map((a) => `${v.path}: ${a.id} (${a.impact}) at ${a.nodes.slice(0, 3).join(', ')}`));
    expect(found).toEqual([]);
  });

  it('has one h1 and no skipped heading level on any page', () => {
    for (const v of visits.values()) {
      expect(v.h1, v.path).toBe(1);
      expect(v.headingLevels[0], v.path).toBe(1);
      v.headingLevels.forEach((level, i) => {
        if (i > 0) expect(level - v.headingLevels[i - 1]!, `${v.path}: h${v.headingLevels[i - 1]} then h${level}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it('has no html-validate error in any built page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Page titles are the names of real projects and zones plus the organisation's name.
        'long-title': 'off',
        // Astro writes void elements as <meta ... />; either style is valid HTML.
        'void-style': 'off',
        // Tick boxes that share a name are one multiple choice (the zones to compare), as HTML means them.
        'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
        // Heading ids come from the heading's text, which in Chinese, Japanese and Korean may begin
        // with a year ("2025年…"): valid HTML (an id is any text without spaces), and links to it work.
        // Relaxed still refuses an empty id or one with whitespace.
        'valid-id': ['error', { relaxed: true }],
      },
    });
    // /admin/ is the staff CMS, not a page of the site (tests/e2e/cms.test.ts covers it).
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(files.length).toBe(routes.all.length);
    const errors: string[] = [];
    for (const f of files) {
      const report: Report = await validator.validateString(readFileSync(path.join('dist', f), 'utf8'), f);
      for (const r of report.results) for (const m of r.messages) errors.push(`${f}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('obeys its Content-Security-Policy under the host headers: a policy on every page, no inline style attribute, no violation, no console error', () => {
    for (const v of visits.values()) {
      expect(v.cspViolations, v.path).toEqual([]);
      expect(v.csp, v.path).toMatch(/script-src[^;]*'sha\d+-/);
      expect(v.csp, v.path).toMatch(/style-src[^;]*'sha\d+-/);
      expect(v.csp, v.path).not.toContain('unsafe-inline');
      expect(v.styleAttributes, v.path).toBe(0);
      expect(v.consoleErrors, v.path).toEqual([]);
    }
  });
});

describe('page weight', () => {
  it('loads script only on the search, project finder, zone comparison and cost estimator pages', () => {
    for (const v of visits.values()) {
      const route = routes.find(v.path);
      const finder = route?.kind === 'projects' && !route.list?.filter;
      if (route && (finder || ['search', 'compare', 'estimator'].includes(route.kind))) expect(v.scripts.length, v.path).toBeGreaterThan(0);
      else expect(v.scripts, v.path).toEqual([]);
    }
  });
});

describe('look and print', () => {
  it('draws Chinese, Japanese and Korean pages in the reader\'s own fonts: no web font for their text, only the Latin one for their Vietnamese and English words', async () => {
    for (const p of ['/zh-hant/', '/ja/projects/', '/ko/industrial-zones/vsip-1/']) {
      const page = await (await browser.newContext()).newPage();
      const fonts: { url: string; bytes: number }[] = [];
      page.on('response', async (r) => {
        if (r.request().resourceType() === 'font') fonts.push({ url: new URL(r.url()).pathname, bytes: (await r.body()).length });
      });
      await page.goto(server.origin + p);
      await page.evaluate(() => document.fonts.ready);
      const family = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
      expect(family, p).not.toContain('Be Vietnam Pro');
      expect(family, p).toMatch(/Noto Sans (TC|JP|KR)/);
      expect(fonts.filter((f) => !f.url.includes('be-vietnam-pro')), p).toEqual([]);
      // The six subsets of two weights at most: a tenth of one CJK web font.
      expect(fonts.reduce((a, f) => a + f.bytes, 0), `${p}: font bytes`).toBeLessThan(150_000);
      await page.close();
    }
  });

  it('renders Vietnamese text in the self-hosted font, fetched from this site only', async () => {
    const page = await (await browser.newContext()).newPage();
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
    expect(loaded.some((f) => f.includes('Be Vietnam Pro'))).toBe(true);
    expect([...origins]).toEqual([server.origin]);
    await page.close();
  });

  it('prints a project page as a handout: no navigation, the facts and the contact kept', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/en/projects/semiconductor-packaging-plant/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.lang-list').isVisible()).toBe(false);
    expect(await page.locator('#facts').isVisible()).toBe(true);
    expect(await page.locator('.contact-card').isVisible()).toBe(true);
    await page.close();
  });
});
