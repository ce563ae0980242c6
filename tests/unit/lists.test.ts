// Lists at a department's size: pages of fixed size, a pagination bar of fixed size, lookups
// built once, and a grown copy of the content that passes the same check as the sample.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { growContent } from '../../scripts/lib/grow-content.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { byId, docsByLanguage, groupBy } from '../../src/lib/indexes.ts';
import { pageCount, pageOf, pageWindow, PROJECTS_PER_PAGE } from '../../src/lib/paginate.ts';
import { RESERVED_IDS } from '../../src/lib/routes.ts';

describe('the pagination bar', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('shows the first, the last and two each side of the current page, with gaps between', () => {
    expect(pageWindow(1, 250)).toEqual([1, 2, 3, null, 250]);
    expect(pageWindow(100, 250)).toEqual([1, null, 98, 99, 100, 101, 102, null, 250]);
    expect(pageWindow(250, 250)).toEqual([1, null, 248, 249, 250]);
  });
  it('shows a single missing page as its number, not as a gap', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
  });
  it('never grows with the number of pages', () => {
    for (const total of [10, 100, 1000, 10000]) {
      for (const current of [1, 2, Math.ceil(total / 2), total - 1, total]) expect(pageWindow(current, total).length).toBeLessThanOrEqual(9);
    }
  });
});

describe('lookups', () => {
  it('find a record by id, and refuse an unknown id', () => {
    const find = byId([{ id: 'a', n: 1 }, { id: 'b', n: 2 }], 'thing');
    expect(find('b').n).toBe(2);
    expect(() => find('c')).toThrow('No thing with id "c"');
  });
  it('group records under each value they carry, keeping their order', () => {
    const g = groupBy([{ id: 1, t: ['x', 'y'] }, { id: 2, t: ['y'] }, { id: 3, t: [] }], (r) => r.t);
    expect([...g.keys()]).toEqual(['x', 'y']);
    expect(g.get('y')!.map((r) => r.id)).toEqual([1, 2]);
  });
  it('give each language its file of an article, or the first of its chain that has one, marked as a fallback', () => {
    const docs = [
      { key: 'a', locale: 'vi' },
      { key: 'a', locale: 'en' },
      { key: 'b', locale: 'vi' },
      { key: 'b', locale: 'ja' },
    ];
    const idx = docsByLanguage(docs, (d) => d.key, (d) => d.locale);
    expect(idx.en!.list.map((d) => [d.entry.key, d.entry.locale, d.fallback])).toEqual([
      ['a', 'en', false],
      ['b', 'vi', true],
    ]);
    expect(idx.vi!.byKey.get('a')).toEqual({ entry: docs[0], fallback: false, lang: 'vi' });
    // ko -> en -> vi
    expect(idx.ko!.list.map((d) => [d.entry.key, d.lang, d.fallback])).toEqual([
      ['a', 'en', true],
      ['b', 'vi', true],
    ]);
  });
  it('list in a language that lists only its own files nothing in another language', () => {
    const docs = [
      { key: 'a', locale: 'vi' },
      { key: 'a', locale: 'en' },
      { key: 'b', locale: 'vi' },
      { key: 'b', locale: 'ja' },
    ];
    const idx = docsByLanguage(docs, (d) => d.key, (d) => d.locale, (l) => l === 'ja' || l === 'ko');
    expect(idx.ja!.list.map((d) => [d.entry.key, d.lang])).toEqual([['b', 'ja']]);
    expect(idx.ko!.list).toEqual([]);
    expect(idx.en!.list).toHaveLength(2);
  });
});

describe('content grown to a department size', () => {
  const root = path.resolve('tests/.tmp/unit-grown');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes the content check, and its lists are paged with no page over the page size', () => {
    const content = path.join(root, 'content');
    growContent('content', content, { projects: 80, articles: 70 });
    const tree = loadContentTree(content);
    expect(tree.projects).toHaveLength(80);
    expect(tree.news.filter((n) => n.locale === 'vi')).toHaveLength(70);
    const routes = routeMapFromTree(tree);
    const pages = routes.all.filter((r) => r.list?.name === 'projects' && !r.list.filter && r.locale === 'en');
    expect(pages).toHaveLength(pageCount(80, PROJECTS_PER_PAGE));
    expect(pages.map((r) => r.path)).toEqual(['/en/projects/', '/en/projects/page/2/', '/en/projects/page/3/', '/en/projects/page/4/']);
    // Every page of every list holds at most its page size, and together they hold the whole list once.
    const ids = tree.projects.map((p) => p.data.id);
    const seen = pages.flatMap((r) => pageOf(ids, r.list!.page, PROJECTS_PER_PAGE));
    expect(seen.sort()).toEqual([...ids].sort());
    for (const r of routes.all.filter((x) => x.list)) expect(r.list!.page).toBeLessThanOrEqual(r.list!.pages);
  });
});

describe('reserved ids', () => {
  it('include every path segment of the project and news lists in both languages', () => {
    expect(RESERVED_IDS.projects).toEqual(expect.arrayContaining(['trang', 'page', 'linh-vuc', 'sectors', 'khu-cong-nghiep', 'industrial-zones']));
    expect(RESERVED_IDS.news).toEqual(expect.arrayContaining(['trang', 'page', 'chu-de', 'topics', 'linh-vuc', 'sectors']));
  });
});
