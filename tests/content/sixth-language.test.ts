// A sixth language is one entry in content/languages.json plus its UI catalogue: a copy of the
// project gets Simplified Chinese (zh-Hans, falling back to Traditional Chinese, then English, then
// Vietnamese) and nothing else, is built for real, and every route of its route map must be there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures.ts';

const SIXTH = { code: 'zh-Hans', name: '简体中文', prefix: 'zh-hans', complete: false, fallback: ['zh-Hant', 'en', 'vi'], intl: 'zh-Hans-CN' };

let root: string;
let build: { status: number | null; output: string };
let routes: { key: string; locale: string; path: string; kind: string }[];
const html = (p: string) => readFileSync(path.join(root, 'dist', p.endsWith('.html') ? p : `${p}index.html`), 'utf8');

beforeAll(() => {
  mkdirSync(path.resolve('tests/.tmp'), { recursive: true });
  root = mkdtempSync(path.resolve('tests/.tmp/sixth-'));
  for (const f of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(f, path.join(root, f), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  // The two changes a developer makes:
  const list = JSON.parse(readFileSync(path.join(root, 'content/languages.json'), 'utf8'));
  writeFileSync(path.join(root, 'content/languages.json'), `${JSON.stringify([...list, SIXTH], null, 2)}\n`);
  cpSync(path.join(FIXTURES, 'sixth-language/src/i18n/zh-Hans.json'), path.join(root, 'src/i18n/zh-Hans.json'));

  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
  delete env.CONTENT_DIR;
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env, encoding: 'utf8' });
  build = { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  // The copy's own route map, as its build computed it.
  const script = "import { loadContentTree } from './src/lib/content/load.ts'; import { routeMapFromTree } from './src/lib/content/routes-from-tree.ts'; console.log(JSON.stringify(routeMapFromTree(loadContentTree()).all.map(({ key, locale, path, kind }) => ({ key, locale, path, kind }))));";
  const m = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env, encoding: 'utf8' });
  if (m.status !== 0) throw new Error(`route map of the copy: ${m.stderr}`);
  routes = JSON.parse(m.stdout);
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a sixth language added by configuration', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/indexed .*\d+ zh-Hans/);
  });

  it('has every route of its route map in the new language, under its prefix, in its language', () => {
    const mine = routes.filter((r) => r.locale === 'zh-Hans');
    expect(mine.length).toBe(routes.filter((r) => r.locale === 'ja').length);
    for (const r of mine) {
      expect(r.path.startsWith('/zh-hans/'), r.path).toBe(true);
      expect(html(r.path), r.path).toMatch(/^<!DOCTYPE html><html lang="zh-Hans">/);
    }
  });

  it('links every page to its zh-Hans counterpart, in the language list and in hreflang, and lists them in the sitemap', () => {
    const home = html('/');
    expect(home).toContain('<link rel="alternate" hreflang="zh-Hans" href="https://invest.binhduong.example.vn/zh-hans/">');
    expect(home).toMatch(/<a href="\/zh-hans\/" lang="zh-Hans" hreflang="zh-Hans" data-lang-switch="zh-Hans">简体中文<\/a>/);
    const sitemaps = readdirSync(path.join(root, 'dist')).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(path.join(root, 'dist', f), 'utf8')).join('');
    for (const r of routes.filter((x) => x.locale === 'zh-Hans' && x.kind !== 'notFound')) expect(sitemaps, r.path).toContain(`<loc>https://invest.binhduong.example.vn${r.path}</loc>`);
  });

  it('shows each text in the first language of its chain that has it, marked with that language and a notice naming it', () => {
    const zone = html('/zh-hans/industrial-zones/vsip-1/');
    expect(zone).toContain('<span lang="zh-Hant" class="untranslated">VSIP I（越南—新加坡工業區）</span>');
    expect(zone).toMatch(/class="notice notice--fallback" lang="zh-Hans" role="note">[^<]*繁体中文/);
  });

  it('has its interface from its own catalogue, its search bundle, its 404 page, and no feed while it has no article', () => {
    expect(html('/zh-hans/')).toContain('<nav class="lang-list" aria-label="语言">');
    expect(existsSync(path.join(root, 'dist/pagefind/zh-hans/pagefind.js'))).toBe(true);
    expect(html('/zh-hans/404.html')).toContain('<html lang="zh-Hans"');
    expect(existsSync(path.join(root, 'dist/zh-hans/news/rss.xml'))).toBe(false);
  });
});
