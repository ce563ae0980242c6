// A build from a shallow clone (what CI runners check out by default) of a repository where the
// Vietnamese of a project and of an article changed after their English: the history that would
// date the change is not there, so the build guesses no notice, and still builds. The same
// repository with its history, built by the pipeline, shows the notices
// (tests/content/pipeline.test.ts, "English pages whose Vietnamese changed later").
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root: string;

function git(args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Biên tập', GIT_AUTHOR_EMAIL: 'bt@example.vn', GIT_COMMITTER_NAME: 'Biên tập', GIT_COMMITTER_EMAIL: 'bt@example.vn' };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  const r = spawnSync('git', args, { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}
function replace(file: string, from: string, to: string) {
  const p = path.join(root, 'content', file);
  const text = readFileSync(p, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(p, text.replace(from, to));
}

beforeAll(() => {
  root = mkdtempSync(path.resolve('tests/.tmp/behind-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Sample content'], '2026-01-10T09:00:00+07:00');
  replace('projects/waste-to-energy-plant.json', '"vi": "Nhà máy điện rác (đốt chất thải rắn sinh hoạt phát điện)"', '"vi": "Nhà máy điện rác Dầu Tiếng"');
  replace('news/vi/2024-08-05-quy-hoach-tinh-2021-2030.mdx', 'Thủ tướng phê duyệt', 'Thủ tướng Chính phủ phê duyệt');
  git(['commit', '-q', '-am', 'Sửa tiếng Việt'], '2026-03-01T09:00:00+07:00');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function buildSite(contentDir: string) {
  const r = spawnSync('npx', ['--no-install', 'astro', 'build'], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('a build from a shallow clone', () => {
  it('still builds, and guesses no notice', () => {
    const clone = mkdtempSync(path.resolve('tests/.tmp/shallow-build-'));
    try {
      const r = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const shallow = buildSite(path.join(clone, 'content'));
      expect(shallow.status, shallow.output).toBe(0);
      for (const p of ['en/projects/waste-to-energy-plant', 'en/news/quy-hoach-tinh-2021-2030']) {
        const html = readFileSync(path.join(clone, 'dist', p, 'index.html'), 'utf8');
        expect(html, p).not.toContain('class="notice notice--behind"');
      }
      expect(readFileSync(path.join(clone, 'dist/en/projects/waste-to-energy-plant/index.html'), 'utf8')).toContain('<h1>Waste-to-energy plant');
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  }, 240_000);
});
