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
  it('pages the news twenty to a page, and gives each topic and sector its own paged list, in both languages', () => {
    const news = Array.from({ length: 45 }, (_, i) => `article-${i}`);
    const map = new RouteMap({ ...base, news, pages: [], narrowed: { news: { tag: { planning: 21 }, sector: { logistics: 3 } } } });
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
  it('gives an untranslated page the Vietnamese slug under /en/', () => {
    const map = new RouteMap({ ...base, pages: [{ key: 'about', slug: { vi: 'gioi-thieu' } }] });
    expect(map.href('page:about', 'en')).toBe('/en/gioi-thieu/');
  });
  it('refuses two pages on one path', () => {
    expect(() => new RouteMap({ ...base, pages: [{ key: 'about', slug: { vi: 'du-an' } }] })).toThrow(/Two pages want the path \/du-an\//);
  });
});
