// The social card every page points to in og:image (pages have no image of their own yet).
import type { APIRoute } from 'astro';
import { socialCardPng } from '../../charts/brand.ts';
import { siteData } from '../../data/index.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(socialCardPng((await siteData()).site)), { headers: { 'content-type': 'image/png' } });
