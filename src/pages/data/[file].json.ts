// /data/projects.json and /data/zones.json: the records as content holds them, with licence,
// as-of date and the derived figures the pages show.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/index.ts';
import { openDataTables } from '../../data/open-data.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return openDataTables(data).flatMap((t) => t.files.filter((f) => f.format === 'json').map((f) => ({ params: { file: t.name }, props: { json: f.text } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
