// An operating-cost estimate for a plant in one zone: land, the park's management fee, wages, the
// employer's statutory contributions, electricity, water and wastewater, each per month and per
// year as a low–high range in VND and USD, with every rate it used and the table it came from, so
// the page can print each rate's source and date.
//
// Plain TypeScript without the validator: the estimator page runs it in the browser. The rates are
// the tables of content/costs/*.json (schemas in ./costs-schema.ts, which imports the lists below),
// the zone's lease price and `costs` from its record, and the site's exchange rate.
import type { CostFileName, CostTables, TimeBandPeriod, ValueMeta, ZoneCosts } from './costs-schema.ts';
import type { Source } from './schema.ts';
import { LEASE_UNITS } from './vocab.ts';

// ---------------------------------------------------------------------------------------------
// The closed lists of the cost tables (here rather than in the schema, so the browser gets them
// without zod).

/** Minimum-wage regions (Decree 293/2025/NĐ-CP). */
export const WAGE_REGIONS = ['I', 'II', 'III', 'IV'] as const;
export type WageRegion = (typeof WAGE_REGIONS)[number];
/** Job levels of content/costs/wages.json and of the estimator's workforce. */
export const WAGE_LEVELS = ['worker', 'technician', 'engineer', 'manager'] as const;
export type WageLevel = (typeof WAGE_LEVELS)[number];
/** Voltage levels of the manufacturing tariff: ≥110 kV, 22 to <110 kV, 6 to <22 kV, <6 kV. */
export const VOLTAGE_LEVELS = ['from-110kv', '22-110kv', '6-22kv', 'under-6kv'] as const;
export type VoltageLevel = (typeof VOLTAGE_LEVELS)[number];
/** Time bands of the three-price tariff. */
export const TIME_BANDS = ['normal', 'offPeak', 'peak'] as const;
export type TimeBand = (typeof TIME_BANDS)[number];
/** The days a time-band period applies to. */
export const BAND_DAYS = ['mon-sat', 'sun', 'every-day'] as const;
export type BandDays = (typeof BAND_DAYS)[number];
/** Which cap on the insured salary a contribution uses: 20 × base salary (social and health
 * insurance), 20 × regional minimum wage (unemployment insurance), or none. */
export const CEILINGS = ['si-hi', 'ui', 'none'] as const;
export type Ceiling = (typeof CEILINGS)[number];
export type LeaseUnit = (typeof LEASE_UNITS)[number];
/** At most this many zones side by side (`zone=a&zone=b&zone=c`). */
export const MAX_ZONES = 3;

// ---------------------------------------------------------------------------------------------
// Inputs

export interface WorkerInput {
  count: number;
  /** The investor's own monthly wage in VND, used instead of the wages table. */
  wage?: number;
}

export interface EstimateInputs {
  /** Zone id; "" when none is chosen (the page then uses its first zone). */
  zone: string;
  /** Land leased, m². */
  landArea: number;
  /** Years over which a price for the whole term is spread. */
  leaseYears: number;
  workers: Record<WageLevel, WorkerInput>;
  voltage: VoltageLevel;
  /** Electricity used per month, kWh. */
  kWh: number;
  /** Share of the kWh in each time band, percent; the three add up to 100. */
  bands: Record<TimeBand, number>;
  /** Water used per month, m³. */
  water: number;
}

/** What the estimator starts from: inputs, not facts (a 1 ha plant with 115 staff). The band split
 * is about that of a constant load around the clock: 96, 42 and 30 of the week's 168 hours are
 * normal, off-peak and peak under both the EVN bands and those of Decision 963/QĐ-BCT. */
export const DEFAULT_INPUTS: Readonly<EstimateInputs> = deepFreeze({
  zone: '',
  landArea: 10_000,
  leaseYears: 40,
  workers: { worker: { count: 100 }, technician: { count: 10 }, engineer: { count: 5 }, manager: { count: 0 } },
  voltage: '22-110kv',
  kWh: 50_000,
  bands: { normal: 57, offPeak: 25, peak: 18 },
  water: 500,
});

/** Bounds of each input; anything outside falls back to the default. */
export const INPUT_LIMITS = {
  landArea: { min: 1, max: 100_000_000 },
  leaseYears: { min: 1, max: 99 },
  count: { min: 0, max: 1_000_000 },
  wage: { min: 1, max: 10_000_000_000 },
  kWh: { min: 0, max: 10_000_000_000 },
  water: { min: 0, max: 1_000_000_000 },
} as const;

type Loose<T> = { [K in keyof T]?: T[K] extends object ? Loose<T[K]> : unknown };

/** Inputs with every missing or out-of-range value replaced by its default. Never throws. */
export function normalizeInputs(raw: Loose<EstimateInputs> | undefined): EstimateInputs {
  const r = (raw ?? {}) as Loose<EstimateInputs>;
  const d = DEFAULT_INPUTS;
  const workers = {} as Record<WageLevel, WorkerInput>;
  for (const level of WAGE_LEVELS) {
    const w = (r.workers?.[level] ?? {}) as Loose<WorkerInput>;
    const count = within(w.count, INPUT_LIMITS.count, true) ?? d.workers[level].count;
    const wage = within(w.wage, INPUT_LIMITS.wage, false);
    workers[level] = wage === undefined ? { count } : { count, wage };
  }
  return {
    zone: typeof r.zone === 'string' && ZONE_ID.test(r.zone) ? r.zone : d.zone,
    landArea: within(r.landArea, INPUT_LIMITS.landArea, false) ?? d.landArea,
    leaseYears: within(r.leaseYears, INPUT_LIMITS.leaseYears, true) ?? d.leaseYears,
    workers,
    voltage: (VOLTAGE_LEVELS as readonly unknown[]).includes(r.voltage) ? (r.voltage as VoltageLevel) : d.voltage,
    kWh: within(r.kWh, INPUT_LIMITS.kWh, false) ?? d.kWh,
    bands: bandSplit(r.bands) ?? { ...d.bands },
    water: within(r.water, INPUT_LIMITS.water, false) ?? d.water,
  };
}

const ZONE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function within(v: unknown, { min, max }: { min: number; max: number }, integer: boolean): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) return undefined;
  return integer && !Number.isInteger(v) ? undefined : v;
}

/** A split whose three shares are 0–100 and add up to 100 (to a millionth), or undefined. */
function bandSplit(b: Loose<Record<TimeBand, number>> | undefined): Record<TimeBand, number> | undefined {
  if (!b) return undefined;
  const out = {} as Record<TimeBand, number>;
  for (const band of TIME_BANDS) {
    const v = within(b[band], { min: 0, max: 100 }, false);
    if (v === undefined) return undefined;
    out[band] = v;
  }
  return Math.abs(out.normal + out.offPeak + out.peak - 100) < 1e-6 ? out : undefined;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') for (const v of Object.values(o)) deepFreeze(v);
  return Object.freeze(o);
}

// ---------------------------------------------------------------------------------------------
// URL state: ?zone=vsip-2&zone=bau-bang&area=10000&term=40&worker=100&worker-wage=8000000&...

const KEYS = { zone: 'zone', landArea: 'area', leaseYears: 'term', voltage: 'voltage', kWh: 'kwh', water: 'water' } as const;
const BAND_KEYS: Record<TimeBand, string> = { normal: 'normal', offPeak: 'offpeak', peak: 'peak' };
const wageKey = (level: WageLevel) => `${level}-wage`;

/** The inputs as URL parameters. `zones` are the zones shown side by side (at most MAX_ZONES,
 * known ids only is the caller's business); without it, the inputs' own zone. */
export function estimateToQuery(inputs: EstimateInputs, zones?: readonly string[]): URLSearchParams {
  const i = normalizeInputs(inputs);
  const params = new URLSearchParams();
  for (const id of cleanZones(zones ?? [i.zone])) params.append(KEYS.zone, id);
  params.set(KEYS.landArea, String(i.landArea));
  params.set(KEYS.leaseYears, String(i.leaseYears));
  for (const level of WAGE_LEVELS) {
    params.set(level, String(i.workers[level].count));
    const wage = i.workers[level].wage;
    if (wage !== undefined) params.set(wageKey(level), String(wage));
  }
  params.set(KEYS.voltage, i.voltage);
  params.set(KEYS.kWh, String(i.kWh));
  for (const band of TIME_BANDS) params.set(BAND_KEYS[band], String(i.bands[band]));
  params.set(KEYS.water, String(i.water));
  return params;
}

export interface EstimateQuery {
  inputs: EstimateInputs;
  /** The zones to compare, in the URL's order, without repeats, at most MAX_ZONES; inputs.zone is the first. */
  zones: string[];
}

/** Inputs back from the URL. Anything missing or invalid takes its default; never throws. With
 * `known`, zone ids not in it are dropped. */
export function estimateFromQuery(params: URLSearchParams, known?: readonly string[]): EstimateQuery {
  const num = (key: string): number | undefined => {
    const s = params.get(key)?.trim();
    return s !== undefined && /^\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
  };
  const zones = cleanZones(params.getAll(KEYS.zone).flatMap((v) => v.split(',')), known);
  const workers = {} as Record<WageLevel, WorkerInput>;
  for (const level of WAGE_LEVELS) {
    const wage = num(wageKey(level));
    workers[level] = { count: num(level) as number, ...(wage === undefined ? {} : { wage }) };
  }
  const bands = {} as Record<TimeBand, number>;
  for (const band of TIME_BANDS) bands[band] = num(BAND_KEYS[band]) as number;
  const inputs = normalizeInputs({
    zone: zones[0],
    landArea: num(KEYS.landArea),
    leaseYears: num(KEYS.leaseYears),
    workers,
    voltage: params.get(KEYS.voltage) ?? undefined,
    kWh: num(KEYS.kWh),
    bands,
    water: num(KEYS.water),
  });
  return { inputs, zones };
}

function cleanZones(ids: readonly unknown[], known?: readonly string[]): string[] {
  const ok = ids
    .map((s) => (typeof s === 'string' ? s.trim() : ''))
    .filter((s) => ZONE_ID.test(s) && (!known || known.includes(s)));
  return [...new Set(ok)].slice(0, MAX_ZONES);
}

// ---------------------------------------------------------------------------------------------
// Rates and results

/** The zone record's fields the estimate reads (a parsed zone record fits). */
export interface EstimateZone {
  id: string;
  leasePrice: { min: number; max: number; currency: 'VND' | 'USD'; unit: LeaseUnit };
  costs: ZoneCosts;
  /** The record's own sources, date and placeholder flag: they vouch for the lease price. */
  sources?: Source[];
  asOf?: string;
  illustrative?: boolean;
}

export interface EstimateRates {
  tables: CostTables;
  zone: EstimateZone;
  /** content/site.json exchangeRate. */
  exchangeRate: { usdToVnd: number; date: string; source: Source; illustrative?: boolean };
  /** The day whose rates apply, YYYY-MM-DD (which base salary caps social insurance); today by default. */
  date?: string;
}

export interface Range {
  low: number;
  high: number;
}
export interface Amount {
  vnd: Range;
  usd: Range;
}

/** One rate the estimate used, with where it came from. */
export interface RateUsed {
  /** content/costs/<table>.json, the zone record ("zone"), content/site.json ("site") or the
   * investor's own figure ("input"). */
  table: CostFileName | 'zone' | 'site' | 'input';
  /** Which entry: "region-I", "si-retirement-survivors", "base-salary", "ceiling-si-hi",
   * "22-110kv.peak", "retail", "worker", "leasePrice", "costs.managementFee", "exchangeRate"... */
  item: string;
  /** The value (low = high for a single figure); absent for a non-numeric one (see text). */
  value?: Range;
  /** A non-numeric value, e.g. the wage region "I". */
  text?: string;
  /** "VND/month", "%", "VND/kWh", "VND/m3", "USD/m2-term", "USD/m2-year", "USD/m3", "VND/USD", "region". */
  unit: string;
  sources: Source[];
  basis: string[];
  asOf?: string;
  effective?: string;
  illustrative: boolean;
  secondaryOnly: boolean;
  unconfirmed: boolean;
}

/** Stated assumptions; the page words each in the reader's language. */
export const ASSUMPTIONS = [
  /** The zone's asking-price range, not a negotiated price. */
  'lease-asking-price',
  /** A price for the whole term spread evenly over the years entered, without interest. */
  'lease-spread-over-term',
  /** USD amounts converted at the site's published rate. */
  'usd-at-site-rate',
  /** A year is twelve monthly wages: no 13th-month pay, bonus or allowance. */
  'twelve-monthly-wages',
  /** Contributions on the wage, capped by its ceiling and never below the region's minimum wage. */
  'insured-salary-is-wage',
  /** The trade-union fund on the whole wage, as no source read gives its base or cap (may overstate). */
  'union-fund-on-whole-wage',
  /** The split over time bands is the investor's. */
  'band-split-entered',
  /** The sources do not say whether the tariff includes VAT. */
  'electricity-vat-unstated',
  /** The two Biwase prices as low and high; the price a park charges its tenants is not known. */
  'water-biwase-range',
  /** Wastewater volume equals water use. */
  'wastewater-equals-water-use',
] as const;
export type Assumption = (typeof ASSUMPTIONS)[number];

export const LINE_IDS = ['land', 'management-fee', 'wages', 'contributions', 'electricity', 'water', 'wastewater'] as const;
export type LineId = (typeof LINE_IDS)[number];

/** A part of a line: a job level of the wages, a contribution, a time band, ... */
export interface LinePart {
  /** The level, contribution id, time band, or water price id. */
  id: string;
  /** Workers, kWh or m³ per month. */
  quantity?: number;
  /** The unit price: a wage (VND/month), a price (VND/kWh, VND/m³). */
  price?: Range;
  /** A contribution's employer rate, or a band's share of the kWh. */
  percent?: number;
  /** A contribution's ceiling and the monthly cap it came to (VND; absent for "none"). */
  ceiling?: Ceiling;
  cap?: number;
  /** Levels whose insured salary was cut to the cap / raised to the minimum wage (contributions). */
  capped?: WageLevel[];
  floored?: WageLevel[];
  /** The investor's own wage was used (wages). */
  own?: boolean;
  monthly: Amount;
  yearly: Amount;
}

export interface EstimateLine {
  id: LineId;
  monthly: Amount;
  yearly: Amount;
  rates: RateUsed[];
  assumptions: Assumption[];
  parts: LinePart[];
  /** Some rate of the line is a placeholder / only secondary sources give it / it is unconfirmed. */
  illustrative: boolean;
  secondaryOnly: boolean;
  unconfirmed: boolean;
}

export interface EstimateFlags {
  illustrative: boolean;
  secondaryOnly: boolean;
  unconfirmed: boolean;
  /** A warning: wages below the zone's regional minimum (the contributions use the minimum). */
  belowMinimum: { level: WageLevel; wage: number; minimum: number }[];
  /** Levels with workers but no wage: no table figure and none entered (counted at 0). */
  missingWage: WageLevel[];
}

export interface Estimate {
  zone: string;
  /** The inputs as used (normalized). */
  inputs: EstimateInputs;
  date: string;
  usdToVnd: number;
  region: WageRegion;
  minimumWage: number;
  lines: EstimateLine[];
  total: { monthly: Amount; yearly: Amount };
  exchangeRate: RateUsed;
  flags: EstimateFlags;
}

const range = (low: number, high = low): Range => ({ low, high });
const scale = (r: Range, k: number): Range => ({ low: r.low * k, high: r.high * k });
const add = (a: Range, b: Range): Range => ({ low: a.low + b.low, high: a.high + b.high });
const ZERO = range(0);

function meta(table: RateUsed['table'], item: string, value: Range | undefined, unit: string, m: Partial<ValueMeta>, extra: Partial<RateUsed> = {}): RateUsed {
  return {
    table,
    item,
    ...(value ? { value } : {}),
    unit,
    sources: m.sources ?? [],
    basis: m.basis ?? [],
    ...(m.asOf ? { asOf: m.asOf } : {}),
    ...(m.effective ? { effective: m.effective } : {}),
    illustrative: m.illustrative ?? false,
    secondaryOnly: m.secondaryOnly ?? false,
    unconfirmed: m.unconfirmed ?? false,
    ...extra,
  };
}

/** Of dated periods in order, the one in force on `date`: the last that has started, else the first. */
export function periodOn<T extends { from?: string; until?: string }>(periods: readonly T[], date: string): T {
  const started = periods.filter((p) => !p.from || p.from <= date);
  const current = started.filter((p) => !p.until || p.until >= date);
  return current.at(-1) ?? started.at(-1) ?? periods[0];
}

/** Hours per week in each band of a time-band set (a constant load's split is these over 168). */
export function bandHours(periods: readonly TimeBandPeriod[]): Record<TimeBand, number> {
  const out: Record<TimeBand, number> = { normal: 0, offPeak: 0, peak: 0 };
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  for (const p of periods) {
    const days = p.days === 'mon-sat' ? 6 : p.days === 'sun' ? 1 : 7;
    const from = minutes(p.from);
    const to = minutes(p.to);
    out[p.band] += (days * ((to > from ? to - from : 1440 - from + to) / 60));
  }
  return out;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The estimate for one zone. Inputs are normalized first (see normalizeInputs). */
export function estimate(rawInputs: EstimateInputs, rates: EstimateRates): Estimate {
  const inputs = normalizeInputs(rawInputs);
  const { tables, zone } = rates;
  const fx = rates.exchangeRate.usdToVnd;
  const date = rates.date ?? todayIso();
  const toVnd = (currency: 'VND' | 'USD', r: Range) => (currency === 'USD' ? scale(r, fx) : r);
  const amount = (vnd: Range): Amount => ({ vnd, usd: scale(vnd, 1 / fx) });
  const fxRate = meta('site', 'exchangeRate', range(fx), 'VND/USD', {
    sources: [rates.exchangeRate.source],
    asOf: rates.exchangeRate.date,
    illustrative: rates.exchangeRate.illustrative ?? false,
  });

  const lines: EstimateLine[] = [];
  const makeLine = (id: LineId, monthlyVnd: Range, yearlyVnd: Range, used: RateUsed[], assumptions: Assumption[], parts: LinePart[] = []) => {
    lines.push({
      id,
      monthly: amount(monthlyVnd),
      yearly: amount(yearlyVnd),
      rates: used,
      assumptions,
      parts,
      illustrative: used.some((r) => r.illustrative),
      secondaryOnly: used.some((r) => r.secondaryOnly),
      unconfirmed: used.some((r) => r.unconfirmed),
    });
  };
  const part = (p: Omit<LinePart, 'monthly' | 'yearly'>, monthlyVnd: Range): LinePart => ({ ...p, monthly: amount(monthlyVnd), yearly: amount(scale(monthlyVnd, 12)) });

  // Land: the lease price × area, per year, from the zone's low and high price.
  {
    const { min, max, currency, unit } = zone.leasePrice;
    const area = inputs.landArea;
    const perYear = unit === 'm2-term' ? area / inputs.leaseYears : unit === 'm2-year' ? area : area * 12;
    const yearly = toVnd(currency, scale(range(min, max), perYear));
    const used = [meta('zone', 'leasePrice', range(min, max), `${currency}/${unit}`, { sources: zone.sources, asOf: zone.asOf, illustrative: zone.illustrative })];
    const assumptions: Assumption[] = ['lease-asking-price'];
    if (unit === 'm2-term') assumptions.push('lease-spread-over-term');
    if (currency === 'USD') {
      used.push(fxRate);
      assumptions.push('usd-at-site-rate');
    }
    makeLine('land', scale(yearly, 1 / 12), yearly, used, assumptions);
  }

  // Management fee: per m² of land a year.
  {
    const f = zone.costs.managementFee;
    const yearly = toVnd(f.currency, scale(range(f.min, f.max), inputs.landArea));
    const used = [meta('zone', 'costs.managementFee', range(f.min, f.max), `${f.currency}/${f.unit}`, f)];
    const assumptions: Assumption[] = [];
    if (f.currency === 'USD') {
      used.push(fxRate);
      assumptions.push('usd-at-site-rate');
    }
    makeLine('management-fee', scale(yearly, 1 / 12), yearly, used, assumptions);
  }

  // The region's minimum wage: the floor of the insured salary and the base of the UI cap.
  const region = zone.costs.wageRegion.region as WageRegion;
  const mwTable = tables['minimum-wage'];
  const mwRow = mwTable.regions.find((r) => r.region === region);
  if (!mwRow) throw new Error(`content/costs/minimum-wage.json has no region ${region}`);
  const minimumWage = mwRow.monthly;
  const regionRates = [
    meta('zone', 'costs.wageRegion', undefined, 'region', zone.costs.wageRegion, { text: region }),
    meta('minimum-wage', `region-${region}`, range(minimumWage), 'VND/month', mwTable),
  ];

  // Wages: workers × the wage (own, or the table's low–high).
  const belowMinimum: EstimateFlags['belowMinimum'] = [];
  const missingWage: WageLevel[] = [];
  const staffed: { level: WageLevel; count: number; wage: Range }[] = [];
  {
    const used: RateUsed[] = [];
    const parts: LinePart[] = [];
    let monthly = ZERO;
    for (const level of WAGE_LEVELS) {
      const { count, wage: own } = inputs.workers[level];
      if (count === 0) continue;
      const row = tables.wages.levels.find((l) => l.level === level);
      let wage: Range | undefined;
      if (own !== undefined) {
        wage = range(own);
        used.push(meta('input', level, wage, 'VND/month', {}));
      } else if (row?.monthly) {
        wage = range(row.monthly.min, row.monthly.max);
        used.push(meta('wages', level, wage, 'VND/month', row));
      }
      if (!wage) {
        missingWage.push(level);
        parts.push(part({ id: level, quantity: count, own: false }, ZERO));
        continue;
      }
      if (wage.low < minimumWage) belowMinimum.push({ level, wage: wage.low, minimum: minimumWage });
      staffed.push({ level, count, wage });
      const cost = scale(wage, count);
      monthly = add(monthly, cost);
      parts.push(part({ id: level, quantity: count, price: wage, own: own !== undefined }, cost));
    }
    if (belowMinimum.length) used.push(...regionRates);
    makeLine('wages', monthly, scale(monthly, 12), used, ['twelve-monthly-wages'], parts);
  }

  // Employer's contributions: each on the insured salary = the wage, not below the region's
  // minimum, not above the contribution's cap.
  {
    const c = tables.contributions;
    const base = periodOn(c.baseSalary, date);
    const caps: Record<Ceiling, number> = {
      'si-hi': c.ceilings['si-hi'].multiple * base.amount,
      ui: c.ceilings.ui.multiple * minimumWage,
      none: Infinity,
    };
    const insured = (w: number, cap: number) => Math.min(Math.max(w, minimumWage), cap);
    const used: RateUsed[] = [];
    const parts: LinePart[] = [];
    let monthly = ZERO;
    const ceilingsUsed = new Set<Ceiling>();
    for (const item of c.items) {
      const cap = caps[item.ceiling];
      let cost = ZERO;
      const capped: WageLevel[] = [];
      const floored: WageLevel[] = [];
      for (const s of staffed) {
        cost = add(cost, scale(range(insured(s.wage.low, cap), insured(s.wage.high, cap)), (s.count * item.employer) / 100));
        if (s.wage.high > cap) capped.push(s.level);
        if (s.wage.low < minimumWage) floored.push(s.level);
      }
      monthly = add(monthly, cost);
      ceilingsUsed.add(item.ceiling);
      parts.push(part({ id: item.id, percent: item.employer, ceiling: item.ceiling, ...(Number.isFinite(cap) ? { cap } : {}), capped, floored }, cost));
      used.push(meta('contributions', item.id, range(item.employer), '%', { ...c, basis: item.basis, unconfirmed: item.unconfirmed || c.unconfirmed }));
    }
    if (ceilingsUsed.has('si-hi')) {
      const ceil = c.ceilings['si-hi'];
      used.push(meta('contributions', 'base-salary', range(base.amount), 'VND/month', { ...base, effective: base.from }));
      used.push(meta('contributions', 'ceiling-si-hi', range(caps['si-hi']), 'VND/month', {
        ...base,
        effective: base.from,
        basis: [...new Set([...ceil.basis, ...base.basis])],
        secondaryOnly: base.secondaryOnly || ceil.secondaryOnly,
      }));
    }
    if (ceilingsUsed.has('ui')) {
      const ceil = c.ceilings.ui;
      used.push(meta('contributions', 'ceiling-ui', range(caps.ui), 'VND/month', { ...mwTable, basis: [...new Set([...ceil.basis, ...mwTable.basis])], secondaryOnly: mwTable.secondaryOnly || ceil.secondaryOnly }));
    }
    used.push(...regionRates);
    const assumptions: Assumption[] = ['insured-salary-is-wage', 'twelve-monthly-wages'];
    if (c.items.some((i) => i.ceiling === 'none')) assumptions.push('union-fund-on-whole-wage');
    makeLine('contributions', monthly, scale(monthly, 12), used, assumptions, parts);
  }

  // Electricity: kWh × the voltage level's price in each band, by the investor's split.
  {
    const e = tables.electricity;
    const row = e.tariffs.find((t) => t.voltage === inputs.voltage);
    if (!row) throw new Error(`content/costs/electricity.json has no tariff for ${inputs.voltage}`);
    const used: RateUsed[] = [];
    const parts: LinePart[] = [];
    let monthly = ZERO;
    for (const band of TIME_BANDS) {
      const kWh = (inputs.kWh * inputs.bands[band]) / 100;
      const cost = range(kWh * row[band]);
      monthly = add(monthly, cost);
      parts.push(part({ id: band, quantity: kWh, percent: inputs.bands[band], price: range(row[band]) }, cost));
      used.push(meta('electricity', `${row.voltage}.${band}`, range(row[band]), 'VND/kWh', e));
    }
    makeLine('electricity', monthly, scale(monthly, 12), used, ['band-split-entered', 'electricity-vat-unstated'], parts);
  }

  // Water: m³ × the lowest and highest Biwase price.
  {
    const w = tables.water;
    const prices = w.prices.map((p) => p.price);
    const price = range(Math.min(...prices), Math.max(...prices));
    const monthly = scale(price, inputs.water);
    const used = w.prices.map((p) => meta('water', p.id, range(p.price), 'VND/m3', w));
    makeLine('water', monthly, scale(monthly, 12), used, ['water-biwase-range'], [part({ id: 'supply', quantity: inputs.water, price }, monthly)]);
  }

  // Wastewater: as many m³ as the water used, at the zone's price.
  {
    const ww = zone.costs.wastewater;
    const price = toVnd(ww.currency, range(ww.min, ww.max));
    const monthly = scale(price, inputs.water);
    const used = [meta('zone', 'costs.wastewater', range(ww.min, ww.max), `${ww.currency}/${ww.unit}`, ww)];
    const assumptions: Assumption[] = ['wastewater-equals-water-use'];
    if (ww.currency === 'USD') {
      used.push(fxRate);
      assumptions.push('usd-at-site-rate');
    }
    makeLine('wastewater', monthly, scale(monthly, 12), used, assumptions, [part({ id: 'wastewater', quantity: inputs.water, price }, monthly)]);
  }

  const sum = (pick: (l: EstimateLine) => Range) => lines.reduce((acc, l) => add(acc, pick(l)), ZERO);
  const all = [...lines.flatMap((l) => l.rates), fxRate];
  return {
    zone: zone.id,
    inputs,
    date,
    usdToVnd: fx,
    region,
    minimumWage,
    lines,
    total: { monthly: amount(sum((l) => l.monthly.vnd)), yearly: amount(sum((l) => l.yearly.vnd)) },
    exchangeRate: fxRate,
    flags: {
      illustrative: all.some((r) => r.illustrative),
      secondaryOnly: all.some((r) => r.secondaryOnly),
      unconfirmed: all.some((r) => r.unconfirmed),
      belowMinimum,
      missingWage,
    },
  };
}
