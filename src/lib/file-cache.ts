// Files a build draws and keeps between builds (social cards, charts) under node_modules/.cache/,
// each named by a hash of everything that decides it. Shared here: how a file is put in place and
// how the folder is kept from growing with every version ever drawn.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Files no build has used for this long are deleted. By age, not by "not in this build": other
 * builds (a preview, the tests' copies of the content) share the folder. */
export const CACHE_DAYS = 30;

let written = 0;
/** Writes a temporary file and renames it into place: a build stopped halfway, or another build
 * writing the same name at once, never leaves a broken file behind. */
export function keepFile(file: string, data: Buffer | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${written++}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** The kept file, marked as used now (so the pruning keeps it), or undefined. */
export function readKept(file: string, now = new Date()): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  try {
    utimesSync(file, now, now);
    return readFileSync(file);
  } catch {
    return undefined; // pruned by another build meanwhile: drawn again
  }
}

/** Deletes the files of `dir` with one of the `extensions` that are not in `keep` and were last
 * used more than CACHE_DAYS ago. Returns how many. */
export function pruneUnused(dir: string, extensions: string[], keep: Set<string> = new Set(), now = new Date()): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!extensions.some((e) => name.endsWith(e)) || keep.has(file)) continue;
    try {
      if (now.getTime() - statSync(file).mtimeMs > CACHE_DAYS * 86_400_000) {
        rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // removed by another build meanwhile
    }
  }
  return removed;
}

/** One digest of every file under the given folders (names and contents): what a drawing's code
 * is, for a cache that must forget everything when the code changes. Undefined when a folder is
 * missing (a build run from elsewhere): then nothing may be taken from the cache. */
export function sourceDigest(dirs: string[]): string | undefined {
  const hash = createHash('sha1');
  for (const dir of dirs) {
    if (!existsSync(dir)) return undefined;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      const file = path.join(dir, name);
      if (!statSync(file).isFile()) continue;
      hash.update(`${path.relative(path.dirname(dir), file)}\0`).update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}
