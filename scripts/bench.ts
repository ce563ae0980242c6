// npm run bench: how fast charts render and how small they are, as medians over several rounds.
// The baseline, measured in the same run, is Chart.js drawing the same dataset onto the same
// canvas without our SVG clean-up (renderRawSvg), so the ratio is the cost of the clean-up.
// It also reports each built page's HTML (with its inlined CSS) compressed, against the ~14 KB
// of the first network round trip, when dist/ exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { drawChart, renderRawSvg } from '../src/charts/render.ts';
import { loadContentTree } from '../src/lib/content/load.ts';
import { LOCALES } from '../src/lib/schema.ts';

const ROUNDS = 5;
const RUNS = 30;
const WARMUP = 10;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const br = (s: string | Buffer) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      fn();
      runs.push(performance.now() - t);
    }
    rounds.push(median(runs));
  }
  return median(rounds);
}

const datasets = loadContentTree().datasets.map((d) => d.data);
console.log(`Charts: median of ${ROUNDS} rounds x ${RUNS} renders after ${WARMUP} warm-up renders (aim: < 10 ms, < 8 KB brotli)\n`);
console.log('dataset                      lang    render  baseline  ratio   svg raw  gzip     brotli   baseline brotli');
const all: number[] = [];
let over = 0;
for (const d of datasets) {
  for (const locale of LOCALES) {
    const ms = time(() => drawChart(d, { locale }));
    const base = time(() => renderRawSvg(d, locale));
    const svg = drawChart(d, { locale });
    const b = br(svg);
    all.push(ms);
    if (ms >= 10 || b >= 8 * 1024) over++;
    console.log(
      `${d.id.padEnd(28)} ${locale.padEnd(7)} ${ms.toFixed(2).padStart(6)} ms ${base.toFixed(2).padStart(6)} ms  ${(ms / base).toFixed(2)}x  ${kb(svg.length).padStart(8)} ${kb(gzipSync(svg).length).padStart(8)} ${kb(b).padStart(8)}  ${kb(br(renderRawSvg(d, locale))).padStart(8)}`,
    );
  }
}
console.log(`\nMedian render over all charts: ${median(all).toFixed(2)} ms; ${over} chart(s) over an aim.`);

if (existsSync('dist')) {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const sizes = pages.map((f) => ({ f, gz: gzipSync(readFileSync(path.join('dist', f))).length })).sort((a, b) => b.gz - a.gz);
  const heavy = sizes.filter((s) => s.gz > 14 * 1024);
  console.log(`\nPages (HTML with inlined CSS, gzip): ${pages.length} pages, median ${kb(median(sizes.map((s) => s.gz)))}, largest ${kb(sizes[0]!.gz)} (${sizes[0]!.f})`);
  console.log(heavy.length ? `Over 14 KB: ${heavy.map((s) => `${s.f} ${kb(s.gz)}`).join(', ')}` : 'Every page fits in 14 KB compressed.');

  // Browser scripts are inlined as modules; the finder's aim is 10 KB compressed.
  const scripts = new Map<string, string[]>();
  for (const f of pages) {
    for (const m of readFileSync(path.join('dist', f), 'utf8').matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
      scripts.set(m[1]!, [...(scripts.get(m[1]!) ?? []), f]);
    }
  }
  console.log(`\nBrowser scripts: ${scripts.size}`);
  for (const [code, files] of scripts) {
    console.log(`  ${kb(code.length).padStart(8)} raw ${kb(gzipSync(code).length).padStart(8)} gzip ${kb(br(code)).padStart(8)} brotli  on ${files.length} page(s), e.g. ${files[0]}`);
  }
}
