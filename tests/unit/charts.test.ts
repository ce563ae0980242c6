import { describe, expect, it } from 'vitest';
import { chartConfig, INK, PALETTE } from '../../src/charts/config.ts';
import { renderChart, renderRawSvg } from '../../src/charts/render.ts';
import { cleanSvg, svgTexts } from '../../src/charts/svg.ts';
import { contrastRatio } from '../../src/lib/colour.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { formatNumber } from '../../src/lib/format.ts';
import type { Dataset, Localized } from '../../src/lib/schema.ts';
import { LOCALES } from '../../src/lib/languages.ts';
import { text } from '../../src/lib/localize.ts';

const datasets = loadContentTree('content').datasets.map((d) => d.data);
const byId = (id: string) => datasets.find((d) => d.id === id)!;

describe('a chart rendered for a known dataset', () => {
  const d = byId('fdi-registered-by-year');

  it('writes its labels, axis titles and numbers in Vietnamese, as text', () => {
    const texts = svgTexts(renderChart(d, { locale: 'vi' }));
    for (const label of ['2020', '2021 (T1–T10)', '2024 (T1–T9)', 'Năm', 'tỷ USD', '1,84', '3,13', '1,75']) expect(texts).toContain(label);
  });

  it('writes them in Japanese, Korean and Chinese, as text: the labels in the language, the numbers as it writes them', () => {
    const ja = svgTexts(renderChart(d, { locale: 'ja' }));
    for (const label of ['2020', '2021（1～10月）', '年', '10億米ドル', '1.84', '3.13']) expect(ja).toContain(label);
    const ko = svgTexts(renderChart(d, { locale: 'ko' }));
    for (const label of ['2021(1–10월)', '연도', '10억 달러']) expect(ko).toContain(label);
    expect(svgTexts(renderChart(d, { locale: 'zh-Hant' }))).toContain('十億美元');
  });

  it('names no font readers lack: Latin runs in the pages\' font, CJK text in the page\'s own', () => {
    const svg = renderChart(d, { locale: 'ja' });
    expect([...new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]))]).toEqual(['Be Vietnam Pro']);
    expect(svg).toContain('<tspan font-family="Be Vietnam Pro">2021</tspan>（');
  });

  it('stops the build on a label no chart font can draw, naming the dataset file and the field', () => {
    const hindi = { ...d, series: [{ ...d.series[0]!, label: { vi: 'Vốn', ja: 'पूंजी' } }, ...d.series.slice(1)] } as Dataset;
    expect(() => renderChart(hindi, { locale: 'ja' })).toThrow(/content\/datasets\/fdi-registered-by-year\.json: field "series\[0\]\.label\.ja": expected characters the chart fonts can draw .*found "प"/);
  });

  it('writes them in English, as text', () => {
    const texts = svgTexts(renderChart(d, { locale: 'en' }));
    for (const label of ['2021 (Jan–Oct)', '2024 (Jan–Sep)', 'Year', 'US$ billion', '1.84', '3.13', '1.75']) expect(texts).toContain(label);
  });

  it('keeps every text as text, none turned into paths', () => {
    const raw = renderRawSvg(d, 'en');
    const glyphs = (raw.match(/<text /g) ?? []).length;
    expect(glyphs).toBeGreaterThan(10);
    // a glyph outline would be a long filled path in the text colour; the only filled paths are bars
    const inkPaths = [...raw.matchAll(/<path fill="#1B1F24"/gi)];
    expect(inkPaths).toHaveLength(0);
  });

  it('is an image with an accessible name that scales to its box', () => {
    const svg = renderChart(d, { locale: 'en', id: 'x' });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 640 360"[^>]*role="img"[^>]*aria-labelledby="x-title"/);
    expect(svg).toContain('<title id="x-title">Registered FDI into Binh Duong by year</title>');
    expect(svg).not.toContain('<?xml');
  });
});

describe('every chart type the content uses', () => {
  it.each(datasets.map((d) => [d.id, d] as const))('%s shows every value and series name in every language', (_, d: Dataset) => {
    for (const locale of LOCALES) {
      const texts = svgTexts(renderChart(d, { locale })).join('\n');
      const name = (l: Localized) => text(l, locale);
      for (const s of d.series) {
        // the legend names the series, or for a doughnut each slice
        if (d.series.length > 1) expect(texts).toContain(name(s.label));
        if (d.chart === 'doughnut') for (const p of s.points) expect(texts).toContain(p.label ? name(p.label) : p.x);
        for (const p of s.points) {
          const share = d.chart === 'doughnut' ? p.y / s.points.reduce((a, q) => a + q.y, 0) : 1;
          if (share >= 0.06) expect(texts, `${d.id} ${locale} ${p.x}`).toContain(formatNumber(p.y, locale));
        }
      }
    }
  });
});

describe('chart configuration', () => {
  it('stacks a stacked bar chart and nothing else', () => {
    const stacked = chartConfig(byId('fdi-2020-by-channel'), 'en');
    expect(stacked.type).toBe('bar');
    expect((stacked.options as { scales: { x: { stacked: boolean } } }).scales.x.stacked).toBe(true);
    expect((chartConfig(byId('fdi-registered-by-year'), 'en').options as { scales: { x: { stacked: boolean } } }).scales.x.stacked).toBe(false);
  });

  it('uses colours with at least 3:1 contrast against the white background, and ink at 4.5:1', () => {
    for (const c of PALETTE) expect(contrastRatio(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(INK, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('turns animation off and fixes the size and pixel ratio', () => {
    const o = chartConfig(byId('fdi-cumulative'), 'vi').options!;
    expect(o).toMatchObject({ animation: false, responsive: false, devicePixelRatio: 1, locale: 'vi-VN' });
  });
});

describe('cleanSvg', () => {
  it('joins the runs Skia writes per word and per font file into one text per label', () => {
    const raw =
      '<?xml version="1.0"?><svg width="10" height="10"><text fill="#000" x="1.234, " y="5, ">V</text><text fill="#000" x="9.87, 15, " y="5, ">ốn</text>' +
      '<text fill="#000" x="" y=""></text><text fill="#000" x="30, 38, 44, " y="5, ">FDI</text><path d="M1.23456 2.5L3 4"/></svg>';
    const svg = cleanSvg(raw, { width: 10, height: 10, title: 'T', id: 't' });
    expect(svgTexts(svg)).toEqual(['Vốn FDI']);
    expect(svg).toContain('x="1.2 9.9 15 30 30 38 44"');
    expect(svg).toContain('d="M1.2 2.5L3 4"');
  });
});
