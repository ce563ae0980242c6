// npm run pipeline:publish: publishes the build that scripts/pipeline/build.ts finished to the host
// content/cms.json names (README, "Pipeline"), and tells the git host (deploy/production).
// It publishes nothing when the folder is not exactly what a passing build left (./lib/stamp.ts),
// when it is a preview build, or, in CI, when the run is not on the production branch.
//
// Usage: node scripts/pipeline/publish.ts [--dir dist] [--skip-unchanged]
//   --skip-unchanged  publish nothing when the build is the one published last, to the same host
//                     (.pipeline/published.json, which the workflows keep in their cache): the
//                     hourly run publishes only when a scheduled article has come due.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { step } from './lib/cli.ts';
import { prepare, stop } from './lib/context.ts';
import { PublishError, publishLive } from './lib/hosts.ts';
import { report } from './lib/report.ts';
import { stateDir } from './lib/stamp.ts';

const { publish, stamp, dir, ctx, settings } = await prepare('production');

const ciBranch = process.env.GITHUB_REF_NAME ?? process.env.CI_COMMIT_BRANCH;
if (process.env.CI && ciBranch && ciBranch !== settings.branch) {
  await stop('production', `This run is on the branch ${ciBranch}; only ${settings.branch} (content/cms.json "branch") is published live. Nothing was published.`);
}

const record = path.join(stateDir(), 'published.json');
const target = JSON.stringify(publish);
if (process.argv.includes('--skip-unchanged') && existsSync(record)) {
  const last = JSON.parse(readFileSync(record, 'utf8')) as { target: string; digest: string; at: string };
  if (last.target === target && last.digest === stamp.digest) {
    console.log(`The build is the one published on ${last.at} to the same host (digest ${stamp.digest.slice(0, 12)}): nothing to publish.`);
    await report({ kind: 'production', state: 'success', url: publish.host === 'none' ? undefined : ctx.siteUrl, description: 'Unchanged since the last publish' });
    process.exit(0);
  }
}

const published = await step(`publish (${publish.host})`, async () => {
  try {
    return await publishLive(publish, dir, ctx);
  } catch (err) {
    if (err instanceof PublishError) return stop('production', `${err.message}\nThe live site is as it was before this run.`);
    throw err;
  }
});
console.log(published.summary);
if (publish.host !== 'none') {
  mkdirSync(stateDir(), { recursive: true });
  writeFileSync(record, `${JSON.stringify({ target, digest: stamp.digest, commit: stamp.commit, at: new Date().toISOString() }, null, 2)}\n`);
  console.log(`Live: ${published.url}`);
}
await report({ kind: 'production', state: 'success', url: published.url, description: publish.host === 'none' ? 'Built and checked; no host in content/cms.json' : `Published to ${publish.host}` });
