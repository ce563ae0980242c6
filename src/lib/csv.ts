// CSV as spreadsheets expect it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark
// so Excel reads Vietnamese text correctly. Numbers are written plainly (1.843), not localized.
import { columnSuffix, LOCALES } from './languages.ts';
import type { Dataset } from './schema.ts';

export type Cell = string | number | null | undefined;

const BOM = '\uFEFF';

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The inverse of toCsv (and of any RFC 4180 file): rows of strings. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const perLanguage = (name: string) => LOCALES.map((l) => `${name}_${columnSuffix(l)}`);
export const DATASET_COLUMNS: readonly string[] = [
  'dataset',
  ...perLanguage('series'),
  'category',
  ...perLanguage('category'),
  'value',
  ...perLanguage('unit'),
  ...perLanguage('note'),
  'as_of',
  'sources',
];

/** One row per figure (tidy/long format): every column is one field. */
export function datasetCsv(d: Dataset): string {
  const sources = d.sources.map((s) => [s.title, s.publisher, s.date, s.url].filter(Boolean).join(', ')).join(' | ');
  const rows = d.series.flatMap((s) =>
    s.points.map((p) => [
      d.id,
      ...LOCALES.map((l) => s.label[l]),
      p.x,
      // A category without labels (a year) reads the same in every language.
      ...LOCALES.map((l) => (p.label ? p.label[l] : p.x)),
      p.y,
      ...LOCALES.map((l) => d.unit[l]),
      ...LOCALES.map((l) => p.note?.[l]),
      d.asOf,
      sources,
    ]),
  );
  return toCsv([...DATASET_COLUMNS], rows);
}
