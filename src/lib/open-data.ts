// Projects, zones and datasets as open data. Each CSV column is one field of the content, written
// by `get` and read back by `put`, so a file parses back into the records it was made from (the
// round trip is tested). A few derived columns (USD figures, page URLs) are written but not read.
// Each column also says what its cells hold (type, required, closed list of values): the Table
// Schema of the data package (src/lib/datapackage.ts) is made from these same definitions.
import { createHash } from 'node:crypto';
import { parseCsv, toCsv, type Cell } from './csv.ts';
import { columnSuffix, LOCALES, SOURCE } from './languages.ts';
import { toBothCurrencies } from './money.ts';
import { investmentPerHectare, occupancy, osmUrl } from './queries.ts';
import { INVESTMENT_FORMS, isRealDate, LEASE_UNITS, LEGAL_ISSUERS, LEGAL_STATUSES, LEGAL_TYPES, money, PROJECT_STATUSES, ZONE_KINDS } from './schema.ts';
import type { Dataset, Locale, Localized, Project, Site, Source, Zone } from './schema.ts';

type Rec = Record<string, unknown>;

/** What a cell holds once read: the Table Schema types the files use. */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

export interface Column {
  name: string;
  type: ColumnType;
  /** Never empty. */
  required?: boolean;
  /** No two rows share a value. */
  unique?: boolean;
  /** The only values it takes (a closed list of the schema). */
  values?: readonly string[];
  /** A list: one item per line in the cell. */
  list?: boolean;
  format?: 'email' | 'uri';
  /** The language this column gives the field in (title_en: "en"). */
  lang?: Locale;
  get(r: Rec): Cell;
  /** Absent on derived columns. */
  put?(r: Rec, value: string): void;
}

/** What a column says about its cells besides its name and type. */
type Facts = Partial<Pick<Column, 'required' | 'unique' | 'values' | 'format' | 'lang'>>;

const CURRENCIES = money.shape.currency.options;

export interface Derive {
  /** The page of a record in one language, as an absolute URL. */
  url(id: string, locale: Locale): string;
  site: Site;
}

function getPath(r: Rec, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Rec)[k]), r);
}

function setPath(r: Rec, path: string[], value: unknown): void {
  let o = r;
  for (const k of path.slice(0, -1)) o = (o[k] ??= {}) as Rec;
  o[path.at(-1)!] = value;
}

/** Column names are the field path in snake case: capital.amount -> capital_amount. */
const snake = (path: string[]) => path.map((k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)).join('_');

const read: Record<ColumnType, (s: string) => unknown> = { string: (s) => s, date: (s) => s, number: Number, integer: Number, boolean: (s) => s === 'true' };

/** A plain field; an empty cell means the field is absent. */
function field(path: string, type: ColumnType = 'string', facts: Facts & { name?: string } = {}): Column {
  const p = path.split('.');
  const { name, ...rest } = facts;
  return {
    name: name ?? snake(p),
    type,
    ...rest,
    get: (r) => getPath(r, p) as Cell,
    put: (r, v) => {
      if (v !== '') setPath(r, p, read[type](v));
    },
  };
}

/** A text in every language: a column each, name_vi, name_en, name_zh_hant... When the text is
 * required, only the Vietnamese original is (a translation may be missing). */
function localized(path: string, required = false): Column[] {
  return LOCALES.map((l) => field(`${path}.${l}`, 'string', { name: `${snake(path.split('.'))}_${columnSuffix(l)}`, lang: l, required: required && l === SOURCE }));
}

/** A list of texts, one per line in one cell (a spreadsheet shows them stacked). */
function lines(path: string, required = false): Column {
  const p = path.split('.');
  return {
    name: snake(p),
    type: 'string',
    list: true,
    required,
    get: (r) => ((getPath(r, p) as string[] | undefined) ?? []).join('\n'),
    put: (r, v) => setPath(r, p, v === '' ? [] : v.split('\n')),
  };
}

/** A list of objects as aligned columns, one line per item in each: sources_title, sources_date…
 * (the schema keeps these texts to one line, so the lines stay aligned). With `byLanguage` the
 * keys are language codes (legal_basis_vi, legal_basis_en…). */
function zipped(path: string, keys: string[], o: { name?: (key: string) => string; required?: string[]; byLanguage?: boolean } = {}): Column[] {
  const name = o.name ?? ((k: string) => k);
  const p = path.split('.');
  return keys.map((k) => ({
    name: snake([...p, name(k)]),
    type: 'string' as const,
    list: true,
    required: o.required?.includes(k) ?? false,
    ...(o.byLanguage ? { lang: k } : {}),
    get: (r) => ((getPath(r, p) as Rec[] | undefined) ?? []).map((item) => (item[k] as string | undefined) ?? '').join('\n'),
    put: (r, v) => {
      let items = getPath(r, p) as Rec[] | undefined;
      if (!items) setPath(r, p, (items = []));
      if (v === '') return;
      v.split('\n').forEach((line, i) => {
        const item = (items[i] ??= {});
        if (line !== '') item[k] = line;
      });
    },
  }));
}

function derived(name: string, type: ColumnType, get: (r: Rec) => Cell, facts: Facts = {}): Column {
  return { name, type, ...facts, get };
}

const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n));

const contactColumns = (): Column[] => [
  ...localized('contact.name', true),
  ...localized('contact.role', true),
  field('contact.email', 'string', { required: true, format: 'email' }),
  field('contact.phone', 'string', { required: true }),
];
const sourcedColumns = (): Column[] => [
  ...zipped('sources', ['title', 'publisher', 'url', 'date'], { required: ['title', 'date'] }),
  field('asOf', 'date', { name: 'as_of', required: true }),
  field('illustrative', 'boolean', { required: true }),
  ...localized('illustrativeNote'),
];
const urlColumns = (d: Derive): Column[] =>
  LOCALES.map((l) => derived(`url_${columnSuffix(l)}`, 'string', (r) => d.url(r.id as string, l), { required: true, format: 'uri', lang: l }));
const id = () => field('id', 'string', { required: true, unique: true });

export function projectColumns(d: Derive): Column[] {
  const rate = d.site.exchangeRate.usdToVnd;
  const usd = (r: Rec) => toBothCurrencies((r as unknown as Project).capital, rate).usd.amount;
  return [
    id(),
    field('code', 'string', { required: true, unique: true }),
    ...localized('title', true),
    ...localized('summary', true),
    field('sector', 'string', { required: true }),
    field('zone'),
    ...localized('location'),
    ...localized('district', true),
    field('form', 'string', { required: true, values: INVESTMENT_FORMS }),
    field('capital.amount', 'number', { required: true }),
    field('capital.currency', 'string', { required: true, values: CURRENCIES }),
    derived('capital_usd', 'integer', (r) => round(usd(r)), { required: true }),
    derived('capital_vnd', 'integer', (r) => round(toBothCurrencies((r as unknown as Project).capital, rate).vnd.amount), { required: true }),
    field('landArea', 'number', { name: 'land_area_ha', required: true }),
    derived('investment_per_ha_usd', 'integer', (r) => {
      const perHa = investmentPerHectare(r as unknown as Project);
      return perHa && round(toBothCurrencies(perHa, rate).usd.amount);
    }),
    field('status', 'string', { required: true, values: PROJECT_STATUSES }),
    field('highTech', 'boolean', { required: true }),
    field('green', 'boolean', { required: true }),
    ...localized('incentives', true),
    // Ids of the legal register's documents (legal-documents.csv), one per line.
    lines('legalBasis', true),
    ...contactColumns(),
    ...sourcedColumns(),
    ...urlColumns(d),
  ];
}

/** The legal register: a row per document, its page in every language. */
export function legalColumns(d: Derive): Column[] {
  return [
    id(),
    field('number', 'string', { required: true }),
    field('type', 'string', { required: true, values: LEGAL_TYPES }),
    field('issuer', 'string', { required: true, values: LEGAL_ISSUERS }),
    ...localized('title', true),
    field('signed', 'date', { required: true }),
    field('inForce', 'date', { name: 'in_force' }),
    field('status', 'string', { required: true, values: LEGAL_STATUSES }),
    lines('amendedBy'),
    field('replacedBy', 'string', { name: 'replaced_by' }),
    ...localized('statusNote'),
    field('url', 'string', { name: 'official_url', format: 'uri' }),
    ...localized('summary', true),
    lines('topics', true),
    ...zipped('sources', ['title', 'publisher', 'url', 'date'], { required: ['title', 'date'] }),
    field('asOf', 'date', { name: 'as_of', required: true }),
    field('secondaryOnly', 'boolean', { name: 'secondary_only', required: true }),
    ...urlColumns(d),
  ];
}

/** The estimator's rates, a row per value (src/lib/cost-rates.ts). */
export function costRateColumns(): Column[] {
  return [
    id(),
    field('table', 'string', { required: true, values: ['minimum-wage', 'contributions', 'electricity', 'water', 'wages', 'zones'] }),
    field('zone'),
    field('item', 'string', { required: true }),
    ...localized('label', true),
    field('value', 'number', { required: true }),
    field('valueMax', 'number', { name: 'value_max' }),
    field('unit', 'string', { required: true }),
    field('effective', 'date'),
    field('until', 'date'),
    field('asOf', 'date', { name: 'as_of', required: true }),
    field('illustrative', 'boolean', { required: true }),
    field('secondaryOnly', 'boolean', { name: 'secondary_only', required: true }),
    field('unconfirmed', 'boolean', { required: true }),
    lines('basis'),
    ...zipped('sources', ['title', 'publisher', 'url', 'date'], { required: [] }),
  ];
}

/** Where one of a zone's cost values comes from (src/lib/costs-schema.ts, valueMeta), in columns. */
const valueMetaColumns = (path: string): Column[] => [
  ...zipped(`${path}.sources`, ['title', 'publisher', 'url', 'date']),
  lines(`${path}.basis`),
  field(`${path}.asOf`, 'date', { required: true }),
  field(`${path}.effective`, 'date'),
  field(`${path}.illustrative`, 'boolean', { required: true }),
  field(`${path}.secondaryOnly`, 'boolean', { required: true }),
  field(`${path}.unconfirmed`, 'boolean', { required: true }),
  ...localized(`${path}.note`),
];
const priceColumns = (path: string, currencies: readonly string[]): Column[] => [
  field(`${path}.min`, 'number', { required: true }),
  field(`${path}.max`, 'number', { required: true }),
  field(`${path}.currency`, 'string', { required: true, values: currencies }),
  field(`${path}.unit`, 'string', { required: true }),
  ...valueMetaColumns(path),
];

export function zoneColumns(d: Derive): Column[] {
  return [
    id(),
    ...localized('name', true),
    field('kind', 'string', { required: true, values: ZONE_KINDS }),
    ...localized('location.address', true),
    ...localized('location.district', true),
    field('location.lat', 'number', { name: 'lat', required: true }),
    field('location.lon', 'number', { name: 'lon', required: true }),
    derived('openstreetmap_url', 'string', (r) => osmUrl((r as unknown as Zone).location.lat, (r as unknown as Zone).location.lon), { required: true, format: 'uri' }),
    field('developer', 'string', { required: true }),
    // A year, a month or a day (2003, 2003-05, 2003-05-12): no one Table Schema type holds all three.
    field('established', 'string', { required: true }),
    field('area.total', 'number', { name: 'area_total_ha', required: true }),
    field('area.industrial', 'number', { name: 'area_industrial_ha' }),
    field('occupancyPercent', 'number', { name: 'occupancy_percent' }),
    field('leasedArea', 'number', { name: 'leased_area_ha' }),
    derived('leased_share_percent', 'number', (r) => {
      const o = occupancy(r as unknown as Zone);
      return o === undefined ? undefined : Math.round(o * 10) / 10;
    }),
    field('availableLand', 'number', { name: 'available_land_ha', required: true }),
    field('leasePrice.min', 'number', { required: true }),
    field('leasePrice.max', 'number', { required: true }),
    field('leasePrice.currency', 'string', { required: true, values: CURRENCIES }),
    field('leasePrice.unit', 'string', { required: true, values: LEASE_UNITS }),
    ...localized('infrastructure', true),
    field('distances.portKm', 'number', { name: 'port_km', required: true }),
    field('distances.airportKm', 'number', { name: 'airport_km', required: true }),
    field('distances.cityCentreKm', 'number', { name: 'city_centre_km', required: true }),
    lines('targetSectors', true),
    lines('tenants'),
    field('costs.wageRegion.region', 'string', { required: true, values: ['I', 'II', 'III', 'IV'] }),
    ...valueMetaColumns('costs.wageRegion'),
    ...priceColumns('costs.managementFee', CURRENCIES),
    ...priceColumns('costs.wastewater', CURRENCIES),
    ...contactColumns(),
    ...sourcedColumns(),
    ...urlColumns(d),
  ];
}

/** One row of a dataset's CSV: one figure (tidy/long format). */
interface Figure {
  dataset: string;
  series: Localized;
  x: string;
  label?: Localized;
  y: number;
  unit: Localized;
  note?: Localized;
  asOf: string;
  sources: string;
}

/** The columns of every dataset's CSV: one row per figure, every column one field. */
export function datasetColumns(): Column[] {
  return [
    field('dataset', 'string', { required: true }),
    ...localized('series', true),
    field('x', 'string', { name: 'category', required: true }),
    // A category without labels (a year) reads the same in every language.
    ...LOCALES.map((l) => derived(`category_${columnSuffix(l)}`, 'string', (r) => ((r as unknown as Figure).label ? (r as unknown as Figure).label![l] : (r as unknown as Figure).x), { required: l === SOURCE, lang: l })),
    field('y', 'number', { name: 'value', required: true }),
    ...localized('unit', true),
    ...localized('note'),
    field('asOf', 'date', { name: 'as_of', required: true }),
    field('sources', 'string', { required: true }),
  ];
}
export const DATASET_COLUMNS: readonly string[] = datasetColumns().map((c) => c.name);

export function datasetFigures(d: Dataset): Figure[] {
  const sources = d.sources.map((s) => [s.title, s.publisher, s.date, s.url].filter(Boolean).join(', ')).join(' | ');
  return d.series.flatMap((s) =>
    s.points.map((p) => ({ dataset: d.id, series: s.label, x: p.x, label: p.label, y: p.y, unit: d.unit, note: p.note, asOf: d.asOf, sources })),
  );
}

export function datasetCsv(d: Dataset): string {
  return recordsToCsv(datasetFigures(d), datasetColumns());
}

export function recordsToCsv<T extends object>(records: T[], columns: Column[]): string {
  return toCsv(
    columns.map((c) => c.name),
    records.map((r) => columns.map((c) => c.get(r as Rec))),
  );
}

/** Reads a file written by recordsToCsv back into records (not validated: pass them to the schema). */
export function recordsFromCsv(text: string, columns: Column[]): Rec[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const byName = new Map(columns.map((c) => [c.name, c]));
  return rows.map((row) => {
    const r: Rec = {};
    header.forEach((name, i) => byName.get(name)?.put?.(r, row[i] ?? ''));
    return r;
  });
}

/** The latest as-of date among records: the date a whole file is current to. */
export function latestAsOf(records: { asOf: string }[]): string {
  return records.reduce((max, r) => (r.asOf > max ? r.asOf : max), '');
}

/** Columns grouped for documentation: title_vi, title_en, title_ja... are one field, "title". A
 * group whose base name is also a column of its own (category, category_vi...) is "<base>_label". */
export function columnGroups(names: readonly string[]): { key: string; columns: string[] }[] {
  const groups: { key: string; columns: string[] }[] = [];
  const suffix = new RegExp(`^(.*)_(${LOCALES.map(columnSuffix).join('|')})$`);
  for (const name of names) {
    const m = suffix.exec(name);
    const base = m ? (names.includes(m[1]!) ? `${m[1]}_label` : m[1]!) : name;
    const group = groups.find((g) => g.key === base);
    if (group) group.columns.push(name);
    else groups.push({ key: base, columns: [name] });
  }
  return groups;
}

// What a catalogue says about each published table (src/lib/dcat.ts, src/lib/datapackage.ts, the
// schema.org markup of the pages): one OpenDataTable per table, built in src/data/open-data.ts from
// the same columns and files the endpoints write. A new table is one more entry in that list.

/** A file under /data/, as the build writes it. */
export interface PublishedFile {
  /** Site-relative, e.g. /data/projects.csv. */
  path: string;
  format: 'csv' | 'json';
  text: string;
  /** UTF-8 bytes, the byte-order mark included. */
  bytes: number;
  sha256: string;
  /** How the file is written, per language (the Data page's words). */
  description: Localized;
}

export const MEDIA_TYPES: Record<PublishedFile['format'], string> = { csv: 'text/csv', json: 'application/json' };

export function publishedFile(path: string, text: string, description: Localized): PublishedFile {
  const format = path.endsWith('.json') ? 'json' : 'csv';
  const bytes = Buffer.from(text, 'utf8');
  return { path, format, text, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), description };
}

/** A stretch of time; either end may be unknown. Dates are YYYY-MM-DD. */
export interface Period {
  start?: string;
  end?: string;
}

export interface OpenDataTable {
  /** The file's name under /data/ without its extension, and the table's identifier. */
  name: string;
  title: Localized;
  description: Localized;
  /** Each a text per language (the names of the sectors and zones it concerns). */
  keywords: Localized[];
  columns: Column[];
  /** Data rows of the CSV (the header not counted). */
  rows: number;
  primaryKey?: string[];
  /** The latest as-of date of its figures. */
  asOf: string;
  /** The latest date its figures changed: the as-of dates and the dates of their sources. */
  modified: string;
  temporal: Period;
  /** Where a reader finds the records, per language: their list, or the chart (absolute URLs). */
  pages: Record<Locale, string>;
  /** The sources of the whole table (a dataset's); records with sources of their own have none here. */
  sources: Source[];
  /** The CSV first, then the same records in other formats. */
  files: PublishedFile[];
}

const latest = (dates: string[]) => dates.reduce((max, d) => (d > max ? d : max), '');

/** The latest of the as-of dates and source dates: when the figures last changed, as far as the
 * content says (git history would say when a file changed, not when its figures did). */
export function lastChanged(records: { asOf: string; sources?: { date: string }[] }[]): string {
  return latest(records.flatMap((r) => [r.asOf, ...(r.sources ?? []).map((s) => s.date)]));
}

/** Records each current to their own as-of date cover the stretch from the earliest to the latest. */
export function asOfPeriod(records: { asOf: string }[]): Period {
  const dates = records.map((r) => r.asOf).sort();
  return dates.length ? { start: dates[0], end: dates.at(-1) } : {};
}

/** The days a category names when it is a year (2024), a month (2024-03) or a day. */
function daysOf(x: string): [string, string] | undefined {
  if (/^\d{4}$/.test(x)) return [`${x}-01-01`, `${x}-12-31`];
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(x)) {
    const [y, m] = x.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${x}-01`, `${x}-${String(last).padStart(2, '0')}`];
  }
  return isRealDate(x) ? [x, x] : undefined;
}

/** A dataset's period: from its first to its last category when every category is a year, month
 * or day, ending no later than the as-of date (a part year such as "2024, Jan–Sep" ends there);
 * otherwise (sectors, countries) only its end, the as-of date, is known. */
export function figuresPeriod(d: Dataset): Period {
  const spans = (d.series[0]?.points ?? []).map((p) => daysOf(p.x));
  if (!spans.length || spans.some((s) => !s)) return { end: d.asOf };
  const start = spans.map((s) => s![0]).sort()[0]!;
  const end = latest(spans.map((s) => s![1]));
  return { start, end: d.asOf >= start && d.asOf < end ? d.asOf : end };
}
