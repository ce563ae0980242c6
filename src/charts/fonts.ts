// The fonts charts are drawn and measured with at build time. Be Vietnam Pro (the pages' own font)
// covers Vietnamese and English; Chinese, Japanese and Korean labels need fonts with their glyphs,
// or Skia measures and draws empty boxes. Those come from the npm registry with the project's own
// install (Noto Sans, each cut into ~120 unicode-range files; the canvas finds a glyph in any file
// of the family), one per script, in the shapes readers of that language expect.
import { GlobalFonts } from '@napi-rs/canvas';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { scriptOf } from '../lib/languages.ts';
import type { Locale } from '../lib/schema.ts';

export const LATIN_FAMILY = 'Be Vietnam Pro';

/** Script (CLDR) -> the font family and the npm package that has its files. */
export const SCRIPT_FONTS: Record<string, { family: string; pkg: string }> = {
  Hant: { family: 'Noto Sans TC', pkg: '@fontsource-variable/noto-sans-tc' },
  Hans: { family: 'Noto Sans SC', pkg: '@fontsource-variable/noto-sans-sc' },
  Jpan: { family: 'Noto Sans JP', pkg: '@fontsource-variable/noto-sans-jp' },
  Kore: { family: 'Noto Sans KR', pkg: '@fontsource-variable/noto-sans-kr' },
};

const require = createRequire(import.meta.url);
const registered = new Set<string>();

function register(family: string, files: string[]): void {
  if (registered.has(family)) return;
  for (const file of files) {
    if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`Could not register the chart font ${file}`);
  }
  registered.add(family);
}

/** The same @fontsource files the pages load (Latin, Latin Extended and Vietnamese subsets). */
export function registerLatin(): void {
  const files = ['latin', 'latin-ext', 'vietnamese'].flatMap((subset) =>
    [400, 700].map((weight) => require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`)),
  );
  register(LATIN_FAMILY, files);
}

/** Registers the font of a script the first time a chart needs it. */
function registerScript(script: string): string | undefined {
  const font = SCRIPT_FONTS[script];
  if (!font) return undefined;
  if (!registered.has(font.family)) {
    let dir: string;
    try {
      dir = path.join(path.dirname(require.resolve(`${font.pkg}/package.json`)), 'files');
    } catch {
      throw new Error(`Charts in ${script} script need the npm package ${font.pkg}: npm install ${font.pkg}`);
    }
    register(font.family, readdirSync(dir).filter((f) => f.endsWith('-wght-normal.woff2')).map((f) => path.join(dir, f)));
  }
  return font.family;
}

/** The families a chart in one language is drawn with, in order: Be Vietnam Pro for Latin letters
 * and digits (as on every chart; Skia's SVG output also loses digits drawn from the Noto files'
 * Latin subsets), then the language's own script, then every other installed CJK font (an English
 * chart may name a Korean company). */
export function chartFamilies(locale: Locale): string[] {
  registerLatin();
  const own = scriptOf(locale);
  const others = Object.keys(SCRIPT_FONTS).filter((s) => s !== own && isInstalled(s));
  return [LATIN_FAMILY, registerScript(own), ...others.map(registerScript)].filter((f): f is string => Boolean(f));
}

/** The same list as a CSS font-family value. */
export function chartFontFamily(locale: Locale): string {
  return chartFamilies(locale).map((f) => `"${f}"`).join(', ');
}

function isInstalled(script: string): boolean {
  try {
    require.resolve(`${SCRIPT_FONTS[script]!.pkg}/package.json`);
    return true;
  } catch {
    return false;
  }
}

// What each family can draw, from its package's unicode.json (the unicode-range of each file).
const coverage = new Map<string, [number, number][]>();
function rangesOf(family: string): [number, number][] {
  let ranges = coverage.get(family);
  if (ranges) return ranges;
  const pkg = family === LATIN_FAMILY ? '@fontsource/be-vietnam-pro' : Object.values(SCRIPT_FONTS).find((f) => f.family === family)!.pkg;
  const table = JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
  ranges = Object.values(table).flatMap(parseRanges);
  coverage.set(family, ranges);
  return ranges;
}

/** The characters of a text that no font of a language's chart list has (they would be drawn as
 * empty boxes). Spaces and line breaks need no glyph. */
export function undrawable(text: string, locale: Locale): string[] {
  const families = chartFamilies(locale);
  const out = new Set<string>();
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (!families.some((f) => rangesOf(f).some(([a, b]) => cp >= a && cp <= b))) out.add(ch);
  }
  return [...out];
}

/** The installed version of every font package the canvas draws with (and of the canvas itself),
 * e.g. "@fontsource/be-vietnam-pro@5.3.0 …": a social card's name includes it, so new font files
 * draw every card again (src/charts/card.ts). */
export function fontVersions(): string {
  const pkgs = ['@napi-rs/canvas', '@fontsource/be-vietnam-pro', ...Object.keys(SCRIPT_FONTS).filter(isInstalled).map((s) => SCRIPT_FONTS[s]!.pkg)];
  return pkgs.map((pkg) => `${pkg}@${(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version}`).join(' ');
}

// Skia looks each new text up in every file of every family it is given: with a 120-file Noto
// family in the list, measuring or drawing a new text costs about a millisecond, and a social card
// measures a few dozen (src/charts/card.ts). So a card names, besides Be Vietnam Pro, only the files
// its characters are in, each registered once more under a name of its own ("Noto Sans JP 111"),
// found from the package's unicode.json. The glyphs are the same files'.
/** "U+0000-00FF, U+0131" (a fontsource unicode.json entry) as code point ranges. */
function parseRanges(list: string): [number, number][] {
  return list.split(',').map((r): [number, number] => {
    const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

const slices = new Map<string, { name: string; file: string; ranges: [number, number][] }[]>();
function slicesOf(family: string) {
  let list = slices.get(family);
  if (list) return list;
  const pkg = Object.values(SCRIPT_FONTS).find((f) => f.family === family)!.pkg;
  const base = pkg.slice(pkg.indexOf('/') + 1);
  const dir = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files');
  const table = JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
  list = Object.entries(table).map(([key, value]) => {
    const id = key.replace(/^\[|\]$/g, '');
    return {
      name: `${family} ${id}`,
      file: path.join(dir, `${base}-${id}-wght-normal.woff2`),
      ranges: parseRanges(value),
    };
  });
  slices.set(family, list);
  return list;
}

/** The font families to draw one text with, as few as will do: Be Vietnam Pro, then for each
 * character it lacks the one file of the language's chart list that has it, in the list's order
 * (so each character is drawn with the same glyph as a chart would draw it). A character no font
 * has keeps the whole list (undrawable() reports it). */
export function familiesFor(text: string, locale: Locale): string[] {
  const families = chartFamilies(locale);
  const used = new Map<string, number>([[LATIN_FAMILY, -1]]);
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    const key = `${locale}|${ch}`;
    let hit = firstFile.get(key);
    if (hit === undefined) {
      const cp = ch.codePointAt(0)!;
      const has = ([a, b]: [number, number]) => cp >= a && cp <= b;
      const index = families.findIndex((f) => rangesOf(f).some(has));
      const family = families[index];
      if (!family) hit = null;
      else if (family === LATIN_FAMILY) hit = { name: LATIN_FAMILY, order: -1 };
      else {
        const slice = slicesOf(family).find((sl) => sl.ranges.some(has))!;
        if (!registered.has(slice.name)) register(slice.name, [slice.file]);
        hit = { name: slice.name, order: index };
      }
      firstFile.set(key, hit);
    }
    if (hit === null) return families;
    used.set(hit.name, hit.order);
  }
  return [...used].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}
const firstFile = new Map<string, { name: string; order: number } | null>();
