// The project finder's index, one per language, beside the project list (finderIndexPath):
// every project as the card and finder fields the script needs, and the card labels once.
// Fetched only when a reader filters or sorts; the list pages themselves carry one page each.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/index.ts';
import { cardLabels, projectItems } from '../../data/project-items.ts';
import { finderIndexPath } from '../../lib/routes.ts';
import { packIndex } from '../../lib/project-card.ts';
import type { Locale } from '../../lib/schema.ts';
import { LOCALES } from '../../lib/languages.ts';

export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { section: finderIndexPath(locale).replace(/^\/|\/finder\.json$/g, '') }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const data = await siteData();
  const index = packIndex({ labels: cardLabels(data, locale), items: projectItems(data, locale) });
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
