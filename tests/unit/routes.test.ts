import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { RouteMap } from '../../src/lib/routes.ts';

const tree = loadContentTree('content');
const routes = routeMapFromTree(tree);

describe('the route map over the sample content', () => {
  it('gives every page a counterpart in the other language', () => {
    for (const r of routes.all) {
      const other = routes.counterpart(r, r.locale === 'vi' ? 'en' : 'vi');
      expect(other.key).toBe(r.key);
      expect(routes.counterpart(other, r.locale)).toBe(r);
    }
    expect(routes.all.filter((r) => r.locale === 'vi')).toHaveLength(routes.all.length / 2);
  });

  it('puts Vietnamese at the root and English under /en/', () => {
    for (const r of routes.all) {
      if (r.locale === 'en') expect(r.path).toMatch(/^\/en\//);
      else expect(r.path).not.toMatch(/^\/en\//);
    }
  });

  it('has a page for every record, article and standing page in both languages', () => {
    const count = tree.sectors.length + tree.zones.length + tree.projects.length + new Set(tree.news.map((n) => n.data.key)).size + 5;
    // home, 5 section lists, key figures... plus the 404 page, in each language
    expect(routes.indexable.filter((r) => r.locale === 'en' && ['sector', 'zone', 'project', 'article', 'page'].includes(r.kind))).toHaveLength(count);
  });

  it('names sections in each language', () => {
    expect(routes.href('project:semiconductor-packaging-plant', 'vi')).toBe('/du-an/semiconductor-packaging-plant/');
    expect(routes.href('project:semiconductor-packaging-plant', 'en')).toBe('/en/projects/semiconductor-packaging-plant/');
    expect(routes.href('zones', 'vi')).toBe('/khu-cong-nghiep/');
    expect(routes.href('zones', 'en')).toBe('/en/industrial-zones/');
  });

  it('pairs standing pages whose slugs differ', () => {
    expect(routes.href('page:about', 'vi')).toBe('/gioi-thieu/');
    expect(routes.href('page:about', 'en')).toBe('/en/about/');
    expect(routes.find('/en/about/')?.key).toBe('page:about');
  });

  it('has a 404 page per language and keeps it out of the sitemap list', () => {
    expect(routes.href('notFound', 'vi')).toBe('/404.html');
    expect(routes.href('notFound', 'en')).toBe('/en/404.html');
    expect(routes.indexable.some((r) => r.kind === 'notFound')).toBe(false);
  });

  it('refuses a link to a page that does not exist', () => {
    expect(() => routes.href('project:no-such-project', 'en')).toThrow(/No route/);
  });
});

describe('RouteMap', () => {
  const base = { sectors: [], zones: [], projects: [], news: [] };
  it('pages the news ten to a page, and gives each topic and sector its list, in both languages', () => {
    const news = Array.from({ length: 25 }, (_, i) => `article-${i}`);
    const map = new RouteMap({ ...base, news, pages: [], newsTags: ['planning'], newsSectors: ['logistics'] });
    expect(map.href('news:page:2', 'vi')).toBe('/tin-tuc/trang/2/');
    expect(map.href('news:page:3', 'en')).toBe('/en/news/page/3/');
    expect(() => map.href('news:page:4', 'en')).toThrow();
    expect(map.href('news:tag:planning', 'vi')).toBe('/tin-tuc/chu-de/planning/');
    expect(map.href('news:sector:logistics', 'en')).toBe('/en/news/sectors/logistics/');
    expect(map.feed('en')).toBe('/en/news/rss.xml');
  });
  it('gives an untranslated page the Vietnamese slug under /en/', () => {
    const map = new RouteMap({ ...base, pages: [{ key: 'about', slug: { vi: 'gioi-thieu' } }] });
    expect(map.href('page:about', 'en')).toBe('/en/gioi-thieu/');
  });
  it('refuses two pages on one path', () => {
    expect(() => new RouteMap({ ...base, pages: [{ key: 'about', slug: { vi: 'du-an' } }] })).toThrow(/Two pages want the path \/du-an\//);
  });
});
