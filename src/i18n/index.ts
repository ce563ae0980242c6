// UI strings: one i18next catalogue per configured language (src/i18n/<code>.json, i18next JSON
// v4), read from disk at build time (src/lib/catalogues.ts). Content text never goes through here;
// it lives in content/.
import i18next, { type TOptions } from 'i18next';
import { flatten, readCatalogue, type Catalogue } from '../lib/catalogues.ts';
import { LOCALES, SOURCE } from '../lib/languages.ts';
import type { Locale } from '../lib/schema.ts';
import type Reference from './vi.json';

/** Each configured language's catalogue, for the strings a page hands its script. Typed by the
 * reference catalogue, which every other one matches (plural forms aside: a language without a
 * "one" form has no "_one" key). */
export const catalogues = Object.fromEntries(LOCALES.map((l) => [l, readCatalogue(l)])) as Record<Locale, typeof Reference>;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: SOURCE,
  fallbackLng: false,
  supportedLngs: [...LOCALES],
  // "zh-Hant" is a language of its own here, not "zh" with a script to strip.
  load: 'currentOnly',
  resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: catalogues[l] }])),
  interpolation: { escapeValue: false }, // Astro escapes on output
  returnNull: false,
});

export type Translate = (key: string, options?: TOptions) => string;

// Every page asks for the same few hundred strings: a string without options is looked up once
// per language, and a key is checked to exist once.
const plain = new Map<string, string>();
const known = new Set<string>();

/** A translator bound to one language. An unknown key throws, so a typo fails the build. */
export function useT(locale: Locale): Translate {
  const fixed = instance.getFixedT(locale);
  return (key, options) => {
    const id = `${locale}|${key}|${options && 'count' in options ? 'n' : ''}`;
    if (!known.has(id)) {
      if (!instance.exists(key, { lng: locale, ...options })) {
        throw new Error(`UI string "${key}" is missing from src/i18n/${locale}.json`);
      }
      // A group of strings (legal.topics) is not one: i18next would print its key to readers.
      if (typeof instance.getResource(locale, 'translation', key) === 'object') {
        throw new Error(`UI string "${key}" in src/i18n/${locale}.json is a group of strings, not a string: name one of them`);
      }
      known.add(id);
    }
    if (options) return fixed(key, options) as string;
    let s = plain.get(id);
    if (s === undefined) plain.set(id, (s = fixed(key) as string));
    return s;
  };
}

/** Every key in a catalogue as a dotted path (plural forms keep their suffix). */
export function flattenKeys(obj: object): string[] {
  return [...flatten(obj as Catalogue).keys()];
}
