import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { chartConfig, INK, PALETTE } from '../../src/charts/config.ts';
import { chartCacheDir, chartStats } from '../../src/charts/cache.ts';
import { drawChart, drawChartPng, renderChart, renderChartPng, renderRawSvg } from '../../src/charts/render.ts';
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
    const texts = svgTexts(drawChart(d, { locale: 'vi' }));
    for (const label of ['2020', '2021 (T1–T10)', '2024 (T1–T9)', 'Năm', 'tỷ USD', '1,84', '3,13', '1,75']) expect(texts).toContain(label);
  });

  it('writes them in Japanese, Korean and Chinese, as text: the labels in the language, the numbers as it writes them', () => {
    const ja = svgTexts(drawChart(d, { locale: 'ja' }));
    for (const label of ['2020', '2021（1～10月）', '年', '10億米ドル', '1.84', '3.13']) expect(ja).toContain(label);
    const ko = svgTexts(drawChart(d, { locale: 'ko' }));
    for (const label of ['2021(1–10월)', '연도', '10억 달러']) expect(ko).toContain(label);
    expect(svgTexts(drawChart(d, { locale: 'zh-Hant' }))).toContain('十億美元');
  });

  it('names no font readers lack: Latin runs in the pages\' font, CJK text in the page\'s own', () => {
    const svg = drawChart(d, { locale: 'ja' });
    expect([...new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]))]).toEqual(['Be Vietnam Pro']);
    expect(svg).toContain('<tspan font-family="Be Vietnam Pro">2021</tspan>（');
  });

  it('stops the build on a label no chart font can draw, naming the dataset file and the field', () => {
    const hindi = { ...d, series: [{ ...d.series[0]!, label: { vi: 'Vốn', ja: 'पूंजी' } }, ...d.series.slice(1)] } as Dataset;
    expect(() => drawChart(hindi, { locale: 'ja' })).toThrow(/content\/datasets\/fdi-registered-by-year\.json: field "series\[0\]\.label\.ja": expected characters the chart fonts can draw .*found "प"/);
  });

  it('writes them in English, as text', () => {
    const texts = svgTexts(drawChart(d, { locale: 'en' }));
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
    const svg = drawChart(d, { locale: 'en', id: 'x' });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 640 360"[^>]*role="img"[^>]*aria-labelledby="x-title"/);
    expect(svg).toContain('<title id="x-title">Registered FDI into Binh Duong by year</title>');
    expect(svg).not.toContain('<?xml');
  });
});

describe('every chart type the content uses', () => {
  it.each(datasets.map((d) => [d.id, d] as const))('%s shows every value and series name in every language', (_, d: Dataset) => {
    for (const locale of LOCALES) {
      const texts = svgTexts(drawChart(d, { locale })).join('\n');
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
  it('names the clip paths after the chart, so the same chart drawn twice is the same text and two charts share no id', () => {
    const d = byId('fdi-registered-by-year');
    const first = drawChart(d, { locale: 'en' });
    expect(drawChart(d, { locale: 'en' })).toBe(first);
    const ids = [...first.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(id).toMatch(/^chart-fdi-registered-by-year-/);
    for (const [, ref] of first.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
    const other = drawChart(byId('fdi-cumulative'), { locale: 'en' });
    expect([...other.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]).filter((id) => ids.includes(id))).toEqual([]);
  });

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

describe('the press kit\'s PNG of a chart', () => {
  it('is drawn at twice the size on an opaque white ground, with the chart\'s ink on it', async () => {
    const { data, info } = await sharp(drawChartPng(byId('fdi-by-source-economy'), 'en')).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1280, 720]);
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x + 1) * info.channels)];
    for (const [x, y] of [[0, 0], [info.width - 1, 0], [0, info.height - 1], [info.width - 1, info.height - 1]]) expect(at(x, y), `pixel ${x},${y}`).toEqual([255, 255, 255, 255]);
    let ink = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i]! < 128) ink++;
    expect(ink / (info.width * info.height)).toBeGreaterThan(0.02);
  });
});

describe('charts kept between builds', () => {
  // A dataset no other test draws: its drawings are new to the cache the first time this runs.
  const base = byId('fdi-registered-by-year');
  const fresh = (tag: string): Dataset => ({ ...base, title: { ...base.title, en: `${base.title.en} ${tag}` } });
  const kept = () => new Set(existsSync(chartCacheDir()) ? readdirSync(chartCacheDir()) : []);

  it('draws a chart the cache has not seen, keeps it on disk, and gives the same chart the next time without drawing', () => {
    const d = fresh(`cache-test-${process.pid}-${Date.now()}`);
    const before = kept();
    const drawn = chartStats.drawn;
    const svg = renderChart(d, { locale: 'en' });
    const png = renderChartPng(d, 'en');
    expect(chartStats.drawn - drawn).toBe(2);
    expect(svg).toBe(drawChart(d, { locale: 'en' }));
    expect(png.equals(drawChartPng(d, 'en'))).toBe(true);
    const added = [...kept()].filter((f) => !before.has(f));
    expect(added.map((f) => path.extname(f)).sort()).toEqual(['.png', '.svg']);
    expect(readFileSync(path.join(chartCacheDir(), added.find((f) => f.endsWith('.svg'))!), 'utf8')).toBe(svg);

    const cached = chartStats.cached;
    expect(renderChart(d, { locale: 'en' })).toBe(svg);
    expect(renderChartPng(d, 'en').equals(png)).toBe(true);
    expect(chartStats.drawn - drawn).toBe(2);
    expect(chartStats.cached - cached).toBe(2);
  });

  it('draws again when anything drawn changes: a value, the language, the element id', () => {
    const d = fresh(`cache-change-${process.pid}-${Date.now()}`);
    renderChart(d, { locale: 'en' });
    const drawn = chartStats.drawn;
    const changed = { ...d, series: [{ ...d.series[0]!, points: d.series[0]!.points.map((p, i) => (i === 0 ? { ...p, y: p.y + 1 } : p)) }, ...d.series.slice(1)] };
    expect(renderChart(changed, { locale: 'en' })).toBe(drawChart(changed, { locale: 'en' }));
    expect(renderChart(d, { locale: 'vi' })).toBe(drawChart(d, { locale: 'vi' }));
    expect(renderChart(d, { locale: 'en', id: 'other' })).toBe(drawChart(d, { locale: 'en', id: 'other' }));
    expect(chartStats.drawn - drawn).toBe(3);
  });
});
