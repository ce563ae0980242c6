// UI strings: one i18next catalogue per language (i18next JSON v4), loaded synchronously
// at build time. Content text never goes through here; it lives in content/.
import i18next, { type TOptions } from 'i18next';
import type { Locale } from '../lib/schema.ts';
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };

export const catalogues = { vi, en } as const;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: 'vi',
  fallbackLng: false,
  supportedLngs: ['vi', 'en'],
  resources: { vi: { translation: vi }, en: { translation: en } },
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
      known.add(id);
    }
    if (options) return fixed(key, options) as string;
    let s = plain.get(id);
    if (s === undefined) plain.set(id, (s = fixed(key) as string));
    return s;
  };
}

/** Every key in a catalogue as a dotted path (plural forms keep their suffix). */
export function flattenKeys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flattenKeys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
