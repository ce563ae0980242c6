// npm run bench:lighthouse: Lighthouse's four scores (performance, accessibility, best practices,
// SEO) for the home page, the project list, a project, the key figures and the search page in
// Vietnamese and English, and the home page and a project in Traditional Chinese, Japanese and
// Korean, and pages with pictures (an article with a 6000 × 4000 lead image, a zone with its
// photographs), as medians of several runs, with Debian's Chromium.
//
//   npm run bench:lighthouse [-- --runs 3]    builds content/ with the test's own photographs
//                                             (tests/support/images.ts) and measures that build
//   npm run bench:lighthouse -- dist          measures an existing build, without the picture pages
//
// Lighthouse is installed on first use into .cache/lighthouse, with PUPPETEER_SKIP_DOWNLOAD=1 (it
// must never download a browser), not as a devDependency, so `npm ci` stays what the site needs.
// dist/ is served as a host would: text compressed, hashed files cached for a year.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../tests/e2e/harness.ts';
import { contentWith } from '../tests/support/fixtures.ts';
import { addTestPhotos, ILLUSTRATED } from '../tests/support/images.ts';
import { proxyTo } from './lib/compressing-proxy.ts';
import { median } from './lib/stats.ts';

const VERSION = '13.5.0';
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const given = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');

/** content/ with the test's photographs laid over it, built beside it. */
async function buildWithPhotos(): Promise<string> {
  const copy = contentWith();
  await addTestPhotos(copy.content);
  console.log(`Building content/ with test photographs in ${path.relative(process.cwd(), copy.root)} …`);
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, CONTENT_DIR: copy.content, ASTRO_TELEMETRY_DISABLED: '1' } });
  return path.join(copy.root, 'dist');
}
const dist = given ?? (await buildWithPhotos());
const PHOTO_PAGES = given ? [] : [`/tin-tuc/${ILLUSTRATED.article.key}/`, `/en/news/${ILLUSTRATED.article.key}/`, `/khu-cong-nghiep/${ILLUSTRATED.zone}/`];

const PAGES = [
  '/',
  '/en/',
  '/du-an/',
  '/en/projects/',
  '/du-an/semiconductor-packaging-plant/',
  '/en/projects/semiconductor-packaging-plant/',
  '/so-lieu/',
  '/en/key-figures/',
  `/tim-kiem/?q=${encodeURIComponent('bán dẫn')}`,
  '/en/search/?q=semiconductor',
  ...['zh-hant', 'ja', 'ko'].flatMap((l) => [`/${l}/`, `/${l}/projects/semiconductor-packaging-plant/`]),
  ...PHOTO_PAGES,
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const prefix = path.resolve('.cache/lighthouse', VERSION);
const pkg = path.join(prefix, 'node_modules/lighthouse');
if (!existsSync(path.join(pkg, 'package.json'))) {
  console.log(`Installing Lighthouse ${VERSION} into ${prefix} (no browser download) …`);
  mkdirSync(prefix, { recursive: true });
  writeFileSync(path.join(prefix, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', `lighthouse@${VERSION}`], { stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}
const { default: lighthouse } = (await import(pathToFileURL(path.join(pkg, 'core/index.js')).href)) as { default: (url: string, flags: object) => Promise<{ lhr: Lhr }> };
const { launch } = (await import(pathToFileURL(path.join(prefix, 'node_modules/chrome-launcher/dist/index.js')).href)) as {
  launch: (o: object) => Promise<{ port: number; kill: () => Promise<void> }>;
};

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>;
}

const site = await serveStatic(dist);
const proxy = await proxyTo(site.origin, true);
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: { page: string; scores: Record<string, number>; failing: string[] }[] = [];
try {
  for (const p of PAGES) {
    const runs: Lhr[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${proxy.origin}${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      runs.push(lhr);
    }
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)))]));
    // The weighed audits that cost points in any run, so a score below 100 says why.
    const failing = [
      ...new Set(
        runs.flatMap((r) =>
          CATEGORIES.flatMap((c) => r.categories[c]!.auditRefs.filter((ref) => ref.weight > 0))
            .map((ref) => [ref.id, r.audits[ref.id]!] as const)
            .filter(([, a]) => a.score !== null && a.score < 1)
            .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
        ),
      ),
    ];
    rows.push({ page: p, scores, failing });
    console.log(`${decodeURIComponent(p).padEnd(48)} ${CATEGORIES.map((c) => String(scores[c]).padStart(4)).join(' ')}${failing.length ? `   losing points: ${failing.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  await proxy.close();
  await site.close();
}
const below = rows.filter((r) => CATEGORIES.some((c) => r.scores[c]! < 100));
console.log(`\nMedian of ${RUNS} runs per page (performance, accessibility, best practices, SEO). ${below.length ? `${below.length} of ${rows.length} pages below 100 somewhere.` : 'Every page scores 100 in all four.'}`);
