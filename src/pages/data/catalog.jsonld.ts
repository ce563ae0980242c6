// /data/catalog.jsonld: every open data file described in DCAT-AP 3 (JSON-LD), for data portals
// to harvest (a CKAN portal's DCAT harvester takes it as it is). The name is not a dataset's:
// the content check keeps "catalog" from the datasets' ids.
import type { APIRoute } from 'astro';
import { siteData } from '../../data/index.ts';
import { jsonText, openDataCatalogue } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(jsonText(openDataCatalogue(await siteData())), { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
