import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImages, loadContentTree } from '../../src/lib/content/load.ts';
import { ContentError, formatProblem } from '../../src/lib/content/problems.ts';
import { badCases, contentWith, FIXTURES, makeCaseFiles } from '../support/fixtures.ts';

describe('the sample content', () => {
  const tree = loadContentTree('content');

  it('passes every schema and reference check', () => {
    expect(tree.projects.length).toBeGreaterThanOrEqual(15);
    expect(tree.zones.length).toBeGreaterThanOrEqual(8);
    expect(tree.sectors.length).toBeGreaterThanOrEqual(6);
    expect(tree.datasets.length).toBeGreaterThanOrEqual(3);
  });

  it('has every record, article and page in English too', () => {
    const vi = tree.news.filter((n) => n.locale === 'vi').map((n) => n.data.key).sort();
    const en = tree.news.filter((n) => n.locale === 'en').map((n) => n.data.key).sort();
    expect(en).toEqual(vi);
    expect(tree.pages.filter((p) => p.locale === 'en')).toHaveLength(tree.pages.filter((p) => p.locale === 'vi').length);
  });

  it('keeps the seed article with its original date, author and unit', () => {
    const seed = tree.news.find((n) => n.locale === 'vi' && n.data.date.startsWith('2020-10-02'));
    expect(seed?.data).toMatchObject({ date: '2020-10-02T15:05:00+07:00', author: 'Kim Bình', unit: 'Văn phòng Sở' });
    expect(seed?.body).toContain('Nghị quyết số 128/NQ-CP ngày 11/9/2020');
  });

  it('gives every project and zone a named contact and a source', () => {
    for (const r of [...tree.projects, ...tree.zones]) {
      expect(r.data.contact.name.vi, r.file).not.toBe('');
      expect(r.data.sources.length, r.file).toBeGreaterThan(0);
    }
  });
});

describe.each(badCases())('bad content: $name ($what)', (c) => {
  it(`is rejected, naming ${c.file} and the field "${c.field}"`, async () => {
    const copy = contentWith(path.join(FIXTURES, 'bad', c.name));
    try {
      await makeCaseFiles(c, copy.root);
      let error: unknown;
      try {
        await checkImages(loadContentTree(copy.content));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      const problems = (error as ContentError).problems;
      const match = problems.find((p) => p.file.endsWith(c.file) && p.field === c.field);
      expect(match, `no problem names ${c.file} / ${c.field}; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
      expect(match!.expected).toContain(c.expected);
      expect(match!.found).toContain(c.found);
    } finally {
      copy.cleanup();
    }
  });
});
