// Are the translations keeping up with the Vietnamese? Read from git history, not from fields
// editors would have to remember to update, the same rule for every language:
//   - an article or standing page: its translation's file is behind when the Vietnamese file changed
//     in a later commit than the translation (a commit that changes both keeps them in step);
//   - a JSON record: a text field is behind in a language when its Vietnamese value changed in a
//     later commit than its value in that language.
// Cost does not grow with pages: one `git rev-parse`, one `git log --name-only` over content/,
// and one `git cat-file --batch` for the versions of JSON records changed more than once.
// Without a repository, git, or full history (a shallow CI clone), nothing is guessed: the result
// says why, the status report prints it, and the site shows no notice.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, SOURCE } from '../languages.ts';
import { localizedTexts } from '../localize.ts';

export interface Commit {
  hash: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
}

export type History =
  | { status: 'ok'; top: string; commits: Commit[]; /** repo-relative path -> commit indices, newest first */ changes: Map<string, number[]> }
  | { status: 'shallow' | 'unavailable'; reason: string };

const MAX_OUTPUT = 1 << 30;

function git(cwd: string, args: string[], input?: string) {
  return spawnSync('git', ['-c', 'core.quotepath=false', ...args], { cwd, input: input === undefined ? undefined : Buffer.from(input, 'utf8'), maxBuffer: MAX_OUTPUT, encoding: 'buffer' });
}

/** The commits that touched files under `dir`, newest first, and which files each touched. */
export function readHistory(dir: string): History {
  const cwd = existsSync(dir) ? dir : process.cwd();
  const probe = git(cwd, ['rev-parse', '--is-shallow-repository', '--show-toplevel']);
  if (probe.error) return { status: 'unavailable', reason: `git could not be run (${probe.error.message})` };
  if (probe.status !== 0) return { status: 'unavailable', reason: 'not a git repository, so there is no history to compare' };
  const [shallow, top] = probe.stdout.toString('utf8').trim().split('\n');
  if (shallow === 'true') {
    return { status: 'shallow', reason: 'the git history is shallow (a clone with --depth); fetch the full history, e.g. `git fetch --unshallow` or actions/checkout with fetch-depth: 0' };
  }
  const rel = path.relative(top!, path.resolve(dir)) || '.';
  const log = git(top!, ['log', '--no-renames', '--name-only', '--format=%x00%H %cI', '--', rel]);
  if (log.status !== 0) return { status: 'unavailable', reason: `git log failed: ${log.stderr.toString('utf8').trim()}` };
  return { status: 'ok', top: top!, ...parseLog(log.stdout.toString('utf8')) };
}

/** Parses `git log --name-only --format=%x00%H %cI` output in one pass. */
export function parseLog(out: string): { commits: Commit[]; changes: Map<string, number[]> } {
  const commits: Commit[] = [];
  const changes = new Map<string, number[]>();
  for (const chunk of out.split('\0')) {
    if (!chunk.trim()) continue;
    const [head, ...files] = chunk.split('\n');
    const [hash, date] = head!.split(' ');
    const index = commits.push({ hash: hash!, date: date! }) - 1;
    for (const f of files) {
      if (!f) continue;
      const list = changes.get(f);
      if (list) list.push(index);
      else changes.set(f, [index]);
    }
  }
  return { commits, changes };
}

/** A path as git names it: relative to the repository's top, with forward slashes. */
function repoPath(h: Extract<History, { status: 'ok' }>, file: string): string {
  return path.relative(h.top, path.resolve(file)).split(path.sep).join('/');
}

/** The last commit that changed a file, if any. */
export function lastChange(h: History, file: string): { index: number; commit: Commit } | undefined {
  if (h.status !== 'ok') return undefined;
  const index = h.changes.get(repoPath(h, file))?.[0];
  return index === undefined ? undefined : { index, commit: h.commits[index]! };
}

export interface DocLag {
  /** The translation's file. */
  file: string;
  /** Its Vietnamese original. */
  original: string;
  /** The Vietnamese file's last change, newer than the English file's. */
  originalChanged: Commit;
  translationChanged: Commit;
}

/** The translation of an article or page is behind when its original changed in a later commit. */
export function docLag(h: History, original: string, translation: string): DocLag | undefined {
  const vi = lastChange(h, original);
  const en = lastChange(h, translation);
  if (!vi || !en || vi.index >= en.index) return undefined; // index 0 is the newest commit
  return { file: translation, original, originalChanged: vi.commit, translationChanged: en.commit };
}

export interface FieldLag {
  /** Where the text is, e.g. "title", "contact.role", "legalBasis[2]". */
  field: string;
  /** The translation that is behind. */
  locale: string;
  viChanged: Commit;
  /** When the translation last changed. */
  translationChanged: Commit;
}

/** Reads many `<commit>:<path>` blobs through one `git cat-file --batch`. */
function readBlobs(top: string, specs: string[]): (string | undefined)[] {
  if (!specs.length) return [];
  const r = git(top, ['cat-file', '--batch'], `${specs.join('\n')}\n`);
  if (r.status !== 0) throw new Error(`git cat-file failed: ${r.stderr.toString('utf8')}`);
  const buf = r.stdout;
  const out: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const eol = buf.indexOf(0x0a, at);
    const header = buf.toString('utf8', at, eol);
    at = eol + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      out.push(undefined);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    out.push(buf.toString('utf8', at, at + size));
    at += size + 1;
  }
  return out;
}

/** For each JSON record file, the text fields whose Vietnamese changed after their English.
 * Only files changed in more than one commit can lag, so only their versions are read. */
export function recordLags(h: History, files: string[]): Map<string, { lags: FieldLag[]; newest?: unknown }> {
  const result = new Map<string, { lags: FieldLag[]; newest?: unknown }>();
  if (h.status !== 'ok') return result;
  const wanted = files
    .map((file) => ({ file, rel: repoPath(h, file) }))
    .filter(({ rel }) => (h.changes.get(rel)?.length ?? 0) > 1);
  const specs: string[] = [];
  const slices: { file: string; indices: number[]; start: number }[] = [];
  for (const { file, rel } of wanted) {
    const indices = [...h.changes.get(rel)!].reverse(); // oldest first
    slices.push({ file, indices, start: specs.length });
    for (const i of indices) specs.push(`${h.commits[i]!.hash}:${rel}`);
  }
  const blobs = readBlobs(h.top, specs);
  for (const { file, indices, start } of slices) {
    // field -> language -> index of the last commit that changed that language's text
    const last = new Map<string, Map<string, number>>();
    let previous = new Map<string, Record<string, string | undefined>>();
    let newest: unknown;
    indices.forEach((commitIndex, k) => {
      const text = blobs[start + k];
      let data: unknown;
      try {
        data = text === undefined ? undefined : JSON.parse(text);
      } catch {
        return; // a broken version (the build refused it); compare the next one with the last good one
      }
      newest = data;
      const now = localizedTexts(data);
      for (const [field, v] of now) {
        const was = previous.get(field);
        const changed = last.get(field) ?? new Map<string, number>();
        for (const l of LOCALES) if (v[l] !== undefined && v[l] !== was?.[l]) changed.set(l, commitIndex);
        last.set(field, changed);
      }
      previous = now;
    });
    const lags: FieldLag[] = [];
    for (const [field, v] of previous) {
      const changed = last.get(field);
      const vi = changed?.get(SOURCE);
      if (vi === undefined) continue;
      for (const l of LOCALES) {
        const own = changed!.get(l);
        if (l === SOURCE || v[l] === undefined || own === undefined || vi >= own) continue;
        lags.push({ field, locale: l, viChanged: h.commits[vi]!, translationChanged: h.commits[own]! });
      }
    }
    result.set(file, { lags, newest });
  }
  return result;
}

/** Whole calendar days from the date a commit was made (in its own time zone) to `today`. */
export function daysSince(iso: string, today: string = new Date().toISOString().slice(0, 10)): number {
  return Math.max(0, Math.round((Date.parse(today.slice(0, 10)) - Date.parse(iso.slice(0, 10))) / 86_400_000));
}

/** What the site build needs, computed once: which translated pages are behind, and since when. */
export interface SiteFreshness {
  /** For "projects/<id>" in one language: the newest date a Vietnamese text changed without its
   * translation in that language. */
  record: (key: string, locale: string) => string | undefined;
  /** The original's last change, when the English file is behind it. */
  doc: (original: string | undefined, translation: string | undefined) => string | undefined;
}

let site: SiteFreshness | undefined;

/** Computed on first use and kept for the whole build (one git log, one cat-file); pages only
 * look it up. Content lives in CONTENT_DIR or ./content, as for the content check. */
export function siteFreshness(contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content')): SiteFreshness {
  if (site) return site;
  const h = readHistory(contentDir);
  const records = new Map<string, string>();
  if (h.status === 'ok') {
    const files = [...h.changes.keys()]
      .filter((f) => /^(sectors|zones|projects|datasets)\/[^/]+\.json$/.test(path.relative(repoRel(h, contentDir), f).split(path.sep).join('/')))
      .map((f) => path.join(h.top, f));
    for (const [file, { lags, newest }] of recordLags(h, files)) {
      const id = (newest as { id?: unknown } | undefined)?.id;
      if (!lags.length || typeof id !== 'string') continue;
      const dir = path.basename(path.dirname(file));
      for (const lag of lags) {
        const key = `${lag.locale}:${dir}/${id}`;
        const was = records.get(key);
        if (!was || lag.viChanged.date > was) records.set(key, lag.viChanged.date);
      }
    }
  }
  site = {
    record: (key, locale) => records.get(`${locale}:${key}`),
    doc: (original, translation) => (original && translation ? docLag(h, original, translation)?.originalChanged.date : undefined),
  };
  return site;
}

function repoRel(h: Extract<History, { status: 'ok' }>, dir: string): string {
  return path.relative(h.top, path.resolve(dir));
}
