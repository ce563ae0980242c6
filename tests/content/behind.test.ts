// A real build over a copy of content/ in its own git repository, where the Vietnamese of a project
// and of an article changed after their English: those English pages say their translation is
// behind; the Vietnamese pages and English pages kept in step do not.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const NOTICE = 'this English translation may not include that change yet';
let root: string;
let build: { status: number | null; output: string };

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
const page = (p: string) => readFileSync(path.join(root, 'dist', p, 'index.html'), 'utf8');

beforeAll(() => {
  root = mkdtempSync(path.resolve('tests/.tmp/behind-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Sample content'], '2026-01-10T09:00:00+07:00');
  replace('projects/waste-to-energy-plant.json', '"vi": "Nhà máy điện rác (đốt chất thải rắn sinh hoạt phát điện)"', '"vi": "Nhà máy điện rác Dầu Tiếng"');
  replace('news/vi/2024-08-05-quy-hoach-tinh-2021-2030.mdx', 'Thủ tướng phê duyệt', 'Thủ tướng Chính phủ phê duyệt');
  git(['commit', '-q', '-am', 'Sửa tiếng Việt'], '2026-03-01T09:00:00+07:00');
  build = buildSite(path.join(root, 'content'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function buildSite(contentDir: string) {
  const r = spawnSync('npx', ['--no-install', 'astro', 'build'], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('English pages whose Vietnamese changed later', () => {
  it('build', () => {
    expect(build.status, build.output).toBe(0);
  });

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

describe('a build from a shallow clone', () => {
  it('still builds, and guesses no notice', () => {
    const clone = mkdtempSync(path.resolve('tests/.tmp/shallow-build-'));
    try {
      const r = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const shallow = buildSite(path.join(clone, 'content'));
      expect(shallow.status, shallow.output).toBe(0);
      const html = readFileSync(path.join(clone, 'dist/en/projects/waste-to-energy-plant/index.html'), 'utf8');
      expect(html).toContain('<h1>Waste-to-energy plant');
      expect(html).not.toContain('class="notice notice--behind"');
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  }, 240_000);
});
