// /press/charts/<dataset>-<vi|en>.png: each chart as an image journalists can download.
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChartPng } from '../../../charts/render.ts';
import { siteData } from '../../../data/index.ts';
import { chartPngName } from '../../../lib/routes.ts';
import { LOCALES, type Dataset, type Locale } from '../../../lib/schema.ts';

export const getStaticPaths = (async () => {
  const { datasets } = await siteData();
  return datasets.flatMap((d) => LOCALES.map((locale) => ({ params: { name: chartPngName(d.id, locale) }, props: { dataset: d, locale } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { dataset, locale } = props as { dataset: Dataset; locale: Locale };
  return new Response(new Uint8Array(renderChartPng(dataset, locale)), { headers: { 'content-type': 'image/png' } });
};
