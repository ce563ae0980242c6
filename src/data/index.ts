// The one place pages get content from: Astro collections turned into plain records,
// plus the route map built from them. Components receive props; they never fetch.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { RouteMap } from '../lib/routes.ts';
import type { Dataset, Locale, Project, Sector, Site, Tag, Zone } from '../lib/schema.ts';
import { routeInput } from '../lib/content/routes-from-tree.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type PageEntry = CollectionEntry<'pages'>;

export interface SiteData {
  site: Site;
  tags: Tag[];
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
  const tags = (await getCollection('tags')).map((e) => e.data as Tag);
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
      news: news.map((n) => ({ key: n.data.key, locale: entryLocale(n), tags: n.data.tags, sectors: n.data.sectors })),
      pages: pages.map((p) => ({ key: p.data.key, slug: p.data.slug, locale: entryLocale(p) })),
    }),
  );
  return { site, tags, sectors, zones, projects, datasets, news, pages, routes };
}

/** One entry per article, newest first, in the reader's language where it exists. */
export function articlesFor(news: NewsEntry[], locale: Locale): NewsEntry[] {
  return [...new Set(news.map((n) => n.data.key))].map((k) => docFor(news, k, locale)!.entry);
}

/** The article or standing page in the reader's language, or the Vietnamese original. */
export function docFor<T extends NewsEntry | PageEntry>(entries: T[], key: string, locale: Locale): { entry: T; fallback: boolean } | undefined {
  const same = entries.find((e) => e.data.key === key && entryLocale(e) === locale);
  if (same) return { entry: same, fallback: false };
  const original = entries.find((e) => e.data.key === key && entryLocale(e) === 'vi');
  return original ? { entry: original, fallback: locale !== 'vi' } : undefined;
}
