import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { DATASET_COLUMNS, datasetCsv } from '../../src/lib/open-data.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF, for Excel', () => {
    const csv = toCsv(['a', 'b'], [['Bình Dương', 1.5]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFa,b\r\nBình Dương,1.5\r\n');
  });

  it('quotes commas, quotes and line breaks, and reads them back', () => {
    const rows = [['a, b', 'say "hi"', 'two\nlines', '', ' padded ']];
    expect(parseCsv(toCsv(['x', 'y', 'z', 'w', 'v'], rows))).toEqual([['x', 'y', 'z', 'w', 'v'], ...rows]);
  });

  it.each(loadContentTree('content').datasets.map((d) => [d.data.id, d.data] as const))('round-trips dataset %s: parse the file, get the content back', (_, d) => {
    const [header, ...rows] = parseCsv(datasetCsv(d));
    expect(header).toEqual([...DATASET_COLUMNS]);
    const col = (name: (typeof DATASET_COLUMNS)[number]) => header!.indexOf(name);
    const points = d.series.flatMap((s) => s.points.map((p) => ({ series: s.label.vi, x: p.x, y: p.y, label: p.label?.en ?? p.x })));
    expect(rows.map((r) => ({ series: r[col('series_vi')], x: r[col('category')], y: Number(r[col('value')]), label: r[col('category_en')] }))).toEqual(points);
    expect(new Set(rows.map((r) => r[col('as_of')]))).toEqual(new Set([d.asOf]));
  });
});
