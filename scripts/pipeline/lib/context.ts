// What the publishing commands share: the settings, the checked build, and the context of the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pipelineSettings, readCmsSettings, type CmsSettings, type PublishTarget } from '../../../src/lib/cms/settings.ts';
import { contentRoot } from '../../../src/lib/content/root.ts';
import { ContentError } from '../../../src/lib/content/problems.ts';
import { option } from './cli.ts';
import type { Context } from './hosts.ts';
import { report, type Kind } from './report.ts';
import { NotPublishable, verifiedStamp, type Stamp } from './stamp.ts';

export interface Run {
  settings: CmsSettings;
  publish: PublishTarget;
  dir: string;
  stamp: Stamp;
  ctx: Context;
}

/** The branch this run is for: --branch, or the CI's, or git's. */
export function currentBranch(env = process.env): string | undefined {
  const given = option('--branch') ?? env.GITHUB_REF_NAME ?? env.CI_COMMIT_REF_NAME;
  if (given) return given;
  const r = spawnSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== 'HEAD' ? r.stdout.trim() : undefined;
}

/** Stops the command: prints why, reports the failure to the git host, exits 1. */
export async function stop(kind: Kind, message: string): Promise<never> {
  console.error(`\n${message}`);
  await report({ kind, state: 'failure', description: message.split('\n')[0]!.slice(0, 140) });
  process.exit(1);
}

export async function prepare(kind: Kind): Promise<Run> {
  const dir = path.resolve(option('--dir') ?? 'dist');
  let settings: CmsSettings;
  try {
    settings = readCmsSettings(contentRoot());
  } catch (err) {
    if (err instanceof ContentError) return stop(kind, err.message);
    throw err;
  }
  let stamp: Stamp;
  try {
    stamp = verifiedStamp(dir, { preview: kind === 'preview' });
  } catch (err) {
    if (err instanceof NotPublishable) return stop(kind, err.message);
    throw err;
  }
  const site = JSON.parse(readFileSync(path.join(contentRoot(), 'site.json'), 'utf8')) as { url: string };
  const branch = kind === 'production' ? settings.branch : currentBranch();
  if (!branch) return stop(kind, 'Which branch is this a preview of? Pass --branch <name>.');
  const subject = spawnSync('git', ['log', '-1', '--format=%s'], { encoding: 'utf8' });
  const message = `${stamp.commit ? `${stamp.commit.slice(0, 10)} ` : ''}${subject.status === 0 ? subject.stdout.trim() : 'build'}`.slice(0, 200);
  return { settings, publish: pipelineSettings(settings).publish, dir, stamp, ctx: { branch, commit: stamp.commit, siteUrl: site.url, message } };
}
