// The original of every picture the content shows, as uploaded, for the press (the pages show
// optimized copies). Files are read from content/images/, which the content check has vetted.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot, loadContentTree } from '../../../lib/content/load.ts';

export const getStaticPaths = (() => {
  const root = contentRoot();
  const images = path.join(root, 'images');
  const files = [...new Set(loadContentTree(root).images.map((i) => i.path))];
  return files.map((file) => ({ params: { file: path.relative(images, file).split(path.sep).join('/') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { file: string }).file));
