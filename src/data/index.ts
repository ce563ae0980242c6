// The one place pages get content from: Astro collections turned into plain records, the route
// map built from them, and lookups built once (src/lib/indexes.ts), so that no page scans every
// record. Components receive props; they never fetch.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { RouteMap } from '../lib/routes.ts';
import type { Dataset, LegalDoc, Locale, Procedure, Project, Sector, Site, Tag, Zone } from '../lib/schema.ts';
import { citationsOf, citedBy, type Citation } from '../lib/citations.ts';
import { basisReferences, type CostTables } from '../lib/costs-schema.ts';
import { language, LOCALES, SOURCE } from '../lib/languages.ts';
import { routeInput } from '../lib/content/routes-from-tree.ts';
import { byId, docsByLanguage, groupBy, type DocIndex } from '../lib/indexes.ts';
import { compare, DEFAULT_SORT, districtId, toFinderRecord } from '../lib/finder.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type PageEntry = CollectionEntry<'pages'>;

export interface SiteData {
  site: Site;
  tags: Tag[];
  sectors: Sector[];
  zones: Zone[];
  /** In the project list's default order (most recently updated first). */
  projects: Project[];
  datasets: Dataset[];
  /** The legal register, most recently signed first. */
  legal: LegalDoc[];
  legalDoc: (id: string) => LegalDoc;
  /** Where the site relies on each document (projects, pages, procedure steps, cost tables). */
  citedBy: Map<string, Citation[]>;
  procedure?: Procedure;
  /** The estimator's rate tables (content/costs/). */
  costs: CostTables;
  pages: PageEntry[];
  routes: RouteMap;
  sector: (id: string) => Sector;
  zone: (id: string) => Zone;
  project: (id: string) => Project;
  tag: (id: string) => Tag;
  dataset: (id: string) => Dataset;
  /** Projects per sector and per zone, in the list's default order. */
  projectsBySector: Map<string, Project[]>;
  projectsByZone: Map<string, Project[]>;
  /** Values some project has, for the finder's choices (so that no choice leads to an empty list). */
  projectFacets: { districts: Map<string, Project['district']>; forms: Set<string>; statuses: Set<string> };
  /** Per reading language: one entry per article it publishes (its translation, or in a complete
   * language the first of its chain that has the article), newest first. */
  articles: Record<Locale, DocIndex<NewsEntry>>;
  /** Per reading language: articles on each topic and each sector, newest first. */
  articlesByTag: Record<Locale, Map<string, NewsEntry[]>>;
  articlesBySector: Record<Locale, Map<string, NewsEntry[]>>;
  /** Per reading language: each standing page. */
  standing: Record<Locale, DocIndex<PageEntry>>;
}

/** "zh-Hant/2020-10-02-foo" -> "zh-Hant" (ids are "<language folder>/<file name>"). */
export function entryLocale(entry: { id: string }): Locale {
  return entry.id.slice(0, entry.id.indexOf('/'));
}

let cached: Promise<SiteData> | undefined;

export function siteData(): Promise<SiteData> {
  return (cached ??= load());
}

const perLocale = <T,>(f: (locale: Locale) => T) => Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;

async function load(): Promise<SiteData> {
  const site = (await getEntry('site', 'site'))!.data as Site;
  const tags = (await getCollection('tags')).map((e) => e.data as Tag);
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const sectors = (await getCollection('sectors')).map((e) => e.data as Sector).sort(byOrder);
  const zones = (await getCollection('zones')).map((e) => e.data as Zone).sort((a, b) => a.id.localeCompare(b.id));
  const rate = site.exchangeRate.usdToVnd;
  const order = compare(DEFAULT_SORT);
  const projects = (await getCollection('projects'))
    .map((e) => ({ p: e.data as Project, r: toFinderRecord(e.data as Project, rate) }))
    .sort((a, b) => order(a.r, b.r))
    .map((x) => x.p);
  const datasets = (await getCollection('datasets')).map((e) => e.data as Dataset).sort(byOrder);
  const news = (await getCollection('news')).sort((a, b) => Date.parse(b.data.date) - Date.parse(a.data.date));
  const pages = (await getCollection('pages')).sort((a, b) => a.data.order - b.data.order);
  const legal = (await getCollection('legal')).map((e) => e.data as LegalDoc).sort((a, b) => b.signed.localeCompare(a.signed) || a.number.localeCompare(b.number));
  const procedure = (await getEntry('procedure', 'procedure'))?.data as Procedure | undefined;
  const costs = Object.fromEntries((await getCollection('costs')).map((e) => [e.id, e.data])) as unknown as CostTables;
  const citations = citationsOf({
    costs: [
      ...Object.entries(costs).map(([name, data]) => ({ file: '', name, refs: basisReferences(data) })),
      ...zones.map((z) => ({ file: '', name: 'zones', refs: basisReferences(z.costs) })),
    ],
    projects: projects.map((p) => ({ file: '', data: p })),
    pages: pages.filter((p) => entryLocale(p) === SOURCE).map((p) => ({ file: '', data: p.data })),
    ...(procedure ? { procedure: { file: '', data: procedure } } : {}),
  });
  const routes = new RouteMap(
    routeInput({
      sectors,
      zones,
      projects,
      news: news.map((n) => ({ key: n.data.key, locale: entryLocale(n), tags: n.data.tags, sectors: n.data.sectors })),
      pages: pages.map((p) => ({ key: p.data.key, slug: p.data.slug, locale: entryLocale(p) })),
      legal,
    }),
  );
  const articles = docsByLanguage(news, (n) => n.data.key, entryLocale, (l) => !language(l).complete);
  for (const locale of LOCALES) articles[locale].list.sort((a, b) => Date.parse(b.entry.data.date) - Date.parse(a.entry.data.date));
  const entries = (l: Locale) => articles[l].list.map((d) => d.entry);
  return {
    site,
    tags,
    sectors,
    zones,
    projects,
    datasets,
    legal,
    legalDoc: byId(legal, 'legal document'),
    citedBy: citedBy(citations),
    ...(procedure ? { procedure } : {}),
    costs,
    pages,
    routes,
    sector: byId(sectors, 'sector'),
    zone: byId(zones, 'zone'),
    project: byId(projects, 'project'),
    tag: byId(tags, 'tag'),
    dataset: byId(datasets, 'dataset'),
    projectsBySector: groupBy(projects, (p) => [p.sector]),
    projectsByZone: groupBy(projects, (p) => [p.zone]),
    projectFacets: {
      districts: new Map(projects.map((p) => [districtId(p.district), p.district])),
      forms: new Set(projects.map((p) => p.form)),
      statuses: new Set(projects.map((p) => p.status)),
    },
    articles,
    articlesByTag: perLocale((l) => groupBy(entries(l), (n) => n.data.tags)),
    articlesBySector: perLocale((l) => groupBy(entries(l), (n) => n.data.sectors)),
    standing: docsByLanguage(pages, (p) => p.data.key, entryLocale),
  };
}

/** Every article in the reader's language where it exists, newest first. */
export function articlesFor(data: SiteData, locale: Locale): NewsEntry[] {
  return data.articles[locale].list.map((d) => d.entry);
}
