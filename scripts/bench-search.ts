// What a reader's first search costs: cold-loads the search page with a query, in a fresh browser
// context each time (empty cache), and reports per query the bytes Chromium received over the
// wire, the number of requests, and the time from navigation to the first result on screen, as
// medians over several runs. Run after a build:
//
//   node scripts/bench-search.ts [distDir] [--runs N]
//
// dist/ is served by tests/e2e/harness.ts's serveStatic, behind a small proxy of this script's
// own, in two ways: as serveStatic sends it (no compression, what the browser tests see), and with
// text (HTML, CSS, JS, JSON, SVG) compressed as static hosts do (brotli when the browser offers
// it, else gzip). Pagefind's own files (.pagefind, .pf_meta, .pf_index, .pf_filter, .pf_fragment)
// are gzipped by Pagefind already and pass through as they are.
//
// Bytes are what Chromium counts as received (response headers and encoded body, from its
// Network events through Playwright's request.sizes()), for the page and any worker it starts.
// Chromium reports no body size for a worker's own script; for such a response the body bytes
// the proxy sent are used instead, and the row is marked with *. "search" is what the search
// itself fetches: everything under /pagefind/; "page" is the rest (the document, its script,
// fonts and images, which every page of the site shares).
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic } from '../tests/e2e/harness.ts';
import { proxyTo, type Proxy } from './lib/compressing-proxy.ts';
import { median } from './lib/stats.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const RUNS = Number(flag('--runs') ?? 5);
const dist = args[0] ?? 'dist';

// Representative first searches: a full title, a common phrase typed without marks, a short word.
const QUERIES = [
  { path: '/tim-kiem/', q: 'Khu công nghiệp Đồng An 2' },
  { path: '/tim-kiem/', q: 'dau tu' },
  { path: '/tim-kiem/', q: 'bán dẫn' },
  { path: '/en/search/', q: 'Dong An 2 Industrial Park' },
  { path: '/en/search/', q: 'investment' },
  { path: '/en/search/', q: 'semiconductor' },
  { path: '/zh-hant/search/', q: '半導體' },
  { path: '/ja/search/', q: '工業団地' },
  { path: '/ko/search/', q: '반도체' },
];

interface Run {
  bytes: number;
  requests: number;
  searchBytes: number;
  searchRequests: number;
  ms: number;
  results: number;
  encoding: string;
  filled: boolean;
}

async function once(browser: Browser, proxy: Proxy, path: string, q: string, fromSite: boolean): Promise<Run> {
  const context = await browser.newContext(); // a fresh context: an empty cache
  const page = await context.newPage();
  // A reader who searches from the header of another page has that page's fonts and icons cached.
  if (fromSite) await page.goto(`${proxy.origin}${path.startsWith('/en/') ? '/en/' : '/'}`, { waitUntil: 'networkidle' });
  const seen: Promise<{ url: string; bytes: number; encoding: string; filled: boolean }>[] = [];
  context.on('requestfinished', (request) => {
    seen.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        const url = new URL(request.url());
        const sent = proxy.sent.get(`${url.pathname}${url.search}`) ?? 0;
        const filled = sizes.responseBodySize === 0 && sent > 0;
        return {
          url: url.pathname,
          bytes: sizes.responseHeadersSize + (filled ? sent : sizes.responseBodySize),
          encoding: (await response?.headerValue('content-encoding')) ?? '',
          filled,
        };
      })(),
    );
  });
  // Record when the first result reaches the page.
  await page.addInitScript(() => {
    const w = window as unknown as { __firstResult?: number };
    new MutationObserver((_, obs) => {
      const list = document.getElementById('search-results');
      if (list && list.children.length > 0) {
        w.__firstResult = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  proxy.sent.clear();
  await page.goto(`${proxy.origin}${path}?${new URLSearchParams({ q })}`);
  await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined, null, { timeout: 30_000 });
  // Let every request the first search started finish before counting.
  await page.waitForLoadState('networkidle');
  const { ms, results } = await page.evaluate(() => ({
    ms: (window as unknown as { __firstResult: number }).__firstResult,
    results: document.querySelectorAll('#search-results > li').length,
  }));
  const all = await Promise.all(seen);
  await context.close();
  if (process.env.BENCH_DEBUG) for (const r of all) console.log(`  ${String(r.bytes).padStart(7)} ${r.filled ? '*' : ' '} ${r.encoding.padEnd(4)} ${r.url}`);
  const search = all.filter((r) => r.url.startsWith('/pagefind/'));
  const sum = (rs: typeof all) => rs.reduce((n, r) => n + r.bytes, 0);
  return {
    bytes: sum(all),
    requests: all.length,
    searchBytes: sum(search),
    searchRequests: search.length,
    ms,
    results,
    encoding: [...new Set(all.map((r) => r.encoding).filter(Boolean))].join('+') || 'none',
    filled: all.some((r) => r.filled),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const site = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const [compress, fromSite] of [[false, false], [true, false], [true, true]] as const) {
    const proxy = await proxyTo(site.origin, compress);
    console.log(`\nFirst search, ${compress ? 'text compressed (brotli/gzip)' : 'no compression (as the test server sends)'}; median of ${RUNS} loads per query, ${fromSite ? 'from the home page (its fonts and icons cached)' : 'cold (empty cache)'}`);
    console.log('query                                     all: bytes  requests  search: bytes  requests  first results  listed  encoding');
    const rows: Run[] = [];
    for (const { path, q } of QUERIES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(browser, proxy, path, q, fromSite));
      const m = (k: 'bytes' | 'requests' | 'searchBytes' | 'searchRequests' | 'ms' | 'results') => median(runs.map((r) => r[k]));
      const row: Run = { bytes: m('bytes'), requests: m('requests'), searchBytes: m('searchBytes'), searchRequests: m('searchRequests'), ms: m('ms'), results: m('results'), encoding: runs[0]!.encoding, filled: runs.some((r) => r.filled) };
      rows.push(row);
      console.log(
        `${`${path}?q=${q}`.padEnd(42)} ${kb(row.bytes).padStart(10)}${row.filled ? '*' : ' '} ${String(row.requests).padStart(8)} ${kb(row.searchBytes).padStart(14)} ${String(row.searchRequests).padStart(9)} ${`${row.ms.toFixed(0)} ms`.padStart(14)} ${String(row.results).padStart(7)}  ${row.encoding}`,
      );
    }
    const mm = (k: 'bytes' | 'requests' | 'searchBytes' | 'searchRequests' | 'ms') => median(rows.map((r) => r[k]));
    console.log(`${'median of the queries'.padEnd(42)} ${kb(mm('bytes')).padStart(10)}  ${String(mm('requests')).padStart(8)} ${kb(mm('searchBytes')).padStart(14)} ${String(mm('searchRequests')).padStart(9)} ${`${mm('ms').toFixed(0)} ms`.padStart(14)}`);
    await proxy.close();
  }
  console.log('\n* includes body bytes counted by the proxy where Chromium reports none (a worker\'s own script).');
} finally {
  await browser.close();
  await site.close();
}
