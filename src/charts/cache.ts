// Charts are drawn once: Chart.js on the canvas costs about a quarter of a second a press PNG, and
// the charts were about a third of a build's time, drawn again by every build though a dataset
// changes a few times a year. Each drawing is kept in node_modules/.cache/charts/ under a hash of
// everything that decides it: the dataset, the language and the language list (fallback chains),
// the element id, the drawing code with what it uses (src/charts, src/lib, and the catalogues in
// src/i18n), Chart.js's version and the fonts'. Any change to one of them draws it again.
import { Chart } from 'chart.js';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { keepFile, pruneUnused, readKept, sourceDigest } from '../lib/file-cache.ts';
import { LANGUAGES } from '../lib/languages.ts';
import { fontVersions } from './fonts.ts';

/** How many charts this process drew and took from the cache (for the tests). */
export const chartStats = { drawn: 0, cached: 0 };

export function chartCacheDir(): string {
  return path.resolve(process.cwd(), 'node_modules/.cache/charts');
}

let base: string | null | undefined;
/** What every chart's name starts from; null when the project's sources cannot be read (a build
 * run from another folder), and then nothing is kept. */
function baseKey(): string | null {
  if (base !== undefined) return base;
  const code = sourceDigest(['src/charts', 'src/lib', 'src/i18n'].map((d) => path.resolve(process.cwd(), d)));
  base = code ? JSON.stringify([code, `chart.js@${Chart.version}`, fontVersions(), LANGUAGES]) : null;
  if (base) pruneUnused(chartCacheDir(), ['.svg', '.png']);
  return base;
}

const drawnNow = new Map<string, Buffer>();

/** The chart `draw` makes from `inputs`, from this build's memory, from the cache, or drawn now
 * and kept. */
export function cachedChart(kind: 'svg' | 'png', inputs: unknown, draw: () => Buffer): Buffer {
  const b = baseKey();
  if (b === null) {
    chartStats.drawn++;
    return draw();
  }
  const name = createHash('sha1').update(b).update('\0').update(JSON.stringify(inputs)).digest('hex').slice(0, 24);
  const file = path.join(chartCacheDir(), `${name}.${kind}`);
  let out = drawnNow.get(file) ?? readKept(file);
  if (out) {
    chartStats.cached++;
  } else {
    out = draw();
    keepFile(file, out);
    chartStats.drawn++;
  }
  drawnNow.set(file, out);
  return out;
}
