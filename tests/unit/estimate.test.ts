// The operating-cost estimate, worked by hand against the real rate tables of content/costs/.
// Rates used below (content/costs/*.json):
//   minimum wage Region I 5,310,000 VND/month (Decree 293/2025, from 1 Jan 2026)
//   employer: SI 3 + 0.5 + 14 = 17.5%, HI 3%, UI 1%, union 2% = 23.5%
//   caps: SI/HI 20 × base salary = 46,800,000 (to 30 Jun 2026) / 50,600,000 (from 1 Jul 2026);
//         UI 20 × 5,310,000 = 106,200,000; union: none
//   electricity 22–<110 kV: normal 1,833, off-peak 1,190, peak 3,398 VND/kWh
//   water: Biwase 13,100 (wholesale to parks) – 13,800 (retail) VND/m³
// Exchange rate 26,000 VND/USD (content/site.json, illustrative).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COST_FILES, zoneCosts, type CostTables, type ZoneCosts } from '../../src/lib/costs-schema.ts';
import {
  DEFAULT_INPUTS,
  MAX_ZONES,
  estimate,
  estimateFromQuery,
  estimateToQuery,
  normalizeInputs,
  periodOn,
  type EstimateInputs,
  type EstimateLine,
  type EstimateRates,
  type EstimateZone,
} from '../../src/lib/estimate.ts';

const json = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const tables = Object.fromEntries(Object.entries(COST_FILES).map(([name, schema]) => [name, schema.parse(json(`content/costs/${name}.json`))])) as CostTables;
const site = json('content/site.json');
const vsip2 = json('content/zones/vsip-2.json');
const vsip2Costs: ZoneCosts = zoneCosts.parse(vsip2.costs);
const FX = 26_000;

/** A zone with a round lease price, VSIP II's costs (Region I, fee 0.5–1.0 USD/m²/yr, wastewater 0.28 USD/m³). */
function zoneWith(leasePrice: EstimateZone['leasePrice'], costs: ZoneCosts = vsip2Costs): EstimateZone {
  return { id: 'test-zone', leasePrice, costs, sources: vsip2.sources, asOf: vsip2.asOf, illustrative: false };
}
const rates = (zone: EstimateZone, date = '2026-12-01'): EstimateRates => ({
  tables,
  zone,
  exchangeRate: { usdToVnd: FX, date: '2026-11-01', source: site.exchangeRate.source, illustrative: true },
  date,
});
const TERM_ZONE = zoneWith({ min: 100, max: 150, currency: 'USD', unit: 'm2-term' });
const nobody = { worker: { count: 0 }, technician: { count: 0 }, engineer: { count: 0 }, manager: { count: 0 } };
const inputs = (over: Partial<EstimateInputs>): EstimateInputs => ({ ...DEFAULT_INPUTS, workers: nobody, ...over });
const lineOf = (e: ReturnType<typeof estimate>, id: EstimateLine['id']) => e.lines.find((l) => l.id === id)!;

describe('the rate tables', () => {
  it('are the ones the arithmetic below assumes', () => {
    expect(tables['minimum-wage'].regions.find((r) => r.region === 'I')?.monthly).toBe(5_310_000);
    expect(tables.contributions.items.reduce((s, i) => s + i.employer, 0)).toBeCloseTo(23.5);
    expect(tables.contributions.items.reduce((s, i) => s + i.employee, 0)).toBeCloseTo(10.5);
    expect(periodOn(tables.contributions.baseSalary, '2026-03-01').amount).toBe(2_340_000);
    expect(periodOn(tables.contributions.baseSalary, '2026-07-01').amount).toBe(2_530_000);
    expect(site.exchangeRate.usdToVnd).toBe(FX);
  });
});

describe('wages and contributions', () => {
  it('100 workers at the table wage of 7,300,000 VND', () => {
    const e = estimate(inputs({ workers: { ...nobody, worker: { count: 100 } } }), rates(TERM_ZONE));
    // wages: 100 × 7,300,000 = 730,000,000 VND a month; × 12 = 8,760,000,000 a year
    const wages = lineOf(e, 'wages');
    expect(wages.monthly.vnd).toEqual({ low: 730_000_000, high: 730_000_000 });
    expect(wages.yearly.vnd.low).toBe(8_760_000_000);
    expect(wages.monthly.usd.low).toBeCloseTo(730_000_000 / FX); // 28,076.92 USD
    // 7,300,000 is above the minimum (5,310,000) and below every cap, so insured = 7,300,000:
    // SI 17.5% + HI 3% + UI 1% + union 2% = 23.5% → 0.235 × 730,000,000 = 171,550,000 a month
    const c = lineOf(e, 'contributions');
    expect(c.monthly.vnd.low).toBeCloseTo(171_550_000, 2);
    expect(c.monthly.vnd.high).toBeCloseTo(171_550_000, 2);
    expect(c.yearly.vnd.low).toBeCloseTo(2_058_600_000, 2);
    // by component: 3% 21,900,000; 0.5% 3,650,000; 14% 102,200,000; 3% 21,900,000; 1% 7,300,000; 2% 14,600,000
    const part = (id: string) => c.parts.find((p) => p.id === id)!;
    expect(part('si-sickness-maternity').monthly.vnd.low).toBeCloseTo(21_900_000, 2);
    expect(part('si-occupational-accident').monthly.vnd.low).toBeCloseTo(3_650_000, 2);
    expect(part('si-retirement-survivors').monthly.vnd.low).toBeCloseTo(102_200_000, 2);
    expect(part('health-insurance').monthly.vnd.low).toBeCloseTo(21_900_000, 2);
    expect(part('unemployment-insurance').monthly.vnd.low).toBeCloseTo(7_300_000, 2);
    expect(part('trade-union-fund').monthly.vnd.low).toBeCloseTo(14_600_000, 2);
    // the caps used are named: 20 × 2,530,000 on 1 Dec 2026, 20 × 5,310,000, and none for the union fund
    expect(part('health-insurance')).toMatchObject({ ceiling: 'si-hi', cap: 50_600_000, capped: [], floored: [] });
    expect(part('unemployment-insurance')).toMatchObject({ ceiling: 'ui', cap: 106_200_000 });
    expect(part('trade-union-fund').ceiling).toBe('none');
    expect(part('trade-union-fund').cap).toBeUndefined();
    expect(c.rates.find((r) => r.item === 'ceiling-si-hi')).toMatchObject({ value: { low: 50_600_000 }, basis: expect.arrayContaining(['decree-161-2026']), secondaryOnly: true, unconfirmed: true });
    expect(c.rates.find((r) => r.item === 'ceiling-ui')?.value?.low).toBe(106_200_000);
    expect(c.assumptions).toContain('union-fund-on-whole-wage');
    // the wage came from wages.json, with its source (Binh Duong IP board, Q1 2023)
    expect(wages.rates[0]).toMatchObject({ table: 'wages', item: 'worker', illustrative: false });
    expect(wages.rates[0].sources[0].date).toBe('2023-03-29');
    expect(e.flags.belowMinimum).toEqual([]);
  });

  it('caps a wage above 20 × base salary, by the base salary of the day', () => {
    const one = (wage: number, date: string) =>
      lineOf(estimate(inputs({ workers: { ...nobody, manager: { count: 1, wage } } }), rates(TERM_ZONE, date)), 'contributions');
    // 60,000,000 on 1 Dec 2026: SI/HI on 50,600,000, UI on 60,000,000 (< 106,200,000), union on 60,000,000
    //   17.5% × 50,600,000 = 8,855,000; 3% × 50,600,000 = 1,518,000; 1% × 60,000,000 = 600,000; 2% × 60,000,000 = 1,200,000
    //   = 12,173,000
    const dec = one(60_000_000, '2026-12-01');
    expect(dec.monthly.vnd.low).toBeCloseTo(12_173_000, 2);
    expect(dec.parts.find((p) => p.id === 'si-retirement-survivors')).toMatchObject({ cap: 50_600_000, capped: ['manager'] });
    expect(dec.parts.find((p) => p.id === 'unemployment-insurance')?.capped).toEqual([]);
    // the same wage on 1 Mar 2026: cap 20 × 2,340,000 = 46,800,000
    //   20.5% × 46,800,000 = 9,594,000; + 600,000 + 1,200,000 = 11,394,000
    const mar = one(60_000_000, '2026-03-01');
    expect(mar.monthly.vnd.low).toBeCloseTo(11_394_000, 2);
    expect(mar.rates.find((r) => r.item === 'base-salary')).toMatchObject({ value: { low: 2_340_000 }, effective: '2024-07-01', secondaryOnly: false });
    // 120,000,000 on 1 Dec 2026: UI capped too (20 × 5,310,000 = 106,200,000)
    //   20.5% × 50,600,000 = 10,373,000; 1% × 106,200,000 = 1,062,000; 2% × 120,000,000 = 2,400,000 = 13,835,000
    const high = one(120_000_000, '2026-12-01');
    expect(high.monthly.vnd.low).toBeCloseTo(13_835_000, 2);
    expect(high.parts.find((p) => p.id === 'unemployment-insurance')?.capped).toEqual(['manager']);
  });

  it('warns of a wage below the regional minimum and pays contributions on the minimum', () => {
    const e = estimate(inputs({ workers: { ...nobody, worker: { count: 10, wage: 4_000_000 } } }), rates(TERM_ZONE));
    expect(e.flags.belowMinimum).toEqual([{ level: 'worker', wage: 4_000_000, minimum: 5_310_000 }]);
    // wages: 10 × 4,000,000 = 40,000,000 (as entered)
    expect(lineOf(e, 'wages').monthly.vnd.low).toBe(40_000_000);
    expect(lineOf(e, 'wages').parts[0]).toMatchObject({ id: 'worker', own: true, quantity: 10 });
    // contributions on 5,310,000: 23.5% × 10 × 5,310,000 = 12,478,500
    const c = lineOf(e, 'contributions');
    expect(c.monthly.vnd.low).toBeCloseTo(12_478_500, 2);
    expect(c.parts.every((p) => p.floored?.includes('worker'))).toBe(true);
    // the wages line names the minimum it was checked against
    expect(lineOf(e, 'wages').rates.map((r) => r.item)).toEqual(expect.arrayContaining(['region-I', 'costs.wageRegion']));
  });

  it('uses the low and high of a table range, an own wage over the table, and flags a level with no wage', () => {
    const e = estimate(inputs({ workers: { worker: { count: 0 }, technician: { count: 0 }, engineer: { count: 2 }, manager: { count: 1 } } }), rates(TERM_ZONE));
    // engineers 2 × 9,500,000–14,500,000 = 19,000,000–29,000,000; the manager has no table figure
    const w = lineOf(e, 'wages');
    expect(w.monthly.vnd).toEqual({ low: 19_000_000, high: 29_000_000 });
    expect(e.flags.missingWage).toEqual(['manager']);
    // contributions 23.5% of 19,000,000–29,000,000 = 4,465,000–6,815,000
    expect(lineOf(e, 'contributions').monthly.vnd.low).toBeCloseTo(4_465_000, 2);
    expect(lineOf(e, 'contributions').monthly.vnd.high).toBeCloseTo(6_815_000, 2);
    const own = estimate(inputs({ workers: { ...nobody, engineer: { count: 2, wage: 20_000_000 } } }), rates(TERM_ZONE));
    expect(lineOf(own, 'wages').monthly.vnd).toEqual({ low: 40_000_000, high: 40_000_000 });
    expect(lineOf(own, 'wages').rates[0].table).toBe('input');
  });

  it('marks the technician placeholder as illustrative', () => {
    const e = estimate(inputs({ workers: { ...nobody, technician: { count: 1 } } }), rates(TERM_ZONE));
    expect(lineOf(e, 'wages').illustrative).toBe(true);
    expect(lineOf(e, 'wages').rates[0]).toMatchObject({ table: 'wages', item: 'technician', illustrative: true });
  });
});

describe('land by lease unit', () => {
  const land = (leasePrice: EstimateZone['leasePrice'], over: Partial<EstimateInputs> = {}) =>
    lineOf(estimate(inputs({ landArea: 10_000, leaseYears: 40, ...over }), rates(zoneWith(leasePrice))), 'land');

  it('spreads a price for the term over the years entered', () => {
    // 100–150 USD/m² for the term × 10,000 m² / 40 years = 25,000–37,500 USD a year
    //   × 26,000 = 650,000,000–975,000,000 VND a year; / 12 = 54,166,666.67–81,250,000 a month
    const l = land({ min: 100, max: 150, currency: 'USD', unit: 'm2-term' });
    expect(l.yearly.vnd.low).toBeCloseTo(650_000_000, 2);
    expect(l.yearly.vnd.high).toBeCloseTo(975_000_000, 2);
    expect(l.monthly.vnd.low).toBeCloseTo(54_166_666.67, 1);
    expect(l.yearly.usd.low).toBeCloseTo(25_000, 6);
    expect(l.assumptions).toEqual(['lease-asking-price', 'lease-spread-over-term', 'usd-at-site-rate']);
    expect(l.rates.map((r) => `${r.table}:${r.item}:${r.unit}`)).toEqual(['zone:leasePrice:USD/m2-term', 'site:exchangeRate:VND/USD']);
  });

  it('takes a yearly price as it is, whatever the term', () => {
    // 4–5 USD/m²/year × 10,000 m² = 40,000–50,000 USD = 1,040,000,000–1,300,000,000 VND a year
    const l = land({ min: 4, max: 5, currency: 'USD', unit: 'm2-year' }, { leaseYears: 7 });
    expect(l.yearly.vnd.low).toBeCloseTo(1_040_000_000, 2);
    expect(l.yearly.vnd.high).toBeCloseTo(1_300_000_000, 2);
    expect(l.monthly.vnd.low).toBeCloseTo(86_666_666.67, 1);
    expect(l.assumptions).not.toContain('lease-spread-over-term');
  });

  it('takes a monthly price × 12 for the year', () => {
    // 4–5 USD/m²/month × 10,000 m² = 40,000–50,000 USD = 1,040,000,000–1,300,000,000 VND a month; × 12 a year
    const l = land({ min: 4, max: 5, currency: 'USD', unit: 'm2-month' });
    expect(l.monthly.vnd.low).toBeCloseTo(1_040_000_000, 2);
    expect(l.yearly.vnd.high).toBeCloseTo(15_600_000_000, 2);
  });

  it('needs no exchange rate for a price in VND', () => {
    // 2,000,000–3,000,000 VND/m² for the term × 5,000 m² / 50 years = 200,000,000–300,000,000 VND a year
    const l = land({ min: 2_000_000, max: 3_000_000, currency: 'VND', unit: 'm2-term' }, { landArea: 5_000, leaseYears: 50 });
    expect(l.yearly.vnd).toEqual({ low: 200_000_000, high: 300_000_000 });
    expect(l.yearly.usd.low).toBeCloseTo(200_000_000 / FX, 6);
    expect(l.rates.map((r) => r.table)).toEqual(['zone']);
  });
});

describe('management fee, electricity, water', () => {
  it('charges the management fee per m² a year', () => {
    // illustrative 0.5–1.0 USD/m²/yr × 10,000 m² = 5,000–10,000 USD = 130,000,000–260,000,000 VND a year
    const e = estimate(inputs({ landArea: 10_000 }), rates(TERM_ZONE));
    const f = lineOf(e, 'management-fee');
    expect(f.yearly.vnd.low).toBeCloseTo(130_000_000, 2);
    expect(f.yearly.vnd.high).toBeCloseTo(260_000_000, 2);
    expect(f.illustrative).toBe(true);
  });

  it('prices electricity by the band split', () => {
    // 100,000 kWh at 22–<110 kV, 60/25/15:
    //   60,000 × 1,833 = 109,980,000; 25,000 × 1,190 = 29,750,000; 15,000 × 3,398 = 50,970,000 → 190,700,000 a month
    const split = estimate(inputs({ voltage: '22-110kv', kWh: 100_000, bands: { normal: 60, offPeak: 25, peak: 15 } }), rates(TERM_ZONE));
    const el = lineOf(split, 'electricity');
    expect(el.monthly.vnd.low).toBeCloseTo(190_700_000, 2);
    expect(el.yearly.vnd.high).toBeCloseTo(2_288_400_000, 2);
    expect(el.parts.map((p) => [p.id, p.quantity, p.price?.low])).toEqual([
      ['normal', 60_000, 1833],
      ['offPeak', 25_000, 1190],
      ['peak', 15_000, 3398],
    ]);
    expect(el.rates[0]).toMatchObject({ table: 'electricity', item: '22-110kv.normal', basis: ['decision-1279-2025'], effective: '2025-05-10', secondaryOnly: true });
    expect(el.assumptions).toContain('electricity-vat-unstated');
    // all off-peak at ≥110 kV: 100,000 × 1,146 = 114,600,000
    const night = estimate(inputs({ voltage: 'from-110kv', kWh: 100_000, bands: { normal: 0, offPeak: 100, peak: 0 } }), rates(TERM_ZONE));
    expect(lineOf(night, 'electricity').monthly.vnd.low).toBeCloseTo(114_600_000, 2);
    // a split that does not add up to 100 is replaced by the default 57/25/18
    const bad = estimate(inputs({ voltage: '22-110kv', kWh: 100_000, bands: { normal: 50, offPeak: 50, peak: 50 } }), rates(TERM_ZONE));
    // 57,000 × 1,833 + 25,000 × 1,190 + 18,000 × 3,398 = 104,481,000 + 29,750,000 + 61,164,000 = 195,395,000
    expect(lineOf(bad, 'electricity').monthly.vnd.low).toBeCloseTo(195_395_000, 2);
    expect(bad.inputs.bands).toEqual({ normal: 57, offPeak: 25, peak: 18 });
  });

  it('charges water supply and as much wastewater as water used', () => {
    // 1,000 m³: supply 13,100,000–13,800,000 VND; wastewater 1,000 × 0.28 USD = 280 USD = 7,280,000 VND
    const e = estimate(inputs({ water: 1_000 }), rates(TERM_ZONE));
    expect(lineOf(e, 'water').monthly.vnd).toEqual({ low: 13_100_000, high: 13_800_000 });
    expect(lineOf(e, 'water').secondaryOnly).toBe(true);
    const ww = lineOf(e, 'wastewater');
    expect(ww.monthly.vnd.low).toBeCloseTo(7_280_000, 2);
    expect(ww.monthly.vnd.high).toBeCloseTo(7_280_000, 2);
    expect(ww.assumptions).toContain('wastewater-equals-water-use');
    expect(ww.rates[0]).toMatchObject({ table: 'zone', item: 'costs.wastewater', secondaryOnly: true, unconfirmed: true });
    // another zone's illustrative 0.28–0.5 USD/m³: 7,280,000–13,000,000 VND
    const other = zoneCosts.parse(json('content/zones/bau-bang.json').costs);
    const e2 = estimate(inputs({ water: 1_000 }), rates(zoneWith(TERM_ZONE.leasePrice, other)));
    expect(lineOf(e2, 'wastewater').monthly.vnd.high).toBeCloseTo(13_000_000, 2);
    expect(lineOf(e2, 'wastewater').illustrative).toBe(true);
  });

  it('adds the lines up and raises the flags of what it used', () => {
    const e = estimate({ ...DEFAULT_INPUTS, zone: 'vsip-2' }, rates({ ...vsip2, costs: vsip2Costs }));
    const sum = e.lines.reduce((s, l) => s + l.monthly.vnd.low, 0);
    expect(e.total.monthly.vnd.low).toBeCloseTo(sum, 2);
    expect(e.total.yearly.vnd.low).toBeCloseTo(sum * 12, 0);
    expect(e.lines.map((l) => l.id)).toEqual(['land', 'management-fee', 'wages', 'contributions', 'electricity', 'water', 'wastewater']);
    expect(e).toMatchObject({ zone: 'vsip-2', region: 'I', minimumWage: 5_310_000, usdToVnd: FX });
    expect(e.flags).toMatchObject({ illustrative: true, secondaryOnly: true, unconfirmed: true, belowMinimum: [], missingWage: [] });
    for (const l of e.lines) for (const r of l.rates) expect(r.illustrative || r.table === 'input' || r.sources.length > 0, `${l.id} ${r.item}`).toBe(true);
  });
});

describe('URL state', () => {
  const custom: EstimateInputs = {
    zone: 'vsip-2',
    landArea: 25_000.5,
    leaseYears: 45,
    workers: { worker: { count: 250, wage: 8_000_000 }, technician: { count: 20 }, engineer: { count: 8, wage: 18_500_000 }, manager: { count: 3, wage: 45_000_000 } },
    voltage: '6-22kv',
    kWh: 123_456,
    bands: { normal: 50.5, offPeak: 30, peak: 19.5 },
    water: 2_400,
  };

  it('round-trips the inputs and up to three zones', () => {
    const q = estimateToQuery(custom, ['vsip-2', 'bau-bang']);
    expect(q.getAll('zone')).toEqual(['vsip-2', 'bau-bang']);
    expect(q.get('worker-wage')).toBe('8000000');
    expect(q.has('technician-wage')).toBe(false);
    const back = estimateFromQuery(new URLSearchParams(q.toString()));
    expect(back).toEqual({ inputs: custom, zones: ['vsip-2', 'bau-bang'] });
    const defaults = estimateFromQuery(estimateToQuery(DEFAULT_INPUTS));
    expect(defaults).toEqual({ inputs: DEFAULT_INPUTS, zones: [] });
  });

  it('keeps at most three zones, without repeats, known ones only when asked', () => {
    const q = new URLSearchParams('zone=a&zone=b&zone=a&zone=c,d&zone=e');
    expect(estimateFromQuery(q).zones).toEqual(['a', 'b', 'c']);
    expect(MAX_ZONES).toBe(3);
    expect(estimateFromQuery(q, ['c', 'e', 'x'])).toMatchObject({ zones: ['c', 'e'], inputs: { zone: 'c' } });
    expect(estimateToQuery(DEFAULT_INPUTS, ['a', 'b', 'c', 'd']).getAll('zone')).toEqual(['a', 'b', 'c']);
  });

  it('falls back to the defaults for garbage, and never throws', () => {
    const garbage = [
      '',
      'zone=VSIP 2&zone=../x&area=-5&term=abc&worker=1.5&technician=-1&engineer=1e3&manager=x&worker-wage=0&voltage=999&kwh=Infinity&normal=50&offpeak=50&peak=50&water=NaN',
      'area=&term=0&term=100&kwh=%00&normal=100&water=1e99',
      'area=0x10&term=+40&worker=%E2%80%8B&peak=101&normal=-1&offpeak=0',
      `area=${'9'.repeat(400)}&zone=${'a'.repeat(5000)}&zone=<script>`,
      '%&&==&zone&area',
    ];
    for (const g of garbage) {
      const { inputs: i, zones } = estimateFromQuery(new URLSearchParams(g));
      expect(i.landArea, g).toBe(DEFAULT_INPUTS.landArea);
      expect(i.leaseYears, g).toBe(DEFAULT_INPUTS.leaseYears);
      expect(i.voltage, g).toBe(DEFAULT_INPUTS.voltage);
      expect(i.kWh, g).toBe(DEFAULT_INPUTS.kWh);
      expect(i.water, g).toBe(DEFAULT_INPUTS.water);
      expect(i.bands, g).toEqual(DEFAULT_INPUTS.bands);
      expect(i.workers.worker, g).toEqual({ count: 100 });
      expect(i.workers.technician, g).toEqual({ count: 10 });
      expect(i.workers.manager, g).toEqual({ count: 0 });
      expect(zones.every((z) => /^[a-z0-9-]+$/.test(z)), g).toBe(true);
      expect(() => estimate(i, rates(TERM_ZONE)), g).not.toThrow();
    }
    // a long but well-formed id is kept; the others are not ids
    expect(estimateFromQuery(new URLSearchParams(garbage[4])).zones).toEqual(['a'.repeat(5000)]);
    expect(estimateFromQuery(new URLSearchParams(garbage[1])).zones).toEqual([]);
  });

  it('normalizes inputs from anywhere the same way', () => {
    const n = normalizeInputs({ landArea: Number.NaN, leaseYears: 12.5, workers: { worker: { count: 3, wage: -1 } }, bands: { normal: 100, offPeak: 0, peak: 0 } });
    expect(n).toMatchObject({ landArea: 10_000, leaseYears: 40, workers: { worker: { count: 3 } }, bands: { normal: 100, offPeak: 0, peak: 0 } });
    expect(n.workers.worker.wage).toBeUndefined();
    expect(normalizeInputs(undefined)).toEqual(DEFAULT_INPUTS);
    expect(Object.isFrozen(DEFAULT_INPUTS.workers.worker)).toBe(true);
  });
});
