import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { contentStatus } from '../../src/lib/content/status.ts';
import { contentWith, FIXTURES } from '../support/fixtures.ts';

describe('the content status report', () => {
  it('finds nothing untranslated in the sample content', () => {
    const r = contentStatus(loadContentTree('content'), '2026-11-24');
    expect(r.untranslatedFields).toEqual([]);
    expect(r.untranslatedDocs).toEqual([]);
  });

  it('lists untranslated fields and articles with their files', () => {
    const copy = contentWith(path.join(FIXTURES, 'fallback'));
    try {
      const r = contentStatus(loadContentTree(copy.content), '2026-11-24');
      expect(r.untranslatedFields).toEqual([{ file: expect.stringMatching(/content\/projects\/waste-to-energy-plant\.json$/), fields: ['summary', 'incentives'] }]);
      expect(r.untranslatedDocs).toEqual([{ file: expect.stringMatching(/content\/news\/vi\/2026-11-20-chi-co-tieng-viet\.mdx$/), key: 'chi-co-tieng-viet' }]);
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
