// Picking a text for the reader's language: the language itself, else the first language of its
// fallback chain (content/languages.json) that has it, marked with the language it is really in.
import { chainOf, LOCALES, SOURCE } from './languages.ts';
import type { Locale, Localized } from './schema.ts';

export interface Picked {
  text: string;
  /** The language the text is really in: the reader's, or the one its chain found. */
  lang: Locale;
  fallback: boolean;
}

const chains = new Map<string, string[]>();
const chain = (locale: Locale) => chains.get(locale) ?? chains.set(locale, chainOf(locale)).get(locale)!;

/** The text in the reader's language, or the first of its fallback chain that has one. */
export function pick(value: Localized, locale: Locale): Picked {
  for (const lang of chain(locale)) {
    const t = value[lang];
    if (t) return { text: t, lang, fallback: lang !== locale };
  }
  return { text: value[SOURCE]!, lang: SOURCE, fallback: locale !== SOURCE };
}

/** Plain string for places that cannot carry a lang attribute (titles, attributes). */
export function text(value: Localized, locale: Locale): string {
  return pick(value, locale).text;
}

/** Is this object a localized text ({ vi: "...", en: "...", ... })? */
export function isLocalized(value: unknown): value is Localized {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const obj = value as Record<string, unknown>;
  return typeof obj[SOURCE] === 'string' && Object.keys(obj).every((k) => LOCALES.includes(k) && typeof obj[k] === 'string');
}

/** Every localized text of a record, by its dotted path ("title", "contact.role", "legalBasis[2]"). */
export function localizedTexts(value: unknown, path = '', out = new Map<string, Localized>()): Map<string, Localized> {
  if (Array.isArray(value)) value.forEach((v, i) => localizedTexts(v, `${path}[${i}]`, out));
  else if (isLocalized(value)) out.set(path || '(value)', value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) localizedTexts(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/** Every localized field of a record that lacks its text in one language, as dotted paths. */
export function missingTranslations(value: unknown, locale: Locale): string[] {
  return [...localizedTexts(value)].filter(([, v]) => !v[locale]?.trim()).map(([path]) => path);
}

/** The languages a page in `locale` really shows a record's texts in, other than its own, in the
 * order of its fallback chain. */
export function fallbackLanguages(value: unknown, locale: Locale): Locale[] {
  const shown = new Set<Locale>();
  for (const v of localizedTexts(value).values()) {
    const p = pick(v, locale);
    if (p.fallback) shown.add(p.lang);
  }
  return chain(locale).filter((l) => shown.has(l));
}

// Letters only Vietnamese uses among the scripts this site shows (tone marks, ă â đ ê ô ơ ư).
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** The language a free-standing text (a source's title, a publisher's name) is written in: its
 * sources are Vietnamese or English. */
export function textLang(value: string): Locale {
  return VIETNAMESE.test(value) ? 'vi' : 'en';
}
