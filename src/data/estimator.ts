// What the estimator needs in one language: the rate tables and zones with their texts in that
// language, the exchange rate, the labels and how the language writes money. The page renders its
// example from it at build time and the browser fetches the same object (rates.json) to run the
// investor's own inputs, so both compute with one set of figures and one piece of arithmetic.
import type { SiteData } from './index.ts';
import type { CostTables } from '../lib/costs-schema.ts';
import { DEFAULT_INPUTS, estimate, LINE_IDS, ASSUMPTIONS, WAGE_LEVELS, type Estimate, type EstimateZone } from '../lib/estimate.ts';
import type { EstimateLabels, MoneyWords } from '../lib/estimate-html.ts';
import { isLocalized, text } from '../lib/localize.ts';
import { language } from '../lib/languages.ts';
import { readCatalogue } from '../lib/catalogues.ts';
import type { Locale, Localized, Zone } from '../lib/schema.ts';
import { useT } from '../i18n/index.ts';

/** A value with each localized text replaced by the text in one language. */
export type InLanguage<T> = T extends Localized ? string : T extends readonly (infer U)[] ? InLanguage<U>[] : T extends object ? { [K in keyof T]: InLanguage<T[K]> } : T;

/** Every localized text of a value, as the reader's language shows it (its chain's where missing). */
function inLanguage<T>(value: T, locale: Locale): InLanguage<T> {
  if (isLocalized(value)) return text(value, locale) as InLanguage<T>;
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, locale)) as InLanguage<T>;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguage(v, locale)])) as InLanguage<T>;
  return value as InLanguage<T>;
}

export type EstimatorZone = InLanguage<EstimateZone> & {
  name: string;
  contact: { name: string; role: string; email: string; phone: string };
};

export interface EstimatorData {
  /** The tables with their texts in one language: the estimate reads only their numbers. */
  tables: InLanguage<CostTables>;
  zones: EstimatorZone[];
  exchangeRate: SiteData['site']['exchangeRate'];
  labels: EstimateLabels;
  words: MoneyWords;
}

/** The estimate's zone fields of a zone record. */
export const estimateZone = (z: Zone): EstimateZone => ({ id: z.id, leasePrice: z.leasePrice, costs: z.costs, sources: z.sources, asOf: z.asOf, illustrative: z.illustrative });

const built = new Map<string, EstimatorData>();

export function estimatorData(data: SiteData, locale: Locale): EstimatorData {
  const hit = built.get(locale);
  if (hit) return hit;
  const t = useT(locale);
  const tables = inLanguage(data.costs, locale);
  const items: Record<string, string> = {};
  for (const level of tables.wages.levels) items[level.level] = level.label;
  for (const c of tables.contributions.items) items[c.id] = c.label;
  for (const [id, c] of Object.entries(tables.contributions.ceilings)) items[`ceiling-${id}`] = c.label;
  for (const p of tables.water.prices) items[p.id] = p.label;
  const bands: Record<string, string> = tables.electricity.bandLabels;
  for (const row of tables.electricity.tariffs) for (const [band, label] of Object.entries(bands)) items[`${row.voltage}.${band}`] = `${row.label}, ${label}`;
  for (const region of tables['minimum-wage'].regions) items[`region-${region.region}`] = t('estimator.items.minimumWage', { region: region.region });
  for (const level of WAGE_LEVELS) items[level] ??= t(`estimator.levels.${level}`);
  Object.assign(items, {
    'base-salary': t('estimator.items.baseSalary'),
    leasePrice: t('estimator.items.leasePrice'),
    managementFee: t('estimator.items.managementFee'),
    wastewater: t('estimator.items.wastewater'),
    wageRegion: t('estimator.items.wageRegion'),
    exchangeRate: t('estimator.items.exchangeRate'),
  });
  const c = readCatalogue(locale) as { money: MoneyWords['money']; format: { date: string } };
  const result: EstimatorData = {
    tables,
    zones: data.zones.map((z) => ({ ...inLanguage(estimateZone(z), locale), name: text(z.name, locale), contact: inLanguage(z.contact, locale) })),
    exchangeRate: data.site.exchangeRate,
    labels: {
      caption: t('estimator.result.caption'),
      perMonth: t('estimator.result.perMonth'),
      perYear: t('estimator.result.perYear'),
      cost: t('estimator.result.cost'),
      total: t('estimator.result.total'),
      lines: Object.fromEntries(LINE_IDS.map((id) => [id, t(`estimator.lines.${id}`)])),
      ratesUsed: t('estimator.result.ratesUsed'),
      assumptionsTitle: t('estimator.result.assumptions'),
      assumptions: Object.fromEntries(ASSUMPTIONS.map((id) => [id, t(`estimator.assumptions.${id}`)])),
      source: t('estimator.result.source'),
      asOf: t('estimator.result.asOf'),
      illustrative: t('meta.illustrative'),
      secondaryOnly: t('estimator.result.secondaryOnly'),
      unconfirmed: t('estimator.result.unconfirmed'),
      flagsNotice: t('estimator.result.flagsNotice'),
      belowMinimum: t('estimator.result.belowMinimum'),
      missingWage: t('estimator.result.missingWage'),
      yourFigure: t('estimator.tables.input'),
      items,
      units: {
        'VND/month': t('estimator.units.perMonth'),
        month: t('estimator.units.perMonth'),
        '%': '%',
        kWh: t('estimator.units.perKWh'),
        m3: t('estimator.units.perM3'),
        'm2-term': t('zones.leaseUnit.m2-term'),
        'm2-year': t('zones.leaseUnit.m2-year'),
        'm2-month': t('zones.leaseUnit.m2-month'),
        USD: t('estimator.units.perUsd'),
        region: '',
      },
      tables: Object.fromEntries(['minimum-wage', 'contributions', 'electricity', 'water', 'wages', 'zone', 'site', 'input'].map((id) => [id, t(`estimator.tables.${id}`)])),
    },
    words: { intl: language(locale).intl, money: c.money, dateStyle: c.format.date === 'numeric' ? 'numeric' : 'long' },
  };
  built.set(locale, result);
  return result;
}

/** The example on the page: the default inputs in every zone (what the page shows without JavaScript). */
export function exampleEstimates(data: SiteData, date: string): { zone: Zone; estimate: Estimate }[] {
  return data.zones.map((zone) => ({ zone, estimate: estimate({ ...DEFAULT_INPUTS, zone: zone.id }, { tables: data.costs, zone: estimateZone(zone), exchangeRate: data.site.exchangeRate, date }) }));
}

/** Where the browser fetches the estimator's data, beside the page. */
export function estimatorDataPath(data: SiteData, locale: Locale): string {
  return `${data.routes.href('estimator', locale)}rates.json`;
}
