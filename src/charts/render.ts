// Dataset -> SVG string: Chart.js draws on @napi-rs/canvas in SVG mode at build time, with the
// site's own font files registered so text measures as the browser will draw it.
import { createCanvas, GlobalFonts, SvgExportFlag } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import { createRequire } from 'node:module';
import type { Dataset, Locale } from '../lib/schema.ts';
import { text } from '../lib/localize.ts';
import { CHART_SIZE, chartConfig, FONT_FAMILY, INK } from './config.ts';
import { cleanSvg } from './svg.ts';

Chart.register(...registerables);

let fontsReady = false;
/** The same @fontsource files the pages load (Latin, Latin Extended and Vietnamese subsets). */
export function registerFonts(): void {
  if (fontsReady) return;
  const require = createRequire(import.meta.url);
  for (const subset of ['latin', 'latin-ext', 'vietnamese']) {
    for (const weight of [400, 700]) {
      const file = require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`);
      if (!GlobalFonts.registerFromPath(file, FONT_FAMILY)) throw new Error(`Could not register the chart font ${file}`);
    }
  }
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = INK;
  fontsReady = true;
}

export interface RenderOptions {
  locale: Locale;
  /** Prefix for ids inside the SVG, unique on the page. */
  id?: string;
}

/** The raw SVG Skia writes (for the benchmark's baseline and for debugging). */
export function renderRawSvg(d: Dataset, locale: Locale): string {
  registerFonts();
  const canvas = createCanvas(CHART_SIZE.width, CHART_SIZE.height, SvgExportFlag.NoPrettyXML);
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, chartConfig(d, locale));
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  return svg;
}

export function renderChart(d: Dataset, { locale, id = `chart-${d.id}` }: RenderOptions): string {
  return cleanSvg(renderRawSvg(d, locale), { ...CHART_SIZE, title: text(d.title, locale), id });
}

/** The same chart as a PNG for the press kit, at twice the pixel density. */
export function renderChartPng(d: Dataset, locale: Locale): Buffer {
  registerFonts();
  const scale = 2;
  const canvas = createCanvas(CHART_SIZE.width * scale, CHART_SIZE.height * scale);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const config = chartConfig(d, locale);
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, { ...config, options: { ...config.options, devicePixelRatio: scale } });
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  return png;
}
