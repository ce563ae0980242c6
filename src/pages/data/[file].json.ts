// /data/projects.json and /data/zones.json: the records as content holds them, with licence,
// as-of date and the derived figures the pages show.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/index.ts';
import { openDataJson } from '../../data/open-data.ts';
import { OPEN_DATA } from '../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return OPEN_DATA.map((file) => ({ params: { file }, props: { json: openDataJson(data, file) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { json: unknown }).json, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
