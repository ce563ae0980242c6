// /data/<file>.csv: projects, zones and each dataset as open data, built from the same content
// as the pages (the tables of src/data/open-data.ts, which the catalogue describes).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/index.ts';
import { openDataTables } from '../../data/open-data.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return openDataTables(data).flatMap((t) => t.files.filter((f) => f.format === 'csv').map((f) => ({ params: { file: t.name }, props: { csv: f.text } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
