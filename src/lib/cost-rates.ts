// The estimator's rates as one long table for open data (cost-rates.csv): a row per value, with
// the table and item it belongs to, its unit, and where it comes from. The rows are read from the
// same tables the estimator uses, so the file and the page cannot disagree.
import type { CostTables, ValueMeta } from './costs-schema.ts';
import type { Localized, Source, Zone } from './schema.ts';

export interface CostRateRow {
  id: string;
  table: string;
  item: string;
  /** The zone a zone's own rate belongs to. */
  zone?: string;
  label: Localized;
  value: number;
  valueMax?: number;
  unit: string;
  effective?: string;
  until?: string;
  asOf: string;
  illustrative: boolean;
  secondaryOnly: boolean;
  unconfirmed: boolean;
  basis: string[];
  sources: Source[];
}

const provenance = (m: ValueMeta) => ({
  asOf: m.asOf,
  ...(m.effective ? { effective: m.effective } : {}),
  illustrative: m.illustrative,
  secondaryOnly: m.secondaryOnly,
  unconfirmed: m.unconfirmed,
  basis: m.basis,
  sources: m.sources,
});

export function costRateRows(t: CostTables, zones: readonly Zone[], regionLabel: (region: string) => Localized, zoneLabels: { managementFee: Localized; wastewater: Localized; wageRegion: Localized }): CostRateRow[] {
  const rows: CostRateRow[] = [];
  const row = (r: Omit<CostRateRow, 'id'>) => rows.push({ id: [r.table, r.zone, r.item].filter(Boolean).join(':'), ...r });
  const mw = t['minimum-wage'];
  for (const r of mw.regions) {
    row({ table: 'minimum-wage', item: `region-${r.region}-month`, label: regionLabel(r.region), value: r.monthly, unit: 'VND/month', ...provenance(mw) });
    row({ table: 'minimum-wage', item: `region-${r.region}-hour`, label: regionLabel(r.region), value: r.hourly, unit: 'VND/hour', ...provenance(mw) });
  }
  const c = t.contributions;
  for (const i of c.items) {
    row({ table: 'contributions', item: `${i.id}-employer`, label: i.label, value: i.employer, unit: '%', ...provenance({ ...c, basis: i.basis.length ? i.basis : c.basis, unconfirmed: i.unconfirmed || c.unconfirmed }) });
    row({ table: 'contributions', item: `${i.id}-employee`, label: i.label, value: i.employee, unit: '%', ...provenance({ ...c, basis: i.basis.length ? i.basis : c.basis, unconfirmed: i.unconfirmed || c.unconfirmed }) });
  }
  c.baseSalary.forEach((b, i) => row({ table: 'contributions', item: `base-salary-${i + 1}`, label: b.note ?? c.title, value: b.amount, unit: 'VND/month', ...provenance(b), ...(b.from ? { effective: b.from } : {}), ...(b.until ? { until: b.until } : {}) }));
  const e = t.electricity;
  for (const r of e.tariffs) {
    for (const band of ['normal', 'offPeak', 'peak'] as const) {
      const bandLabel = (e.bandLabels as Record<string, Localized>)[band]!;
      const label = Object.fromEntries(Object.entries(r.label).map(([l, s]) => [l, `${s}, ${bandLabel[l] ?? bandLabel.vi}`])) as Localized;
      row({ table: 'electricity', item: `${r.voltage}-${band}`, label, value: r[band], unit: 'VND/kWh', ...provenance(e) });
    }
  }
  const w = t.water;
  for (const p of w.prices) row({ table: 'water', item: p.id, label: p.label, value: p.price, unit: 'VND/m3', ...provenance(w) });
  for (const l of t.wages.levels) {
    if (l.monthly) row({ table: 'wages', item: l.level, label: l.label, value: l.monthly.min, ...(l.monthly.max !== l.monthly.min ? { valueMax: l.monthly.max } : {}), unit: 'VND/month', ...provenance(l) });
  }
  for (const z of zones) {
    const { managementFee: f, wastewater: ww } = z.costs;
    row({ table: 'zones', zone: z.id, item: 'management-fee', label: zoneLabels.managementFee, value: f.min, valueMax: f.max, unit: `${f.currency}/${f.unit}`, ...provenance(f) });
    row({ table: 'zones', zone: z.id, item: 'wastewater', label: zoneLabels.wastewater, value: ww.min, valueMax: ww.max, unit: `${ww.currency}/${ww.unit}`, ...provenance(ww) });
  }
  return rows;
}
