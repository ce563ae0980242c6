import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { contentStatus } from '../../src/lib/content/status.ts';
import { contentWith, FIXTURES } from '../support/fixtures.ts';

describe('the content status report', () => {
  it('finds no English missing in the sample content', () => {
    const r = contentStatus(loadContentTree('content'), '2026-11-24');
    const en = r.languages.find((l) => l.locale === 'en')!;
    expect(en.untranslatedFields).toEqual([]);
    expect(en.untranslatedDocs).toEqual([]);
    expect(en.fields.translated).toBe(en.fields.total);
  });

  it('reports each partial language: how much is translated, and what is not, by file and field', () => {
    const tree = loadContentTree('content');
    const r = contentStatus(tree, '2026-11-24');
    expect(r.languages.map((l) => l.locale)).toEqual(['en', 'zh-Hant', 'ja', 'ko']);
    for (const l of r.languages.filter((x) => x.locale !== 'en')) {
      // Every sector, zone and dataset text, and each project's title, summary and incentives.
      expect(l.untranslatedFields.filter((f) => /\/(sectors|zones|datasets)\//.test(f.file)), l.locale).toEqual([]);
      for (const p of l.untranslatedFields.filter((f) => f.file.includes('/projects/'))) {
        expect(p.fields, `${l.locale} ${p.file}`).not.toEqual(expect.arrayContaining(['title']));
        expect(p.fields).not.toContain('summary');
        expect(p.fields).not.toContain('incentives');
        expect(p.fields).toContain('district');
      }
      expect(l.fields.translated).toBeLessThan(l.fields.total);
      expect(l.fields.translated).toBeGreaterThan(l.fields.total / 2);
      // What an investor reads first is translated (contact, incentives, procedures, the statements
      // on accessibility and privacy); the workforce page and the news are not.
      expect(l.untranslatedDocs.map((d) => d.key)).not.toEqual(expect.arrayContaining(['contact', 'incentives', 'procedures', 'accessibility', 'privacy']));
      expect(l.untranslatedDocs.map((d) => d.key)).toContain('workforce');
      const files = [...tree.pages, ...tree.news].filter((d) => d.locale === l.locale).length;
      expect(l.docs.translated).toBe(files);
      expect(l.docs.total).toBe([...tree.pages, ...tree.news].filter((d) => d.locale === 'vi').length);
    }
  });

  it('lists untranslated fields and articles with their files', () => {
    const copy = contentWith(path.join(FIXTURES, 'fallback'));
    try {
      const r = contentStatus(loadContentTree(copy.content), '2026-11-24');
      const en = r.languages.find((l) => l.locale === 'en')!;
      expect(en.untranslatedFields).toEqual([{ file: expect.stringMatching(/content\/projects\/waste-to-energy-plant\.json$/), fields: ['summary', 'incentives'] }]);
      expect(en.untranslatedDocs).toEqual([{ file: expect.stringMatching(/content\/news\/vi\/2026-11-20-chi-co-tieng-viet\.mdx$/), key: 'chi-co-tieng-viet' }]);
    } finally {
      copy.cleanup();
    }
  });

  it('flags records whose as-of date is older than the limit, oldest first', () => {
    const tree = loadContentTree('content');
    const r = contentStatus(tree, '2026-11-24', 365);
    const old = [...tree.sectors, ...tree.zones, ...tree.projects, ...tree.datasets].filter((x) => x.data.asOf < '2025-11-24');
    expect(r.stale.map((s) => s.file).sort()).toEqual(old.map((x) => x.file).sort());
    expect(r.stale.map((s) => s.days)).toEqual([...r.stale.map((s) => s.days)].sort((a, b) => b - a));
  });
});
