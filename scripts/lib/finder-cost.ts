// What the project finder costs a reader: the project list opened cold, then its first filter
// (which fetches the finder's index), in Chromium, counting every byte received; and how long a
// change takes to show its results once the index is there.
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic } from '../../tests/e2e/harness.ts';
import { proxyTo, type Proxy } from './compressing-proxy.ts';
import { median } from './stats.ts';

export interface FinderCost {
  /** Bytes received (headers and bodies) for the page, its assets, and the first filter. */
  bytes: number;
  requests: number;
  /** From the first change to its results on screen (includes fetching the index). */
  firstMs: number;
  /** A later change (another sort) to its results on screen. */
  nextMs: number;
}

async function once(browser: Browser, proxy: Proxy, path: string): Promise<FinderCost> {
  const context = await browser.newContext(); // empty cache
  const page = await context.newPage();
  const seen: Promise<number>[] = [];
  context.on('requestfinished', (r) => seen.push(r.sizes().then((s) => s.responseHeadersSize + s.responseBodySize)));
  await page.goto(`${proxy.origin}${path}`, { waitUntil: 'networkidle' });
  const change = (select: string, pick: 'first' | 'last') =>
    page.evaluate(
      async ({ select, pick }) => {
        const s = document.querySelector<HTMLSelectElement>(select)!;
        const options = [...s.options].filter((o) => o.value);
        const start = performance.now();
        s.value = (pick === 'first' ? options[0] : options.at(-1))!.value;
        s.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const check = () => (document.getElementById('finder-list')!.hasAttribute('aria-busy') ? requestAnimationFrame(check) : resolve());
          check();
        });
        return performance.now() - start;
      },
      { select, pick },
    );
  const firstMs = await change('#f-sector', 'first');
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(seen)).reduce((a, b) => a + b, 0);
  const requests = seen.length;
  const nextMs = await change('#f-sort', 'last');
  await context.close();
  return { bytes, requests, firstMs, nextMs };
}

/** Medians over `runs` cold visits of each language's project list, served compressed or not. */
export async function finderCost(dist: string, paths: string[], runs = 3): Promise<{ compressed: boolean; cost: FinderCost }[]> {
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  const out: { compressed: boolean; cost: FinderCost }[] = [];
  try {
    for (const compress of [true, false]) {
      const proxy = await proxyTo(site.origin, compress);
      // The proxy compresses each file once, as a host serving precompressed files would: do it
      // before timing, so the first filter does not wait for brotli at its top quality.
      for (const path of paths) await fetch(`${proxy.origin}${path}finder.json`, { headers: { 'accept-encoding': 'br, gzip' } }).then((r) => r.arrayBuffer());
      const all: FinderCost[] = [];
      for (const path of paths) for (let i = 0; i < runs; i++) all.push(await once(browser, proxy, path));
      const m = (k: keyof FinderCost) => median(all.map((c) => c[k]));
      out.push({ compressed: compress, cost: { bytes: m('bytes'), requests: m('requests'), firstMs: m('firstMs'), nextMs: m('nextMs') } });
      await proxy.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}
