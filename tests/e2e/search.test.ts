// Search and the newsroom's feeds, used the way readers use them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { foldD, foldQuery } from '../../src/lib/fold.ts';
import { LOCALES, type Locale, type Localized } from '../../src/lib/schema.ts';
import { PAGEFIND_OPTIONS, RESULTS_PER_PAGE, decodeEntities, exactTitleRanking, searchQuery, searchWords } from '../../src/lib/search.ts';
import { searchBundlePath } from '../../src/lib/routes.ts';
import { scriptOf } from '../../src/lib/languages.ts';
import { text } from '../../src/lib/localize.ts';
import { launchChromium, localise, serveStatic, type StaticServer } from './harness.ts';

const tree = loadContentTree('content');
const routes = routeMapFromTree(tree);
const name = (l: Localized, locale: Locale) => text(l, locale);

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

const waitForResults = () =>
  page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return s !== '' && !s.endsWith('…');
  });

/** The result list as shown: paths in order, type labels, and the count of matches the status gives. */
async function shown(): Promise<{ paths: string[]; types: string[]; total: number }> {
  const paths = await page.$$eval('.search-result h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const types = await page.$$eval('.search-result__type', (ps) => ps.map((p) => p.firstChild?.textContent?.trim() ?? ''));
  const count = (await page.getAttribute('#search-status', 'data-count')) ?? '0';
  const status = (await page.textContent('#search-status')) ?? '';
  // The sentence says the same number, as the language writes it.
  expect(status.replace(/[,.\s]/g, '')).toContain(count);
  return { paths, types, total: Number(count) };
}

/** Open the search page with a query (and filters) and return the first page of results. */
async function search(locale: Locale, query: string, filters: Record<string, string> = {}): Promise<{ paths: string[]; types: string[]; total: number }> {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`${server.origin}${routes.href('search', locale)}?${params}`);
  await waitForResults();
  return shown();
}

/** Every page in the search index (the built pages with data-pagefind-body), with the title
 * Pagefind has for it (og:title, data-pagefind-meta="title[content]"). */
function indexedPages(): { locale: string; path: string; title: string }[] {
  return readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => {
      const html = readFileSync(path.join('dist', f), 'utf8');
      if (!html.includes('data-pagefind-body')) return [];
      const title = /<meta property="og:title" content="([^"]*)" data-pagefind-meta="title\[content\]"/.exec(html)?.[1];
      return [{ locale: /<html lang="([^"]+)"/.exec(html)![1]!, path: `/${f.replace(/index\.html$/, '')}`, title: decodeEntities(title ?? '') }];
    });
}

/** A title as readers type it: as written; in a Latin-script language also without marks (đ
 * stays), with đ as d, and both. */
const typings = (title: string, locale: Locale) => {
  if (scriptOf(locale) !== 'Latn') return [title];
  const unmarked = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return [...new Set([title, unmarked(title), foldD(title), unmarked(foldD(title)).toLowerCase()])];
};

describe('every indexed page, searched by its own title', () => {
  const pages = indexedPages();

  it('lists the pages of every language, each a page of the route map', () => {
    for (const locale of LOCALES) expect(pages.filter((p) => p.locale === locale).length, locale).toBeGreaterThan(30);
    expect(pages.filter((p) => !routes.find(p.path)).map((p) => p.path)).toEqual([]);
    expect(pages.filter((p) => !p.title).map((p) => p.path)).toEqual([]);
  });

  // Each title, typed four ways, goes through the real index in Chromium the way the search page
  // sends it (the same options, ranking and query folding), and its page must come first. Two
  // pages of one language whose titles read the same once folded (none today) share the top
  // places: the first n results must be those n pages, in either order.
  it.each(LOCALES)('in %s, brings the page first for its title typed as written (and in Vietnamese and English with marks, without, and with đ as d)', async (locale) => {
    const mine = pages.filter((p) => p.locale === locale);
    const byTitle = Map.groupBy(mine, (p) => searchWords(p.title, locale).join(' '));
    const queries = mine.flatMap((p) => typings(p.title, locale).map((typed) => ({ path: p.path, typed })));
    const { found, indexed } = await firstResults(locale, queries.map((q) => q.typed), Math.max(3, ...[...byTitle.values()].map((g) => g.length)));
    expect(indexed, 'pages in the index').toBe(mine.length);
    const failures = queries.flatMap(({ path, typed }, i) => {
      const group = byTitle.get(searchWords(typed, locale).join(' ')) ?? [];
      const want = new Set(group.length > 1 ? group.map((p) => p.path) : [path]);
      const top = found[i]!;
      const ok = top.slice(0, want.size).every((p) => want.has(p)) && top.length >= want.size;
      return ok ? [] : [`"${typed}": want ${[...want].join(' + ')} first, got ${top.join(', ') || 'nothing'}`];
    });
    expect(failures, `${failures.length} of ${queries.length} title searches in ${locale}`).toEqual([]);
  });
});

describe('every legal document and project, searched by its number or code alone', () => {
  // A document's number is in other documents' titles too ("amending Decree 31/2021/NĐ-CP"): typed
  // as officially written, or as readers type it (without marks, đ as d), it must still bring its
  // own page first.
  it.each(LOCALES)('in %s, brings its own page first', async (locale) => {
    const codes = [
      ...tree.legal.map((f) => ({ code: f.data.number, path: routes.href(`legal:${f.data.id}`, locale) })),
      ...tree.projects.map((f) => ({ code: f.data.code, path: routes.href(`project:${f.data.id}`, locale) })),
    ];
    const queries = codes.flatMap((c) => typings(c.code, 'vi').map((typed) => ({ ...c, typed })));
    const { found } = await firstResults(locale, queries.map((q) => q.typed), 3);
    const failures = queries.flatMap(({ path, typed }, i) => (found[i]![0] === path ? [] : [`"${typed}": want ${path} first, got ${found[i]!.join(', ') || 'nothing'}`]));
    expect(failures, `${failures.length} of ${queries.length} number searches in ${locale}`).toEqual([]);
  });
});

/** The first `depth` result paths of each query, through the real index in Chromium the way the
 * search page sends it (the same options, ranking and query folding); and how many pages the index holds. */
async function firstResults(locale: Locale, typed: string[], depth: number): Promise<{ found: string[][]; indexed: number }> {
  const ranking = exactTitleRanking(locale);
  const queries = typed.map((t) => ({ query: searchQuery(t, locale), options: ranking(t) }));
  await page.goto(`${server.origin}${routes.href('search', locale)}`);
  // Imported by a string the test runner does not rewrite (it would turn import() into its own).
  await page.evaluate(`import('${searchBundlePath(locale)}pagefind.js').then((m) => { window.pagefindForTest = m; })`);
  return page.evaluate(
    async ({ queries, init, depth }) => {
      type Result = { id: string; data(): Promise<{ url: string }> };
      type PF = { options(o: object): Promise<void>; init(): Promise<void>; search(q: string | null): Promise<{ results: Result[] }> };
      const pf = (window as unknown as { pagefindForTest: PF }).pagefindForTest;
      await pf.options(init);
      await pf.init();
      const urls = new Map<string, string>();
      const url = async (r: Result) => {
        if (!urls.has(r.id)) urls.set(r.id, new URL((await r.data()).url, location.href).pathname);
        return urls.get(r.id)!;
      };
      const found: string[][] = [];
      for (const { query, options } of queries) {
        await pf.options(options);
        const { results } = await pf.search(query);
        found.push(await Promise.all(results.slice(0, depth).map(url)));
      }
      return { found, indexed: (await pf.search(null)).results.length };
    },
    { queries, init: PAGEFIND_OPTIONS, depth },
  );
}

// What readers of each language type: a word with many pages, and a second query.
const QUERIES: Record<string, [string, string]> = {
  vi: ['đầu tư', 'khu công nghiệp'],
  en: ['investment', 'industrial park'],
  'zh-Hant': ['投資', '工業區'],
  ja: ['投資', '工業団地'],
  ko: ['투자', '산업단지'],
};

describe('the queries of this test', () => {
  it('name every language', () => expect(Object.keys(QUERIES).sort()).toEqual([...LOCALES].sort()));
});

describe.each(LOCALES.filter((l) => scriptOf(l) !== 'Latn'))('search in %s, written without marks to fold', (locale) => {
  it('finds the pages whose words are inside longer ones: an industrial-park word in every zone name', async () => {
    const found = await search(locale, QUERIES[locale]![1]);
    const zonePages = tree.zones.map((z) => routes.href(`zone:${z.data.id}`, locale));
    expect(found.total).toBeGreaterThanOrEqual(zonePages.length);
    expect(found.paths.filter((p) => zonePages.includes(p)).length).toBeGreaterThan(5);
  });
});

describe.each(LOCALES.filter((l) => scriptOf(l) === 'Latn'))('search in %s, written with marks readers often leave out', (locale) => {
  it('finds đ typed as d inside a word: "dau tu" and "đầu tư" give the same results', async () => {
    // English pages write Vietnamese place names with their marks too
    const [withMarks, without] = locale === 'vi' ? ['đầu tư', 'dau tu'] : ['Thủ Dầu Một', 'thu dau mot'];
    const marked = await search(locale, withMarks);
    const plain = await search(locale, without);
    expect(plain.paths.length).toBeGreaterThan(0);
    expect(plain.paths).toEqual(marked.paths);
    expect(plain.total).toBe(marked.total);
    if (locale === 'vi') {
      // the procedure page's title is "Thủ tục đầu tư"; Đồng An 2 is a zone
      expect((await search(locale, 'thu tuc dau tu')).paths.slice(0, 3)).toContain(routes.href('page:procedures', locale));
      for (const typed of ['dong an', 'Đồng An']) expect((await search(locale, typed)).paths.slice(0, 3), typed).toContain(routes.href('zone:dong-an-2', locale));
    }
  });

});

describe.each(LOCALES)('search in %s', (locale) => {
  it('narrows results by type and by sector', async () => {
    const query = QUERIES[locale]![0];
    const all = await search(locale, query);
    const zones = await search(locale, query, { type: 'zone' });
    expect(zones.paths.length).toBeGreaterThan(0);
    expect(zones.total).toBeLessThan(all.total);
    expect(zones.paths.every((p) => routes.find(p)?.kind === 'zone')).toBe(true);
    const semis = await search(locale, query, { sector: 'semiconductors' });
    const allowed = new Set([
      ...tree.projects.filter((p) => p.data.sector === 'semiconductors').map((p) => routes.href(`project:${p.data.id}`, locale)),
      ...tree.zones.filter((z) => z.data.targetSectors.includes('semiconductors')).map((z) => routes.href(`zone:${z.data.id}`, locale)),
      ...tree.news.filter((n) => n.data.sectors.includes('semiconductors') && routes.has(`article:${n.data.key}`, locale)).map((n) => routes.href(`article:${n.data.key}`, locale)),
      routes.href('sector:semiconductors', locale),
    ]);
    expect(semis.paths.length).toBeGreaterThan(0);
    expect(semis.paths.filter((p) => !allowed.has(p))).toEqual([]);
  });

  it('is reached from the header form on any page', async () => {
    await page.goto(server.origin + routes.href('project:waste-to-energy-plant', locale));
    const zone = tree.zones.find((z) => z.data.id === 'dong-an-2')!.data;
    await page.fill('#header-q', scriptOf(locale) === 'Latn' ? foldQuery(name(zone.name, locale)) : name(zone.name, locale));
    await Promise.all([page.waitForURL(/\?q=/), page.press('#header-q', 'Enter')]);
    expect(new URL(page.url()).pathname).toBe(routes.href('search', locale));
    await waitForResults();
    expect((await shown()).paths[0]).toBe(routes.href('zone:dong-an-2', locale));
  });

  it(`lists ${RESULTS_PER_PAGE} results a page, fetching only their fragments, and turns pages through the URL`, async () => {
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(new URL(r.url()).pathname);
    page.on('request', onRequest);
    const first = await search(locale, QUERIES[locale]![0]);
    expect(first.total).toBeGreaterThan(RESULTS_PER_PAGE);
    expect(first.paths.length).toBe(RESULTS_PER_PAGE);
    const fragments = () => requests.filter((r) => r.startsWith(`${searchBundlePath(locale)}fragment/`)).length;
    expect(fragments()).toBe(RESULTS_PER_PAGE);
    // no worker script, and no filter data until a filter is chosen
    expect(requests.filter((r) => r.includes('worker') || r.startsWith(`${searchBundlePath(locale)}filter/`))).toEqual([]);

    const pages = Math.ceil(first.total / RESULTS_PER_PAGE);
    expect(await page.$$eval('#search-pages a[aria-label]', (as) => as.map((a) => a.textContent))).toContain(String(pages));
    await Promise.all([page.waitForURL(/[?&]page=2/), page.click('#search-pages a[data-page="2"]')]);
    await waitForResults();
    const second = await shown();
    expect(second.total).toBe(first.total);
    expect(second.paths.length).toBe(Math.min(RESULTS_PER_PAGE, first.total - RESULTS_PER_PAGE));
    expect(second.paths.filter((p) => first.paths.includes(p))).toEqual([]);
    expect(fragments()).toBe(RESULTS_PER_PAGE + second.paths.length);
    expect(await page.$eval('#search-pages [aria-current="page"]', (a) => a.textContent)).toBe('2');
    // focus moves to the first new result, so keyboard and screen-reader users land on them
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.search-result a'))).toBe(true);
    // the language switch keeps the page too
    expect(await page.$eval('a[data-lang-switch]', (a) => new URL((a as HTMLAnchorElement).href).searchParams.get('page'))).toBe('2');

    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('page='));
    await waitForResults();
    expect((await shown()).paths).toEqual(first.paths);

    // a new query starts again at its first page
    await Promise.all([page.waitForURL(/[?&]page=2/), page.click('#search-pages a[data-page="2"]')]);
    await waitForResults();
    await page.fill('#search-q', QUERIES[locale]![1]);
    await Promise.all([page.waitForURL((u) => !u.searchParams.has('page')), page.press('#search-q', 'Enter')]);
    page.off('request', onRequest);
  });

  it('has its script inside the body, where the validator wants it', async () => {
    const html = await (await fetch(server.origin + routes.href('search', locale))).text();
    const script = html.indexOf('<script type="module"');
    expect(script).toBeGreaterThan(html.indexOf('<body'));
    expect(script).toBeLessThan(html.indexOf('</body>'));
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
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
  const withNews = LOCALES.filter((l) => routes.hasNews(l));
  it('exist for every language that publishes articles, and only for those', async () => {
    expect(withNews).toEqual(expect.arrayContaining(['vi', 'en']));
    for (const l of LOCALES.filter((x) => !withNews.includes(x))) {
      expect((await fetch(server.origin + routes.feed(l))).status, l).toBe(404);
      expect(await (await fetch(server.origin + routes.href('home', l))).text(), l).not.toContain('application/rss+xml');
    }
  });

  it.each(withNews)('in %s parse as XML, hold every article it publishes with its date, and link to pages that answer 200', async (locale) => {
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
    const keys = routes.all.filter((r) => r.kind === 'article' && r.locale === locale).map((r) => r.path);
    expect(feed.items.map((i) => new URL(i.link).pathname).sort()).toEqual(keys.sort());
    for (const item of feed.items) {
      expect(item.link).toMatch(/^https?:\/\//);
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
      expect((await fetch(localise(item.link, server.origin))).status, item.link).toBe(200);
    }
    const seed = tree.news.find((n) => n.data.key === 'vung-kinh-te-trong-diem-2020')!;
    const seedItem = feed.items.find((i) => i.link.endsWith(`${routes.href(`article:${seed.data.key}`, locale)}`))!;
    expect(new Date(seedItem.pubDate).toISOString()).toBe(new Date(seed.data.date).toISOString());
  });

  it('is announced in the head of every page of a language that has one', async () => {
    for (const locale of withNews) {
      const html = await (await fetch(server.origin + routes.href('home', locale))).text();
      expect(html).toContain(`<link rel="alternate" type="application/rss+xml"`);
      expect(html).toContain(`href="${routes.feed(locale)}"`);
    }
  });
});
