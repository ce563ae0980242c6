// The one place pages get content from: Astro collections turned into plain records,
// plus the route map built from them. Components receive props; they never fetch.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { RouteMap } from '../lib/routes.ts';
import type { Dataset, Locale, Project, Sector, Site, Zone } from '../lib/schema.ts';
import { routeInput } from '../lib/content/routes-from-tree.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type PageEntry = CollectionEntry<'pages'>;

export interface SiteData {
  site: Site;
  sectors: Sector[];
  zones: Zone[];
  projects: Project[];
  datasets: Dataset[];
  news: NewsEntry[];
  pages: PageEntry[];
  routes: RouteMap;
}

/** "vi/2020-10-02-foo" -> "vi" */
export function entryLocale(entry: { id: string }): Locale {
  return entry.id.startsWith('en/') ? 'en' : 'vi';
}

let cached: Promise<SiteData> | undefined;

export function siteData(): Promise<SiteData> {
  return (cached ??= load());
}

async function load(): Promise<SiteData> {
  const site = (await getEntry('site', 'site'))!.data as Site;
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const sectors = (await getCollection('sectors')).map((e) => e.data as Sector).sort(byOrder);
  const zones = (await getCollection('zones')).map((e) => e.data as Zone).sort((a, b) => a.id.localeCompare(b.id));
  const projects = (await getCollection('projects')).map((e) => e.data as Project).sort((a, b) => a.code.localeCompare(b.code));
  const datasets = (await getCollection('datasets')).map((e) => e.data as Dataset).sort(byOrder);
  const news = (await getCollection('news')).sort((a, b) => Date.parse(b.data.date) - Date.parse(a.data.date));
  const pages = (await getCollection('pages')).sort((a, b) => a.data.order - b.data.order);
  const routes = new RouteMap(
    routeInput({
      sectors,
      zones,
      projects,
      news: news.map((n) => ({ key: n.data.key, locale: entryLocale(n) })),
      pages: pages.map((p) => ({ key: p.data.key, slug: p.data.slug, locale: entryLocale(p) })),
    }),
  );
  return { site, sectors, zones, projects, datasets, news, pages, routes };
}

/** The article or standing page in the reader's language, or the Vietnamese original. */
export function docFor<T extends NewsEntry | PageEntry>(entries: T[], key: string, locale: Locale): { entry: T; fallback: boolean } | undefined {
  const same = entries.find((e) => e.data.key === key && entryLocale(e) === locale);
  if (same) return { entry: same, fallback: false };
  const original = entries.find((e) => e.data.key === key && entryLocale(e) === 'vi');
  return original ? { entry: original, fallback: locale !== 'vi' } : undefined;
}
