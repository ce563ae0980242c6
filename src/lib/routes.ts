// The one route map. Every URL the site publishes is listed here once per language it exists in,
// with a key shared by its counterparts, so the language list, hreflang links and the sitemap agree.
// Records, standing pages and section pages exist in every language; an article exists in a
// language that publishes it (every complete language; a partial one only when translated), and so
// do the news lists and their pages. A page missing in one language has a nearest page there (its
// newsroom), which the language list links to instead.
import { readCatalogue } from './catalogues.ts';
import { chainOf, language, LOCALES, SOURCE } from './languages.ts';
import { LEGAL_PER_PAGE, NEWS_PER_PAGE, PROJECTS_PER_PAGE, pageCount } from './paginate.ts';
import type { Locale } from './schema.ts';

export type RouteKind =
  | 'home'
  | 'sectors'
  | 'sector'
  | 'zones'
  | 'zone'
  | 'projects'
  | 'project'
  | 'figures'
  | 'news'
  | 'article'
  | 'page'
  | 'search'
  | 'press'
  | 'compare'
  | 'data'
  | 'legal'
  | 'legalDoc'
  | 'estimator'
  | 'notFound';

export interface Route {
  /** Shared by every language of one page, e.g. "project:solar-rooftops". */
  key: string;
  kind: RouteKind;
  locale: Locale;
  /** Site-relative path with a trailing slash, e.g. /en/projects/solar-rooftops/. 404s end in .html. */
  path: string;
  /** The record, article or page the route shows. */
  id?: string;
  /** On a page of a list (projects, news): which list, which page of how many. */
  list?: ListPage;
  /** The page to go to in a language where this one does not exist (an article's newsroom). */
  parent?: string;
}

/** Lists cut into pages, each optionally narrowed to one sector, zone or topic. */
export const LIST_FILTERS = {
  projects: ['sector', 'zone'],
  news: ['tag', 'sector'],
  legal: ['type', 'issuer', 'status', 'topic'],
} as const;
export type ListName = keyof typeof LIST_FILTERS;
export type ListFilterBy = (typeof LIST_FILTERS)[ListName][number];
export interface ListFilter {
  by: ListFilterBy;
  id: string;
}
export interface ListPage {
  name: ListName;
  filter?: ListFilter;
  /** 1-based. */
  page: number;
  pages: number;
  /** Items in the whole (filtered) list. */
  total: number;
}
export const PER_PAGE: Record<ListName, number> = { projects: PROJECTS_PER_PAGE, news: NEWS_PER_PAGE, legal: LEGAL_PER_PAGE };

/** The route key of one page of a list: "projects", "projects:sector:x", "news:tag:y:page:3". */
export function listKey(name: ListName, filter?: ListFilter, page = 1): string {
  return `${name}${filter ? `:${filter.by}:${filter.id}` : ''}${page > 1 ? `:page:${page}` : ''}`;
}

/** The path segments a language names its sections with ("paths" in its UI catalogue), e.g.
 * projects: du-an / projects. The segments inside a list: page (its numbered pages), tag, sector
 * and zone (its narrowed lists). */
export const SECTION_NAMES = ['sectors', 'zones', 'projects', 'figures', 'news', 'search', 'page', 'tag', 'sector', 'zone', 'press', 'compare', 'data', 'legal', 'estimator', 'type', 'issuer', 'status', 'topic'] as const;
export type Section = (typeof SECTION_NAMES)[number];

const sectionCache = new Map<Locale, Record<Section, string>>();
/** A section's path segment in one language. */
export function section(name: Section, locale: Locale): string {
  let s = sectionCache.get(locale);
  if (!s) sectionCache.set(locale, (s = (readCatalogue(locale) as { paths: Record<Section, string> }).paths));
  return s[name];
}

/** Per language, which articles it publishes and how many of them carry each topic and sector. */
export interface NewsIn {
  keys: string[];
  tag?: Record<string, number>;
  sector?: Record<string, number>;
}

export interface RouteInput {
  sectors: string[];
  zones: string[];
  projects: string[];
  /** Per language; a language not named publishes no article. */
  news: Partial<Record<Locale, NewsIn>>;
  /** How many projects each sector and zone has. Only what some item has gets a list, so no
   * narrowed list is empty. */
  narrowed?: {
    projects?: { sector?: Record<string, number>; zone?: Record<string, number> };
    legal?: Partial<Record<(typeof LIST_FILTERS)['legal'][number], Record<string, number>>>;
  };
  /** Ids of the legal register's documents. */
  legal?: string[];
  /** Standing pages: key and slug per language (a language without its own file takes the slug
   * of the first language of its chain that has one). */
  pages: { key: string; slug: Partial<Record<Locale, string>> & { vi: string } }[];
}

/** The same articles and counts in every language (tests, and sites where every language is complete). */
export function newsInEvery(news: NewsIn): Record<Locale, NewsIn> {
  return Object.fromEntries(LOCALES.map((l) => [l, news]));
}

/** A chart as a PNG in the press kit, in one language. */
export function chartPngName(id: string, locale: Locale): string {
  return `${id}-${locale.toLowerCase()}`;
}
export function chartPngPath(id: string, locale: Locale): string {
  return `/press/charts/${chartPngName(id, locale)}.png`;
}

/** Ids and keys a record or article cannot take: the path segments of its section's own pages,
 * in any language. */
export const RESERVED_IDS = {
  projects: [...new Set(LOCALES.flatMap((l) => [section('page', l), section('sector', l), section('zone', l)]))],
  news: [...new Set(LOCALES.flatMap((l) => [section('page', l), section('tag', l), section('sector', l)]))],
  zones: [...new Set(LOCALES.map((l) => section('compare', l)))],
  legal: [...new Set(LOCALES.flatMap((l) => [section('page', l), ...LIST_FILTERS.legal.map((by) => section(by, l))]))],
} as const;

/** Each language's search index is a Pagefind bundle of its own: a reader searches in one
 * language, and indexing one language at a time keeps the indexer's memory to one language's pages. */
export function searchBundlePath(locale: Locale): string {
  return `/pagefind/${locale.toLowerCase()}/`;
}

/** The compact index the project finder fetches, one per language, beside the project list. */
export function finderIndexPath(locale: Locale): string {
  return `${join(locale, section('projects', locale))}finder.json`;
}

/** Open data files are shared by every language (their columns carry each). */
export function datasetCsvPath(id: string): string {
  return `/data/${id}.csv`;
}
export const OPEN_DATA = ['projects', 'zones'] as const;
export type OpenDataFile = (typeof OPEN_DATA)[number];
export function openDataPath(file: OpenDataFile, format: 'json' | 'csv'): string {
  return `/data/${file}.${format}`;
}
/** What describes the files for data portals and software, beside them: a DCAT-AP catalogue
 * (JSON-LD, src/lib/dcat.ts) and a Frictionless Data Package (src/lib/datapackage.ts). */
export const DATA_CATALOGUE_PATH = '/data/catalog.jsonld';
export const DATA_PACKAGE_PATH = '/data/datapackage.json';
/** Ids a dataset cannot take: its CSV, /data/<id>.csv, sits beside these files and is a resource
 * of the data package named by its id. */
export const RESERVED_DATASET_IDS: readonly string[] = [...OPEN_DATA, 'catalog', 'datapackage', 'legal-documents', 'cost-rates'];
/** The legal register and the cost rates as tables (CSV only: their JSON is the content itself). */
export const LEGAL_CSV_PATH = datasetCsvPath('legal-documents');
export const COST_RATES_CSV_PATH = datasetCsvPath('cost-rates');

export function localePrefix(locale: Locale): string {
  const prefix = language(locale).prefix;
  return prefix ? `/${prefix}/` : '/';
}

function join(locale: Locale, ...segments: string[]): string {
  return localePrefix(locale) + segments.map((s) => `${s}/`).join('');
}

export class RouteMap {
  readonly all: Route[] = [];
  private byKey = new Map<string, Map<Locale, Route>>();
  private byPath = new Map<string, Route>();
  private withNews = new Set<Locale>();

  constructor(input: RouteInput) {
    for (const locale of LOCALES) {
      const add = (key: string, kind: RouteKind, path: string, extra: Partial<Route> = {}) => {
        const route: Route = { key, kind, locale, path, ...extra };
        if (this.byPath.has(path)) throw new Error(`Two pages want the path ${path}: ${this.byPath.get(path)!.key} and ${key}`);
        this.all.push(route);
        this.byPath.set(path, route);
        if (!this.byKey.has(key)) this.byKey.set(key, new Map());
        this.byKey.get(key)!.set(locale, route);
      };
      const name = (s: Section) => section(s, locale);
      add('home', 'home', localePrefix(locale));
      for (const [sec, kind, ids] of [
        ['sectors', 'sector', input.sectors],
        ['zones', 'zone', input.zones],
      ] as const) {
        add(sec, sec, join(locale, name(sec)));
        for (const id of ids) add(`${kind}:${id}`, kind, join(locale, name(sec), id), { id });
      }
      // A list's pages: page 1 is the list's own page; page n goes back to page 1, a narrowed list
      // to the whole list, where a language lacks them.
      const list = (listName: ListName, filter: ListFilter | undefined, segments: string[], total: number) => {
        const pages = pageCount(total, PER_PAGE[listName]);
        for (let page = 1; page <= pages; page++) {
          const path = join(locale, ...segments, ...(page > 1 ? [name('page'), String(page)] : []));
          const parent = page > 1 ? listKey(listName, filter) : filter ? listKey(listName) : undefined;
          add(listKey(listName, filter, page), listName, path, { list: { name: listName, ...(filter ? { filter } : {}), page, pages, total }, ...(parent ? { parent } : {}) });
        }
      };
      const projectsBase = [name('projects')];
      list('projects', undefined, projectsBase, input.projects.length);
      for (const by of LIST_FILTERS.projects) {
        for (const [id, total] of Object.entries(input.narrowed?.projects?.[by] ?? {})) list('projects', { by, id }, [...projectsBase, name(by), id], total);
      }
      for (const id of input.projects) add(`project:${id}`, 'project', join(locale, ...projectsBase, id), { id });

      const news = input.news[locale] ?? { keys: [] };
      if (news.keys.length) this.withNews.add(locale);
      const newsBase = [name('news')];
      list('news', undefined, newsBase, news.keys.length);
      for (const by of LIST_FILTERS.news) {
        for (const [id, total] of Object.entries(news[by] ?? {})) list('news', { by, id }, [...newsBase, name(by), id], total);
      }
      for (const id of news.keys) add(`article:${id}`, 'article', join(locale, ...newsBase, id), { id, parent: 'news' });

      const legalBase = [name('legal')];
      list('legal', undefined, legalBase, input.legal?.length ?? 0);
      for (const by of LIST_FILTERS.legal) {
        for (const [id, total] of Object.entries(input.narrowed?.legal?.[by] ?? {})) list('legal', { by, id }, [...legalBase, name(by), id], total);
      }
      for (const id of input.legal ?? []) add(`legal:${id}`, 'legalDoc', join(locale, ...legalBase, id), { id });
      add('estimator', 'estimator', join(locale, name('estimator')));

      add('figures', 'figures', join(locale, name('figures')));
      add('search', 'search', join(locale, name('search')));
      add('press', 'press', join(locale, name('press')));
      add('compare', 'compare', join(locale, name('zones'), name('compare')));
      add('data', 'data', join(locale, name('data')));
      const chain = chainOf(locale);
      for (const page of input.pages) {
        const slug = chain.map((l) => page.slug[l]).find(Boolean) ?? page.slug[SOURCE];
        add(`page:${page.key}`, 'page', join(locale, slug), { id: page.key });
      }
      add('notFound', 'notFound', `${localePrefix(locale)}404.html`);
    }
  }

  get(key: string, locale: Locale): Route {
    const route = this.byKey.get(key)?.get(locale);
    if (!route) throw new Error(`No route "${key}" in ${locale}`);
    return route;
  }

  has(key: string, locale: Locale): boolean {
    return this.byKey.get(key)?.has(locale) ?? false;
  }

  /** The path of a page by key, e.g. href('project:x', 'en'). Throws on an unknown key, so links cannot dangle. */
  href(key: string, locale: Locale): string {
    return this.get(key, locale).path;
  }

  /** The same page in every language it exists in, in the list's order (for hreflang and the sitemap). */
  alternates(key: string): Route[] {
    const routes = this.byKey.get(key);
    return routes ? LOCALES.flatMap((l) => routes.get(l) ?? []) : [];
  }

  /** The same page in another language, or, where it does not exist there, the nearest page that
   * does (an untranslated article's newsroom); `exact` says which. */
  counterpart(route: Route, locale: Locale): { route: Route; exact: boolean } {
    let key: string | undefined = route.key;
    let from: Route | undefined = route;
    while (key) {
      const found = this.byKey.get(key)?.get(locale);
      if (found) return { route: found, exact: key === route.key };
      key = from?.parent;
      from = key ? this.byKey.get(key)?.get(route.locale) : undefined;
    }
    return { route: this.get('home', locale), exact: false };
  }

  find(path: string): Route | undefined {
    return this.byPath.get(path);
  }

  /** Pages listed in the sitemap: everything but the 404s. */
  get indexable(): Route[] {
    return this.all.filter((r) => r.kind !== 'notFound');
  }

  /** Whether a language publishes any article (and so has a feed). */
  hasNews(locale: Locale): boolean {
    return this.withNews.has(locale);
  }

  /** RSS feed of the news in one language. */
  feed(locale: Locale): string {
    return `${this.href('news', locale)}rss.xml`;
  }
}
