// Scheduled publication, built for real: the same content with an article dated 09:00 on
// 15 January 2027 and a notice dated that day, built at 23:17 the evening before and at 09:17
// (the pipeline's hourly run, minute 17). Before: nothing of either anywhere in the built site.
// After: the article's pages in Vietnamese and English, in the newsroom, the feed, the sitemap
// and the search index, and the notice on every page; nothing else changed.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWith, FIXTURES } from '../support/fixtures.ts';

const KEY = 'lich-dang-thu-nghiem-2027';
const WORD = 'lichdangthunghiem';
const NOTICE = 'Thông báo theo lịch kiểm thử';
let copy: ReturnType<typeof contentWith>;
const builds: Record<'before' | 'after', { dir: string; status: number | null; output: string }> = {} as never;

function build(name: 'before' | 'after', clock: string) {
  const r = spawnSync('npx', ['--no-install', 'astro', 'build', '--outDir', path.join(copy.root, name)], {
    env: { ...process.env, CONTENT_DIR: copy.content, BUILD_TIME: clock, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  builds[name] = { dir: path.join(copy.root, name), status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function files(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, path.join(under, e.name)) : [path.join(under, e.name)]));
}
const read = (name: 'before' | 'after', file: string) => readFileSync(path.join(builds[name].dir, file), 'utf8');
/** Pages in one language's search index (Pagefind names Japanese, which it cannot stem, "und"). */
const searchPages = (name: 'before' | 'after', lang: string) => (Object.values(JSON.parse(read(name, `pagefind/${lang}/pagefind-entry.json`)).languages)[0] as { page_count: number }).page_count;

beforeAll(() => {
  copy = contentWith(path.join(FIXTURES, 'scheduled'));
  // Fewer projects make two builds cheaper; the schedule concerns news and notices.
  for (const f of readdirSync(path.join(copy.content, 'projects')).slice(3)) rmSync(path.join(copy.content, 'projects', f));
  const siteFile = path.join(copy.content, 'site.json');
  const site = JSON.parse(readFileSync(siteFile, 'utf8'));
  site.notices.push({ id: 'thong-bao-theo-lich', date: '2027-01-15', title: { vi: NOTICE, en: 'A scheduled test notice' }, body: { vi: 'Nội dung thông báo.', en: 'The notice.' } });
  writeFileSync(siteFile, JSON.stringify(site, null, 2));
  build('before', '2027-01-14T23:17:00+07:00');
  build('after', '2027-01-15T09:17:00+07:00');
}, 600_000);

afterAll(() => copy?.cleanup());

describe('an article and a notice dated in the future', () => {
  it('build at both clocks', () => {
    expect(builds.before.status, builds.before.output).toBe(0);
    expect(builds.after.status, builds.after.output).toBe(0);
  });

  it('are nowhere in the site built before their time: no page, list, feed, sitemap entry, search entry or open data', () => {
    const text = files(builds.before.dir).filter((f) => /\.(html|xml|json|jsonld|csv|txt)$/.test(f));
    expect(text.length).toBeGreaterThan(100);
    for (const f of text) {
      const body = read('before', f);
      expect(body.includes(KEY) || body.includes(WORD) || body.includes(NOTICE), f).toBe(false);
    }
  });

  it('are published by the build after their time, in every place a reader finds an article', () => {
    expect(read('after', `tin-tuc/${KEY}/index.html`)).toContain('<h1>Bài đăng theo lịch dùng cho kiểm thử</h1>');
    expect(read('after', `en/news/${KEY}/index.html`)).toContain('<h1>A scheduled article used by the tests</h1>');
    // Newest first on the newsroom's first page, in the feed and in the sitemap.
    const newsroom = read('after', 'tin-tuc/index.html');
    expect(newsroom.indexOf(`/tin-tuc/${KEY}/`)).toBeGreaterThan(0);
    expect(newsroom.indexOf(`/tin-tuc/${KEY}/`)).toBeLessThan(newsroom.indexOf('/tin-tuc/sap-nhap-tp-ho-chi-minh'));
    expect(read('after', 'en/news/rss.xml')).toContain(`/en/news/${KEY}/`);
    const sitemaps = files(builds.after.dir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => read('after', f)).join('');
    expect(sitemaps).toContain(`/tin-tuc/${KEY}/</loc>`);
    // One more page in the Vietnamese and the English search index, none in the others'.
    expect(searchPages('after', 'vi')).toBe(searchPages('before', 'vi') + 1);
    expect(searchPages('after', 'en')).toBe(searchPages('before', 'en') + 1);
    expect(searchPages('after', 'ja')).toBe(searchPages('before', 'ja'));
    // The notice is on every page from its day on.
    expect(read('after', 'index.html')).toContain(NOTICE);
    expect(read('after', 'du-an/index.html')).toContain(NOTICE);
  });

  it('change nothing else: every file of the earlier build is still there (the search index aside, whose files are named by their content)', () => {
    const before = new Set(files(builds.before.dir).filter((f) => !f.startsWith('pagefind/')));
    const after = files(builds.after.dir).filter((f) => !f.startsWith('pagefind/'));
    expect([...before].filter((f) => !after.includes(f))).toEqual([]);
    const added = after.filter((f) => !before.has(f) && f.endsWith('.html'));
    expect(added.sort()).toEqual([`en/news/${KEY}/index.html`, `tin-tuc/${KEY}/index.html`]);
  });
});
