import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { newsInEvery, RouteMap } from '../../src/lib/routes.ts';
import { LOCALES } from '../../src/lib/languages.ts';

const tree = loadContentTree('content');
const routes = routeMapFromTree(tree);

describe('the route map over the sample content', () => {
  it('gives every page of the complete languages its counterpart in each other one, and back', () => {
    for (const r of routes.all.filter((x) => x.locale === 'vi' || x.locale === 'en')) {
      for (const l of ['vi', 'en']) {
        const { route: other, exact } = routes.counterpart(r, l);
        expect(exact, `${r.path} in ${l}`).toBe(true);
        expect(other.key).toBe(r.key);
        expect(routes.counterpart(other, r.locale).route).toBe(r);
      }
    }
    expect(routes.all.filter((r) => r.locale === 'vi')).toHaveLength(routes.all.filter((r) => r.locale === 'en').length);
  });

  it('leads a page a partial language lacks (an untranslated article, a later news page) to its nearest page there', () => {
    const article = routes.all.find((r) => r.kind === 'article' && r.locale === 'vi')!;
    expect(routes.has(article.key, 'ja')).toBe(false);
    expect(routes.counterpart(article, 'ja')).toEqual({ route: routes.get('news', 'ja'), exact: false });
    expect(routes.counterpart(routes.get(`project:${tree.projects[0]!.data.id}`, 'vi'), 'ko').exact).toBe(true);
  });

  it('puts Vietnamese at the root and every other language under its prefix', () => {
    const prefixes = { en: '/en/', 'zh-Hant': '/zh-hant/', ja: '/ja/', ko: '/ko/' } as Record<string, string>;
    for (const r of routes.all) {
      if (r.locale === 'vi') expect(Object.values(prefixes).some((p) => r.path.startsWith(p)), r.path).toBe(false);
      else expect(r.path.startsWith(prefixes[r.locale]!), r.path).toBe(true);
    }
  });

  it('keeps every path ASCII', () => {
    expect(routes.all.filter((r) => /[^\x21-\x7e]/.test(r.path)).map((r) => r.path)).toEqual([]);
  });

  it('has a page for every record and standing page in every language, and an article where it is published', () => {
    const records = tree.sectors.length + tree.zones.length + tree.projects.length + tree.pages.filter((p) => p.locale === 'vi').length;
    const articles = new Set(tree.news.map((n) => n.data.key)).size;
    for (const locale of LOCALES) {
      const mine = routes.indexable.filter((r) => r.locale === locale);
      expect(mine.filter((r) => ['sector', 'zone', 'project', 'page'].includes(r.kind)), locale).toHaveLength(records);
      const translated = new Set(tree.news.filter((n) => n.locale === locale).map((n) => n.data.key)).size;
      expect(mine.filter((r) => r.kind === 'article'), locale).toHaveLength(['vi', 'en'].includes(locale) ? articles : translated);
    }
  });

  it('names sections in each language', () => {
    expect(routes.href('project:semiconductor-packaging-plant', 'vi')).toBe('/du-an/semiconductor-packaging-plant/');
    expect(routes.href('project:semiconductor-packaging-plant', 'en')).toBe('/en/projects/semiconductor-packaging-plant/');
    expect(routes.href('zones', 'vi')).toBe('/khu-cong-nghiep/');
    expect(routes.href('zones', 'en')).toBe('/en/industrial-zones/');
    expect(routes.href('zones', 'ja')).toBe('/ja/industrial-zones/');
    expect(routes.href('project:semiconductor-packaging-plant', 'zh-Hant')).toBe('/zh-hant/projects/semiconductor-packaging-plant/');
  });

  it('pairs standing pages whose slugs differ', () => {
    expect(routes.href('page:about', 'vi')).toBe('/gioi-thieu/');
    expect(routes.href('page:about', 'en')).toBe('/en/about/');
    expect(routes.find('/en/about/')?.key).toBe('page:about');
  });

  it('has a 404 page per language and keeps it out of the sitemap list', () => {
    expect(routes.href('notFound', 'vi')).toBe('/404.html');
    expect(routes.href('notFound', 'en')).toBe('/en/404.html');
    expect(routes.href('notFound', 'ko')).toBe('/ko/404.html');
    expect(routes.indexable.some((r) => r.kind === 'notFound')).toBe(false);
  });

  it('refuses a link to a page that does not exist', () => {
    expect(() => routes.href('project:no-such-project', 'en')).toThrow(/No route/);
  });
});

describe('RouteMap', () => {
  const base = { sectors: [], zones: [], projects: [], news: {} };
  it('pages the news twenty to a page, and gives each topic and sector its own paged list, in every language', () => {
    const keys = Array.from({ length: 45 }, (_, i) => `article-${i}`);
    const map = new RouteMap({ ...base, news: newsInEvery({ keys, tag: { planning: 21 }, sector: { logistics: 3 } }), pages: [] });
    expect(map.href('news:page:2', 'vi')).toBe('/tin-tuc/trang/2/');
    expect(map.href('news:page:3', 'en')).toBe('/en/news/page/3/');
    expect(() => map.href('news:page:4', 'en')).toThrow();
    expect(map.href('news:tag:planning', 'vi')).toBe('/tin-tuc/chu-de/planning/');
    expect(map.href('news:tag:planning:page:2', 'vi')).toBe('/tin-tuc/chu-de/planning/trang/2/');
    expect(() => map.href('news:tag:planning:page:3', 'vi')).toThrow();
    expect(map.href('news:sector:logistics', 'en')).toBe('/en/news/sectors/logistics/');
    expect(map.get('news:page:3', 'en').list).toEqual({ name: 'news', page: 3, pages: 3, total: 45 });
    expect(map.get('news:tag:planning:page:2', 'en').list).toEqual({ name: 'news', filter: { by: 'tag', id: 'planning' }, page: 2, pages: 2, total: 21 });
    expect(map.feed('en')).toBe('/en/news/rss.xml');
    expect(map.href('news:page:3', 'ja')).toBe('/ja/news/page/3/');
  });

  it('lists in each language only the articles it publishes, and a language without any has an empty newsroom and no feed', () => {
    const map = new RouteMap({ ...base, pages: [], news: { vi: { keys: ['a', 'b'], tag: { planning: 2 } }, en: { keys: ['a', 'b'], tag: { planning: 2 } }, ja: { keys: ['b'] } } });
    expect(map.has('article:a', 'ja')).toBe(false);
    expect(map.href('article:b', 'ja')).toBe('/ja/news/b/');
    expect(map.get('news', 'ko').list).toEqual({ name: 'news', page: 1, pages: 1, total: 0 });
    expect(map.hasNews('ko')).toBe(false);
    expect(map.hasNews('ja')).toBe(true);
    expect(map.alternates('article:a').map((r) => r.locale)).toEqual(['vi', 'en']);
    expect(map.counterpart(map.get('news:tag:planning', 'vi'), 'ja')).toEqual({ route: map.get('news', 'ja'), exact: false });
  });

  it('pages the projects 24 to a page, with a paged list per sector and per zone, paired across languages', () => {
    const projects = Array.from({ length: 50 }, (_, i) => `project-${i}`);
    const map = new RouteMap({ ...base, projects, pages: [], narrowed: { projects: { sector: { semiconductors: 30 }, zone: { 'vsip-1': 2 } } } });
    expect(map.href('projects:page:3', 'vi')).toBe('/du-an/trang/3/');
    expect(map.href('projects:page:3', 'en')).toBe('/en/projects/page/3/');
    expect(() => map.href('projects:page:4', 'vi')).toThrow();
    expect(map.href('projects:sector:semiconductors:page:2', 'vi')).toBe('/du-an/linh-vuc/semiconductors/trang/2/');
    expect(map.href('projects:sector:semiconductors', 'en')).toBe('/en/projects/sectors/semiconductors/');
    expect(map.href('projects:zone:vsip-1', 'vi')).toBe('/du-an/khu-cong-nghiep/vsip-1/');
    expect(map.href('projects:zone:vsip-1', 'en')).toBe('/en/projects/industrial-zones/vsip-1/');
    expect(map.href('project:project-7', 'en')).toBe('/en/projects/project-7/');
  });
  it('gives an untranslated page the slug of the first language of its chain that has one', () => {
    const map = new RouteMap({ ...base, pages: [{ key: 'about', slug: { vi: 'gioi-thieu' } }, { key: 'contact', slug: { vi: 'lien-he', en: 'contact' } }] });
    expect(map.href('page:about', 'en')).toBe('/en/gioi-thieu/');
    expect(map.href('page:contact', 'ja')).toBe('/ja/contact/');
  });
  it('refuses two pages on one path', () => {
    expect(() => new RouteMap({ ...base, pages: [{ key: 'about', slug: { vi: 'du-an' } }] })).toThrow(/Two pages want the path \/du-an\//);
  });
});
