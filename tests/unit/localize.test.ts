import { describe, expect, it } from 'vitest';
import { missingTranslations, pick } from '../../src/lib/localize.ts';

describe('pick', () => {
  it('returns the English text on English pages', () => {
    expect(pick({ vi: 'Dự án', en: 'Project' }, 'en')).toEqual({ text: 'Project', lang: 'en', fallback: false });
  });
  it('falls back to the Vietnamese original, marked as Vietnamese, when English is missing', () => {
    expect(pick({ vi: 'Dự án' }, 'en')).toEqual({ text: 'Dự án', lang: 'vi', fallback: true });
  });
  it('never falls back on Vietnamese pages', () => {
    expect(pick({ vi: 'Dự án', en: 'Project' }, 'vi')).toEqual({ text: 'Dự án', lang: 'vi', fallback: false });
  });
});

describe('missingTranslations', () => {
  it('lists every localized field without English, with its path', () => {
    const record = {
      id: 'x',
      title: { vi: 'a', en: 'A' },
      summary: { vi: 'b' },
      legalBasis: [{ vi: 'c', en: 'C' }, { vi: 'd' }],
      contact: { name: { vi: 'e' }, role: { vi: 'f', en: 'F' } },
    };
    expect(missingTranslations(record)).toEqual(['summary', 'legalBasis[1]', 'contact.name']);
  });
  it('finds nothing in a complete record', () => {
    expect(missingTranslations({ title: { vi: 'a', en: 'A' }, n: 3 })).toEqual([]);
  });
});
