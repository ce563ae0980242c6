import { describe, expect, it } from 'vitest';
import { fallbackLanguages, missingTranslations, pick } from '../../src/lib/localize.ts';
import { chainOf, LANGUAGES } from '../../src/lib/languages.ts';

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
  it('shows a partial language its own text, else the first language of its chain that has one', () => {
    expect(chainOf('ko')).toEqual(['ko', 'en', 'vi']);
    expect(pick({ vi: 'Dự án', en: 'Project', ko: '프로젝트' }, 'ko')).toEqual({ text: '프로젝트', lang: 'ko', fallback: false });
    expect(pick({ vi: 'Dự án', en: 'Project', ja: '案件' }, 'ko')).toEqual({ text: 'Project', lang: 'en', fallback: true });
    expect(pick({ vi: 'Dự án' }, 'zh-Hant')).toEqual({ text: 'Dự án', lang: 'vi', fallback: true });
  });
  it('treats an empty translation as missing', () => {
    expect(pick({ vi: 'Dự án', ja: '' }, 'ja')).toMatchObject({ text: 'Dự án', lang: 'vi', fallback: true });
  });
});

describe('missingTranslations and fallbackLanguages', () => {
  const record = {
    id: 'x',
    title: { vi: 'a', en: 'A', ja: 'あ' },
    summary: { vi: 'b' },
    legalBasis: [{ vi: 'c', en: 'C' }, { vi: 'd' }],
    contact: { name: { vi: 'e' }, role: { vi: 'f', en: 'F' } },
  };
  it('lists every localized field without the language, with its path', () => {
    expect(missingTranslations(record, 'en')).toEqual(['summary', 'legalBasis[1]', 'contact.name']);
    expect(missingTranslations(record, 'ja')).toEqual(['summary', 'legalBasis[0]', 'legalBasis[1]', 'contact.name', 'contact.role']);
  });
  it('finds nothing in a complete record', () => {
    expect(missingTranslations({ title: { vi: 'a', en: 'A' }, n: 3 }, 'en')).toEqual([]);
  });
  it('names the languages a page really shows in place of its own, in the order of its chain', () => {
    expect(fallbackLanguages(record, 'ja')).toEqual(['en', 'vi']);
    expect(fallbackLanguages(record, 'en')).toEqual(['vi']);
    expect(fallbackLanguages(record, 'vi')).toEqual([]);
  });
  it('covers every configured language', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['vi', 'en', 'zh-Hant', 'ja', 'ko']);
  });
});
