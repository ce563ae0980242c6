// Dataset -> SVG string: Chart.js draws on @napi-rs/canvas in SVG mode at build time, with the
// site's own font files registered so text measures as the browser will draw it.
import { createCanvas, SvgExportFlag } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import type { Dataset, Locale } from '../lib/schema.ts';
import { text } from '../lib/localize.ts';
import { CHART_SIZE, chartConfig, INK } from './config.ts';
import { chartFontFamily, registerLatin } from './fonts.ts';
import { cleanSvg } from './svg.ts';

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
  const family = useFonts(locale);
  const canvas = createCanvas(CHART_SIZE.width, CHART_SIZE.height, SvgExportFlag.NoPrettyXML);
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, chartConfig(d, locale, family));
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  return svg;
}

export function renderChart(d: Dataset, { locale, id = `chart-${d.id}` }: RenderOptions): string {
  return cleanSvg(renderRawSvg(d, locale), { ...CHART_SIZE, title: text(d.title, locale), id });
}

/** The same chart as a PNG for the press kit, at twice the pixel density. */
export function renderChartPng(d: Dataset, locale: Locale): Buffer {
  const family = useFonts(locale);
  const scale = 2;
  const canvas = createCanvas(CHART_SIZE.width * scale, CHART_SIZE.height * scale);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const config = chartConfig(d, locale, family);
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, { ...config, options: { ...config.options, devicePixelRatio: scale } });
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  return png;
}
