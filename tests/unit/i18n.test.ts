import { describe, expect, it } from 'vitest';
import { catalogueProblems, type Catalogue } from '../../src/lib/catalogues.ts';
import { checkLanguages } from '../../src/lib/languages.ts';
import { LOCALES } from '../../src/lib/languages.ts';
import { catalogues, flattenKeys, useT } from '../../src/i18n/index.ts';

describe('UI string catalogues', () => {
  it('exist for every configured language and say everything the Vietnamese one says', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LOCALES].sort());
    for (const l of LOCALES) expect(catalogueProblems(l, catalogues[l] as unknown as Catalogue, catalogues.vi as unknown as Catalogue, `${l}.json`), l).toEqual([]);
  });

  it('fail on a key missing from any catalogue, a plural form the language needs, an extra key and an unknown placeholder', () => {
    const vi = { a: 'một', n: { count_other: '{{count}} dự án' }, x: 'Chào {{name}}' } as Catalogue;
    const ja = { n: { count_one: '1件', count_other: '{{count}}件' }, x: 'こんにちは{{nom}}', extra: 'x' } as Catalogue;
    const problems = catalogueProblems('ja', ja, vi, 'src/i18n/ja.json');
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['a', 'nothing (the key is missing)'],
      ['x', '{{nom}}'],
      ['extra', 'an extra key'],
    ]);
    // English needs both forms; Japanese needs only "other" (its one-form is harmless).
    expect(catalogueProblems('en', { a: 'one', n: { count_other: 'x' }, x: 'Hi {{name}}' } as Catalogue, vi, 'en.json').map((p) => p.field)).toEqual(['n.count_one']);
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

  it('name the sections in ASCII path segments, unique per language', () => {
    for (const l of LOCALES) {
      const paths = Object.values((catalogues[l] as unknown as { paths: Record<string, string> }).paths);
      for (const p of paths) expect(p, l).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('translates with plurals and interpolation in each language', () => {
    expect(useT('en')('projects.count', { count: 1 })).toBe('1 project');
    expect(useT('en')('projects.count', { count: 15 })).toBe('15 projects');
    expect(useT('vi')('projects.count', { count: 15 })).toBe('15 dự án');
    expect(useT('vi')('home.allZones', { count: 10 })).toBe('Xem tất cả 10 khu công nghiệp');
    expect(useT('ja')('projects.count', { count: 1 })).toMatch(/^1件/);
    expect(useT('zh-Hant')('projects.count', { count: 1234 })).toContain('1,234');
    expect(useT('ko')('projects.count', { count: 2 })).toContain('2');
  });

  it('throws on a key that does not exist, naming the catalogue', () => {
    expect(() => useT('en')('nav.nowhere')).toThrow(/nav\.nowhere.*en\.json/);
    expect(() => useT('ko')('nav.nowhere')).toThrow(/nav\.nowhere.*ko\.json/);
  });
});

describe('the language list', () => {
  const good = [
    { code: 'vi', name: 'Tiếng Việt', prefix: '', complete: true, fallback: [] },
    { code: 'en', name: 'English', prefix: 'en', complete: true, fallback: ['vi'] },
    { code: 'ja', name: '日本語', prefix: 'ja', complete: false, fallback: ['en', 'vi'] },
  ];
  const check = (list: unknown) => checkLanguages(list, 'content/languages.json').problems.map((p) => `${p.field}: expected ${p.expected}, found ${p.found}`);

  it('accepts the sample list', () => {
    expect(check(good)).toEqual([]);
  });

  it('refuses a malformed code, a code in the wrong case and an unknown language, naming the entry', () => {
    expect(check([...good, { ...good[2], code: 'ja_JP' }])).toEqual([expect.stringMatching(/^\[3\]\.code: expected a well-formed BCP 47 language code.*found "ja_JP"/)]);
    expect(check([...good.slice(0, 2), { ...good[2], code: 'zh-hant', prefix: 'zh-hant' }])).toEqual([expect.stringMatching(/^\[2\]\.code: expected the code in its canonical form \("zh-Hant"\)/)]);
    expect(check([...good, { ...good[2], code: 'qaa', prefix: 'qaa' }])).toEqual([expect.stringMatching(/^\[3\]\.code: expected a language code that names a known language/)]);
  });

  it('refuses a fallback chain that loops, names an unlisted language or does not end in Vietnamese', () => {
    expect(check([good[0], good[1], { ...good[2], fallback: ['ja', 'vi'] }])).toEqual([expect.stringMatching(/^\[2\]\.fallback\[0\]: expected a chain without loops/)]);
    expect(check([good[0], good[1], { ...good[2], fallback: ['en', 'en', 'vi'] }])).toEqual([expect.stringMatching(/^\[2\]\.fallback\[1\]: expected a chain without loops/)]);
    expect(check([good[0], good[1], { ...good[2], fallback: ['ko', 'vi'] }])).toEqual([expect.stringMatching(/^\[2\]\.fallback\[0\]: expected a language of this list \(vi, en, ja\)/)]);
    expect(check([good[0], good[1], { ...good[2], fallback: ['en'] }])).toEqual([expect.stringMatching(/^\[2\]\.fallback: expected a chain that ends in "vi"/)]);
  });

  it('refuses Vietnamese anywhere but first, at the root and complete', () => {
    expect(check([good[1], good[0]])).toEqual(expect.arrayContaining([expect.stringMatching(/^\[0\]\.code: expected "vi": Vietnamese, the original, comes first/)]));
    expect(check([{ ...good[0], prefix: 'vi' }, good[1]])).toEqual([expect.stringMatching(/^\[0\]\.prefix: expected "" \(Vietnamese is at the site's root\)/)]);
  });

  it('refuses a prefix the site uses itself or another language has, an unknown field and a duplicate code', () => {
    expect(check([...good, { ...good[2], code: 'ko', prefix: 'data' }])).toEqual(expect.arrayContaining([expect.stringMatching(/^\[3\]\.prefix: expected a prefix other than data/)]));
    expect(check([...good, { ...good[2], code: 'ko', prefix: 'ja' }])).toEqual(expect.arrayContaining([expect.stringMatching(/^\[3\]\.prefix: expected a prefix no other language uses/)]));
    expect(check([...good, { ...good[2] }])).toEqual(expect.arrayContaining([expect.stringMatching(/^\[3\]\.code: expected a code no other entry uses/)]));
    expect(check([good[0], good[1], { ...good[2], fonts: 'x' }])).toEqual([expect.stringMatching(/^\[2\]\.fonts: expected no such field/)]);
  });

  it('refuses a language without its UI catalogue, naming the file to add', () => {
    expect(check([...good, { code: 'th', name: 'ไทย', prefix: 'th', complete: false, fallback: ['en', 'vi'] }])).toEqual([
      expect.stringMatching(/^\[3\]\.code: expected a UI catalogue for "th" at src\/i18n\/th\.json.*found no such file/),
    ]);
  });
});
