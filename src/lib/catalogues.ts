// UI catalogues (src/i18n/<code>.json, i18next JSON v4), read from disk so that a language added
// in content/languages.json needs no import in the code, only its file. Every catalogue must say
// everything src/i18n/vi.json says: interface text is never mixed (a Japanese page with one English
// button would be), so a missing key stops the build, naming the file and the key.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from './content/problems.ts';

export type Catalogue = { [key: string]: string | Catalogue };

/** The reference every other catalogue is checked against: the original language's. */
export const REFERENCE_CATALOGUE = 'vi';

/** Where the catalogues are: src/i18n beside this module; once Astro has bundled the pages into
 * chunks elsewhere, src/i18n of the project being built. */
export function catalogueDir(): string {
  const own = fileURLToPath(new URL('../i18n/', import.meta.url));
  return existsSync(path.join(own, `${REFERENCE_CATALOGUE}.json`)) ? own : path.resolve(process.cwd(), 'src/i18n');
}

export function catalogueFile(code: string, dir = catalogueDir()): string {
  return path.join(dir, `${code}.json`);
}

const read = new Map<string, { mtime: number; value: Catalogue | Error }>();

/** The catalogue of one language, parsed once (again only if the file changed). Throws when the
 * file is missing or is not JSON; the content check reports that as a problem before any page. */
export function readCatalogue(code: string, dir = catalogueDir()): Catalogue {
  const file = catalogueFile(code, dir);
  if (!existsSync(file)) throw new Error(`No UI catalogue for "${code}": ${path.relative(process.cwd(), file)} is missing`);
  const mtime = statSync(file).mtimeMs;
  let hit = read.get(file);
  if (hit?.mtime !== mtime) {
    let value: Catalogue | Error;
    try {
      value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Catalogue;
    } catch (err) {
      value = err instanceof Error ? err : new Error(String(err));
    }
    read.set(file, (hit = { mtime, value }));
  }
  if (hit.value instanceof Error) throw hit.value;
  return hit.value;
}

/** Every key as a dotted path, with its value (plural forms keep their suffix). */
export function flatten(obj: Catalogue, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v as Catalogue, `${prefix}${k}.`, out);
    else out.set(`${prefix}${k}`, v);
  }
  return out;
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** The plural categories a language's numbers take (Japanese: other; English: one, other). */
export function pluralCategories(code: string): string[] {
  return new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
}

const vars = (s: unknown) => new Set(typeof s === 'string' ? [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!) : []);

/** What is wrong with one language's catalogue, measured against the reference catalogue: a key
 * it lacks (a plural text needs each form its language uses, e.g. only "_other" in Japanese), a key
 * the reference does not have, an empty text, or a {{placeholder}} no reference text has. */
export function catalogueProblems(code: string, catalogue: Catalogue, reference: Catalogue, fileName: string): Problem[] {
  const problems: Problem[] = [];
  const ref = flatten(reference);
  const own = flatten(catalogue);
  const plainKeys = new Set<string>();
  const pluralBases = new Map<string, unknown[]>();
  for (const [k, v] of ref) {
    const m = PLURAL.exec(k);
    if (m) pluralBases.set(m[1]!, [...(pluralBases.get(m[1]!) ?? []), v]);
    else plainKeys.add(k);
  }
  const categories = pluralCategories(code);
  const wanted = new Map<string, unknown[]>();
  for (const k of plainKeys) wanted.set(k, [ref.get(k)]);
  for (const [base, values] of pluralBases) for (const c of categories) wanted.set(`${base}_${c}`, values);
  const say = (field: string, expected: string, found: string) => problems.push({ file: fileName, field, expected, found });
  for (const [k, refValues] of wanted) {
    if (!own.has(k)) {
      say(k, `a text (every catalogue has each key of src/i18n/${REFERENCE_CATALOGUE}.json${PLURAL.test(k) ? `, and each plural form ${code} uses: ${categories.join(', ')}` : ''})`, 'nothing (the key is missing)');
      continue;
    }
    const value = own.get(k);
    if (typeof value !== 'string' || !value.trim()) {
      say(k, 'a non-empty text', typeof value === 'string' ? 'an empty text' : `${typeof value}`);
      continue;
    }
    const allowed = new Set(refValues.flatMap((v) => [...vars(v)]));
    for (const name of vars(value)) if (!allowed.has(name)) say(k, `only the placeholders of src/i18n/${REFERENCE_CATALOGUE}.json (${[...allowed].map((a) => `{{${a}}}`).join(', ') || 'none'})`, `{{${name}}}`);
  }
  for (const k of own.keys()) {
    if (wanted.has(k)) continue;
    const m = PLURAL.exec(k);
    // A plural form the language's rules never pick is harmless (vi.json keeps "_one" wording).
    if (m && pluralBases.has(m[1]!)) continue;
    say(k, `no such key (src/i18n/${REFERENCE_CATALOGUE}.json has none)`, 'an extra key');
  }
  return problems;
}
