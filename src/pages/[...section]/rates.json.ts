// The estimator's data in one language, beside its page: the rate tables, the zones' rates, the
// exchange rate and the labels, fetched by src/client/estimator.ts (the page itself carries none).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/index.ts';
import { estimatorData, estimatorDataPath } from '../../data/estimator.ts';
import type { Locale } from '../../lib/schema.ts';
import { LOCALES } from '../../lib/languages.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return LOCALES.map((locale) => ({ params: { section: estimatorDataPath(data, locale).replace(/^\/|\/rates\.json$/g, '') }, props: { locale } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const data = await siteData();
  return new Response(JSON.stringify(estimatorData(data, locale)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
