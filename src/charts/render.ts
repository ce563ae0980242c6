// Dataset -> SVG string: Chart.js draws on @napi-rs/canvas in SVG mode at build time, with the
// site's own font files registered so text measures as the browser will draw it.
import { createCanvas, SvgExportFlag } from '@napi-rs/canvas';
import { Chart, registerables, type Plugin } from 'chart.js';
import type { Dataset, Locale } from '../lib/schema.ts';
import { pick, text } from '../lib/localize.ts';
import { CHART_SIZE, chartConfig, INK } from './config.ts';
import { chartFontFamily, registerLatin, undrawable } from './fonts.ts';
import { cleanSvg } from './svg.ts';
import { cachedChart } from './cache.ts';

Chart.register(...registerables);
Chart.defaults.font.size = 13;
Chart.defaults.color = INK;

/** The fonts of one language's charts, registered with the canvas and made Chart.js's default
 * (charts are drawn one at a time, synchronously). Returns the font-family list. */
export function useFonts(locale: Locale): string {
  const family = chartFontFamily(locale);
  Chart.defaults.font.family = family;
  return family;
}

/** Every text a chart draws in one language, by its field in the dataset file. */
function drawnTexts(d: Dataset): [string, Dataset['title']][] {
  return [
    ['title', d.title],
    ['unit', d.unit],
    ...(d.categoryLabel ? [['categoryLabel', d.categoryLabel] as [string, Dataset['title']]] : []),
    ...d.series.flatMap((s, i) => [
      [`series[${i}].label`, s.label] as [string, Dataset['title']],
      ...s.points.flatMap((p, j) => (p.label ? [[`series[${i}].points[${j}].label`, p.label] as [string, Dataset['title']]] : [])),
    ]),
  ];
}

/** Stops the build when a chart would draw a character none of its fonts has (an empty box), with
 * the dataset's file, the field and the characters, as the content check words its problems. */
export function assertDrawable(d: Dataset, locale: Locale): void {
  for (const [field, value] of drawnTexts(d)) {
    const p = pick(value, locale);
    const missing = undrawable(p.text, locale);
    if (missing.length) {
      throw new Error(`content/datasets/${d.id}.json: field "${field}.${p.lang}": expected characters the chart fonts can draw (src/charts/fonts.ts), found ${missing.map((c) => JSON.stringify(c)).join(', ')}`);
    }
  }
  for (const s of d.series) for (const p of s.points) if (!p.label && undrawable(p.x, locale).length) throw new Error(`content/datasets/${d.id}.json: category "${p.x}": expected characters the chart fonts can draw`);
}

/** The Latin font only (the press kit's logo and social card). */
export function registerFonts(): void {
  registerLatin();
}

export interface RenderOptions {
  locale: Locale;
  /** Prefix for ids inside the SVG, unique on the page. */
  id?: string;
}

/** The raw SVG Skia writes (for the benchmark's baseline and for debugging). */
export function renderRawSvg(d: Dataset, locale: Locale): string {
  assertDrawable(d, locale);
  const family = useFonts(locale);
  const canvas = createCanvas(CHART_SIZE.width, CHART_SIZE.height, SvgExportFlag.NoPrettyXML);
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, chartConfig(d, locale, family));
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  return svg;
}

// Skia writes each glyph back as a character through the font's own map, and where one glyph
// serves two characters it may write the other one (Noto Sans JP draws "・" and "‧" alike, and
// the SVG said "出資‧株式取得"). Each character a chart means to draw is drawn once alone to see
// what comes back, and the SVG's text is put back to the characters drawn.
const rewritten = new Map<string, string>();
function charactersBack(svg: string, drawn: Set<string>, family: string): string {
  const fixes = new Map<string, string>();
  for (const ch of drawn) {
    if (ch.charCodeAt(0) < 0x80) continue;
    const key = `${family}|${ch}`;
    let back = rewritten.get(key);
    if (back === undefined) {
      const canvas = createCanvas(40, 40, SvgExportFlag.NoPrettyXML);
      const ctx = canvas.getContext('2d');
      ctx.font = `13px ${family}`;
      ctx.fillText(ch, 0, 20);
      back = /<text [^>]*>([^<]*)<\/text>/.exec(canvas.getContent().toString('utf8'))?.[1] ?? ch;
      rewritten.set(key, back);
    }
    if (back !== ch && [...back].length === 1 && !drawn.has(back)) fixes.set(back, ch);
  }
  if (!fixes.size) return svg;
  return svg.replace(/(<text [^>]*>)([^<]*)(<\/text>)/g, (_, open: string, body: string, close: string) => open + [...body].map((c) => fixes.get(c) ?? c).join('') + close);
}

/** The chart as the SVG a page places (drawn once: src/charts/cache.ts). */
export function renderChart(d: Dataset, { locale, id = `chart-${d.id}` }: RenderOptions): string {
  return cachedChart('svg', [d, locale, id], () => Buffer.from(drawChart(d, { locale, id }))).toString('utf8');
}

/** The SVG drawn now, without the cache (tests and the benchmark). */
export function drawChart(d: Dataset, { locale, id = `chart-${d.id}` }: RenderOptions): string {
  const drawn = new Set(drawnTexts(d).flatMap(([, v]) => [...pick(v, locale).text]));
  const raw = charactersBack(renderRawSvg(d, locale), drawn, chartFontFamily(locale));
  return cleanSvg(raw, { ...CHART_SIZE, title: text(d.title, locale), id });
}

/** The same chart as a PNG for the press kit, at twice the pixel density (drawn once). */
export function renderChartPng(d: Dataset, locale: Locale): Buffer {
  return cachedChart('png', [d, locale], () => drawChartPng(d, locale));
}

const WHITE_BACKGROUND: Plugin = {
  id: 'white-background',
  beforeDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** The PNG drawn now, without the cache. */
export function drawChartPng(d: Dataset, locale: Locale): Buffer {
  assertDrawable(d, locale);
  const family = useFonts(locale);
  const scale = 2;
  // The page's size: Chart.js multiplies the canvas by the pixel ratio itself (a canvas made at
  // twice the size was laid out as a chart twice as large, its labels half as big, and written
  // at four times the pixels).
  const canvas = createCanvas(CHART_SIZE.width, CHART_SIZE.height);
  const config = chartConfig(d, locale, family);
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, {
    ...config,
    options: { ...config.options, devicePixelRatio: scale },
    // Chart.js clears the canvas before it draws, so the white goes under the drawing, not before
    // it: a PNG with no background shows black in many image viewers and slides.
    plugins: [...(config.plugins ?? []), WHITE_BACKGROUND],
  });
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  return png;
}
