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
  ranges = Object.values(table).flatMap((list) =>
    list.split(',').map((r): [number, number] => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    }),
  );
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
