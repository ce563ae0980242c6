// Lookups built once per build, so that no page scans every record: a build of N pages that
// each searched N records would grow with the square of the content.
import { chainOf, LOCALES, SOURCE } from './languages.ts';
import type { Locale } from './schema.ts';

/** A lookup by id that throws on an unknown id (the content check has made that impossible). */
export function byId<T extends { id: string }>(items: readonly T[], what: string): (id: string) => T {
  const map = new Map(items.map((i) => [i.id, i]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`No ${what} with id "${id}"`);
    return found;
  };
}

/** Items grouped under each value they carry, in their original order. */
export function groupBy<T>(items: readonly T[], values: (item: T) => readonly (string | undefined)[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const v of values(item)) {
      if (v === undefined) continue;
      const list = out.get(v);
      if (list) list.push(item);
      else out.set(v, [item]);
    }
  }
  return out;
}

/** A document (article, standing page) in the reader's language, or the first language of its
 * fallback chain that has it. */
export interface InLanguage<T> {
  entry: T;
  /** True when the reader's language has no file and another language's stands in. */
  fallback: boolean;
  /** The language of the file shown. */
  lang: Locale;
}

export interface DocIndex<T> {
  /** One entry per key, in the order of the input. */
  list: InLanguage<T>[];
  byKey: Map<string, InLanguage<T>>;
}

/** Per language: each key's file in that language, or in the first language of its chain that
 * has one. `only` names the languages that list only their own files (the news of a partial
 * language: no list is padded with articles in another language). Keys come from the originals. */
export function docsByLanguage<T>(
  entries: readonly T[],
  keyOf: (e: T) => string,
  localeOf: (e: T) => Locale,
  only: (locale: Locale) => boolean = () => false,
): Record<Locale, DocIndex<T>> {
  const files = new Map<string, Partial<Record<Locale, T>>>();
  for (const e of entries) {
    const key = keyOf(e);
    const slot = files.get(key) ?? {};
    slot[localeOf(e)] = e;
    files.set(key, slot);
  }
  const out = {} as Record<Locale, DocIndex<T>>;
  for (const locale of LOCALES) {
    const list: InLanguage<T>[] = [];
    const chain = only(locale) ? [locale] : chainOf(locale);
    for (const slot of files.values()) {
      if (!slot[SOURCE]) continue; // a translation without its original (the content check refuses it)
      const lang = chain.find((l) => slot[l]);
      if (lang) list.push({ entry: slot[lang]!, fallback: lang !== locale, lang });
    }
    out[locale] = { list, byKey: new Map(list.map((d) => [keyOf(d.entry), d])) };
  }
  return out;
}
