// /data/<dataset>.csv: each dataset as open data, built from the same content as its chart.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/index.ts';
import { datasetCsv } from '../../lib/csv.ts';
import type { Dataset } from '../../lib/schema.ts';

export const getStaticPaths = (async () => {
  const { datasets } = await siteData();
  return datasets.map((d) => ({ params: { dataset: d.id }, props: { dataset: d } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv((props as { dataset: Dataset }).dataset), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
