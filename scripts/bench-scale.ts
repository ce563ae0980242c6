// npm run bench:scale: does the build hold a department's real size?
// Grows a temporary copy of content/ (scripts/lib/grow-content.ts), builds it, and prints pages,
// seconds, peak memory, the biggest page and the search index's size, next to a bare Astro
// build of the same number of pages made in the same run (the baseline).
//
//   npm run bench:scale                          three sizes: 250x625, 500x1250, 1000x2500
//   npm run bench:scale -- 1500x3000 --runs 1    projects x articles per language
//   npm run bench:scale -- 250x625 --photos 625  a lead photograph on the latest 625 articles
//
// Photographs (default: one on each of the latest 625 articles, every size): the first build of
// each size starts with an empty image cache and encodes them all; the later runs are unchanged
// rebuilds, which must reuse every encoded file. Both are printed.
//
// Every language of content/languages.json gets every article and every text of every grown
// project (the sample content translates less), so each size is the most the languages can hold.
// Targets at 1000x2500 (about 20,000 pages in five languages): build at most 2x bare Astro, peak
// memory at most 2.5 GB, no HTML page over 150 KB.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { growContent } from './lib/grow-content.ts';
import { growPhotos } from './lib/grow-photos.ts';
import { measure, type Measured } from './lib/measure.ts';
import { finderCost } from './lib/finder-cost.ts';
import { median } from './lib/stats.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const photosAt = args.indexOf('--photos');
const PHOTOS = photosAt >= 0 ? Number(args[photosAt + 1]) : 625;
const sizes = args.filter((a, i) => /^\d+x\d+$/.test(a) && args[i - 1] !== '--runs');
const SIZES = (sizes.length ? sizes : ['250x625', '500x1250', '1000x2500']).map((s) => {
  const [projects, articles] = s.split('x').map(Number) as [number, number];
  return { projects, articles };
});
const TMP = path.resolve('tests/.tmp/scale');
// Astro's own entry, run by this Node (the project's Node 24), not by whatever `node` is on PATH.
const astro = [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'];
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
}
function dirSize(dir: string): number {
  return files(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

/**
 * The baseline: Astro itself building the same content with nothing of ours. The grown content
 * through Astro's standard loaders (glob() over the MDX articles and pages with @astrojs/mdx, and
 * over the JSON records), one plain page per entry (its title and, for articles, its body), and
 * plain pages added to reach the same number of pages. No layout, checks, lists, charts or search.
 * With `trivial`, only plain pages: Astro's floor for that many pages, printed for reference.
 */
function writeBare(dir: string, pages: number, content: string, trivial = false) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  const c = JSON.stringify(content);
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nexport default { output: 'static', build: { format: 'directory' }, markdown: { syntaxHighlight: false }, integrations: [mdx()] };\n`,
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    trivial
      ? 'export const collections = {};\n'
      : `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const docs = (d: string) => defineCollection({ loader: glob({ pattern: '*/*.mdx', base: \`\${${c}}/\${d}\` }) });
const records = (d: string) => defineCollection({ loader: glob({ pattern: '*.json', base: \`\${${c}}/\${d}\` }) });
export const collections = { news: docs('news'), pages: docs('pages'), projects: records('projects'), zones: records('zones'), sectors: records('sectors') };
`,
  );
  writeFileSync(path.join(dir, 'src/Empty.astro'), '---\n---\n');
  writeFileSync(
    path.join(dir, 'src/pages/[...path].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Empty from '../Empty.astro';
export async function getStaticPaths() {
  const entries = ${trivial ? '[]' : "(await Promise.all(['news', 'pages', 'projects', 'zones', 'sectors'].map((c) => getCollection(c as 'news')))).flat()"};
  const paths = entries.map((entry, i) => ({ params: { path: \`\${entry.collection}/\${entry.id}\` }, props: { entry, i } }));
  for (let i = paths.length; i < ${pages}; i++) paths.push({ params: { path: i ? \`page-\${i}\` : undefined }, props: { i } } as never);
  return paths;
}
const { entry, i } = Astro.props as { entry?: any; i: number };
const title = entry ? (typeof entry.data.title === 'string' ? entry.data.title : entry.data.title?.vi ?? entry.data.name?.vi) : \`Page \${i}\`;
const Content = entry?.body !== undefined && entry.filePath?.endsWith('.mdx') ? (await render(entry)).Content : undefined;
---
<!doctype html>
<html lang="vi"><head><meta charset="utf-8" /><title>{title}</title></head>
<body><main><h1>{title}</h1>{Content ? <Content components={{ Chart: Empty }} /> : <p>A page of a bare Astro site.</p>}</main></body></html>
`,
  );
}

/** Seconds of each build phase, read from Astro's log (to the second where Astro gives no figure). */
function phases(log: string): string {
  const stamp = (re: RegExp) => {
    const m = log.match(new RegExp(`^(\\d\\d):(\\d\\d):(\\d\\d) ${re.source}`, 'm'));
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : NaN;
  };
  const sync = stamp(/\[content\] Synced content/) - stamp(/\[content\] Syncing content/);
  const vite = /\[vite\] ✓ built in ([\d.]+)(m?s)/.exec(log);
  const render = /^\S+ ✓ Completed in ([\d.]+)(m?s)\./m.exec(log);
  const search = /pages for search in ([\d.]+) s/.exec(log);
  const s = (m: RegExpExecArray | null) => (m ? (m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1])).toFixed(1) : '?');
  return `content sync ~${Number.isNaN(sync) ? '?' : sync} s, bundle ${s(vite)} s, pages ${s(render)} s, search index ${search ? search[1] : '?'} s`;
}

async function build(label: string, cmd: () => Promise<Measured>, runs = RUNS): Promise<Measured[]> {
  const out: Measured[] = [];
  for (let r = 0; r < runs; r++) {
    const m = await cmd();
    if (m.code !== 0) {
      console.error(m.output.slice(-4000));
      throw new Error(`${label}: the build failed (exit ${m.code})`);
    }
    out.push(m);
  }
  return out;
}

console.log(`Scale benchmark: median of ${RUNS} build(s) per size, ours and bare Astro alternating in the same run.\n`);
const rows: string[] = [];
let failed = 0;
for (const size of SIZES) {
  const content = path.join(TMP, 'content');
  growContent('content', content, { ...size, translated: 1, allLanguages: true });
  const photos = await growPhotos(content, Math.min(PHOTOS, size.articles));
  rmSync(path.join(TMP, '.astro-cache'), { recursive: true, force: true });
  const all = await build('site', () => measure(process.execPath, astro, { env: { ...env, CONTENT_DIR: content } }), Math.max(RUNS, 2));
  // The first run encodes every picture; the others rebuild unchanged content.
  const [cold, ...ours] = all as [Measured, ...Measured[]];
  const dist = path.join(TMP, 'dist');
  const html = files(dist).filter((f) => f.endsWith('.html'));
  const pages = html.length;
  const biggest = html.map((f) => ({ f, size: statSync(path.join(dist, f)).size })).sort((a, b) => b.size - a.size)[0]!;
  const pagefind = dirSize(path.join(dist, 'pagefind'));
  const finder = files(dist).filter((f) => /finder.*\.json$/.test(f)).map((f) => statSync(path.join(dist, f)).size);
  // The finder as a reader on a phone meets it: the list, then a first filter over every project.
  const cost = await finderCost(dist, ['/du-an/', '/en/projects/'], RUNS);

  const bareDir = path.join(TMP, 'bare');
  writeBare(bareDir, pages, content);
  const bare = await build('bare', () => measure(process.execPath, astro, { cwd: bareDir, env }));
  const bareHtml = files(path.join(bareDir, 'dist')).filter((f) => f.endsWith('.html')).length;
  if (bareHtml !== pages) throw new Error(`the bare build wrote ${bareHtml} pages, not ${pages}`);
  writeBare(bareDir, pages, content, true);
  const floor = await build('trivial', () => measure(process.execPath, astro, { cwd: bareDir, env }));

  const s = median(ours.map((m) => m.seconds));
  const b = median(bare.map((m) => m.seconds));
  // Encoding pictures may take more memory than rendering pages: the larger of the two counts.
  const peak = Math.max(cold.peakBytes, median(ours.map((m) => m.peakBytes)));
  const ratio = s / b;
  console.log(`${size.projects} projects, ${size.articles} articles per language: ${pages} pages`);
  const f = median(floor.map((m) => m.seconds));
  console.log(`  first build  ${cold.seconds.toFixed(1)} s with an empty image cache, ${photos} photographs encoded (${photos ? ((cold.seconds - s) / photos).toFixed(2) : '-'} s more a photograph)`);
  console.log(`  build        ${s.toFixed(1)} s (${((s / pages) * 1000).toFixed(1)} ms a page), unchanged rebuild: every picture from the cache`);
  console.log(`  bare Astro   ${b.toFixed(1)} s (${((b / pages) * 1000).toFixed(1)} ms a page): ours is ${ratio.toFixed(2)}x`);
  console.log(`  plain pages  ${f.toFixed(1)} s (${((f / pages) * 1000).toFixed(1)} ms a page): Astro's floor for ${pages} pages, for reference (ours ${(s / f).toFixed(1)}x)`);
  console.log(`  phases       ${phases(ours[0]!.output)}`);
  console.log(`  peak memory  ${mb(peak)} (bare ${mb(median(bare.map((m) => m.peakBytes)))})`);
  console.log(`  biggest page ${kb(biggest.size)} (${biggest.f})`);
  console.log(`  search index ${mb(pagefind)} in dist/pagefind/; finder index ${finder.length ? finder.map(kb).join(' + ') : 'none'}`);
  for (const { compressed, cost: c } of cost) {
    console.log(`  finder       list + first filter ${kb(c.bytes)} in ${c.requests} requests ${compressed ? 'compressed' : 'uncompressed'}; first filter ${c.firstMs.toFixed(0)} ms, next change ${c.nextMs.toFixed(1)} ms`);
  }
  const lines = cold.output.split('\n').filter((l) => l.trim()).length;
  console.log(`  build log    ${lines} lines\n`);
  rows.push(`${String(pages).padStart(6)} pages  ${((s / pages) * 1000).toFixed(1).padStart(5)} ms/page  bare ${((b / pages) * 1000).toFixed(1).padStart(5)} ms/page  ${ratio.toFixed(2)}x  ${mb(peak).padStart(7)}  biggest ${kb(biggest.size)}`);
  if (size.projects >= 1000 && size.articles >= 2500) {
    const checks = [
      [ratio <= 2, `build ${ratio.toFixed(2)}x bare Astro (target at most 2x)`],
      [peak <= 2.5 * 1024 ** 3, `peak memory ${mb(peak)} (target at most 2.5 GB)`],
      [biggest.size <= 150 * 1024, `biggest page ${kb(biggest.size)} (target at most 150 KB)`],
      [cost[0]!.cost.bytes <= 500 * 1024, `project list and first filter ${kb(cost[0]!.cost.bytes)} received, compressed (target under 500 KB)`],
    ] as const;
    for (const [ok, what] of checks) {
      console.log(`  ${ok ? 'meets' : 'MISSES'} ${what}`);
      if (!ok) failed++;
    }
    console.log('');
  }
}
console.log('Cost per page by size:');
for (const r of rows) console.log(r);
rmSync(TMP, { recursive: true, force: true });
if (failed) process.exitCode = 1;
