// The pipeline's proof that a folder is a finished build: scripts/pipeline/build.ts writes a stamp
// (in the state folder, never among the published files) only after every check and the whole
// build passed, with a digest of every file it left. Publishing recomputes the digest and refuses a
// folder without a stamp, with another folder's stamp, or changed since: a failed or half-finished
// build can never reach the host.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the pipeline keeps its state between steps: PIPELINE_STATE, or .pipeline/ in the project. */
export function stateDir(): string {
  return path.resolve(process.env.PIPELINE_STATE ?? '.pipeline');
}

export interface Stamp {
  /** The folder built, absolute. */
  dir: string;
  /** A preview build (translations only reported, every page marked noindex): never published live. */
  preview: boolean;
  commit?: string;
  builtAt: string;
  files: number;
  bytes: number;
  /** sha256 over every file's path and sha256, in path order. */
  digest: string;
}

const stampFile = () => path.join(stateDir(), 'build.json');

/** Every file of a folder, relative, with forward slashes, in a stable order. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() || d.isSymbolicLink())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

export function digestOf(dir: string): { files: number; bytes: number; digest: string } {
  const all = createHash('sha256');
  let bytes = 0;
  const files = listFiles(dir);
  for (const f of files) {
    const data = readFileSync(path.join(dir, f));
    bytes += data.length;
    all.update(`${f}\0${createHash('sha256').update(data).digest('hex')}\n`);
  }
  return { files: files.length, bytes, digest: all.digest('hex') };
}

/** The commit checked out, when there is one (a CI checkout always has it). */
export function currentCommit(): string | undefined {
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Forget the last build: called before a build starts, so a failure leaves nothing publishable. */
export function clearStamp(): void {
  rmSync(stampFile(), { force: true });
}

export function writeStamp(dir: string, preview: boolean): Stamp {
  const stamp: Stamp = { dir: path.resolve(dir), preview, commit: currentCommit(), builtAt: new Date().toISOString(), ...digestOf(dir) };
  mkdirSync(stateDir(), { recursive: true });
  writeFileSync(stampFile(), `${JSON.stringify(stamp, null, 2)}\n`);
  return stamp;
}

export class NotPublishable extends Error {}

/** The stamp of `dir`, checked against the folder as it is now; throws NotPublishable otherwise. */
export function verifiedStamp(dir: string, want: { preview: boolean }): Stamp {
  const shown = path.relative(process.cwd(), path.resolve(dir)) || '.';
  const file = stampFile();
  if (!existsSync(file)) throw new NotPublishable(`${shown}/ is not a finished build: no stamp in ${path.relative(process.cwd(), file)} (the last build failed, or none ran). Nothing was published.`);
  const stamp = JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  if (stamp.dir !== path.resolve(dir)) throw new NotPublishable(`The last finished build is ${stamp.dir}, not ${shown}/. Nothing was published.`);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new NotPublishable(`${shown}/ does not exist. Nothing was published.`);
  if (stamp.preview !== want.preview) {
    throw new NotPublishable(stamp.preview ? `${shown}/ is a preview build (every page noindex, translations only reported): build it without --preview to publish it live. Nothing was published.` : `${shown}/ is not a preview build: build it with --preview. Nothing was published.`);
  }
  const now = digestOf(dir);
  if (now.digest !== stamp.digest) throw new NotPublishable(`${shown}/ has changed since it was built (${now.files} files now, ${stamp.files} then). Nothing was published.`);
  return stamp;
}
