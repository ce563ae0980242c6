import type { APIRoute } from 'astro';
import { logoPng } from '../../charts/brand.ts';

export const GET: APIRoute = () => new Response(new Uint8Array(logoPng()), { headers: { 'content-type': 'image/png' } });
