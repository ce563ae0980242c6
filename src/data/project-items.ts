// Projects as list items and the labels their cards need, per language, computed once per build:
// the list pages cut pages from them and the finder's index (finder.json) is all of them.
import type { SiteData } from './index.ts';
import type { Locale } from '../lib/schema.ts';
import { listKey, type ListFilter, type ListFilterBy } from '../lib/routes.ts';
import { groupBy } from '../lib/indexes.ts';
import type { CardLabels, ProjectItem } from '../lib/project-card.ts';
import { toProjectItem, txt } from '../lib/project-item.ts';
import { PROJECT_STATUSES } from '../lib/vocab.ts';
import { useT } from '../i18n/index.ts';

const items = new WeakMap<SiteData, Partial<Record<Locale, ProjectItem[]>>>();
const grouped = new WeakMap<SiteData, Partial<Record<`${Locale}:${ListFilterBy}`, Map<string, ProjectItem[]>>>>();
const labels = new WeakMap<SiteData, Partial<Record<Locale, CardLabels>>>();

/** Every project as a card and finder record, in the list's default order; or those of one
 * sector or zone (grouped once, so that no list page scans every project). */
export function projectItems(data: SiteData, locale: Locale, filter?: ListFilter): ProjectItem[] {
  const cache = items.get(data) ?? {};
  items.set(data, cache);
  const all = (cache[locale] ??= data.projects.map((p) => toProjectItem(p, data.site.exchangeRate.usdToVnd, locale)));
  if (!filter) return all;
  const groups = grouped.get(data) ?? {};
  grouped.set(data, groups);
  const by = (groups[`${locale}:${filter.by}`] ??= groupBy(all, (i) => [filter.by === 'zone' ? i.zone : filter.by === 'sector' ? i.sector : undefined]));
  return by.get(filter.id) ?? [];
}

export function cardLabels(data: SiteData, locale: Locale): CardLabels {
  const cache = labels.get(data) ?? {};
  labels.set(data, cache);
  if (cache[locale]) return cache[locale];
  const t = useT(locale);
  return (cache[locale] = {
    base: data.routes.href(listKey('projects'), locale),
    capital: t('projects.capital'),
    landArea: t('projects.landArea'),
    perHectare: t('projects.perHectare'),
    perHectareUnit: t('projects.perHectareUnit'),
    noLand: t('projects.noLand'),
    zone: t('projects.zone'),
    location: t('projects.location'),
    highTech: t('projects.highTech'),
    green: t('projects.green'),
    illustrative: t('meta.illustrative'),
    statuses: Object.fromEntries(PROJECT_STATUSES.map((s) => [s, t(`projects.statuses.${s}`)])),
    sectors: Object.fromEntries(data.sectors.map((s) => [s.id, txt(s.name, locale)])),
    zones: Object.fromEntries(data.zones.map((z) => [z.id, txt(z.name, locale)])),
  });
}
