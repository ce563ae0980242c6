// /data/datapackage.json: the CSVs as a Frictionless Data Package v2, a Table Schema for each.
// A static route, so it takes precedence over [file].json.ts, which writes only projects and
// zones; the content check keeps "datapackage" from the datasets' ids.
import type { APIRoute } from 'astro';
import { siteData } from '../../data/index.ts';
import { jsonText, openDataPackage } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(jsonText(openDataPackage(await siteData())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
