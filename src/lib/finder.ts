// The project finder's logic, shared by the build (which renders the list in its default order)
// and the finder script (which filters that list in the browser). Plain data in, plain data out.
import { foldQuery } from './fold.ts';
import { investmentPerHectare } from './queries.ts';
import { toBothCurrencies } from './money.ts';
import { INVESTMENT_FORMS, PROJECT_STATUSES } from './vocab.ts';
import type { Localized, Project } from './schema.ts';

/** What the finder needs of a project, in comparable units (US dollars). */
export interface FinderRecord {
  code: string;
  sector: string;
  zone: string;
  district: string;
  form: string;
  status: string;
  highTech: boolean;
  green: boolean;
  capitalUsd: number;
  /** Undefined for a project that needs no land. */
  perHectareUsd: number | undefined;
  /** The date the record's figures are as of (YYYY-MM-DD). */
  date: string;
}

/** Capital bands in millions of US dollars: [from, to). */
export const CAPITAL_RANGES = [
  { id: '0-50', min: 0, max: 50 },
  { id: '50-100', min: 50, max: 100 },
  { id: '100-200', min: 100, max: 200 },
  { id: '200-', min: 200, max: Infinity },
] as const;

export const SORTS = ['date', 'capital-desc', 'capital-asc', 'per-ha-desc', 'per-ha-asc'] as const;
export type Sort = (typeof SORTS)[number];
/** Most recently updated first: the order of the list before any choice, and without JavaScript. */
export const DEFAULT_SORT: Sort = 'date';

export interface FinderState {
  sector?: string;
  zone?: string;
  district?: string;
  form?: string;
  capital?: string;
  status?: string;
  highTech?: boolean;
  green?: boolean;
  sort: Sort;
}

/** A district's name as a URL value: "Bắc Tân Uyên" -> "bac-tan-uyen". */
export function districtId(district: Localized): string {
  return foldQuery(district.vi).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function toFinderRecord(p: Project, usdToVnd: number): FinderRecord {
  const perHa = investmentPerHectare(p);
  return {
    code: p.code,
    sector: p.sector,
    zone: p.zone ?? '',
    district: districtId(p.district),
    form: p.form,
    status: p.status,
    highTech: p.highTech,
    green: p.green,
    // Whole dollars: enough to sort and to place in a capital band, and a shorter index.
    capitalUsd: Math.round(toBothCurrencies(p.capital, usdToVnd).usd.amount),
    perHectareUsd: perHa && Math.round(toBothCurrencies(perHa, usdToVnd).usd.amount),
    date: p.asOf,
  };
}

/** The URL's query string as a finder state; unknown or malformed values are ignored. */
export function parseState(params: URLSearchParams): FinderState {
  const one = (name: string, allowed?: readonly string[]) => {
    const v = params.get(name)?.trim();
    return v && (!allowed || allowed.includes(v)) ? v : undefined;
  };
  const sort = one('sort', SORTS) as Sort | undefined;
  const state: FinderState = { sort: sort ?? DEFAULT_SORT };
  for (const key of ['sector', 'zone', 'district'] as const) {
    const v = one(key);
    if (v && /^[a-z0-9-]+$/.test(v)) state[key] = v;
  }
  const form = one('form', INVESTMENT_FORMS);
  if (form) state.form = form;
  const status = one('status', PROJECT_STATUSES);
  if (status) state.status = status;
  const capital = one('capital', CAPITAL_RANGES.map((r) => r.id));
  if (capital) state.capital = capital;
  if (params.get('hightech') === '1') state.highTech = true;
  if (params.get('green') === '1') state.green = true;
  return state;
}

/** The state as a query string, in a fixed order and without defaults, so equal states share a URL. */
export function stateToParams(state: FinderState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['sector', 'zone', 'district', 'form', 'capital', 'status'] as const) {
    const v = state[key];
    if (v) params.set(key, v);
  }
  if (state.highTech) params.set('hightech', '1');
  if (state.green) params.set('green', '1');
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  return params;
}

export function matches(r: FinderRecord, s: FinderState): boolean {
  const range = s.capital ? CAPITAL_RANGES.find((c) => c.id === s.capital) : undefined;
  return (
    (!s.sector || r.sector === s.sector) &&
    (!s.zone || r.zone === s.zone) &&
    (!s.district || r.district === s.district) &&
    (!s.form || r.form === s.form) &&
    (!s.status || r.status === s.status) &&
    (!s.highTech || r.highTech) &&
    (!s.green || r.green) &&
    (!range || (r.capitalUsd >= range.min * 1e6 && r.capitalUsd < range.max * 1e6))
  );
}

/** Projects that need no land have no investment per hectare: they go last in either direction. */
function byPerHa(a: FinderRecord, b: FinderRecord, dir: 1 | -1): number {
  if (a.perHectareUsd === undefined || b.perHectareUsd === undefined) {
    return (a.perHectareUsd === undefined ? 1 : 0) - (b.perHectareUsd === undefined ? 1 : 0);
  }
  return dir * (a.perHectareUsd - b.perHectareUsd);
}

export function compare(sort: Sort): (a: FinderRecord, b: FinderRecord) => number {
  const tie = (a: FinderRecord, b: FinderRecord) => a.code.localeCompare(b.code);
  const primary: Record<Sort, (a: FinderRecord, b: FinderRecord) => number> = {
    date: (a, b) => b.date.localeCompare(a.date),
    'capital-desc': (a, b) => b.capitalUsd - a.capitalUsd,
    'capital-asc': (a, b) => a.capitalUsd - b.capitalUsd,
    'per-ha-desc': (a, b) => byPerHa(a, b, -1),
    'per-ha-asc': (a, b) => byPerHa(a, b, 1),
  };
  return (a, b) => primary[sort](a, b) || tie(a, b);
}

/** The records the state selects, in the state's order. */
export function applyFinder<T extends FinderRecord>(records: T[], state: FinderState): T[] {
  return records.filter((r) => matches(r, state)).sort(compare(state.sort));
}

/** A record as data-* attributes on its list item, and back: how the script reads the list. */
export function toDataset(r: FinderRecord): Record<string, string> {
  return {
    'data-code': r.code,
    'data-sector': r.sector,
    'data-zone': r.zone,
    'data-district': r.district,
    'data-form': r.form,
    'data-status': r.status,
    'data-high-tech': String(r.highTech),
    'data-green': String(r.green),
    'data-capital-usd': String(r.capitalUsd),
    'data-per-ha-usd': r.perHectareUsd === undefined ? '' : String(r.perHectareUsd),
    'data-date': r.date,
  };
}

export function fromDataset(d: Record<string, string | undefined>): FinderRecord {
  return {
    code: d.code ?? '',
    sector: d.sector ?? '',
    zone: d.zone ?? '',
    district: d.district ?? '',
    form: d.form ?? '',
    status: d.status ?? '',
    highTech: d.highTech === 'true',
    green: d.green === 'true',
    capitalUsd: Number(d.capitalUsd),
    perHectareUsd: d.perHaUsd ? Number(d.perHaUsd) : undefined,
    date: d.date ?? '',
  };
}
