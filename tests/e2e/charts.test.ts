// Every chart on every page, as a reader sees it: drawn, not blank, with a table of exactly its numbers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { PALETTE } from '../../src/charts/config.ts';
import { launchChromium, serveStatic, type StaticServer } from './harness.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { LOCALES } from '../../src/lib/languages.ts';

const tree = loadContentTree('content');
const datasets = new Map(tree.datasets.map((d) => [d.data.id, d.data]));
const routes = routeMapFromTree(tree);

/** Built pages that hold at least one chart, found in dist/ rather than listed by hand. */
const pagesWithCharts = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html') && readFileSync(path.join('dist', f), 'utf8').includes('data-chart='))
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .sort();

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Share of pixels in a PNG drawn in one of the chart palette's colours, decoded in a blank page. */
async function dataInkShare(png: Buffer): Promise<number> {
  const page = await browser.newPage();
  const rgb = PALETTE.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
  const share = await page.evaluate(async ([b64, colours]) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (colours.some(([r, g, b]) => Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 60)) ink++;
    }
    return ink / (data.length / 4);
  }, [png.toString('base64'), rgb] as const);
  await page.close();
  return share;
}

// A chart is the same drawing wherever it is shown in one language: its pixels are read once.
const inked = new Set<string>();

describe('charts', () => {
  it('appear on the key-figures pages, the home page and pages that embed them, in every language', () => {
    for (const l of LOCALES) for (const key of ['figures', 'home', 'page:about']) expect(pagesWithCharts).toContain(routes.href(key, l));
  });

  it.each(pagesWithCharts)('on %s are drawn, not blank, and tabulate exactly their dataset', async (p) => {
    const locale = routes.find(p)!.locale;
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(server.origin + p);
    await page.evaluate(() => document.fonts.ready);
    const figures = page.locator('figure[data-chart]');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const id = (await figure.getAttribute('data-chart'))!;
      const d = datasets.get(id)!;
      const svg = figure.locator('svg[role="img"]');
      await svg.scrollIntoViewIfNeeded();
      expect(await svg.isVisible(), `${p} ${id}`).toBe(true);
      const box = (await svg.boundingBox())!;
      expect(box.width, `${p} ${id} width`).toBeGreaterThan(300);
      // Data drawn in the series colours, not just axes, grid and labels.
      if (!inked.has(`${id} ${locale}`)) {
        expect(await dataInkShare(await svg.screenshot()), `${p} ${id} drawn pixels`).toBeGreaterThan(0.002);
        inked.add(`${id} ${locale}`);
      }
      expect(await svg.getAttribute('aria-labelledby'), `${p} ${id} accessible name`).toBeTruthy();

      const rows = await figure.locator('table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td.num')].map((td) => td.textContent!.trim())),
      );
      const expected = d.series[0]!.points.map((_, j) => d.series.map((s) => formatNumber(s.points[j]!.y, locale)));
      expect(rows, `${p} ${id} table`).toEqual(expected);
      expect(await figure.locator(`a[href="/data/${id}.csv"]`).count(), `${p} ${id} CSV link`).toBe(1);
    }
    await page.close();
  });

  it('offer their data as CSV with a byte-order mark and every figure', async () => {
    for (const [id, d] of datasets) {
      const res = await fetch(`${server.origin}/data/${id}.csv`);
      expect(res.status).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.trim().split('\r\n')).toHaveLength(1 + d.series.reduce((n, s) => n + s.points.length, 0));
    }
  });
});
