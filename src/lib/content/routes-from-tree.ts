import { language, LOCALES, SOURCE } from '../languages.ts';
import { RouteMap, type NewsIn, type RouteInput } from '../routes.ts';
import type { Locale } from '../schema.ts';
import type { ContentTree } from './load.ts';

interface RouteSource {
  sectors: { id: string }[];
  zones: { id: string }[];
  projects: { id: string; sector: string; zone?: string }[];
  news: { key: string; locale: Locale; tags: string[]; sectors: string[] }[];
  pages: { key: string; slug: string; locale: Locale }[];
  legal?: { id: string; type: string; issuer: string; status: string; topics: string[] }[];
}

/** How many items carry each value, e.g. projects per sector. */
function countBy<T>(items: T[], values: (item: T) => (string | undefined)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) for (const v of values(item)) if (v) out[v] = (out[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The articles a language publishes: every one in a complete language (its own text, or its
 * chain's), only those translated into it in a partial one. Newest first is the views' business;
 * here the order is the input's. */
export function publishedArticles<T extends { key: string; locale: Locale }>(news: T[], locale: Locale): T[] {
  const originals = news.filter((n) => n.locale === SOURCE);
  if (language(locale).complete) return originals;
  const translated = new Set(news.filter((n) => n.locale === locale).map((n) => n.key));
  return originals.filter((n) => translated.has(n.key));
}

/** Ids, article keys, page slugs and list sizes: all the route map needs to know about content. */
export function routeInput(src: RouteSource): RouteInput {
  const slugs = new Map<string, Partial<Record<Locale, string>> & { vi: string }>();
  for (const p of src.pages.filter((x) => x.locale === SOURCE)) slugs.set(p.key, { vi: p.slug });
  for (const p of src.pages.filter((x) => x.locale !== SOURCE)) {
    const entry = slugs.get(p.key);
    if (entry) entry[p.locale] = p.slug;
  }
  // An article's topics and sectors are the Vietnamese original's (a translation must match them).
  const news = Object.fromEntries(
    LOCALES.map((locale): [Locale, NewsIn] => {
      const published = publishedArticles(src.news, locale);
      return [locale, { keys: published.map((n) => n.key), tag: countBy(published, (n) => n.tags), sector: countBy(published, (n) => n.sectors) }];
    }),
  );
  return {
    sectors: src.sectors.map((r) => r.id),
    zones: src.zones.map((r) => r.id),
    projects: src.projects.map((r) => r.id),
    news,
    narrowed: {
      projects: { sector: countBy(src.projects, (p) => [p.sector]), zone: countBy(src.projects, (p) => [p.zone]) },
      legal: {
        type: countBy(src.legal ?? [], (d) => [d.type]),
        issuer: countBy(src.legal ?? [], (d) => [d.issuer]),
        status: countBy(src.legal ?? [], (d) => [d.status]),
        topic: countBy(src.legal ?? [], (d) => d.topics),
      },
    },
    legal: (src.legal ?? []).map((d) => d.id),
    pages: [...slugs].map(([key, slug]) => ({ key, slug })),
  };
}

/** The route map for a checked content tree, as read from disk (used by the sitemap and scripts). */
export function routeMapFromTree(tree: ContentTree): RouteMap {
  return new RouteMap(
    routeInput({
      sectors: tree.sectors.map((r) => r.data),
      zones: tree.zones.map((r) => r.data),
      projects: tree.projects.map((r) => r.data),
      news: tree.news.map((n) => ({ key: n.data.key, locale: n.locale, tags: n.data.tags, sectors: n.data.sectors })),
      pages: tree.pages.map((p) => ({ key: p.data.key, slug: p.data.slug, locale: p.locale })),
      legal: tree.legal.map((d) => d.data),
    }),
  );
}
