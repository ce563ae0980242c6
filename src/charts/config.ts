// Dataset -> Chart.js configuration, in the reader's language and number format.
// Pure: no canvas here, so it is cheap to unit-test.
import type { ChartConfiguration, Plugin } from 'chart.js';
import { formatNumber } from '../lib/format.ts';
import { text } from '../lib/localize.ts';
import { language } from '../lib/languages.ts';
import type { Dataset, Locale } from '../lib/schema.ts';

/** Colours with at least 4.5:1 contrast on white, told apart by lightness as well as hue. */
export const PALETTE = ['#0b4f8a', '#b3261e', '#1e6b35', '#6b4600', '#5b3a8c', '#005f66'] as const;
export const INK = '#1b1f24';
/** The Latin font; a chart in another script is drawn with a list that puts its own font first
 * (src/charts/fonts.ts). */
export const FONT_FAMILY = '"Be Vietnam Pro"';
export const CHART_SIZE = { width: 640, height: 360 } as const;

export function categoryLabels(d: Dataset, locale: Locale): string[] {
  return d.series[0]!.points.map((p) => (p.label ? text(p.label, locale) : p.x));
}

/** Values written on the chart itself, so colour is never the only way to read it. */
export function directLabels(locale: Locale, fontFamily = FONT_FAMILY): Plugin {
  return {
    id: 'directLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const type = (chart.config as { type?: string }).type;
      const stacked = Boolean((chart.options.scales?.x as { stacked?: boolean } | undefined)?.stacked);
      ctx.save();
      ctx.font = `700 13px ${fontFamily}`;
      ctx.textAlign = 'center';
      chart.data.datasets.forEach((ds, i) => {
        const meta = chart.getDatasetMeta(i);
        meta.data.forEach((el, j) => {
          const value = ds.data[j] as number;
          const label = formatNumber(value, locale);
          if (type === 'doughnut') {
            const arc = el as unknown as { startAngle: number; endAngle: number; innerRadius: number; outerRadius: number; x: number; y: number };
            const share = (arc.endAngle - arc.startAngle) / (2 * Math.PI);
            if (share < 0.06) return; // too thin to hold a label; the legend and the table carry it
            const mid = (arc.startAngle + arc.endAngle) / 2;
            const r = (arc.innerRadius + arc.outerRadius) / 2;
            ctx.fillStyle = '#ffffff';
            ctx.textBaseline = 'middle';
            ctx.fillText(label, arc.x + Math.cos(mid) * r, arc.y + Math.sin(mid) * r);
          } else if (stacked) {
            const bar = el as unknown as { x: number; y: number; base: number };
            if (Math.abs(bar.base - bar.y) < 16) return;
            ctx.fillStyle = '#ffffff';
            ctx.textBaseline = 'middle';
            ctx.fillText(label, bar.x, (bar.y + bar.base) / 2);
          } else {
            const p = el as unknown as { x: number; y: number };
            ctx.fillStyle = INK;
            ctx.textBaseline = 'bottom';
            ctx.fillText(label, p.x, p.y - 6);
          }
        });
      });
      ctx.restore();
    },
  };
}

export function chartConfig(d: Dataset, locale: Locale, fontFamily = FONT_FAMILY): ChartConfiguration {
  const labels = categoryLabels(d, locale);
  const unit = text(d.unit, locale);
  const type = d.chart === 'stacked-bar' ? 'bar' : d.chart;
  const stacked = d.chart === 'stacked-bar';
  const many = d.series.length > 1;
  const datasets = d.series.map((s, i) => {
    const colour = PALETTE[i % PALETTE.length]!;
    const base = { label: text(s.label, locale), data: s.points.map((p) => p.y) };
    if (type === 'doughnut') {
      return { ...base, backgroundColor: s.points.map((_, j) => PALETTE[j % PALETTE.length]!), borderColor: '#ffffff', borderWidth: 2 };
    }
    if (type === 'line') {
      // Polygon markers: a distinct shape per series, and a few bytes each (circles are long curves).
      return { ...base, borderColor: colour, backgroundColor: colour, borderWidth: 3, pointRadius: 6, pointStyle: (['rectRot', 'rect', 'triangle', 'crossRot'] as const)[i % 4], tension: 0 };
    }
    return { ...base, backgroundColor: colour, borderColor: '#ffffff', borderWidth: stacked ? 1 : 0, maxBarThickness: 72 };
  });
  const axes = {
    x: {
      stacked,
      offset: true, // keeps the first and last points (and their labels) off the axes
      title: { display: Boolean(d.categoryLabel), text: d.categoryLabel ? text(d.categoryLabel, locale) : '', color: INK },
      ticks: { color: INK },
      grid: { display: false },
    },
    y: {
      stacked,
      beginAtZero: true,
      grace: '12%',
      title: { display: true, text: unit, color: INK },
      ticks: { color: INK, callback: (v: number | string) => formatNumber(Number(v), locale) },
      grid: { color: '#d5dde5' },
    },
  };
  return {
    type,
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      locale: language(locale).intl,
      layout: { padding: { top: 8, right: 12, bottom: 4, left: 4 } },
      plugins: {
        legend: {
          display: many || type === 'doughnut',
          position: type === 'doughnut' ? 'right' : 'top',
          labels: { color: INK, boxWidth: 14, font: { size: 13 } },
        },
        title: { display: false },
        tooltip: { enabled: false },
      },
      ...(type === 'doughnut' ? { cutout: '50%' } : { scales: axes }),
    },
    plugins: [directLabels(locale, fontFamily)],
  } as ChartConfiguration;
}
