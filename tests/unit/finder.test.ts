import { describe, expect, it } from 'vitest';
import {
  applyFinder,
  CAPITAL_RANGES,
  districtId,
  fromDataset,
  parseState,
  stateToParams,
  toDataset,
  toFinderRecord,
  type FinderRecord,
} from '../../src/lib/finder.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';

const tree = loadContentTree('content');
const rate = tree.site.exchangeRate.usdToVnd;
const projects = tree.projects.map((f) => f.data);
const records = projects.map((p) => toFinderRecord(p, rate));
const codes = (rs: FinderRecord[]) => rs.map((r) => r.code).sort();

const rec = (code: string, over: Partial<FinderRecord> = {}): FinderRecord => ({
  code, sector: 's', zone: '', district: 'd', form: 'fdi', status: 'calling', highTech: false, green: false,
  capitalUsd: 1e6, perHectareUsd: 1e5, date: '2026-01-01', ...over,
});

describe('project finder', () => {
  it('converts VND capital to whole US dollars at the site rate and derives investment per hectare', () => {
    const vnd = projects.find((p) => p.capital.currency === 'VND' && p.landArea > 0)!;
    const r = toFinderRecord(vnd, rate);
    expect(r.capitalUsd).toBe(Math.round(vnd.capital.amount / rate));
    expect(r.perHectareUsd).toBe(Math.round(vnd.capital.amount / rate / vnd.landArea));
  });

  it('writes a district as an ASCII id, đ included', () => {
    expect(districtId({ vi: 'Bắc Tân Uyên', en: 'Bac Tan Uyen' })).toBe('bac-tan-uyen');
    expect(districtId({ vi: 'Dĩ An' })).toBe('di-an');
    expect(districtId({ vi: 'Dầu Tiếng' })).toBe('dau-tieng');
  });

  it('filters on every field at once', () => {
    const state = parseState(new URLSearchParams('sector=semiconductors&hightech=1&capital=200-'));
    expect(codes(applyFinder(records, state))).toEqual(
      codes(records.filter((r) => r.sector === 'semiconductors' && r.highTech && r.capitalUsd >= 200e6)),
    );
    expect(applyFinder(records, state).length).toBeGreaterThan(0);
  });

  it('puts each project in exactly one capital band', () => {
    for (const r of records) {
      const bands = CAPITAL_RANGES.filter((c) => applyFinder([r], { sort: 'date', capital: c.id }).length === 1);
      expect(bands, r.code).toHaveLength(1);
    }
  });

  it('sorts by capital, investment per hectare and date, ties by code', () => {
    const rs = [rec('A', { capitalUsd: 5, perHectareUsd: 1, date: '2025-01-01' }), rec('B', { capitalUsd: 9, perHectareUsd: undefined, date: '2026-01-01' }), rec('C', { capitalUsd: 5, perHectareUsd: 7, date: '2024-01-01' })];
    const order = (sort: string) => applyFinder(rs, parseState(new URLSearchParams({ sort }))).map((r) => r.code).join('');
    expect(order('capital-desc')).toBe('BAC');
    expect(order('capital-asc')).toBe('ACB');
    expect(order('per-ha-desc')).toBe('CAB');
    expect(order('per-ha-asc')).toBe('ACB');
    expect(order('date')).toBe('BAC');
  });

  it('round-trips its state through the URL and drops values it does not know', () => {
    const state = parseState(new URLSearchParams('zone=vsip-3&form=fdi&status=calling&green=1&sort=capital-asc'));
    expect(parseState(stateToParams(state))).toEqual(state);
    expect(stateToParams(state).toString()).toBe('zone=vsip-3&form=fdi&status=calling&green=1&sort=capital-asc');
    expect(parseState(new URLSearchParams('form=loan&sort=random&zone=<b>&hightech=yes'))).toEqual({ sort: 'date' });
  });

  it('reads back from data attributes what it wrote', () => {
    for (const r of records) {
      const attrs = toDataset(r);
      // the browser turns data-per-ha-usd into dataset.perHaUsd
      const dataset = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), v]));
      expect(fromDataset(dataset)).toEqual(r);
    }
  });
});
