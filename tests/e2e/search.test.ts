// Search and the newsroom's feeds, used the way readers use them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { foldQuery } from '../../src/lib/fold.ts';
import { LOCALES, type Locale, type Localized } from '../../src/lib/schema.ts';
import { launchChromium, localise, serveStatic, type StaticServer } from './harness.ts';

const tree = loadContentTree('content');
const routes = routeMapFromTree(tree);
const name = (l: Localized, locale: Locale) => (locale === 'en' ? (l.en ?? l.vi) : l.vi);

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Open the search page with a query (and filters) and return the result paths in order. */
async function search(locale: Locale, query: string, filters: Record<string, string> = {}): Promise<{ paths: string[]; types: string[] }> {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`${server.origin}${routes.href('search', locale)}?${params}`);
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return s !== '' && !s.endsWith('…');
  });
  const paths = await page.$$eval('.search-result h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const types = await page.$$eval('.search-result__type', (ps) => ps.map((p) => p.firstChild?.textContent?.trim() ?? ''));
  return { paths, types };
}

const subjects = (locale: Locale) => {
  const project = tree.projects.find((p) => p.data.id === 'semiconductor-packaging-plant')!.data;
  const zone = tree.zones.find((z) => z.data.id === 'dong-an-2')!.data;
  const article = tree.news.find((n) => n.locale === locale && n.data.key === 'vung-kinh-te-trong-diem-2020')!.data;
  return [
    { what: 'a project title', query: name(project.title, locale), key: `project:${project.id}` },
    { what: 'a zone name', query: name(zone.name, locale), key: `zone:${zone.id}` },
    { what: 'a news headline', query: article.title, key: `article:${article.key}` },
  ];
};

describe.each(LOCALES)('search in %s', (locale) => {
  it.each(subjects(locale))('finds $what typed with diacritics and without (đ as d) among the first three results', async ({ query, key }) => {
    const target = routes.href(key, locale);
    for (const typed of [query, foldQuery(query), foldQuery(query).toLowerCase()]) {
      const { paths } = await search(locale, typed);
      expect(paths.slice(0, 3), `"${typed}"`).toContain(target);
    }
  });

  it('finds đ typed as d inside a word: "dau tu" and "đầu tư" give the same results', async () => {
    const marked = await search(locale, 'đầu tư');
    const plain = await search(locale, 'dau tu');
    expect(plain.paths.length).toBeGreaterThan(0);
    expect(plain.paths).toEqual(marked.paths);
    if (locale === 'vi') {
      // the procedure page's title is "Thủ tục đầu tư"; Đồng An 2 is a zone
      expect((await search(locale, 'thu tuc dau tu')).paths.slice(0, 3)).toContain(routes.href('page:procedures', locale));
      for (const typed of ['dong an', 'Đồng An']) expect((await search(locale, typed)).paths.slice(0, 3), typed).toContain(routes.href('zone:dong-an-2', locale));
    }
  });

  it('narrows results by type and by sector', async () => {
    const query = locale === 'vi' ? 'đầu tư' : 'investment';
    const all = await search(locale, query);
    const zones = await search(locale, query, { type: 'zone' });
    expect(zones.paths.length).toBeGreaterThan(0);
    expect(zones.paths.length).toBeLessThan(all.paths.length);
    expect(zones.paths.every((p) => routes.find(p)?.kind === 'zone')).toBe(true);
    const semis = await search(locale, query, { sector: 'semiconductors' });
    const allowed = new Set([
      ...tree.projects.filter((p) => p.data.sector === 'semiconductors').map((p) => routes.href(`project:${p.data.id}`, locale)),
      ...tree.zones.filter((z) => z.data.targetSectors.includes('semiconductors')).map((z) => routes.href(`zone:${z.data.id}`, locale)),
      ...tree.news.filter((n) => n.data.sectors.includes('semiconductors')).map((n) => routes.href(`article:${n.data.key}`, locale)),
      routes.href('sector:semiconductors', locale),
    ]);
    expect(semis.paths.length).toBeGreaterThan(0);
    expect(semis.paths.filter((p) => !allowed.has(p))).toEqual([]);
  });

  it('is reached from the header form on any page', async () => {
    await page.goto(server.origin + routes.href('project:waste-to-energy-plant', locale));
    const zone = tree.zones.find((z) => z.data.id === 'dong-an-2')!.data;
    await page.fill('#header-q', foldQuery(name(zone.name, locale)));
    await Promise.all([page.waitForURL(/\?q=/), page.press('#header-q', 'Enter')]);
    expect(new URL(page.url()).pathname).toBe(routes.href('search', locale));
    await page.waitForSelector('.search-result');
    const first = await page.$$eval('.search-result h2 a', (as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(first).toContain(routes.href('zone:dong-an-2', locale));
  });

  it('keeps the query and filters in the URL, so the back button returns to the earlier search', async () => {
    await search(locale, 'VSIP');
    await page.selectOption('#search-type', 'project');
    await page.waitForURL(/type=project/);
    await page.goBack();
    await page.waitForFunction(() => (document.getElementById('search-type') as HTMLSelectElement).value === '');
    expect(new URL(page.url()).searchParams.get('q')).toBe('VSIP');
  });
});

describe('RSS feeds', () => {
  it.each(LOCALES)('in %s parse as XML, hold every article with its date, and link to pages that answer 200', async (locale) => {
    const res = await fetch(server.origin + routes.feed(locale));
    expect(res.status).toBe(200);
    const xml = await res.text();
    const blank = await browser.newPage();
    const feed = await blank.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        language: doc.querySelector('channel > language')?.textContent,
        items: [...doc.querySelectorAll('item')].map((i) => ({ link: i.querySelector('link')?.textContent ?? '', pubDate: i.querySelector('pubDate')?.textContent ?? '' })),
      };
    }, xml);
    await blank.close();
    expect(feed.error).toBeNull();
    expect(feed.version).toBe('2.0');
    expect(feed.language).toBe(locale);
    const keys = [...new Set(tree.news.map((n) => n.data.key))];
    expect(feed.items.map((i) => new URL(i.link).pathname).sort()).toEqual(keys.map((k) => routes.href(`article:${k}`, locale)).sort());
    for (const item of feed.items) {
      expect(item.link).toMatch(/^https?:\/\//);
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
      expect((await fetch(localise(item.link, server.origin))).status, item.link).toBe(200);
    }
    const seed = tree.news.find((n) => n.data.key === 'vung-kinh-te-trong-diem-2020')!;
    const seedItem = feed.items.find((i) => i.link.endsWith(`${routes.href(`article:${seed.data.key}`, locale)}`))!;
    expect(new Date(seedItem.pubDate).toISOString()).toBe(new Date(seed.data.date).toISOString());
  });

  it('is announced in the head of every page', async () => {
    for (const locale of LOCALES) {
      const html = await (await fetch(server.origin + routes.href('home', locale))).text();
      expect(html).toContain(`<link rel="alternate" type="application/rss+xml"`);
      expect(html).toContain(`href="${routes.feed(locale)}"`);
    }
  });
});
