// The languages the site publishes, from content/languages.json: one entry each, in the order the
// language list shows them. Everything that varies by language (routes, localized fields, UI
// catalogues, search bundles, feeds, the CMS, open data columns) is derived from this list, so a
// language is added by one entry here and its catalogue in src/i18n/.
//
// Vietnamese is the original: it comes first, lives at the site's root, is always complete, and
// every fallback chain ends in it. A "complete" language publishes every page, showing the first
// language of its chain where a text is missing (English today); a "partial" one publishes every
// record and standing page the same way, but lists only the articles translated into it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { catalogueFile, catalogueProblems, readCatalogue, REFERENCE_CATALOGUE } from './catalogues.ts';
import { contentRoot, display } from './content/root.ts';
import { describeValue, jsonSyntaxProblem, type Problem } from './content/problems.ts';

export const SOURCE = 'vi';

export interface Language {
  /** BCP 47, canonical: vi, en, zh-Hant, ja, ko. Also the folder of its articles and pages. */
  code: string;
  /** The language's name written in itself: the language list's link text. */
  name: string;
  /** URL prefix without slashes; "" for Vietnamese, at the root. */
  prefix: string;
  /** Every article is published in it, with the chain's text where a translation is missing. */
  complete: boolean;
  /** Where a missing text comes from, in order; ends in "vi" (empty for Vietnamese). */
  fallback: string[];
  /** The locale dates and numbers are formatted in (e.g. en-GB); the code when not given. */
  intl: string;
}

/** Root folders the site uses for itself, which no language prefix may take. */
export const RESERVED_PREFIXES = ['data', 'press', 'og', 'pagefind', 'admin', '_astro', 'uploads', 'favicon.svg', 'logo.svg', 'robots.txt'];
const FIELDS = ['code', 'name', 'prefix', 'complete', 'fallback', 'intl'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LanguageConfig {
  languages: Language[];
  problems: Problem[];
}

/** The language a code names, if Intl knows it (a well-formed but unknown code such as "xx" or
 * "qaa" has no name). */
function knownLanguage(code: string): boolean {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) !== undefined;
  } catch {
    return false;
  }
}

function canonical(code: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return undefined;
  }
}

/** Reads and checks content/languages.json and each language's catalogue. Never throws: the
 * problems are reported by the content check with everything else. */
export function checkLanguages(raw: unknown, file: string, i18nDir?: string): LanguageConfig {
  const problems: Problem[] = [];
  const say = (field: string, expected: string, found: string) => problems.push({ file, field, expected, found });
  if (!Array.isArray(raw)) {
    say('(whole file)', 'a list of languages: [ { "code": "vi", "name": "Tiếng Việt", "prefix": "", "complete": true, "fallback": [] }, ... ]', describeValue(raw));
    return { languages: [], problems };
  }
  const languages: Language[] = [];
  const entryOf = new Map<Language, number>();
  raw.forEach((entry: unknown, i) => {
    const at = (f: string) => `[${i}].${f}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      say(`[${i}]`, 'a language: { "code", "name", "prefix", "complete", "fallback" }', describeValue(entry));
      return;
    }
    const e = entry as Record<string, unknown>;
    for (const k of Object.keys(e)) if (!FIELDS.includes(k)) say(at(k), `no such field (a language has ${FIELDS.join(', ')})`, 'an unknown field');
    let ok = true;
    if (typeof e.code !== 'string') {
      say(at('code'), 'a BCP 47 language code such as "vi", "en", "zh-Hant"', describeValue(e.code));
      ok = false;
    } else {
      const c = canonical(e.code);
      if (!c) {
        say(at('code'), 'a well-formed BCP 47 language code such as "vi", "en", "zh-Hant"', describeValue(e.code));
        ok = false;
      } else if (c !== e.code) {
        say(at('code'), `the code in its canonical form ("${c}")`, describeValue(e.code));
        ok = false;
      } else if (!knownLanguage(e.code)) {
        say(at('code'), 'a language code that names a known language (e.g. "zh-Hans", "th", "fr")', describeValue(e.code));
        ok = false;
      }
    }
    if (typeof e.name !== 'string' || !e.name.trim()) {
      say(at('name'), 'the language\'s name written in itself, e.g. "日本語"', describeValue(e.name));
      ok = false;
    }
    if (typeof e.prefix !== 'string') {
      say(at('prefix'), 'the URL prefix, e.g. "ja" ("" for Vietnamese)', describeValue(e.prefix));
      ok = false;
    }
    if (typeof e.complete !== 'boolean') {
      say(at('complete'), 'true (every article is published in it) or false (only its translations)', describeValue(e.complete));
      ok = false;
    }
    if (!Array.isArray(e.fallback) || !e.fallback.every((x) => typeof x === 'string')) {
      say(at('fallback'), 'a list of language codes, e.g. ["en", "vi"]', describeValue(e.fallback));
      ok = false;
    }
    if (e.intl !== undefined && (typeof e.intl !== 'string' || !canonical(e.intl))) {
      say(at('intl'), 'a locale for dates and numbers, e.g. "en-GB"', describeValue(e.intl));
      ok = false;
    }
    if (ok) {
      const lang: Language = {
        code: e.code as string,
        name: (e.name as string).trim(),
        prefix: e.prefix as string,
        complete: e.complete as boolean,
        fallback: e.fallback as string[],
        intl: (e.intl as string | undefined) ?? (e.code as string),
      };
      const twin = languages.find((l) => l.code === lang.code);
      if (twin) say(`[${i}].code`, `a code no other entry uses ([${entryOf.get(twin)}] has it)`, describeValue(lang.code));
      else {
        languages.push(lang);
        entryOf.set(lang, i);
      }
    }
  });
  const codes = new Set(languages.map((l) => l.code));
  const first = raw[0] as { code?: unknown } | undefined;
  if (first?.code !== SOURCE) say('[0].code', `"${SOURCE}": Vietnamese, the original, comes first`, describeValue(first?.code));
  const prefixes = new Map<string, string>();
  for (const l of languages) {
    const i = entryOf.get(l)!;
    const at = (f: string) => `[${i}].${f}`;
    if (l.code === SOURCE) {
      if (l.prefix !== '') say(at('prefix'), '"" (Vietnamese is at the site\'s root)', describeValue(l.prefix));
      if (!l.complete) say(at('complete'), 'true (Vietnamese is the original: it is always complete)', describeValue(l.complete));
      if (l.fallback.length) say(at('fallback'), '[] (Vietnamese is the original: it falls back to nothing)', describeValue(l.fallback));
      continue;
    }
    if (!ID.test(l.prefix)) say(at('prefix'), 'a URL prefix in lower-case ASCII letters, digits and hyphens, e.g. "zh-hant"', describeValue(l.prefix));
    else if (RESERVED_PREFIXES.includes(l.prefix)) say(at('prefix'), `a prefix other than ${RESERVED_PREFIXES.join(', ')} (folders the site uses itself)`, describeValue(l.prefix));
    else if (prefixes.has(l.prefix)) say(at('prefix'), `a prefix no other language uses (${prefixes.get(l.prefix)} has it)`, describeValue(l.prefix));
    prefixes.set(l.prefix, l.code);
    // The chain: each a configured language, none twice or itself (a loop), and Vietnamese last.
    const seen = new Set([l.code]);
    l.fallback.forEach((c, k) => {
      if (!codes.has(c)) say(`${at('fallback')}[${k}]`, `a language of this list (${[...codes].join(', ')})`, describeValue(c));
      else if (seen.has(c)) say(`${at('fallback')}[${k}]`, 'a chain without loops (each language once, never the language itself)', describeValue(c));
      seen.add(c);
    });
    if (l.fallback.at(-1) !== SOURCE) say(at('fallback'), `a chain that ends in "${SOURCE}" (the Vietnamese original has every text)`, describeValue(l.fallback.join(', ') || '[]'));
  }
  // Each language needs its interface catalogue, complete.
  let reference;
  try {
    reference = readCatalogue(REFERENCE_CATALOGUE, i18nDir);
  } catch (err) {
    say('[0].code', `the reference catalogue ${display(catalogueFile(REFERENCE_CATALOGUE, i18nDir))}`, (err as Error).message);
  }
  for (const l of languages) {
    const catFile = catalogueFile(l.code, i18nDir);
    if (!existsSync(catFile)) {
      say(`[${entryOf.get(l)}].code`, `a UI catalogue for "${l.code}" at ${display(catFile)} (a copy of src/i18n/en.json, translated)`, 'no such file');
      continue;
    }
    let catalogue;
    try {
      catalogue = readCatalogue(l.code, i18nDir);
    } catch (err) {
      problems.push(jsonSyntaxProblem(display(catFile), readFileSync(catFile, 'utf8'), err));
      continue;
    }
    if (reference && l.code !== REFERENCE_CATALOGUE) problems.push(...catalogueProblems(l.code, catalogue, reference, display(catFile)));
  }
  return { languages, problems };
}

export function languagesFile(root = contentRoot()): string {
  return path.join(root, 'languages.json');
}

const cache = new Map<string, { stamp: string; config: LanguageConfig }>();

/** The checked language list of a content folder (cached until the file or a catalogue changes). */
export function readLanguages(root = contentRoot()): LanguageConfig {
  const file = languagesFile(root);
  const stamp = existsSync(file) ? String(statSync(file).mtimeMs) : 'none';
  const hit = cache.get(file);
  if (hit?.stamp === stamp) return hit.config;
  let config: LanguageConfig;
  if (!existsSync(file)) {
    config = { languages: [], problems: [{ file: display(file), field: '(whole file)', expected: 'the list of the site\'s languages', found: 'no file' }] };
  } else {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
      config = checkLanguages(raw, display(file));
    } catch (err) {
      config = { languages: [], problems: [jsonSyntaxProblem(display(file), text, err)] };
    }
  }
  cache.set(file, { stamp, config });
  return config;
}

// The site's languages for this build. With a broken list the process goes on in Vietnamese alone,
// so that nothing fails on a missing catalogue before the content check, the first step of the
// build, reports the list's problems and stops it.
const configured = readLanguages();
const usable: Language[] = configured.problems.length ? [{ code: SOURCE, name: 'Tiếng Việt', prefix: '', complete: true, fallback: [], intl: 'vi-VN' }] : configured.languages;

export const LANGUAGES: readonly Language[] = usable;
export const LOCALES: readonly string[] = usable.map((l) => l.code);
const byCode = new Map(usable.map((l) => [l.code, l]));

export function language(code: string): Language {
  const l = byCode.get(code);
  if (!l) throw new Error(`"${code}" is not a language of content/languages.json (${LOCALES.join(', ')})`);
  return l;
}

/** The language itself, then its fallback chain: where each text is looked for, in order. */
export function chainOf(code: string): string[] {
  return [code, ...language(code).fallback];
}

/** The script a language is written in (Latn, Hant, Jpan, Kore, ...), from CLDR's likely subtags. */
export function scriptOf(code: string): string {
  return new Intl.Locale(code).maximize().script ?? 'Latn';
}

/** A language's name in another language, e.g. "英語" for en on a Japanese page. */
export function languageName(code: string, inLanguage: string): string {
  return new Intl.DisplayNames([language(inLanguage).intl], { type: 'language' }).of(code) ?? language(code).name;
}

/** Open Graph's locale form: en_GB, zh_TW, ja_JP. */
export function ogLocale(code: string): string {
  const l = new Intl.Locale(language(code).intl).maximize();
  return `${l.language}_${l.region ?? l.language.toUpperCase()}`;
}

/** A language's suffix in open data column names: title_vi, title_zh_hant. */
export function columnSuffix(code: string): string {
  return code.toLowerCase().replace(/-/g, '_');
}
