// Each page's social card (og:image, twitter:image): its lead picture cropped to 1200×630 when it
// has one, otherwise a card drawn at build time (src/charts/card.ts) with the title its <h1>
// shows, in its language or its chain's, the section's name and the department's. Pages not worth
// sharing (the search page, the 404 pages) have none and keep the press kit's default card; a
// list's later pages share its first page's card.
import type { GetImageResult } from 'astro';
import type { SiteData } from './index.ts';
import { cardAlt, cardPath, CARD_SIZE, type CardSpec } from '../lib/cards.ts';
import { imageFields, shown, type ImageKind, type ShownImage } from '../lib/images.ts';
import { pick, text } from '../lib/localize.ts';
import type { Route } from '../lib/routes.ts';
import type { Locale } from '../lib/schema.ts';
import { useT } from '../i18n/index.ts';
import { cardName } from '../charts/card.ts';

/** What the cards need of the site's data (tests build it from content/ without Astro). */
export type CardData = Pick<SiteData, 'site' | 'routes' | 'sector' | 'zone' | 'project' | 'tag' | 'legalDoc' | 'articles' | 'standing'>;

export interface SocialCard {
  /** Site-relative address of the image. */
  url: string;
  /** In the page's language. */
  alt: string;
  width: typeof CARD_SIZE.width;
  height: typeof CARD_SIZE.height;
  /** The page's lead picture, cropped to the card's size: the page has no drawn card. */
  image?: GetImageResult;
}

export interface DrawnCard {
  hash: string;
  spec: CardSpec;
  /** The first page that shows it, as an error names it. */
  page: string;
}

/** The kicker above the title: the section a page is in, by the catalogue's name for it. A
 * section's own page (a whole list, the key figures) would repeat its title, so it names the portal
 * instead; the home page names whom the portal is for. */
function sectionKey(route: Route): string {
  switch (route.kind) {
    case 'home':
      return 'nav.more';
    case 'sector':
      return 'nav.sectors';
    case 'zone':
    case 'compare':
      return 'nav.zones';
    case 'project':
      return 'nav.projects';
    case 'legalDoc':
      return 'nav.legal';
    case 'article':
      return 'nav.news';
    case 'page':
      return 'nav.more';
    case 'projects':
    case 'news':
    case 'legal':
      return route.list?.filter ? `nav.${route.kind}` : 'home.title';
    default:
      return 'home.title';
  }
}

/** The page's title as its <h1> shows it (the views' own words), with the language it is in. */
function titleOf(route: Route, data: CardData): { text: string; lang: Locale } | undefined {
  const locale = route.locale;
  const t = useT(locale);
  const own = (s: string) => ({ text: s, lang: locale });
  const name = (v: Parameters<typeof text>[0]) => text(v, locale);
  const filter = route.list?.filter;
  switch (route.kind) {
    case 'home':
      return own(t('home.title'));
    case 'sectors':
    case 'zones':
      return own(t(`${route.kind}.title`));
    case 'projects':
      if (filter?.by === 'sector') return own(t('projects.bySectorTitle', { sector: name(data.sector(filter.id).name) }));
      if (filter?.by === 'zone') return own(t('projects.byZoneTitle', { zone: name(data.zone(filter.id).name) }));
      return own(t('projects.title'));
    case 'news':
      if (filter?.by === 'tag') return own(t('news.taggedTitle', { tag: name(data.tag(filter.id).label) }));
      if (filter?.by === 'sector') return own(t('news.sectorTitle', { sector: name(data.sector(filter.id).name) }));
      return own(t('news.title'));
    case 'figures':
      return own(t('figures.title'));
    case 'press':
      return own(t('press.title'));
    case 'data':
      return own(t('openData.title'));
    case 'compare':
      return own(t('zones.compare'));
    case 'estimator':
      return own(t('estimator.title'));
    case 'legal':
      if (filter) return own(t('legal.filteredTitle', { filter: t(`legal.${{ type: 'types', issuer: 'issuers', status: 'statuses', topic: 'topics' }[filter.by as 'type']}.${filter.id}`) }));
      return own(t('legal.title'));
    case 'legalDoc': {
      const d = data.legalDoc(route.id!);
      const title = pick(d.title, locale);
      return { text: `${d.number} ${title.text}`, lang: title.lang };
    }
    case 'sector':
      return pick(data.sector(route.id!).name, locale);
    case 'zone':
      return pick(data.zone(route.id!).name, locale);
    case 'project':
      return pick(data.project(route.id!).title, locale);
    case 'article':
    case 'page': {
      const doc = (route.kind === 'article' ? data.articles : data.standing)[locale].byKey.get(route.id!);
      return doc && { text: doc.entry.data.title, lang: doc.lang };
    }
    default:
      return undefined; // search, 404: not worth sharing
  }
}

/** What the page's drawn card shows, or undefined for a page without one. */
export function cardSpecFor(route: Route, data: CardData): CardSpec | undefined {
  const title = titleOf(route, data);
  if (!title) return undefined;
  const site = pick(data.site.name, route.locale);
  return {
    locale: route.locale,
    title: title.text,
    titleLang: title.lang,
    section: useT(route.locale)(sectionKey(route)),
    siteName: site.text,
    siteNameLang: site.lang,
    host: new URL(data.site.url).host,
  };
}

/** The page's lead picture, as its view shows it first: an article's or a standing page's image
 * (in the language of the file shown), a zone's first photograph, a project's or a sector's
 * photograph. Read defensively: a record may have none. */
export function leadImageOf(route: Route, data: CardData): { image: ShownImage; alt: string } | undefined {
  const locale = route.locale;
  const first = (kind: ImageKind, record: object | undefined) => {
    const found = record ? imageFields(kind, record as Record<string, unknown>)[0]?.image : undefined;
    return found ? shown(found) : undefined;
  };
  let image: ShownImage | undefined;
  if (route.kind === 'article' || route.kind === 'page') image = first(route.kind === 'article' ? 'news' : 'pages', (route.kind === 'article' ? data.articles : data.standing)[locale].byKey.get(route.id!)?.entry.data);
  else if (route.kind === 'zone') image = first('zones', data.zone(route.id!));
  else if (route.kind === 'project') image = first('projects', data.project(route.id!));
  else if (route.kind === 'sector') image = first('sectors', data.sector(route.id!));
  if (!image?.src) return undefined;
  return { image, alt: typeof image.alt === 'string' ? image.alt : text(image.alt, locale) };
}

type GetImage = (options: { src: ShownImage['src']; width: number; height: number; fit: 'cover'; format: 'jpg' }) => Promise<GetImageResult>;

/** The page's social card, or undefined when it has none (og:image then names the default). */
export async function cardFor(route: Route, data: CardData, options: { getImage?: GetImage } = {}): Promise<SocialCard | undefined> {
  const spec = cardSpecFor(route, data);
  if (!spec) return undefined;
  const lead = leadImageOf(route, data);
  if (lead) {
    // Imported here, not at the top: the rest of this module runs in unit tests, without Astro.
    const getImage = options.getImage ?? ((await import('astro:assets')).getImage as GetImage);
    const image = await getImage({ src: lead.image.src, ...CARD_SIZE, fit: 'cover', format: 'jpg' });
    return { url: image.src, alt: lead.alt, ...CARD_SIZE, image };
  }
  return { url: cardPath(cardName(spec)), alt: cardAlt(useT(route.locale), spec), ...CARD_SIZE };
}

/** Every drawn card of the site, once each (two pages that would show the same card share it):
 * the paths of the card endpoint (src/pages/og/[card].png.ts). */
export function allCards(data: CardData): DrawnCard[] {
  const out = new Map<string, DrawnCard>();
  for (const route of data.routes.all) {
    const spec = cardSpecFor(route, data);
    if (!spec || leadImageOf(route, data)) continue;
    const hash = cardName(spec);
    if (!out.has(hash)) out.set(hash, { hash, spec, page: route.path });
  }
  return [...out.values()];
}
