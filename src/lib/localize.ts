import { LOCALES, type Locale, type Localized } from './schema.ts';

/** The language a page's counterpart is in. */
export function otherLocale(locale: Locale): Locale {
  return LOCALES.find((l) => l !== locale)!;
}

export interface Picked {
  text: string;
  /** The language the text is really in: 'vi' when the English translation is missing. */
  lang: Locale;
  fallback: boolean;
}

/** The text in the reader's language, or the Vietnamese original marked as such. */
export function pick(value: Localized, locale: Locale): Picked {
  if (locale === 'en' && value.en) return { text: value.en, lang: 'en', fallback: false };
  return { text: value.vi, lang: 'vi', fallback: locale !== 'vi' };
}

/** Plain string for places that cannot carry a lang attribute (titles, attributes). */
export function text(value: Localized, locale: Locale): string {
  return pick(value, locale).text;
}

/** Every localized field of a record that lacks its English text, as dotted paths. */
export function missingTranslations(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => missingTranslations(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if (typeof obj.vi === 'string' && Object.keys(obj).every((k) => k === 'vi' || k === 'en')) {
    return typeof obj.en === 'string' && obj.en.trim() ? [] : [path || '(value)'];
  }
  return Object.entries(obj).flatMap(([k, v]) => missingTranslations(v, path ? `${path}.${k}` : k));
}

// Letters only Vietnamese uses among the scripts this site shows (tone marks, ă â đ ê ô ơ ư).
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** The language a free-standing text (a source's title, a publisher's name) is written in. */
export function textLang(value: string): Locale {
  return VIETNAMESE.test(value) ? 'vi' : 'en';
}
