// The built site as a visitor meets it: every page of the sitemap, in both languages, in Chromium.
import { AxeBuilder } from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type Report } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import type { Locale } from '../../src/lib/schema.ts';
import { launchChromium, serveStatic, sitemapUrls, type StaticServer } from './harness.ts';

const routes = routeMapFromTree(loadContentTree('content'));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Visit {
  path: string;
  status: number;
  lang: string;
  h1: number;
  headingLevels: number[];
  links: { href: string; isSwitch: boolean; text: string }[];
  ids: string[];
  alternates: Record<string, string>;
  csp: string;
  styleAttributes: number;
  scripts: string[];
  consoleErrors: string[];
  axe: { id: string; impact?: string | null; nodes: string[] }[];
}

let server: StaticServer;
let browser: Browser;
let sitemap: Awaited<ReturnType<typeof sitemapUrls>>;
const visits = new Map<string, Visit>();

async function visit(page: Page, url: string): Promise<Visit> {
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(m.text());
  };
  page.on('console', onConsole);
  const response = await page.goto(url, { waitUntil: 'load' });
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    headingLevels: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])),
    links: [...document.querySelectorAll('a[href]')].map((a) => ({
      href: (a as HTMLAnchorElement).href,
      isSwitch: a.hasAttribute('data-lang-switch'),
      text: a.textContent?.trim() ?? '',
    })),
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, (l as HTMLLinkElement).href]),
    ),
    csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
    styleAttributes: document.querySelectorAll('[style]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.type !== 'application/ld+json').map((s) => s.src || 'inline'),
  }));
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  page.off('console', onConsole);
  return {
    path: new URL(url).pathname,
    status: response?.status() ?? 0,
    ...facts,
    consoleErrors: errors,
    axe: axe.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })),
  };
}

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchChromium();
  sitemap = await sitemapUrls(server.origin);
  const page = await (await browser.newContext()).newPage();
  for (const { url } of sitemap) visits.set(new URL(url).pathname, await visit(page, url));
  for (const p of ['/404.html', '/en/404.html']) visits.set(p, await visit(page, server.origin + p));
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const local = (href: string) => href.startsWith(server.origin);
const pathOf = (href: string) => new URL(href).pathname;

describe('the sitemap', () => {
  it('lists every page of the route map, in both languages, and nothing else', () => {
    const listed = sitemap.map((s) => new URL(s.url).pathname).sort();
    expect(listed).toEqual(routes.indexable.map((r) => r.path).sort());
    expect(listed.filter((p) => p.startsWith('/en/')).length).toBe(listed.length / 2);
  });

  it('answers 200 for every URL it lists', () => {
    const failing = [...visits.values()].filter((v) => !v.path.endsWith('404.html') && v.status !== 200);
    expect(failing.map((v) => `${v.path}: ${v.status}`)).toEqual([]);
  });

  it('gives each URL its counterpart and an x-default, including pairs whose slugs differ', () => {
    for (const { url, alternates } of sitemap) {
      const route = routes.find(new URL(url).pathname)!;
      expect(alternates, url).toEqual({
        vi: server.origin + routes.href(route.key, 'vi'),
        en: server.origin + routes.href(route.key, 'en'),
        'x-default': server.origin + routes.href(route.key, 'vi'),
      });
    }
    expect(sitemap.find((s) => s.url.endsWith('/gioi-thieu/'))?.alternates.en).toBe(`${server.origin}/en/about/`);
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap at the site address', async () => {
    const text = await (await fetch(`${server.origin}/robots.txt`)).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});

describe('two languages', () => {
  it('sets <html lang> to the language of the URL', () => {
    for (const v of visits.values()) expect(v.lang, v.path).toBe(v.path.startsWith('/en/') ? 'en' : 'vi');
  });

  it('links each page to its counterpart with hreflang alternates that match the sitemap', () => {
    for (const { url, alternates } of sitemap) {
      const v = visits.get(pathOf(url))!;
      const abs = Object.fromEntries(Object.entries(v.alternates).map(([k, href]) => [k, pathOf(href)]));
      const expected = Object.fromEntries(Object.entries(alternates).map(([k, href]) => [k, pathOf(href)]));
      expect(abs, v.path).toEqual(expected);
    }
  });

  it('has a language switch on every page that points at the exact counterpart, and back', () => {
    for (const v of visits.values()) {
      if (v.path.endsWith('404.html')) continue;
      const switches = v.links.filter((l) => l.isSwitch);
      expect(switches, v.path).toHaveLength(1);
      const route = routes.find(v.path)!;
      const other: Locale = route.locale === 'vi' ? 'en' : 'vi';
      expect(pathOf(switches[0]!.href), v.path).toBe(routes.href(route.key, other));
      const back = visits.get(pathOf(switches[0]!.href))!.links.find((l) => l.isSwitch)!;
      expect(pathOf(back.href), `switch back from ${pathOf(switches[0]!.href)}`).toBe(v.path);
    }
  });

  it('lands on the counterpart when a visitor clicks the switch', async () => {
    const page = await (await browser.newContext()).newPage();
    const samples = ['/', '/en/', '/du-an/semiconductor-packaging-plant/', '/en/industrial-zones/vsip-3/', '/gioi-thieu/', '/en/investment-procedure/', '/tin-tuc/vung-kinh-te-trong-diem-2020/', '/en/key-figures/'];
    for (const p of samples) {
      await page.goto(server.origin + p);
      const route = routes.find(p)!;
      const other: Locale = route.locale === 'vi' ? 'en' : 'vi';
      await Promise.all([page.waitForURL(server.origin + routes.href(route.key, other), { timeout: 5000 }), page.click('[data-lang-switch]')]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
    }
    await page.close();
  });

  it('never links into the other language except through the switch', () => {
    for (const v of visits.values()) {
      const en = v.path.startsWith('/en/');
      const crossing = v.links.filter((l) => local(l.href) && !l.isSwitch && pathOf(l.href).startsWith('/en/') !== en && /\/$|\.html$/.test(pathOf(l.href)));
      expect(crossing.map((l) => l.href), v.path).toEqual([]);
    }
  });

  it('serves a 404 page in the language of the missing URL', async () => {
    const vi = await fetch(`${server.origin}/khong-co-trang-nay/`);
    expect(vi.status).toBe(404);
    expect(await vi.text()).toContain('Không tìm thấy trang');
    const en = await fetch(`${server.origin}/en/no-such-page/`);
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('Page not found');
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

  it('obeys its Content-Security-Policy: a policy on every page, no inline style attribute, no console error', () => {
    for (const v of visits.values()) {
      expect(v.csp, v.path).toMatch(/script-src[^;]*'sha\d+-/);
      expect(v.csp, v.path).toMatch(/style-src[^;]*'sha\d+-/);
      expect(v.csp, v.path).not.toContain('unsafe-inline');
      expect(v.styleAttributes, v.path).toBe(0);
      expect(v.consoleErrors, v.path).toEqual([]);
    }
  });
});

describe('page weight', () => {
  it('loads script only on the search, project finder and zone comparison pages', () => {
    for (const v of visits.values()) {
      const route = routes.find(v.path);
      const finder = route?.kind === 'projects' && !route.list?.filter;
      if (route && (finder || ['search', 'compare'].includes(route.kind))) expect(v.scripts.length, v.path).toBeGreaterThan(0);
      else expect(v.scripts, v.path).toEqual([]);
    }
  });
});

describe('look and print', () => {
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
    expect(await page.locator('[data-lang-switch]').isVisible()).toBe(false);
    expect(await page.locator('#facts').isVisible()).toBe(true);
    expect(await page.locator('.contact-card').isVisible()).toBe(true);
    await page.close();
  });
});
