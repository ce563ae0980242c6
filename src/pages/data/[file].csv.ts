// /data/<file>.csv: projects, zones and each dataset as open data, built from the same content
// as the pages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/index.ts';
import { datasetCsv } from '../../lib/csv.ts';
import { openDataCsv } from '../../data/open-data.ts';
import { OPEN_DATA } from '../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return [
    ...OPEN_DATA.map((file) => ({ params: { file }, props: { csv: openDataCsv(data, file) } })),
    ...data.datasets.map((d) => ({ params: { file: d.id }, props: { csv: datasetCsv(d) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
