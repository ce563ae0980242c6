// The pipeline for real: scripts/pipeline/build.ts over copies of content/, and publish.ts and
// preview.ts to a server folder with real rsync, over rsync's local mode and over "ssh" to this
// machine (a stand-in that runs the command here, as sshd would, and records how it was called).
// A failing content check or translation rule must leave the live files byte-identical; a good
// build must switch `current` in one step. One real build serves every case, and the English
// pages' notices of a Vietnamese change (tests/content/behind.test.ts builds a shallow clone).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOf, writeStamp } from '../../scripts/pipeline/lib/stamp.ts';
import { badCases, contentWith, FIXTURES } from '../support/fixtures.ts';

mkdirSync('tests/.tmp', { recursive: true });
const root = mkdtempSync(path.resolve('tests/.tmp/pipeline-'));
const content = path.join(root, 'content');
const site = path.join(root, 'site'); // the server's folder
const dist = path.join(root, 'dist');
const bin = path.join(root, 'bin');
const sshLog = path.join(root, 'ssh.log');
const sudoLog = path.join(root, 'sudo.log');
const CMS = JSON.parse(readFileSync('content/cms.json', 'utf8')) as Record<string, unknown>;
const SEED = '20200101T000000000Z-seed';

function git(args: string[], date: string) {
  return run('git', args, { cwd: root, env: { GIT_AUTHOR_NAME: 'Biên tập', GIT_AUTHOR_EMAIL: 'bt@example.vn', GIT_COMMITTER_NAME: 'Biên tập', GIT_COMMITTER_EMAIL: 'bt@example.vn', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
}

function replace(file: string, from: string, to: string) {
  const p = path.join(content, file);
  const text = readFileSync(p, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(p, text.replace(from, to));
}

function setCms(dir: string, fields: Record<string, unknown>) {
  writeFileSync(path.join(dir, 'cms.json'), `${JSON.stringify({ ...CMS, ...fields }, null, 2)}\n`);
}

/** Runs a command with only this environment (none of this machine's CI variables or secrets). */
function run(cmd: string, args: string[], o: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ status: number | null; output: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(CI|GITHUB_|GITLAB_|CI_|CLOUDFLARE_|NETLIFY_|SSH_|CONTENT_DIR|PIPELINE_STATE)/.test(k)));
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: o.cwd, env: { ...base, PATH: `${bin}:${process.env.PATH}`, SSH_LOG: sshLog, SUDO_LOG: sudoLog, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...o.env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** One of the pipeline's commands, as the workflows run them, for a content folder and a state folder. */
const pipeline = (script: string, args: string[], env: Record<string, string>) => run(process.execPath, [`scripts/pipeline/${script}`, ...args], { env });
const withContent = (c: string, state: string, env: Record<string, string> = {}) => ({ CONTENT_DIR: c, PIPELINE_STATE: state, ...env });

/** Every file and link under a folder: its bytes' hash or its target. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const p = path.join(d.parentPath, d.name);
    const rel = path.relative(dir, p);
    const st = lstatSync(p);
    if (st.isSymbolicLink()) out[rel] = `-> ${readlinkSync(p)}`;
    else if (st.isFile()) out[rel] = createHash('sha256').update(readFileSync(p)).digest('hex');
    else out[`${rel}/`] = 'folder';
  }
  return out;
}
const releases = () => readdirSync(path.join(site, 'releases')).sort();
const live = () => readlinkSync(path.join(site, 'current'));

let good: { status: number | null; output: string };

beforeAll(async () => {
  // The department's repository: the sample content, then a change to one Vietnamese title the
  // English has not followed yet.
  cpSync('content', content, { recursive: true });
  setCms(content, { publish: { host: 'ssh', target: site, keep: 2 } });
  await git(['init', '-q', '-b', 'main'], '2026-01-10T09:00:00+07:00');
  await git(['add', '-A'], '2026-01-10T09:00:00+07:00');
  await git(['commit', '-q', '-m', 'Nội dung mẫu'], '2026-01-10T09:00:00+07:00');
  replace('projects/waste-to-energy-plant.json', '"vi": "Nhà máy điện rác (đốt chất thải rắn sinh hoạt phát điện)"', '"vi": "Nhà máy điện rác Dầu Tiếng"');
  replace('news/vi/2024-08-05-quy-hoach-tinh-2021-2030.mdx', 'Thủ tướng phê duyệt', 'Thủ tướng Chính phủ phê duyệt');
  await git(['commit', '-q', '-am', 'Sửa tiếng Việt'], '2026-03-01T09:00:00+07:00');

  // The server as an earlier deploy left it.
  mkdirSync(path.join(site, 'releases', SEED), { recursive: true });
  writeFileSync(path.join(site, 'releases', SEED, 'index.html'), '<!doctype html><title>Trang cũ</title>');
  writeFileSync(path.join(site, 'releases', SEED, '404.html'), '<!doctype html><title>Không tìm thấy</title>');
  symlinkSync(`releases/${SEED}`, path.join(site, 'current'));
  writeFileSync(path.join(site, 'nginx.conf'), '# the configuration of the earlier deploy\n');

  // ssh to "the server" (this machine): options, the host, then the command, run here as sshd would.
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    path.join(bin, 'ssh'),
    `#!/bin/sh
printf '%s\\n' "$*" >> "$SSH_LOG"
while [ $# -gt 0 ]; do
  case "$1" in
    -o|-p|-i|-l|-F) shift 2 ;;
    -*) shift ;;
    *) break ;;
  esac
done
shift
case "$1" in rsync) [ -z "$FAKE_SSH_FAIL" ] || { echo "Connection reset by peer" >&2; exit 255; } ;; esac
exec sh -c "$*"
`,
  );
  // sudo as a deploy user allowed to test and reload nginx (and nothing is run).
  writeFileSync(path.join(bin, 'sudo'), '#!/bin/sh\nprintf \'%s\\n\' "$*" >> "$SUDO_LOG"\nexit 0\n');
  chmodSync(path.join(bin, 'ssh'), 0o755);
  chmodSync(path.join(bin, 'sudo'), 0o755);

  good = await pipeline('build.ts', ['--out', dist], withContent(content, path.join(root, '.pipeline')));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

// The same build, read as a reader of the English pages: the Vietnamese of a project and of an
// article changed after their English (the second commit above).
describe('English pages whose Vietnamese changed later', () => {
  const NOTICE = 'this English translation may not include that change yet';
  const page = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');

  it('say so on the project and the article, with the date of the change', () => {
    for (const p of ['en/projects/waste-to-energy-plant', 'en/news/quy-hoach-tinh-2021-2030']) {
      const html = page(p);
      expect(html, p).toContain(NOTICE);
      expect(html, p).toContain('The Vietnamese original of this page was updated on 1 March 2026');
      expect(html, p).toMatch(/<p class="notice notice--behind" lang="en" role="note">/);
    }
  });

  it('stay quiet on the Vietnamese pages and on English kept in step', () => {
    for (const p of ['du-an/waste-to-energy-plant', 'tin-tuc/quy-hoach-tinh-2021-2030', 'en/projects/semiconductor-packaging-plant', 'en/news/vung-kinh-te-trong-diem-2020', 'en/about']) {
      expect(page(p), p).not.toContain('class="notice notice--behind"');
    }
  });
});

describe('scripts/pipeline/build.ts', () => {
  it('builds good content into --out and stamps it, reporting an English translation behind without stopping', () => {
    expect(good.status, good.output).toBe(0);
    expect(good.output).toContain('== translations (report only)');
    expect(good.output).toMatch(/English behind the Vietnamese: 2 entr/);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(existsSync(`${dist}.next`)).toBe(false);
    expect(JSON.parse(readFileSync(path.join(root, '.pipeline', 'build.json'), 'utf8'))).toMatchObject({ dir: dist, preview: false, digest: digestOf(dist).digest });
  });

  it('a failing content check: stops before building, names the file and the field, leaves the last build and the live files as they were, publishes nothing', async () => {
    const c = badCases().find((b) => b.name === 'dangling-reference')!;
    const bad = contentWith(path.join(FIXTURES, 'bad', c.name));
    try {
      setCms(bad.content, { publish: { host: 'ssh', target: site } });
      // The last good build is still there (a runner that keeps its folder), stamped.
      const state = path.join(bad.root, '.pipeline');
      const out = path.join(bad.root, 'dist');
      cpSync(dist, out, { recursive: true });
      process.env.PIPELINE_STATE = state;
      writeStamp(out, false);
      delete process.env.PIPELINE_STATE;
      const before = snapshot(site);
      const lastBuild = digestOf(out).digest;

      const r = await pipeline('build.ts', ['--out', out], withContent(bad.content, state));
      expect(r.status, r.output).toBe(1);
      const line = r.output.split('\n').find((l) => l.includes(`${c.file.replace(/^content\//, '')}: field "${c.field}"`));
      expect(line, r.output).toContain(c.expected);
      expect(r.output).toContain('The live site is unchanged.');
      expect(r.output).not.toContain('== build');

      const p = await pipeline('publish.ts', ['--dir', out], withContent(bad.content, state));
      expect(p.status).toBe(1);
      expect(p.output).toContain('is not a finished build');
      expect(snapshot(site)).toEqual(before);
      expect(digestOf(out).digest).toBe(lastBuild);
      expect(existsSync(`${out}.next`)).toBe(false);
    } finally {
      bad.cleanup();
    }
  });

  it('"translations": "strict" with English behind: stops before building, and publishes nothing', async () => {
    setCms(content, { translations: 'strict', publish: { host: 'ssh', target: site } });
    try {
      const before = snapshot(site);
      const state = path.join(root, '.pipeline-strict');
      const out = path.join(root, 'dist-strict');
      const r = await pipeline('build.ts', ['--out', out], withContent(content, state));
      expect(r.status, r.output).toBe(1);
      expect(r.output).toContain('== translations (content/cms.json: "translations": "strict")');
      expect(r.output).toContain('content/projects/waste-to-energy-plant.json');
      expect(r.output).toContain('Nothing was built; the live site is unchanged.');
      expect(existsSync(out) || existsSync(`${out}.next`)).toBe(false);
      expect((await pipeline('publish.ts', ['--dir', out], withContent(content, state))).status).toBe(1);
      expect(snapshot(site)).toEqual(before);
    } finally {
      setCms(content, { publish: { host: 'ssh', target: site, keep: 2 } });
    }
  });
});

describe('scripts/pipeline/publish.ts to the department\'s server', () => {
  const state = path.join(root, '.pipeline');
  const env = (extra: Record<string, string> = {}) => withContent(content, state, extra);

  it('switches `current` to the new release in one step: a reader sees the old site or the new one, never a mix or nothing', async () => {
    const oldIndex = readFileSync(path.join(site, 'current', 'index.html'), 'utf8');
    const newIndex = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const seen = new Map<string, number>();
    let done = false;
    const publishing = pipeline('publish.ts', ['--dir', dist], env()).finally(() => (done = true));
    while (!done) {
      // What nginx would serve for / at this moment (it follows the link on every request).
      const body = readFileSync(path.join(site, 'current', 'index.html'), 'utf8');
      const which = body === oldIndex ? 'old' : body === newIndex ? 'new' : 'other';
      seen.set(which, (seen.get(which) ?? 0) + 1);
      await new Promise((r) => setImmediate(r));
    }
    const r = await publishing;
    expect(r.status, r.output).toBe(0);
    expect([...seen.keys()].filter((k) => k === 'other')).toEqual([]);
    expect(seen.get('old')).toBeGreaterThan(0);
    expect(readFileSync(path.join(site, 'current', 'index.html'), 'utf8')).toBe(newIndex);

    const id = live().replace(/^releases\//, '');
    expect(releases()).toEqual([SEED, id]);
    expect(digestOf(path.join(site, 'current')).digest).toBe(digestOf(dist).digest);
    // The generated nginx configuration beside the releases, serving `current`; the earlier one kept.
    expect(readFileSync(path.join(site, 'nginx.conf'), 'utf8')).toContain(`root ${site}/current;`);
    expect(readFileSync(path.join(site, 'nginx.conf.previous'), 'utf8')).toBe('# the configuration of the earlier deploy\n');
    expect(readFileSync(path.join(site, 'publish.log'), 'utf8').trim().split('\n')).toEqual([expect.stringContaining(`\t${id}\t`)]);
    expect(r.output).toContain(`current -> releases/${id}`);
  });

  it('over ssh, with the key and known hosts from the secrets: uploads only what changed, and reloads nginx when its configuration changed', async () => {
    const previous = live();
    setCms(content, { publish: { host: 'ssh', target: `deploy@web.test:${site}`, port: 2222, keep: 2, previewDomain: 'preview.example.vn' } });
    rmSync(sshLog, { force: true });
    rmSync(sudoLog, { force: true });
    const r = await pipeline('publish.ts', ['--dir', dist], env({ CI: 'true', SSH_PRIVATE_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\nstand-in\n-----END OPENSSH PRIVATE KEY-----\n', SSH_KNOWN_HOSTS: 'web.test ssh-ed25519 AAAAstand-in\n' }));
    expect(r.status, r.output).toBe(0);
    expect(live()).not.toBe(previous);

    const calls = readFileSync(sshLog, 'utf8').trim().split('\n');
    // The pipeline's own shell steps and rsync's transfer, all through ssh with the same options.
    expect(calls.filter((c) => c.endsWith(' deploy@web.test sh -s'))).toHaveLength(3);
    expect(calls.filter((c) => / -l deploy web\.test rsync --server /.test(c))).toHaveLength(1);
    for (const c of calls) expect(c).toMatch(/^-o BatchMode=yes -o StrictHostKeyChecking=yes -o ConnectTimeout=30 -o ServerAliveInterval=30 -p 2222 -o IdentitiesOnly=yes -i (\S+)\/key -o UserKnownHostsFile=\1\/known_hosts /);
    // The key's folder is gone once the publish is done.
    const keyDir = /-i (\S+)\/key/.exec(calls[0]!)![1]!;
    expect(existsSync(keyDir)).toBe(false);

    // Nothing changed since the last release: every file is a hard link into it.
    const index = (rel: string) => statSync(path.join(site, rel, 'index.html')).ino;
    expect(index(live())).toBe(index(previous));
    // The configuration gained the previews' server, so nginx was tested, then reloaded.
    expect(readFileSync(sudoLog, 'utf8').trim().split('\n')).toEqual(['-n -l /usr/sbin/nginx -t', '-n /usr/sbin/nginx -t', '-n /usr/sbin/nginx -s reload']);
    expect(readFileSync(path.join(site, 'nginx.conf'), 'utf8')).toContain(`root ${site}/previews/$preview;`);
  });

  it('publishes nothing when the build is the one published last (the hourly run with nothing due), and keeps the last two releases', async () => {
    const env2 = env({ CI: 'true', SSH_PRIVATE_KEY: 'k', SSH_KNOWN_HOSTS: 'h' });
    const before = snapshot(site);
    const skipped = await pipeline('publish.ts', ['--dir', dist, '--skip-unchanged'], env2);
    expect(skipped.status, skipped.output).toBe(0);
    expect(skipped.output).toContain('nothing to publish');
    expect(snapshot(site)).toEqual(before);

    expect((await pipeline('publish.ts', ['--dir', dist], env2)).status).toBe(0);
    const all = releases();
    expect(all).toHaveLength(2);
    expect(all).not.toContain(SEED);
    expect(live()).toBe(`releases/${all.at(-1)}`);
    expect(readFileSync(path.join(site, 'publish.log'), 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('an upload that breaks off leaves the live site as it was, and no half release', async () => {
    const before = snapshot(site);
    const r = await pipeline('publish.ts', ['--dir', dist], env({ CI: 'true', SSH_PRIVATE_KEY: 'k', SSH_KNOWN_HOSTS: 'h', FAKE_SSH_FAIL: '1' }));
    expect(r.status).toBe(1);
    expect(r.output).toContain('rsync failed');
    expect(r.output).toContain('The live site is as it was before this run.');
    expect(snapshot(site)).toEqual(before);
  });
});

describe('scripts/pipeline/preview.ts to the department\'s server', () => {
  it('publishes a branch preview beside the releases, at https://<branch>.<previewDomain>/, the live site untouched', async () => {
    const state = path.join(root, '.pipeline-preview');
    const out = path.join(root, 'preview');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>Bản xem trước</title>');
    process.env.PIPELINE_STATE = state;
    writeStamp(out, true);
    delete process.env.PIPELINE_STATE;
    const liveBefore = snapshot(path.join(site, 'releases'));

    const r = await pipeline('preview.ts', ['--dir', out, '--branch', 'cms/news/bài-mới'], withContent(content, state, { CI: 'true', SSH_PRIVATE_KEY: 'k', SSH_KNOWN_HOSTS: 'h' }));
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('Preview of cms/news/bài-mới: https://cms-news-bai-moi.preview.example.vn/');
    expect(readFileSync(path.join(site, 'previews', 'cms-news-bai-moi', 'index.html'), 'utf8')).toContain('Bản xem trước');
    expect(snapshot(path.join(site, 'releases'))).toEqual(liveBefore);
  });
});
