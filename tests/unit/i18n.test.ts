import { describe, expect, it } from 'vitest';
import { catalogues, flattenKeys, useT } from '../../src/i18n/index.ts';

describe('UI string catalogues', () => {
  const vi = flattenKeys(catalogues.vi).sort();
  const en = flattenKeys(catalogues.en).sort();

  it('have the same keys in Vietnamese and English', () => {
    expect(en.filter((k) => !vi.includes(k)), 'keys only in en.json').toEqual([]);
    expect(vi.filter((k) => !en.includes(k)), 'keys only in vi.json').toEqual([]);
  });

  it('have no empty string', () => {
    for (const [lang, cat] of Object.entries(catalogues)) {
      const empty = flattenKeys(cat).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], cat);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty, `empty strings in ${lang}.json`).toEqual([]);
    }
  });

  it('translates with plurals and interpolation in each language', () => {
    expect(useT('en')('projects.count', { count: 1 })).toBe('1 project');
    expect(useT('en')('projects.count', { count: 15 })).toBe('15 projects');
    expect(useT('vi')('projects.count', { count: 15 })).toBe('15 dự án');
    expect(useT('vi')('home.allZones', { count: 10 })).toBe('Xem tất cả 10 khu công nghiệp');
  });

  it('throws on a key that does not exist, naming the catalogue', () => {
    expect(() => useT('en')('nav.nowhere')).toThrow(/nav\.nowhere.*en\.json/);
  });
});
