// Pictures as readers get them. The sample content carries no photograph, so the test lays its own
// over a copy (tests/support/images.ts: a 6000 × 4000 JPEG of about 8 MB as an article's lead
// image, photographs on a zone, a project and a sector, a diagram in an article's text), builds it
// for real, serves it under the host's headers and opens it in Chromium on a phone and a desktop.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWith } from '../support/fixtures.ts';
import { addTestPhotos, ILLUSTRATED } from '../support/images.ts';
import { headerTable } from '../../src/lib/headers.ts';
import { readCmsSettings } from '../../src/lib/cms/settings.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import type { RouteMap } from '../../src/lib/routes.ts';
import { LOCALES } from '../../src/lib/languages.ts';
import { axeRoot, axeViolations, instrument, launchChromium, policyViolations } from './harness.ts';
import { startNginx, type Nginx } from './nginx.ts';

const copy = contentWith();
const dist = path.join(copy.root, 'dist');
const cache = path.join(copy.root, '.astro-cache');
let lead: string;
let routes: RouteMap;
let nginx: Nginx;
let browser: Browser;

function build(): { seconds: number; log: string } {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, CONTENT_DIR: copy.content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`the build with photographs failed:\n${r.stdout}\n${r.stderr}`);
  return { seconds: (Date.now() - started) / 1000, log: r.stdout + r.stderr };
}

/** Every optimized image in the cache, with its modification time. */
function cached(): Map<string, number> {
  const dir = path.join(cache, 'assets');
  return new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(avif|webp|jpe?g|png)$/.test(f)).map((f) => [f, statSync(path.join(dir, f)).mtimeMs]));
}

beforeAll(async () => {
  ({ lead } = await addTestPhotos(copy.content));
  routes = routeMapFromTree(loadContentTree(copy.content));
  build();
  nginx = await startNginx(headerTable(readCmsSettings(copy.content)), axeRoot(dist, path.join(copy.root, 'served')), path.join(copy.root, 'nginx'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  nginx?.stop();
  copy.cleanup();
});

const articlePath = (locale: string) => routes.href(`article:${ILLUSTRATED.article.key}`, locale);

/** The bytes of every image a page fetched, by URL, as the browser received them. */
async function imagesFetched(url: string, options: BrowserContextOptions) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, ...options });
  const page = await context.newPage();
  const images = new Map<string, number>();
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'image') return;
    images.set(new URL(r.url()).pathname, (await r.body()).length);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  await context.close();
  return { images, shift };
}

describe('a camera-sized lead image', () => {
  it('is about 8 MB and 6000 × 4000 as uploaded', () => {
    expect(statSync(lead).size).toBeGreaterThan(6e6);
  });

  const leadBytes = (images: Map<string, number>) => [...images].filter(([p]) => p.includes('lead-6000x4000')).map(([, b]) => b);

  it('reaches a 390-pixel-wide phone (3 device pixels per CSS pixel) as one file of at most 120 KB', async () => {
    const { images, shift } = await imagesFetched(`${nginx.httpsOrigin}${articlePath('vi')}`, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    const got = leadBytes(images);
    expect(got, JSON.stringify([...images])).toHaveLength(1);
    expect(got[0]!).toBeLessThanOrEqual(120 * 1024);
    expect(shift).toBeLessThan(0.01);
  });

  it('reaches a 1,280-pixel desktop as one file of at most 300 KB, on a plain and on a high-density screen', async () => {
    for (const deviceScaleFactor of [1, 2]) {
      const { images, shift } = await imagesFetched(`${nginx.httpsOrigin}${articlePath('en')}`, { viewport: { width: 1280, height: 900 }, deviceScaleFactor });
      const got = leadBytes(images);
      expect(got, `${deviceScaleFactor}x: ${JSON.stringify([...images])}`).toHaveLength(1);
      expect(got[0]!).toBeLessThanOrEqual(300 * 1024);
      expect(shift).toBeLessThan(0.01);
    }
  });
});

describe('picture markup', () => {
  const html = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
  const pictures = (page: string) => [...html(page).matchAll(/<picture[^>]*>([\s\S]*?)<\/picture>/g)].map((m) => m[1]!);

  it('offers AVIF and WebP at several widths with sizes, and a fallback <img> with width and height', () => {
    for (const locale of LOCALES) {
      if (!routes.has(`article:${ILLUSTRATED.article.key}`, locale)) continue;
      const found = pictures(articlePath(locale).slice(1));
      expect(found.length, locale).toBeGreaterThanOrEqual(1);
      const [first] = found;
      for (const type of ['image/avif', 'image/webp']) {
        const source = new RegExp(`<source[^>]*type="${type}"[^>]*>`).exec(first!)?.[0];
        expect(source, `${locale} ${type}`).toBeDefined();
        expect(source!.match(/ \d+w/g)!.length).toBeGreaterThanOrEqual(3);
        expect(source).toMatch(/sizes="[^"]+"/);
      }
      const img = /<img[^>]*>/.exec(first!)![0];
      expect(img).toMatch(/ width="\d+"/);
      expect(img).toMatch(/ height="\d+"/);
      expect(img).toMatch(/ alt="[^"]+"/);
    }
  });

  it('loads the lead image first and eagerly, and every other picture lazily', () => {
    const zone = html(routes.href(`zone:${ILLUSTRATED.zone}`, 'en').slice(1));
    const imgs = [...zone.matchAll(/<picture[^>]*>[\s\S]*?(<img[^>]*>)/g)].map((m) => m[1]!);
    expect(imgs).toHaveLength(3);
    expect(imgs[0]).toMatch(/loading="eager"/);
    expect(imgs[0]).toMatch(/fetchpriority="high"/);
    for (const img of imgs.slice(1)) {
      expect(img).toMatch(/loading="lazy"/);
      expect(img).not.toMatch(/fetchpriority/);
    }
  });

  it('has a width and height on every <img> of every page', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const p of pages) {
      for (const img of readFileSync(path.join(dist, p), 'utf8').match(/<img\b[^>]*>/g) ?? []) {
        expect(img, p).toMatch(/ width="\d+"/);
        expect(img, p).toMatch(/ height="\d+"/);
      }
    }
  });

  it('shows a partial language the alt text of the first language of its chain that has it, marked with that language', () => {
    const zone = html(routes.href(`zone:${ILLUSTRATED.zone}`, 'ja').slice(1));
    expect(zone).toMatch(/<img[^>]*alt="Test picture: khu công nghiệp 1"[^>]*lang="en"|<img[^>]*lang="en"[^>]*alt="Test picture: khu công nghiệp 1"/);
  });

  it('places a picture written in an article body as an optimized picture with its alt text', () => {
    const page = html(routes.href('article:quy-hoach-tinh-2021-2030', 'vi').slice(1));
    expect(page).toMatch(/<picture[^>]*>[\s\S]*?type="image\/avif"[\s\S]*?<img[^>]*alt="Sơ đồ thử nghiệm trong bài"/);
    expect(page).not.toContain('../../images/news/diagram.png');
  });
});

describe('the press page', () => {
  it('lists every photograph with its credit and date, and offers the original file, byte for byte', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${nginx.httpsOrigin}${routes.href('press', 'en')}`);
    const items = await page.$$eval('.press-photos > li', (lis) =>
      lis.map((li) => ({ credit: li.querySelector('.photo__credit')?.textContent ?? '', original: li.querySelector('a[download]')?.getAttribute('href') ?? '' })),
    );
    expect(items).toHaveLength(6);
    for (const item of items) expect(item.credit).toMatch(/^Photo: .+, \d{1,2} \w+ \d{4}$/);
    const original = items.find((i) => i.original.includes('lead-6000x4000'))!.original;
    const body = await (await context.request.get(`${nginx.httpsOrigin}${original}`)).body();
    expect(body.equals(readFileSync(lead))).toBe(true);
    await context.close();
  });
});

describe('the image cache', () => {
  it('encodes an unchanged image only once: a second build reuses every optimized file', () => {
    const before = cached();
    expect(before.size).toBeGreaterThan(20);
    const second = build();
    const after = cached();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, mtime] of after) expect(mtime, file).toBe(before.get(file));
    expect(second.log).toMatch(/generating optimized images/);
  });
});

describe('pages with pictures', () => {
  it('have no axe violation (WCAG 2.2 A and AA) and no policy violation, in every language, on a phone', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await instrument(context);
    const page = await context.newPage();
    const keys = [`article:${ILLUSTRATED.article.key}`, `zone:${ILLUSTRATED.zone}`, `project:${ILLUSTRATED.project}`, `sector:${ILLUSTRATED.sector}`, 'press'];
    const found: string[] = [];
    for (const key of keys) {
      for (const locale of LOCALES) {
        if (!routes.has(key, locale)) continue;
        await page.goto(`${nginx.httpsOrigin}${routes.href(key, locale)}`, { waitUntil: 'networkidle' });
        const violations = (await axeViolations(page)).map((v) => `${v.id} at ${v.nodes.slice(0, 3).join(', ')}`);
        const csp = await policyViolations(page);
        const broken = await page.$$eval('img', (imgs) => imgs.filter((i) => i.complete && i.naturalWidth === 0 && i.loading !== 'lazy').map((i) => i.currentSrc || i.src));
        found.push(...[...violations, ...csp.map((c) => `policy: ${c}`), ...broken.map((b) => `broken image: ${b}`)].map((v) => `${routes.href(key, locale)}: ${v}`));
      }
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
