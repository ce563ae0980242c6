// The cost-rate tables (content/costs/*.json) and the zones' `costs`: the real files parse, and
// bad values are rejected with a message naming the field, as the content check prints it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { basisReferences, COST_FILES, timeBandCoverage, zoneCosts, type CostFileName } from '../../src/lib/costs-schema.ts';
import { problemsFromZod, type Problem } from '../../src/lib/content/problems.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const cost = (name: CostFileName) => read(`content/costs/${name}.json`);
const ZONES = readdirSync(new URL('../../content/zones/', import.meta.url)).filter((f) => f.endsWith('.json'));

/** The problems a schema finds in a value, as the content check reports them (src/lib/content/load.ts). */
function problems(schema: z.ZodType, value: unknown, file = 'x.json'): Problem[] {
  const r = schema.safeParse(value, { reportInput: true });
  return r.success ? [] : problemsFromZod(file, r.error);
}
/** The problem of a changed table: its field, what was expected and (optionally) what was found. */
function rejects(schema: z.ZodType, value: unknown, field: string, expected: string, found?: string) {
  const all = problems(schema, value);
  const match = all.find((p) => p.field === field);
  expect(match, `no problem names "${field}"; got ${JSON.stringify(all, null, 1)}`).toBeDefined();
  expect(match!.expected).toContain(expected);
  if (found !== undefined) expect(match!.found).toContain(found);
}
const edit = <T>(value: T, change: (v: T) => void): T => {
  const copy = structuredClone(value);
  change(copy);
  return copy;
};

/** Ids the spec fixes for the legal register (the register itself is another file's business). */
const REGISTER = ['decree-293-2025', 'law-social-insurance-2024', 'decree-161-2026', 'decision-1279-2025', 'decision-963-2026'];

describe('the real cost tables', () => {
  it.each(Object.keys(COST_FILES) as CostFileName[])('content/costs/%s.json parses', (name) => {
    expect(problems(COST_FILES[name], cost(name))).toEqual([]);
  });

  it('cite only documents of the register, by id', () => {
    const ids = (Object.keys(COST_FILES) as CostFileName[]).flatMap((n) => basisReferences(COST_FILES[n].parse(cost(n))).map((r) => r.id));
    expect(new Set(ids)).toEqual(new Set(REGISTER));
    expect(basisReferences(COST_FILES.contributions.parse(cost('contributions')))).toContainEqual({ field: 'baseSalary[1].basis[0]', id: 'decree-161-2026' });
  });

  it('have the figures of the reference, and say what is secondary, unconfirmed or a placeholder', () => {
    const mw = COST_FILES['minimum-wage'].parse(cost('minimum-wage'));
    expect(mw.regions.map((r) => [r.region, r.monthly, r.hourly])).toEqual([
      ['I', 5_310_000, 25_500],
      ['II', 4_730_000, 22_700],
      ['III', 4_140_000, 20_000],
      ['IV', 3_700_000, 17_800],
    ]);
    expect(mw).toMatchObject({ effective: '2026-01-01', basis: ['decree-293-2025'], illustrative: false });
    const c = COST_FILES.contributions.parse(cost('contributions'));
    expect(c.baseSalary.map((p) => [p.amount, p.from, p.until, p.secondaryOnly])).toEqual([
      [2_340_000, '2024-07-01', '2026-06-30', false],
      [2_530_000, '2026-07-01', undefined, true],
    ]);
    expect(c.items.find((i) => i.id === 'trade-union-fund')).toMatchObject({ employer: 2, ceiling: 'none', unconfirmed: true });
    expect(c.items.find((i) => i.id === 'trade-union-fund')?.note?.en).toMatch(/not been read/);
    const e = COST_FILES.electricity.parse(cost('electricity'));
    expect(e.note?.en).toMatch(/do not say whether these prices include value added tax/);
    expect(e.timeBands.map((s) => [s.id, s.basis, s.unconfirmed])).toEqual([
      ['evn-bands', [], false],
      ['decision-963-2026', ['decision-963-2026'], true],
    ]);
    const w = COST_FILES.water.parse(cost('water'));
    expect(w.prices.map((p) => p.price)).toEqual([13_800, 13_100]);
    expect(w.secondaryOnly).toBe(true);
    const wages = COST_FILES.wages.parse(cost('wages'));
    expect(wages.levels.map((l) => [l.level, l.monthly?.min, l.monthly?.max, l.illustrative])).toEqual([
      ['worker', 7_300_000, 7_300_000, false],
      ['technician', 7_300_000, 9_500_000, true],
      ['engineer', 9_500_000, 14_500_000, false],
      ['manager', undefined, undefined, true],
    ]);
  });

  it('write every title, label and note in all five languages', () => {
    const texts: Record<string, unknown>[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.vi === 'string') texts.push(o);
        else Object.values(o).forEach(walk);
      }
    };
    for (const n of Object.keys(COST_FILES) as CostFileName[]) walk(cost(n));
    for (const f of ZONES) walk(read(`content/zones/${f}`).costs);
    expect(texts.length).toBeGreaterThan(40);
    for (const t of texts) expect(Object.keys(t).sort()).toEqual(['en', 'ja', 'ko', 'vi', 'zh-Hant']);
  });
});

describe('the zones\' costs', () => {
  it.each(ZONES)('content/zones/%s has costs that parse, just before its sources', (f) => {
    const zone = read(`content/zones/${f}`);
    expect(problems(zoneCosts, zone.costs)).toEqual([]);
    const keys = Object.keys(zone);
    expect(keys.indexOf('costs')).toBe(keys.indexOf('sources') - 1);
    const costs = zoneCosts.parse(zone.costs);
    expect(costs.wageRegion).toMatchObject({ region: 'I', illustrative: false, unconfirmed: true });
    expect(costs.managementFee).toMatchObject({ min: 0.5, max: 1, currency: 'USD', unit: 'm2-year', illustrative: true });
  });

  it('gives VSIP II the reported wastewater price, the others a placeholder range', () => {
    for (const f of ZONES) {
      const ww = zoneCosts.parse(read(`content/zones/${f}`).costs).wastewater;
      if (f === 'vsip-2.json') expect(ww).toMatchObject({ min: 0.28, max: 0.28, illustrative: false, secondaryOnly: true });
      else expect(ww).toMatchObject({ min: 0.28, max: 0.5, illustrative: true });
    }
  });
});

describe('bad values are rejected, naming the field', () => {
  const contributions = cost('contributions');
  const electricity = cost('electricity');
  const wages = cost('wages');
  const minimumWage = cost('minimum-wage');
  const costs = read('content/zones/bau-bang.json').costs;

  it('a rate outside 0–100', () => {
    rejects(COST_FILES.contributions, edit(contributions, (c) => (c.items[0].employer = 120)), 'items[0].employer', 'a percentage from 0 to 100', '120 (number)');
    rejects(COST_FILES.contributions, edit(contributions, (c) => (c.items[2].employee = -8)), 'items[2].employee', 'a percentage from 0 to 100');
    rejects(COST_FILES.contributions, edit(contributions, (c) => (c.items[0].employer = '3%')), 'items[0].employer', 'a percentage');
  });

  it('a value without a source that is not marked illustrative', () => {
    rejects(COST_FILES['minimum-wage'], edit(minimumWage, (m) => (m.sources = [])), 'sources', 'at least one source', 'a list of 0 items');
    rejects(COST_FILES.wages, edit(wages, (w) => (w.levels[0].sources = [])), 'levels[0].sources', 'at least one source');
    rejects(zoneCosts, edit(costs, (c) => (c.wageRegion.sources = [])), 'wageRegion.sources', 'at least one source');
    rejects(COST_FILES.contributions, edit(contributions, (c) => delete c.baseSalary[0].sources), 'baseSalary[0].sources', 'at least one source');
    // a placeholder may go without
    expect(problems(zoneCosts, edit(costs, (c) => (c.managementFee.sources = [])))).toEqual([]);
  });

  it('a range whose max is below its min', () => {
    rejects(zoneCosts, edit(costs, (c) => (c.managementFee.max = 0.1)), 'managementFee.max', 'at least min (0.5)', '0.1 (number)');
    rejects(COST_FILES.wages, edit(wages, (w) => (w.levels[2].monthly.max = 9_000_000)), 'levels[2].monthly.max', 'at least min (9500000)');
  });

  it('a wage level without a figure that is not marked illustrative, or a table that hides its placeholders', () => {
    rejects(COST_FILES.wages, edit(wages, (w) => delete w.levels[2].monthly), 'levels[2].monthly', 'a monthly wage range');
    rejects(COST_FILES.wages, edit(wages, (w) => (w.illustrative = false)), 'illustrative', 'some levels are illustrative (technician, manager)', 'false');
    rejects(COST_FILES.wages, edit(wages, (w) => (w.levels[3].level = 'engineer')), 'levels', 'missing: manager');
  });

  it('a region, voltage level or cap that is not in the list, or listed twice', () => {
    rejects(COST_FILES['minimum-wage'], edit(minimumWage, (m) => (m.regions[3].region = 'V')), 'regions[3].region', 'one of "I", "II", "III", "IV"');
    rejects(COST_FILES['minimum-wage'], edit(minimumWage, (m) => (m.regions[3].region = 'I')), 'regions[3].region', 'not already listed');
    rejects(COST_FILES['minimum-wage'], edit(minimumWage, (m) => m.regions.pop()), 'regions', 'missing: IV');
    rejects(COST_FILES.electricity, edit(electricity, (e) => (e.tariffs[1].voltage = 'from-110kv')), 'tariffs', 'missing: 22-110kv');
    rejects(COST_FILES.contributions, edit(contributions, (c) => (c.items[0].ceiling = 'base')), 'items[0].ceiling', '"si-hi"');
    rejects(COST_FILES.contributions, edit(contributions, (c) => (c.items[1].id = c.items[0].id)), 'items[1].id', 'not already listed');
  });

  it('tariff prices out of order, and time bands that leave an hour uncovered or covered twice', () => {
    rejects(COST_FILES.electricity, edit(electricity, (e) => (e.tariffs[0].peak = 1000)), 'tariffs[0].peak', 'at least the normal-hours price (1811)');
    rejects(COST_FILES.electricity, edit(electricity, (e) => (e.tariffs[0].offPeak = 2000)), 'tariffs[0].offPeak', 'at most the normal-hours price');
    const noNights = edit(electricity, (e) => (e.timeBands[0].periods = e.timeBands[0].periods.filter((p: { band: string }) => p.band !== 'offPeak')));
    rejects(COST_FILES.electricity, noNights, 'timeBands[0].periods', 'Monday 00:00–04:00 is in no band');
    const twice = edit(electricity, (e) => e.timeBands[1].periods.push({ band: 'peak', days: 'sun', from: '18:00', to: '19:00' }));
    rejects(COST_FILES.electricity, twice, 'timeBands[1].periods', 'Sunday 18:00–19:00 is in 2 bands');
    rejects(COST_FILES.electricity, edit(electricity, (e) => (e.timeBands[0].periods[0].from = '25:00')), 'timeBands[0].periods[0].from', 'HH:MM');
    expect(timeBandCoverage(COST_FILES.electricity.parse(electricity).timeBands[1].periods)).toBeUndefined();
  });

  it('base salaries that overlap or run backwards', () => {
    rejects(COST_FILES.contributions, edit(contributions, (c) => (c.baseSalary[0].until = '2026-07-01')), 'baseSalary[0].until', "before the next base salary's from (2026-07-01)");
    rejects(COST_FILES.contributions, edit(contributions, (c) => (c.baseSalary[0].until = '2024-01-01')), 'baseSalary[0].until', 'on or after from (2024-07-01)');
    rejects(COST_FILES.contributions, edit(contributions, (c) => delete c.baseSalary[1].from), 'baseSalary[1].from', 'every one after the first needs it');
  });

  it('a missing translation, an unknown field, a bad id, date or unit', () => {
    rejects(COST_FILES.water, edit(cost('water'), (w) => delete w.title.en), 'title.en', 'a text in English ("en")');
    rejects(COST_FILES.electricity, edit(electricity, (e) => (e.tariffs[0].vat = true)), 'tariffs[0].vat', 'no such field', 'an unknown field');
    rejects(COST_FILES['minimum-wage'], edit(minimumWage, (m) => (m.basis = ['Decree 293/2025'])), 'basis[0]', 'an ASCII id');
    rejects(COST_FILES['minimum-wage'], edit(minimumWage, (m) => (m.effective = '2026-02-30')), 'effective', 'a date that exists');
    rejects(zoneCosts, edit(costs, (c) => (c.wastewater.unit = 'm2')), 'wastewater.unit', '"m3"');
    rejects(zoneCosts, edit(costs, (c) => (c.managementFee.currency = 'EUR')), 'managementFee.currency', 'one of "VND", "USD"');
    rejects(zoneCosts, edit(costs, (c) => delete c.wastewater), 'wastewater', 'an object');
  });
});
