import { RouteMap, type RouteInput } from '../routes.ts';
import type { Locale } from '../schema.ts';
import type { ContentTree } from './load.ts';

interface RouteSource {
  sectors: { id: string }[];
  zones: { id: string }[];
  projects: { id: string; sector: string; zone?: string }[];
  news: { key: string; locale: Locale; tags: string[]; sectors: string[] }[];
  pages: { key: string; slug: string; locale: Locale }[];
}

/** How many items carry each value, e.g. projects per sector. */
function countBy<T>(items: T[], values: (item: T) => (string | undefined)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) for (const v of values(item)) if (v) out[v] = (out[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Ids, article keys, page slugs and list sizes: all the route map needs to know about content. */
export function routeInput(src: RouteSource): RouteInput {
  const slugs = new Map<string, { vi: string; en?: string }>();
  for (const p of [...src.pages].sort((a, b) => (a.locale === 'vi' ? -1 : 1) - (b.locale === 'vi' ? -1 : 1))) {
    const entry = slugs.get(p.key) ?? { vi: p.slug };
    entry[p.locale] = p.slug;
    slugs.set(p.key, entry);
  }
  // An article's topics and sectors are the Vietnamese original's (a translation must match them).
  const originals = src.news.filter((n) => n.locale === 'vi');
  return {
    sectors: src.sectors.map((r) => r.id),
    zones: src.zones.map((r) => r.id),
    projects: src.projects.map((r) => r.id),
    news: originals.map((n) => n.key),
    narrowed: {
      projects: { sector: countBy(src.projects, (p) => [p.sector]), zone: countBy(src.projects, (p) => [p.zone]) },
      news: { tag: countBy(originals, (n) => n.tags), sector: countBy(originals, (n) => n.sectors) },
    },
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
    }),
  );
}
