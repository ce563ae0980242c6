// The contract with content/costs/*.json, the rate tables of the operating-cost estimator
// (src/lib/estimate.ts), and with the `costs` object of each zone record. Every table, and every
// value that has its own provenance, says where it comes from: sources (at least one unless the
// value is a placeholder, "illustrative"), the legal documents it rests on ("basis", ids of
// content/legal/), when it was checked ("asOf"), when it applies from ("effective"), and whether
// only secondary sources give it ("secondaryOnly") or it is not confirmed for the time it is used
// for ("unconfirmed"); the note says what is missing.
import { z } from 'zod';
import * as base from './schema.ts';
import { LANGUAGES } from './languages.ts';
import { BAND_DAYS, CEILINGS, TIME_BANDS, VOLTAGE_LEVELS, WAGE_LEVELS, WAGE_REGIONS } from './estimate.ts';
export { BAND_DAYS, CEILINGS, TIME_BANDS, VOLTAGE_LEVELS, WAGE_LEVELS, WAGE_REGIONS };

// The zone schema in ./schema.ts takes `zoneCosts` from here, and this module takes its helpers
// from there: they are read when a value is first parsed (z.lazy), not when the module loads, so
// either module may be loaded first. (./schema.ts should likewise write z.lazy(() => zoneCosts).)
const source = z.lazy(() => base.source);
const isoDate = z.lazy(() => base.isoDate);
const id = z.lazy(() => base.id);
const line = z.lazy(() => base.line);
const citations = z.lazy(() => base.citations);

/** Languages whose every page is published (vi, en): each title, label and note has them. */
const COMPLETE = LANGUAGES.filter((l) => l.complete).map((l) => l.code);
const localizedText = z.lazy(() => base.perLanguage(base.text, 'a text', COMPLETE));
const localizedLabel = z.lazy(() => base.perLanguage(base.line, 'a one-line text', COMPLETE));

const vnd = (what: string) => z.number({ error: `${what} in VND (a number)` }).positive({ error: `${what}: a positive amount in VND` });
const percent = z.number({ error: 'a percentage (a number)' }).min(0, { error: 'a percentage from 0 to 100' }).max(100, { error: 'a percentage from 0 to 100' });
const currency = z.enum(['VND', 'USD'], { error: 'VND or USD' });
const clock = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'a time of day written HH:MM (00:00 to 24:00)' });

/** Where a table or a value comes from. */
const valueMeta = {
  sources: z.array(source).default([]),
  /** Ids of documents in the legal register (content/legal/); may be empty. */
  basis: citations.default([]),
  /** When the department last checked it. */
  asOf: isoDate,
  /** The date the value applies from, when a source gives it. */
  effective: isoDate.optional(),
  /** A placeholder no public source gives (the page says so); then sources may be empty. */
  illustrative: z.boolean().default(false),
  /** Only secondary sources (news, law firms, code repositories citing the primary) give it. */
  secondaryOnly: z.boolean().default(false),
  /** Not confirmed for the period it is used for (the note says what is missing). */
  unconfirmed: z.boolean().default(false),
  note: localizedText.optional(),
};
const valueMetaSchema = z.object(valueMeta);
/** The provenance fields every table and sourced value carries. */
export type ValueMeta = z.infer<typeof valueMetaSchema>;

type Ctx = z.core.$RefinementCtx;

/** A value that is not a placeholder needs a source. */
function needsSource(v: { sources: unknown[]; illustrative: boolean }, ctx: Ctx, path: PropertyKey[] = []) {
  if (!v.illustrative && v.sources.length === 0) {
    ctx.addIssue({ code: 'custom', path: [...path, 'sources'], message: 'at least one source (or "illustrative": true for a placeholder no public source gives)', input: v.sources });
  }
}

function maxAtLeastMin(v: { min: number; max: number }, ctx: Ctx, path: PropertyKey[] = []) {
  if (v.max < v.min) ctx.addIssue({ code: 'custom', path: [...path, 'max'], message: `at least min (${v.min})`, input: v.max });
}

function unique<T>(items: readonly T[], key: (t: T) => string, ctx: Ctx, path: PropertyKey[], field: string, what: string) {
  const seen = new Set<string>();
  items.forEach((t, i) => {
    const k = key(t);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [...path, i, field], message: `${what} not already listed`, input: k });
    seen.add(k);
  });
}

function eachOnce<T>(items: readonly T[], key: (t: T) => string, all: readonly string[], ctx: Ctx, path: PropertyKey[], field: string) {
  unique(items, key, ctx, path, field, `one of ${all.join(', ')}`);
  const missing = all.filter((k) => !items.some((t) => key(t) === k));
  if (missing.length) ctx.addIssue({ code: 'custom', path, message: `an entry for each of ${all.join(', ')} (missing: ${missing.join(', ')})`, input: items });
}

// ---------------------------------------------------------------------------------------------
// content/costs/minimum-wage.json

export const minimumWageSchema = z
  .strictObject({
    title: localizedText,
    /** Regions I–IV, each once: VND per month and per hour. */
    regions: z.array(
      z.strictObject({
        region: z.enum(WAGE_REGIONS, { error: 'a region: I, II, III or IV' }),
        monthly: vnd('the monthly minimum wage'),
        hourly: vnd('the hourly minimum wage'),
      }),
    ),
    ...valueMeta,
  })
  .superRefine((t, ctx) => {
    needsSource(t, ctx);
    eachOnce(t.regions, (r) => r.region, WAGE_REGIONS, ctx, ['regions'], 'region');
  });
export type MinimumWageTable = z.infer<typeof minimumWageSchema>;

// ---------------------------------------------------------------------------------------------
// content/costs/contributions.json

const ceilingSchema = z.strictObject({
  label: localizedLabel,
  /** The cap is this many times its reference: the base salary (si-hi) or the region's minimum wage (ui). */
  multiple: z.number({ error: 'how many times the reference (a number)' }).positive({ error: 'a positive multiple' }),
  basis: citations.default([]),
  secondaryOnly: z.boolean().default(false),
  note: localizedText.optional(),
});

/** A base salary (lương cơ sở) and the days it applies: the reference of the SI/HI cap. */
const baseSalaryPeriod = z
  .strictObject({
    amount: vnd('the base salary'),
    from: isoDate.optional(),
    until: isoDate.optional(),
    ...valueMeta,
  })
  .superRefine((p, ctx) => {
    needsSource(p, ctx);
    if (p.from && p.until && p.until < p.from) ctx.addIssue({ code: 'custom', path: ['until'], message: `a date on or after from (${p.from})`, input: p.until });
  });
export type BaseSalaryPeriod = z.infer<typeof baseSalaryPeriod>;

export const contributionsSchema = z
  .strictObject({
    title: localizedText,
    /** Each contribution: employer's and employee's percent of the insured salary, and its cap. */
    items: z
      .array(
        z.strictObject({
          id,
          label: localizedLabel,
          employer: percent,
          employee: percent,
          ceiling: z.enum(CEILINGS, { error: `the cap on the insured salary: ${CEILINGS.map((c) => `"${c}"`).join(', ')}` }),
          basis: citations.default([]),
          unconfirmed: z.boolean().default(false),
          note: localizedText.optional(),
        }),
      )
      .min(1, { error: 'at least one contribution' }),
    ceilings: z.strictObject({ 'si-hi': ceilingSchema, ui: ceilingSchema }, { error: 'the two caps: { "si-hi": {...}, "ui": {...} }' }),
    /** In date order, without overlaps. */
    baseSalary: z.array(baseSalaryPeriod).min(1, { error: 'at least one base salary' }),
    ...valueMeta,
  })
  .superRefine((t, ctx) => {
    needsSource(t, ctx);
    unique(t.items, (i) => i.id, ctx, ['items'], 'id', 'an id');
    t.baseSalary.forEach((p, i) => {
      const prev = t.baseSalary[i - 1];
      if (!prev) return;
      if (!p.from) ctx.addIssue({ code: 'custom', path: ['baseSalary', i, 'from'], message: 'the date this base salary applies from (every one after the first needs it)', input: p.from });
      else if (!prev.until || prev.until >= p.from) {
        ctx.addIssue({ code: 'custom', path: ['baseSalary', i - 1, 'until'], message: `a date before the next base salary's from (${p.from})`, input: prev.until });
      }
    });
  });
export type ContributionsTable = z.infer<typeof contributionsSchema>;

// ---------------------------------------------------------------------------------------------
// content/costs/electricity.json

const tariffPrice = (band: string) => z.number({ error: `the ${band} price in VND/kWh (a number)` }).positive({ error: `the ${band} price: a positive number of VND/kWh` });

const timeBandPeriod = z.strictObject({
  band: z.enum(TIME_BANDS, { error: `a band: ${TIME_BANDS.join(', ')}` }),
  days: z.enum(BAND_DAYS, { error: `the days: ${BAND_DAYS.join(', ')}` }),
  /** A period whose end is before its start runs past midnight (22:00–04:00) on each of its days. */
  from: clock,
  to: clock,
});
export type TimeBandPeriod = z.infer<typeof timeBandPeriod>;

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const dayIndexes = (d: (typeof BAND_DAYS)[number]) => (d === 'mon-sat' ? [0, 1, 2, 3, 4, 5] : d === 'sun' ? [6] : [0, 1, 2, 3, 4, 5, 6]);
const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Where a set of periods leaves a minute of the week in no band, or in two: a message, or undefined. */
export function timeBandCoverage(periods: readonly TimeBandPeriod[]): string | undefined {
  const week = Array.from({ length: 7 }, () => new Array<number>(1440).fill(0));
  for (const p of periods) {
    const from = toMinutes(p.from);
    const to = toMinutes(p.to);
    const spans: [number, number][] = to > from ? [[from, to]] : [[from, 1440], [0, to]];
    for (const d of dayIndexes(p.days)) for (const [a, b] of spans) for (let m = a; m < b; m++) week[d][m]++;
  }
  for (let d = 0; d < 7; d++) {
    const m = week[d].findIndex((n) => n !== 1);
    if (m === -1) continue;
    const n = week[d][m];
    let end = m;
    while (end < 1440 && week[d][end] === n) end++;
    return `periods that put each hour of the week in exactly one band: ${DAY_NAMES[d]} ${hhmm(m)}–${hhmm(end)} is in ${n === 0 ? 'no band' : `${n} bands`}`;
  }
  return undefined;
}

const timeBandSet = z
  .strictObject({
    id,
    label: localizedLabel,
    periods: z.array(timeBandPeriod).min(1, { error: 'at least one period' }),
    ...valueMeta,
  })
  .superRefine((s, ctx) => {
    needsSource(s, ctx);
    s.periods.forEach((p, i) => {
      if (p.from === p.to) ctx.addIssue({ code: 'custom', path: ['periods', i, 'to'], message: 'an end different from the start', input: p.to });
    });
    const gap = timeBandCoverage(s.periods);
    if (gap) ctx.addIssue({ code: 'custom', path: ['periods'], message: gap, input: s.periods });
  });
export type TimeBandSet = z.infer<typeof timeBandSet>;

export const electricitySchema = z
  .strictObject({
    title: localizedText,
    bandLabels: z.strictObject({ normal: localizedLabel, offPeak: localizedLabel, peak: localizedLabel }),
    /** VND/kWh by voltage level, each level once. */
    tariffs: z.array(
      z.strictObject({
        voltage: z.enum(VOLTAGE_LEVELS, { error: `a voltage level: ${VOLTAGE_LEVELS.join(', ')}` }),
        label: localizedLabel,
        normal: tariffPrice('normal-hours'),
        offPeak: tariffPrice('off-peak'),
        peak: tariffPrice('peak'),
      }),
    ),
    /** The hours of each band; several sets when a change of bands is announced. */
    timeBands: z.array(timeBandSet).min(1, { error: 'at least one set of time bands' }),
    ...valueMeta,
  })
  .superRefine((t, ctx) => {
    needsSource(t, ctx);
    eachOnce(t.tariffs, (r) => r.voltage, VOLTAGE_LEVELS, ctx, ['tariffs'], 'voltage');
    t.tariffs.forEach((r, i) => {
      if (r.offPeak > r.normal) ctx.addIssue({ code: 'custom', path: ['tariffs', i, 'offPeak'], message: `at most the normal-hours price (${r.normal})`, input: r.offPeak });
      if (r.peak < r.normal) ctx.addIssue({ code: 'custom', path: ['tariffs', i, 'peak'], message: `at least the normal-hours price (${r.normal})`, input: r.peak });
    });
    unique(t.timeBands, (s) => s.id, ctx, ['timeBands'], 'id', 'an id');
  });
export type ElectricityTable = z.infer<typeof electricitySchema>;

// ---------------------------------------------------------------------------------------------
// content/costs/water.json

export const waterSchema = z
  .strictObject({
    title: localizedText,
    supplier: line,
    /** VND per m³. */
    prices: z
      .array(z.strictObject({ id, label: localizedLabel, price: vnd('the price per m³') }))
      .min(1, { error: 'at least one price' }),
    ...valueMeta,
  })
  .superRefine((t, ctx) => {
    needsSource(t, ctx);
    unique(t.prices, (p) => p.id, ctx, ['prices'], 'id', 'an id');
  });
export type WaterTable = z.infer<typeof waterSchema>;

// ---------------------------------------------------------------------------------------------
// content/costs/wages.json

const vndRange = z
  .strictObject({ min: vnd('the lowest wage'), max: vnd('the highest wage') }, { error: 'a monthly wage in VND: { "min": ..., "max": ... } (min = max for one figure)' })
  .superRefine((r, ctx) => maxAtLeastMin(r, ctx));

const wageLevel = z
  .strictObject({
    level: z.enum(WAGE_LEVELS, { error: `a job level: ${WAGE_LEVELS.join(', ')}` }),
    label: localizedLabel,
    /** Absent when no public source gives a figure: the estimate then counts only a wage entered. */
    monthly: vndRange.optional(),
    /** The period the figure describes ("Q1 2023", "FY2018"). */
    period: localizedLabel.optional(),
    ...valueMeta,
  })
  .superRefine((l, ctx) => {
    needsSource(l, ctx);
    if (!l.monthly && !l.illustrative) ctx.addIssue({ code: 'custom', path: ['monthly'], message: 'a monthly wage range (or "illustrative": true when no public source gives one)', input: l.monthly });
  });
export type WageLevelRow = z.infer<typeof wageLevel>;

export const wagesSchema = z
  .strictObject({
    title: localizedText,
    /** Each job level once, each with its own provenance. */
    levels: z.array(wageLevel),
    ...valueMeta,
  })
  .superRefine((t, ctx) => {
    needsSource(t, ctx);
    eachOnce(t.levels, (l) => l.level, WAGE_LEVELS, ctx, ['levels'], 'level');
    const placeholders = t.levels.filter((l) => l.illustrative).map((l) => l.level);
    if (placeholders.length && !t.illustrative) {
      ctx.addIssue({ code: 'custom', path: ['illustrative'], message: `true, as some levels are illustrative (${placeholders.join(', ')})`, input: t.illustrative });
    }
  });
export type WagesTable = z.infer<typeof wagesSchema>;

// ---------------------------------------------------------------------------------------------
// The `costs` object of a zone record (content/zones/*.json)

const priceRange = <U extends string>(unit: U, what: string) =>
  z
    .strictObject({
      min: z.number({ error: `the lowest ${what} (a number)` }).positive({ error: `the lowest ${what}: a positive number` }),
      max: z.number({ error: `the highest ${what} (a number)` }).positive({ error: `the highest ${what}: a positive number` }),
      currency,
      unit: z.literal(unit, { error: `"${unit}"` }),
      ...valueMeta,
    })
    .superRefine((v, ctx) => {
      maxAtLeastMin(v, ctx);
      needsSource(v, ctx);
    });

export const zoneCosts = z.strictObject(
  {
    /** The minimum-wage region the zone is in (for the floor and the UI cap). */
    wageRegion: z
      .strictObject({ region: z.enum(WAGE_REGIONS, { error: 'a region: I, II, III or IV' }), ...valueMeta })
      .superRefine((v, ctx) => needsSource(v, ctx)),
    /** The park's management (infrastructure maintenance) fee per m² of land a year. */
    managementFee: priceRange('m2-year', 'management fee per m² a year'),
    /** The park's wastewater treatment price per m³. */
    wastewater: priceRange('m3', 'wastewater price per m³'),
  },
  { error: 'the zone\'s costs: { "wageRegion", "managementFee", "wastewater" }' },
);
export type ZoneCosts = z.infer<typeof zoneCosts>;

// ---------------------------------------------------------------------------------------------

/** content/costs/<name>.json and its schema, for the loader. */
export const COST_FILES = {
  'minimum-wage': minimumWageSchema,
  contributions: contributionsSchema,
  electricity: electricitySchema,
  water: waterSchema,
  wages: wagesSchema,
} as const;
export type CostFileName = keyof typeof COST_FILES;
export type CostTables = { [K in CostFileName]: z.infer<(typeof COST_FILES)[K]> };

/** Every legal-register id a parsed table (or a zone's costs) cites, with its field, e.g.
 * { field: "items[2].basis[0]", id: "law-social-insurance-2024" }: for the loader's reference check. */
export function basisReferences(data: unknown): { field: string; id: string }[] {
  const out: { field: string; id: string }[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const field = path ? `${path}.${k}` : k;
        if (k === 'basis' && Array.isArray(x)) x.forEach((b, i) => typeof b === 'string' && out.push({ field: `${field}[${i}]`, id: b }));
        else walk(x, field);
      }
    }
  };
  walk(data, '');
  return out;
}
