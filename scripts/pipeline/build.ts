// npm run pipeline:build: what CI runs before anything is published (README, "Pipeline").
//   1. content/cms.json and the whole content check (every file, reference and picture), with
//      every problem listed;
//   2. the department's translation rule: `npm run status -- --strict` when content/cms.json says
//      "translations": "strict" (the report alone otherwise, and always for a preview);
//   3. `astro build` into a fresh folder, checked, then put in place of --out (dist/ by default),
//      so a failed build never leaves a half-written dist/ behind it;
//   4. a stamp with the digest of every file: publish.ts and preview.ts publish nothing else.
// Exits 1, with the problems printed, when a step fails; the stamp of the previous build is
// removed first, so nothing is publishable until a build has passed.
//
// Usage: node scripts/pipeline/build.ts [--out dist] [--preview]
//   --preview   a branch preview: translations reported only, and every page sent with
//               X-Robots-Tag: noindex (appended to _headers). publish.ts refuses such a build.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipelineSettings, readCmsSettings } from '../../src/lib/cms/settings.ts';
import { checkedContentTree, contentRoot } from '../../src/lib/content/load.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import { clearStamp, writeStamp } from './lib/stamp.ts';
import { option, step } from './lib/cli.ts';
import { PREVIEW_HEADERS, REQUIRED_FILES, statusArgs } from './lib/rules.ts';

const out = path.resolve(option('--out') ?? 'dist');
const preview = process.argv.includes('--preview');
const node = process.execPath; // the project's Node 24 under `npm run`

function fail(message: string): never {
  console.error(`\n${message}`);
  process.exit(1);
}

clearStamp();

const settings = await step('content check', async () => {
  try {
    const root = contentRoot();
    const s = readCmsSettings(root);
    // The same cache folder as the build's own check (astro.config.mjs: cacheDir).
    const tree = await checkedContentTree(process.env.CONTENT_DIR ? path.resolve(root, '..', '.astro-cache') : path.resolve('node_modules/.astro'), root);
    console.log(`${tree.projects.length} projects, ${tree.zones.length} zones, ${tree.sectors.length} sectors, ${tree.datasets.length} datasets, ${tree.news.length} article files, ${tree.pages.length} page files, ${tree.images.length} pictures: no problem.`);
    return s;
  } catch (err) {
    if (err instanceof ContentError) fail(`${err.message}\nThe live site is unchanged.`);
    throw err;
  }
});

const { translations } = pipelineSettings(settings);
const args = statusArgs(translations, preview);
const strict = args.includes('--strict');

await step(strict ? 'translations (content/cms.json: "translations": "strict")' : 'translations (report only)', () => {
  const r = spawnSync(node, ['scripts/content-status.ts', ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    fail(
      strict
        ? 'Translations: content/cms.json asks for every entry in English, up to date ("translations": "strict"), and the status report above lists what is missing or behind. Nothing was built; the live site is unchanged.'
        : `The status report failed (exit ${r.status ?? r.signal}).`,
    );
  }
});

// Beside --out, so the new build takes its place with a rename.
const next = `${out}.next`;
await step('build', () => {
  rmSync(next, { recursive: true, force: true });
  const r = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', next], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    fail(`The build failed (exit ${r.status ?? r.signal}); its messages are above. Nothing was published; the live site is unchanged.`);
  }
  const missing = REQUIRED_FILES.filter((f) => !existsSync(path.join(next, f)) || statSync(path.join(next, f)).size === 0);
  if (missing.length) {
    rmSync(next, { recursive: true, force: true });
    fail(`The build finished without ${missing.join(', ')}. Nothing was published; the live site is unchanged.`);
  }
  if (preview) appendFileSync(path.join(next, '_headers'), PREVIEW_HEADERS);
  // Only now does the new build take the place of the old one.
  const old = `${out}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  rmSync(old, { recursive: true, force: true });
});

await step('stamp', () => {
  const s = writeStamp(out, preview);
  console.log(`${path.relative(process.cwd(), out) || '.'}/: ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB, digest ${s.digest.slice(0, 12)}${s.commit ? `, commit ${s.commit.slice(0, 12)}` : ''}${preview ? ' (preview)' : ''}: ready to publish.`);
});
