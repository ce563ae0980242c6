// The one route map. Every URL the site publishes is listed here once per language, with a key
// shared by its counterpart, so the language switch, hreflang links and the sitemap agree.
import { NEWS_PER_PAGE, PROJECTS_PER_PAGE, pageCount } from './paginate.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './schema.ts';

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
  | 'notFound';

export interface Route {
  /** Shared by both languages of one page, e.g. "project:solar-rooftops". */
  key: string;
  kind: RouteKind;
  locale: Locale;
  /** Site-relative path with a trailing slash, e.g. /en/projects/solar-rooftops/. 404s end in .html. */
  path: string;
  /** The record, article or page the route shows. */
  id?: string;
  /** On a page of a list (projects, news): which list, which page of how many. */
  list?: ListPage;
}

/** Lists cut into pages, each optionally narrowed to one sector, zone or topic. */
export const LIST_FILTERS = {
  projects: ['sector', 'zone'],
  news: ['tag', 'sector'],
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
export const PER_PAGE: Record<ListName, number> = { projects: PROJECTS_PER_PAGE, news: NEWS_PER_PAGE };

/** The route key of one page of a list: "projects", "projects:sector:x", "news:tag:y:page:3". */
export function listKey(name: ListName, filter?: ListFilter, page = 1): string {
  return `${name}${filter ? `:${filter.by}:${filter.id}` : ''}${page > 1 ? `:page:${page}` : ''}`;
}

/** Section names per language. Changing one here moves every link to it. */
export const SECTIONS = {
  sectors: { vi: 'linh-vuc', en: 'sectors' },
  zones: { vi: 'khu-cong-nghiep', en: 'industrial-zones' },
  projects: { vi: 'du-an', en: 'projects' },
  figures: { vi: 'so-lieu', en: 'key-figures' },
  news: { vi: 'tin-tuc', en: 'news' },
  search: { vi: 'tim-kiem', en: 'search' },
  /** Path segments inside a list: its numbered pages and its narrowed lists. */
  page: { vi: 'trang', en: 'page' },
  tag: { vi: 'chu-de', en: 'topics' },
  sector: { vi: 'linh-vuc', en: 'sectors' },
  zone: { vi: 'khu-cong-nghiep', en: 'industrial-zones' },
  press: { vi: 'bao-chi', en: 'press' },
  compare: { vi: 'so-sanh', en: 'compare' },
  data: { vi: 'du-lieu-mo', en: 'open-data' },
} as const satisfies Record<string, Record<Locale, string>>;

export interface RouteInput {
  sectors: string[];
  zones: string[];
  projects: string[];
  /** Article keys (the Vietnamese original always exists; English may fall back). */
  news: string[];
  /** How many items each narrowed list holds, e.g. { projects: { sector: { semiconductors: 4 } } }.
   * Only what some item has gets a list, so no narrowed list is empty. */
  narrowed?: { [L in ListName]?: { [B in (typeof LIST_FILTERS)[L][number]]?: Record<string, number> } };
  /** Standing pages: key and slug per language (English falls back to the Vietnamese slug). */
  pages: { key: string; slug: Partial<Record<Locale, string>> & { vi: string } }[];
}

/** A chart as a PNG in the press kit, in one language. */
export function chartPngName(id: string, locale: Locale): string {
  return `${id}-${locale}`;
}
export function chartPngPath(id: string, locale: Locale): string {
  return `/press/charts/${chartPngName(id, locale)}.png`;
}

/** Ids and keys a record or article cannot take: the path segments of its section's own pages. */
export const RESERVED_IDS = {
  projects: [SECTIONS.page, SECTIONS.sector, SECTIONS.zone].flatMap((s) => Object.values(s)),
  news: [SECTIONS.page, SECTIONS.tag, SECTIONS.sector].flatMap((s) => Object.values(s)),
  zones: Object.values(SECTIONS.compare),
} as const;

/** Each language's search index is a Pagefind bundle of its own: a reader searches in one
 * language, and indexing one language at a time halves the indexer's memory at a department's size. */
export function searchBundlePath(locale: Locale): string {
  return `/pagefind/${locale}/`;
}

/** The compact index the project finder fetches, one per language, beside the project list. */
export function finderIndexPath(locale: Locale): string {
  return `${join(locale, SECTIONS.projects[locale])}finder.json`;
}

/** Open data files are shared by both languages (their columns carry both). */
export function datasetCsvPath(id: string): string {
  return `/data/${id}.csv`;
}
export const OPEN_DATA = ['projects', 'zones'] as const;
export type OpenDataFile = (typeof OPEN_DATA)[number];
export function openDataPath(file: OpenDataFile, format: 'json' | 'csv'): string {
  return `/data/${file}.${format}`;
}

export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '/' : `/${locale}/`;
}

function join(locale: Locale, ...segments: string[]): string {
  return localePrefix(locale) + segments.map((s) => `${s}/`).join('');
}

export class RouteMap {
  readonly all: Route[] = [];
  private byKey = new Map<string, Map<Locale, Route>>();
  private byPath = new Map<string, Route>();

  constructor(input: RouteInput) {
    for (const locale of LOCALES) {
      const add = (key: string, kind: RouteKind, path: string, id?: string, list?: ListPage) => {
        const route: Route = { key, kind, locale, path, ...(id ? { id } : {}), ...(list ? { list } : {}) };
        if (this.byPath.has(path)) throw new Error(`Two pages want the path ${path}: ${this.byPath.get(path)!.key} and ${key}`);
        this.all.push(route);
        this.byPath.set(path, route);
        if (!this.byKey.has(key)) this.byKey.set(key, new Map());
        this.byKey.get(key)!.set(locale, route);
      };
      add('home', 'home', localePrefix(locale));
      for (const [section, kind, ids] of [
        ['sectors', 'sector', input.sectors],
        ['zones', 'zone', input.zones],
        ['projects', 'project', input.projects],
        ['news', 'article', input.news],
      ] as const) {
        const name = SECTIONS[section][locale];
        if (section === 'projects' || section === 'news') continue;
        add(section, section, join(locale, name));
        for (const id of ids) add(`${kind}:${id}`, kind, join(locale, name, id), id);
      }
      for (const [name, kind, ids] of [
        ['projects', 'project', input.projects],
        ['news', 'article', input.news],
      ] as const) {
        const base = [SECTIONS[name][locale]];
        const list = (filter: ListFilter | undefined, segments: string[], total: number) => {
          const pages = pageCount(total, PER_PAGE[name]);
          for (let page = 1; page <= pages; page++) {
            const path = join(locale, ...segments, ...(page > 1 ? [SECTIONS.page[locale], String(page)] : []));
            add(listKey(name, filter, page), name, path, undefined, { name, ...(filter ? { filter } : {}), page, pages, total });
          }
        };
        list(undefined, base, ids.length);
        for (const by of LIST_FILTERS[name]) {
          const counts: Record<string, number> = (input.narrowed?.[name] as Record<string, Record<string, number>> | undefined)?.[by] ?? {};
          for (const [id, total] of Object.entries(counts)) list({ by, id }, [...base, SECTIONS[by][locale], id], total);
        }
        for (const id of ids) add(`${kind}:${id}`, kind, join(locale, ...base, id), id);
      }
      add('figures', 'figures', join(locale, SECTIONS.figures[locale]));
      add('search', 'search', join(locale, SECTIONS.search[locale]));
      add('press', 'press', join(locale, SECTIONS.press[locale]));
      add('compare', 'compare', join(locale, SECTIONS.zones[locale], SECTIONS.compare[locale]));
      add('data', 'data', join(locale, SECTIONS.data[locale]));
      for (const page of input.pages) add(`page:${page.key}`, 'page', join(locale, page.slug[locale] ?? page.slug.vi), page.key);
      add('notFound', 'notFound', `${localePrefix(locale)}404.html`);
    }
  }

  get(key: string, locale: Locale): Route {
    const route = this.byKey.get(key)?.get(locale);
    if (!route) throw new Error(`No route "${key}" in ${locale}`);
    return route;
  }

  /** The path of a page by key, e.g. href('project:x', 'en'). Throws on an unknown key, so links cannot dangle. */
  href(key: string, locale: Locale): string {
    return this.get(key, locale).path;
  }

  /** The same page in every language (for hreflang and the sitemap). */
  alternates(key: string): Route[] {
    return LOCALES.map((l) => this.get(key, l));
  }

  counterpart(route: Route, locale: Locale): Route {
    return this.get(route.key, locale);
  }

  find(path: string): Route | undefined {
    return this.byPath.get(path);
  }

  /** Pages listed in the sitemap: everything but the 404s. */
  get indexable(): Route[] {
    return this.all.filter((r) => r.kind !== 'notFound');
  }

  /** RSS feed of the news in one language. */
  feed(locale: Locale): string {
    return `${this.href('news', locale)}rss.xml`;
  }
}
