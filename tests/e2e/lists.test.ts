// Lists as a reader meets them once the department has published for a while: the sample content
// grown to more projects and articles than fit on a page (scripts/lib/grow-content.ts), built for
// real, served, and paged through in Chromium with and without JavaScript.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growContent } from '../../scripts/lib/grow-content.ts';
import { loadContentTree, type ContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { NEWS_PER_PAGE, PREVIEW, PROJECTS_PER_PAGE } from '../../src/lib/paginate.ts';
import { listKey, type RouteMap } from '../../src/lib/routes.ts';
import { LOCALES, type Locale } from '../../src/lib/schema.ts';
import { language } from '../../src/lib/languages.ts';
import { publishedArticles } from '../../src/lib/content/routes-from-tree.ts';
import { useT } from '../../src/i18n/index.ts';
import { launchChromium, serveStatic, sitemapUrls, type StaticServer } from './harness.ts';

const root = path.resolve('tests/.tmp/lists');
const content = path.join(root, 'content');
const dist = path.join(root, 'dist');
const PROJECTS = 135; // 9 copies of each sample: 27 in high-technology, more than a page
const ARTICLES = 45;
/** Half the articles are also translated into each partial language. */
const TRANSLATED = 0.5;

let tree: ContentTree;
let routes: RouteMap;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  growContent('content', content, { projects: PROJECTS, articles: ARTICLES, translated: TRANSLATED });
  tree = loadContentTree(content);
  routes = routeMapFromTree(tree);
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`the build of the grown content failed:\n${r.stdout}\n${r.stderr}`);
  server = await serveStatic(dist);
  browser = await launchChromium();
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const codesOn = (p: Page) => p.$$eval('#finder-list .card__meta > span:nth-of-type(2)', (s) => s.map((x) => x.textContent!.trim()));
const titlesOn = (p: Page) => p.$$eval('main .news-item__title a', (as) => as.map((a) => a.getAttribute('href')!));

/** Every page of a list, followed by its "next" link from the first, as a reader without JavaScript would. */
async function walk(p: Page, start: string, read: (p: Page) => Promise<string[]>) {
  const pages: { url: string; items: string[]; title: string }[] = [];
  let url: string | null = start;
  while (url) {
    await p.goto(url);
    pages.push({ url: new URL(p.url()).pathname, items: await read(p), title: await p.title() });
    const next = await p.$('nav.pagination a[rel="next"]');
    url = next ? new URL((await next.getAttribute('href'))!, server.origin).href : null;
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

describe.each(LOCALES)('the project list in %s', (locale: Locale) => {
  const href = (key: string) => `${server.origin}${routes.href(key, locale)}`;

  it(`shows ${PROJECTS_PER_PAGE} projects a page, and its pages together show every project once`, async () => {
    const pages = await walk(page, href('projects'), codesOn);
    expect(pages.length).toBe(Math.ceil(PROJECTS / PROJECTS_PER_PAGE));
    for (const pg of pages.slice(0, -1)) expect(pg.items).toHaveLength(PROJECTS_PER_PAGE);
    const all = pages.flatMap((pg) => pg.items);
    expect(all.sort()).toEqual(tree.projects.map((p) => p.data.code).sort());
    expect(pages[1]!.url).toBe(routes.href('projects:page:2', locale));
    expect(pages[1]!.title).toContain(useT(locale)('pagination.titleOf', { title: useT(locale)('projects.title'), page: 2, pages: 6 }));
  });

  it('pairs each numbered page with its counterparts in every language, and lists it in the sitemap', async () => {
    await page.goto(href('projects:page:3'));
    for (const other of LOCALES.filter((l) => l !== locale)) {
      expect(await page.getAttribute(`link[rel="alternate"][hreflang="${other}"]`, 'href')).toBe(new URL(routes.href('projects:page:3', other), tree.site.url).href);
      expect(await page.getAttribute(`a[data-lang-switch="${other}"]`, 'href')).toBe(routes.href('projects:page:3', other));
    }
    const sitemap = (await sitemapUrls(server.origin)).map((s) => new URL(s.url).pathname);
    expect(sitemap).toContain(routes.href('projects:page:3', locale));
    // A topic's second page, where the language has that many articles on it.
    const topicPage2 = listKey('news', { by: 'tag', id: 'planning' }, 2);
    expect(routes.has(topicPage2, locale)).toBe(language(locale).complete);
    if (routes.has(topicPage2, locale)) expect(sitemap).toContain(routes.href(topicPage2, locale));
    expect(sitemap.filter((p) => routes.find(p)?.locale === locale).sort()).toEqual(routes.indexable.filter((r) => r.locale === locale).map((r) => r.path).sort());
  });

  it("lists a sector's projects on pages of their own, reached from the sector page", async () => {
    const sector = 'high-technology';
    const expected = tree.projects.filter((p) => p.data.sector === sector).map((p) => p.data.code).sort();
    expect(expected.length).toBeGreaterThan(PROJECTS_PER_PAGE);
    await page.goto(href(`sector:${sector}`));
    expect(await page.$$eval('#sector-projects ~ .grid .card', (c) => c.length)).toBe(PREVIEW.projects);
    const more = await page.getAttribute(`a[href="${routes.href(listKey('projects', { by: 'sector', id: sector }), locale)}"]`, 'href');
    expect(more).not.toBeNull();
    const pages = await walk(page, new URL(more!, server.origin).href, codesOn);
    expect(pages.flatMap((pg) => pg.items).sort()).toEqual(expected);
  });

  it("lists a zone's projects on a page of its own, reached from the zone page", async () => {
    const zone = 'vsip-3';
    const expected = tree.projects.filter((p) => p.data.zone === zone).map((p) => p.data.code).sort();
    await page.goto(href(`zone:${zone}`));
    const more = await page.getAttribute(`a[href="${routes.href(listKey('projects', { by: 'zone', id: zone }), locale)}"]`, 'href');
    const pages = await walk(page, new URL(more!, server.origin).href, codesOn);
    expect(pages.flatMap((pg) => pg.items).sort()).toEqual(expected);
  });
});

describe.each(LOCALES)('the news lists in %s', (locale: Locale) => {
  const href = (key: string) => `${server.origin}${routes.href(key, locale)}`;
  // Every article in a complete language; in a partial one, only those translated into it.
  const published = () => publishedArticles(tree.news.map((n) => ({ key: n.data.key, locale: n.locale, tags: n.data.tags })), locale);
  const keys = () => published().map((n) => n.key);

  it(`show ${NEWS_PER_PAGE} articles a page, newest first, every article ${language(locale).complete ? '' : 'translated into the language '}once`, async () => {
    const datedOn = (p: Page) => p.$$eval('main .news-item', (items) => items.map((i) => `${i.querySelector('time')!.getAttribute('datetime')} ${i.querySelector('a')!.getAttribute('href')}`));
    const pages = await walk(page, href('news'), datedOn);
    expect(keys().length).toBe(language(locale).complete ? ARTICLES : Math.floor(ARTICLES * TRANSLATED));
    expect(pages.length).toBe(Math.ceil(keys().length / NEWS_PER_PAGE));
    const items = pages.flatMap((pg) => pg.items).map((x) => x.split(' ') as [string, string]);
    expect(items.map(([, h]) => h.split('/').at(-2)).sort()).toEqual(keys().sort());
    const dates = items.map(([d]) => Date.parse(d));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('page a topic: every article with the topic, on pages of the same size', async () => {
    const tag = 'planning';
    const expected = published().filter((n) => n.tags.includes(tag)).map((n) => n.key).sort();
    expect(expected.length).toBeGreaterThan(language(locale).complete ? NEWS_PER_PAGE : 0);
    const pages = await walk(page, href(listKey('news', { by: 'tag', id: tag })), titlesOn);
    for (const pg of pages) expect(pg.items.length).toBeLessThanOrEqual(NEWS_PER_PAGE);
    expect(pages.flatMap((pg) => pg.items).map((h) => h.split('/').at(-2)).sort()).toEqual(expected);
  });
});

describe('the finder over every project', () => {
  it('filters all projects, not just the page shown, counts the matches and pages the results through the URL', async () => {
    const p = await (await browser.newContext()).newPage();
    const sector = 'high-technology';
    const expected = tree.projects.filter((x) => x.data.sector === sector).map((x) => x.data.code).sort();
    await p.goto(`${server.origin}${routes.href('projects:page:2', 'en')}`);
    await p.selectOption('#f-sector', sector);
    await p.waitForSelector('#finder-list:not([aria-busy])');
    expect(new URL(p.url()).pathname + new URL(p.url()).search).toBe(`${routes.href('projects', 'en')}?sector=${sector}`);
    expect(await p.textContent('#finder-count')).toContain(`${expected.length} of ${PROJECTS} projects match`);
    const seen = [...(await codesOn(p))];
    expect(seen).toHaveLength(PROJECTS_PER_PAGE);
    await Promise.all([p.waitForURL(/page=2/), p.click('#finder-pages a[data-page="2"]')]);
    await p.waitForSelector('#finder-list:not([aria-busy])');
    seen.push(...(await codesOn(p)));
    expect(seen.sort()).toEqual(expected);
    // Back returns to the first page of results; the page reloaded from its URL shows the same.
    await p.goBack();
    expect(new URL(p.url()).search).toBe(`?sector=${sector}`);
    await p.goto(`${server.origin}${routes.href('projects', 'en')}?sector=${sector}&page=2`);
    await p.waitForSelector('#finder-list:not([aria-busy])');
    expect((await codesOn(p)).length).toBe(expected.length - PROJECTS_PER_PAGE);
    await p.close();
  });
});

describe('page size', () => {
  it('keeps every built HTML page under 150 KB whatever the amount of content', () => {
    const big = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ f, kb: statSync(path.join(dist, f)).size / 1024 }))
      .filter((x) => x.kb > 150);
    expect(big).toEqual([]);
  });
});
