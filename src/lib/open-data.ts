// Projects and zones as open data. Each CSV column is one field of the content, written by `get`
// and read back by `put`, so a file parses back into the records it was made from (the round
// trip is tested). A few derived columns (USD figures, page URLs) are written but not read.
import { parseCsv, toCsv, type Cell } from './csv.ts';
import { columnSuffix, LOCALES } from './languages.ts';
import { toBothCurrencies } from './money.ts';
import { investmentPerHectare, occupancy, osmUrl } from './queries.ts';
import type { Locale, Project, Site, Zone } from './schema.ts';

type Rec = Record<string, unknown>;

export interface Column {
  name: string;
  get(r: Rec): Cell;
  /** Absent on derived columns. */
  put?(r: Rec, value: string): void;
}

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

type Kind = 'text' | 'number' | 'boolean';
const read: Record<Kind, (s: string) => unknown> = { text: (s) => s, number: Number, boolean: (s) => s === 'true' };

/** A plain field; an empty cell means the field is absent. */
function field(path: string, kind: Kind = 'text', name?: string): Column {
  const p = path.split('.');
  return {
    name: name ?? snake(p),
    get: (r) => getPath(r, p) as Cell,
    put: (r, v) => {
      if (v !== '') setPath(r, p, read[kind](v));
    },
  };
}

/** A text in every language: a column each, name_vi, name_en, name_zh_hant... */
function localized(path: string): Column[] {
  return LOCALES.map((l) => field(`${path}.${l}`, 'text', `${snake(path.split('.'))}_${columnSuffix(l)}`));
}

/** A list of texts, one per line in one cell (a spreadsheet shows them stacked). */
function lines(path: string): Column {
  const p = path.split('.');
  return {
    name: snake(p),
    get: (r) => ((getPath(r, p) as string[] | undefined) ?? []).join('\n'),
    put: (r, v) => setPath(r, p, v === '' ? [] : v.split('\n')),
  };
}

/** A list of objects as aligned columns, one line per item in each: sources_title, sources_date…
 * (the schema keeps these texts to one line, so the lines stay aligned). */
function zipped(path: string, keys: string[], name: (key: string) => string = (k) => k): Column[] {
  return keys.map((k) => ({
    name: snake([path, name(k)]),
    get: (r) => ((r[path] as Rec[] | undefined) ?? []).map((item) => (item[k] as string | undefined) ?? '').join('\n'),
    put: (r, v) => {
      const items = ((r[path] as Rec[] | undefined) ??= []);
      v.split('\n').forEach((line, i) => {
        const item = (items[i] ??= {});
        if (line !== '') item[k] = line;
      });
      if (v === '') r[path] = items;
    },
  }));
}

function derived(name: string, get: (r: Rec) => Cell): Column {
  return { name, get };
}

const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n));

const contactColumns = (): Column[] => [...localized('contact.name'), ...localized('contact.role'), field('contact.email'), field('contact.phone')];
const sourcedColumns = (): Column[] => [
  ...zipped('sources', ['title', 'publisher', 'url', 'date']),
  field('asOf', 'text', 'as_of'),
  field('illustrative', 'boolean'),
  ...localized('illustrativeNote'),
];
const urlColumns = (d: Derive): Column[] => LOCALES.map((l) => derived(`url_${columnSuffix(l)}`, (r) => d.url(r.id as string, l)));

export function projectColumns(d: Derive): Column[] {
  const rate = d.site.exchangeRate.usdToVnd;
  const usd = (r: Rec) => toBothCurrencies((r as unknown as Project).capital, rate).usd.amount;
  return [
    field('id'),
    field('code'),
    ...localized('title'),
    ...localized('summary'),
    field('sector'),
    field('zone'),
    ...localized('location'),
    ...localized('district'),
    field('form'),
    field('capital.amount', 'number'),
    field('capital.currency'),
    derived('capital_usd', (r) => round(usd(r))),
    derived('capital_vnd', (r) => round(toBothCurrencies((r as unknown as Project).capital, rate).vnd.amount)),
    field('landArea', 'number', 'land_area_ha'),
    derived('investment_per_ha_usd', (r) => {
      const perHa = investmentPerHectare(r as unknown as Project);
      return perHa && round(toBothCurrencies(perHa, rate).usd.amount);
    }),
    field('status'),
    field('highTech', 'boolean'),
    field('green', 'boolean'),
    ...localized('incentives'),
    ...zipped('legalBasis', [...LOCALES], columnSuffix),
    ...contactColumns(),
    ...sourcedColumns(),
    ...urlColumns(d),
  ];
}

export function zoneColumns(d: Derive): Column[] {
  return [
    field('id'),
    ...localized('name'),
    field('kind'),
    ...localized('location.address'),
    ...localized('location.district'),
    field('location.lat', 'number', 'lat'),
    field('location.lon', 'number', 'lon'),
    derived('openstreetmap_url', (r) => osmUrl((r as unknown as Zone).location.lat, (r as unknown as Zone).location.lon)),
    field('developer'),
    field('established'),
    field('area.total', 'number', 'area_total_ha'),
    field('area.industrial', 'number', 'area_industrial_ha'),
    field('occupancyPercent', 'number', 'occupancy_percent'),
    field('leasedArea', 'number', 'leased_area_ha'),
    derived('leased_share_percent', (r) => {
      const o = occupancy(r as unknown as Zone);
      return o === undefined ? undefined : Math.round(o * 10) / 10;
    }),
    field('availableLand', 'number', 'available_land_ha'),
    field('leasePrice.min', 'number'),
    field('leasePrice.max', 'number'),
    field('leasePrice.currency'),
    field('leasePrice.unit'),
    ...localized('infrastructure'),
    field('distances.portKm', 'number', 'port_km'),
    field('distances.airportKm', 'number', 'airport_km'),
    field('distances.cityCentreKm', 'number', 'city_centre_km'),
    lines('targetSectors'),
    lines('tenants'),
    ...contactColumns(),
    ...sourcedColumns(),
    ...urlColumns(d),
  ];
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
