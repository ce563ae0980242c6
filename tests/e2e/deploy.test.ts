// The site as a department's own server sends it: real nginx with the configuration generated
// from the header table, graded by MDN HTTP Observatory's scanner, and every page opened in
// Chromium under those headers. And the _headers file that Netlify and Cloudflare Pages read.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCmsSettings } from '../../src/lib/cms/settings.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { CLOUDFLARE_LIMITS } from '../../src/lib/deploy/index.ts';
import { urlPath } from '../../src/lib/deploy/headers-file.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, headersFor, headerTable } from '../../src/lib/headers.ts';
import { grade, type Grade } from '../support/observatory.ts';
import { launchChromium } from './harness.ts';
import { startNginx, type Nginx } from './nginx.ts';

const table = headerTable(readCmsSettings('content'));
const routes = routeMapFromTree(loadContentTree('content'));
const files = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => path.relative('dist', path.join(d.parentPath, d.name)).split(path.sep).join('/'));
const one = (re: RegExp) => `/${files.find((f) => re.test(f))!}`;

let nginx: Nginx;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  nginx = await startNginx(table, 'dist');
  browser = await launchChromium();
  context = await browser.newContext({ ignoreHTTPSErrors: true });
  // Every violation of a page's policies, as the page itself sees them.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterAll(async () => {
  await browser?.close();
  nginx?.stop();
});

async function headersOf(url: string): Promise<Headers> {
  // Node trusts the test certificate only in a process started with it; a HEAD over https here
  // goes through Chromium's request API, which the context told to accept it.
  const r = await context.request.fetch(url, { method: 'GET', maxRedirects: 0 });
  return new Headers(r.headers());
}

describe('nginx with the generated configuration', () => {
  it('redirects HTTP to HTTPS on the same host and path', async () => {
    const r = await fetch(`${nginx.httpOrigin}/du-an/?sector=logistics`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe(`${nginx.httpsOrigin}/du-an/?sector=logistics`);
  });

  it('sends every path the headers of its class in the table, and the common ones', async () => {
    const paths = ['/', '/en/projects/', one(/^_astro\/.*\.js$/), one(/^pagefind\/vi\/fragment\//), one(/^pagefind\/en\/pagefind\.js$/), '/data/projects.csv', '/press/logo.png', '/admin/', '/robots.txt'];
    for (const p of paths) {
      const got = await headersOf(`${nginx.httpsOrigin}${p}`);
      for (const [name, value] of Object.entries(headersFor(table, p))) expect(got.get(name), `${p} ${name}`).toBe(value);
    }
  });

  it('caches hashed files for a year and revalidates pages and the search entry files', async () => {
    expect((await headersOf(`${nginx.httpsOrigin}${one(/^_astro\/.*\.woff2$/)}`)).get('cache-control')).toBe(CACHE_IMMUTABLE);
    expect((await headersOf(`${nginx.httpsOrigin}${one(/^pagefind\/vi\/index\//)}`)).get('cache-control')).toBe(CACHE_IMMUTABLE);
    expect((await headersOf(`${nginx.httpsOrigin}${one(/^pagefind\/vi\/.*\.pf_meta$/)}`)).get('cache-control')).toBe(CACHE_IMMUTABLE);
    for (const p of ['/tim-kiem/', '/pagefind/vi/pagefind.js', '/pagefind/vi/pagefind-entry.json']) {
      expect((await headersOf(`${nginx.httpsOrigin}${p}`)).get('cache-control'), p).toBe(CACHE_REVALIDATE);
    }
  });

  it('lets other sites use open data and press files, and nothing else', async () => {
    for (const p of ['/data/projects.json', '/press/logo.svg']) {
      const h = await headersOf(`${nginx.httpsOrigin}${p}`);
      expect(h.get('access-control-allow-origin'), p).toBe('*');
      expect(h.get('cross-origin-resource-policy'), p).toBe('cross-origin');
    }
    const page = await headersOf(`${nginx.httpsOrigin}/`);
    expect(page.get('access-control-allow-origin')).toBeNull();
    expect(page.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it("gives pages a header policy without script-src or style-src (their hashes are in the page's meta policy)", async () => {
    const csp = (await headersOf(`${nginx.httpsOrigin}/du-an/`)).get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src|style-src|unsafe-inline/);
  });

  it('answers a missing page with the 404 page of its language, and its headers', async () => {
    const vi = await context.request.get(`${nginx.httpsOrigin}/khong-co-trang-nay/`);
    expect(vi.status()).toBe(404);
    expect(await vi.text()).toContain('<html lang="vi"');
    expect(vi.headers()['strict-transport-security']).toBeTruthy();
    const en = await context.request.get(`${nginx.httpsOrigin}/en/no-such-page/`);
    expect(en.status()).toBe(404);
    expect(await en.text()).toContain('<html lang="en"');
  });
});

describe('MDN HTTP Observatory', () => {
  let grades: Grade[];
  beforeAll(() => {
    grades = grade(nginx.httpPort, nginx.httpsPort, nginx.certificate, ['/', routes.href('project:semiconductor-packaging-plant', 'vi'), routes.href('search', 'vi'), routes.href('projects', 'en')]);
  }, 300_000);

  it('grades the home page, a project page, the search page and the English project list A+, at least 130', () => {
    const failing = grades.filter((g) => g.grade !== 'A+' || (g.score ?? 0) < 130);
    expect(failing.map((g) => ({ path: g.path, grade: g.grade, score: g.score, error: g.error, tests: Object.fromEntries(Object.entries(g.tests ?? {}).filter(([, t]) => !t.pass || t.modifier < 0)) }))).toEqual([]);
    expect(grades).toHaveLength(4);
  });

  it('finds no unsafe policy and takes the redirect to HTTPS as it should', () => {
    for (const g of grades) {
      expect(g.tests!['content-security-policy']!.result, g.path).toBe('csp-implemented-with-no-unsafe-default-src-none');
      expect(g.tests!.redirection!.pass, g.path).toBe(true);
      expect(g.tests!['strict-transport-security']!.pass, g.path).toBe(true);
    }
  });
});

// Every page of the sitemap is opened under these headers once, by tests/e2e/site.test.ts, which
// reports any policy violation or console error with its other findings.
describe('the site in Chromium under the host headers', () => {
  // "Semiconductors", as each language's readers type it.
  const SEMICONDUCTORS: Record<string, string> = { vi: 'bán dẫn', en: 'semiconductor', 'zh-Hant': '半導體', ja: '半導体', ko: '반도체' };
  it.each(Object.keys(SEMICONDUCTORS))('finds results with the search in %s (a blocked WebAssembly or worker fails silently)', async (locale) => {
    const page = await context.newPage();
    await page.goto(`${nginx.httpsOrigin}${routes.href('search', locale)}?q=${encodeURIComponent(SEMICONDUCTORS[locale]!)}`);
    await page.waitForSelector('#search-results > li', { timeout: 20_000 });
    expect(await page.$$eval('#search-results > li', (l) => l.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.close();
  });

  it("runs Pagefind's worker under its own header policy", async () => {
    const page = await context.newPage();
    await page.goto(`${nginx.httpsOrigin}${routes.href('search', 'en')}`);
    // The worker compiles the WebAssembly itself: it needs 'wasm-unsafe-eval' in /pagefind/'s policy.
    // A string, so the test runner does not rewrite import() into its own.
    const found = (await page.evaluate(`import('/pagefind/en/pagefind.js').then(async (pf) => {
      await pf.options({ noWorker: false });
      return (await pf.search('investment')).results.length;
    })`)) as number;
    expect(found).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the staff CMS at /admin/ under its own header policy, in Vietnamese, with no violation', async () => {
    const page = await context.newPage();
    // Nothing leaves this machine: the git host's API would be asked only after signing in.
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort('blockedbyclient')));
    await page.goto(`${nginx.httpsOrigin}/admin/`);
    await page.getByRole('button').first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.close();
  });

  it('filters projects and compares zones under the headers', async () => {
    const page = await context.newPage();
    await page.goto(`${nginx.httpsOrigin}${routes.href('projects', 'en')}`);
    await page.selectOption('#f-sector', 'logistics');
    await page.waitForSelector('#finder-list:not([aria-busy])');
    expect(await page.textContent('#finder-count')).toMatch(/match/);
    await page.goto(`${nginx.httpsOrigin}${routes.href('compare', 'vi')}?zones=vsip-1,bau-bang`);
    expect(await page.$$eval('#compare-table thead th[data-zone]:not([hidden])', (t) => t.length)).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.close();
  });
});

describe('dist/_headers for Netlify and Cloudflare Pages', () => {
  const text = readFileSync('dist/_headers', 'utf8');
  const parse = async () => (await parseAllHeaders({ headersFiles: ['dist/_headers'], configHeaders: undefined, minimal: false })) as { headers: Header[]; errors: Error[] };

  it("parses with Netlify's own parser, within Cloudflare's limits", async () => {
    const { headers, errors } = await parse();
    expect(errors).toEqual([]);
    expect(headers.length).toBeGreaterThan(5);
    expect(headers.length).toBeLessThanOrEqual(CLOUDFLARE_LIMITS.rules);
    expect(text.split('\n').filter((l) => l.length > CLOUDFLARE_LIMITS.lineLength)).toEqual([]);
  });

  it('gives every built file the headers of the table, with no header set by two rules (Cloudflare would join them)', async () => {
    const { headers } = await parse();
    const wrong: string[] = [];
    for (const f of files.filter((x) => x !== '_headers')) {
      const url = urlPath(f);
      const matching = headers.filter((h) => h.forRegExp.test(url));
      const names = matching.flatMap((h) => Object.keys(h.values).map((n) => n.toLowerCase()));
      const twice = names.filter((n, i) => names.indexOf(n) !== i);
      if (twice.length) wrong.push(`${url}: ${[...new Set(twice)].join(', ')} set by ${matching.map((m) => m.for).join(' and ')}`);
      const got = Object.assign({}, ...matching.map((h) => h.values)) as Record<string, string>;
      const want = headersFor(table, url);
      if (JSON.stringify(Object.entries(got).sort()) !== JSON.stringify(Object.entries(want).sort())) wrong.push(`${url}: got ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });
});
