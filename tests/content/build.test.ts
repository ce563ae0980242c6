// Real `astro build` runs over copies of content/. A bad file must stop the build, name the file
// and the field, and leave nothing published; an untranslated entry must still build, in both languages.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badCases, contentWith, FIXTURES, makeCaseFiles } from '../support/fixtures.ts';


/** `astro build` over a content folder, in a process of its own (the bad cases run a few at once:
 * each build is mostly one busy core). */
function build(contentDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe.concurrent('a build over bad content', () => {
  it.each(badCases())('$name: fails, naming $file and "$field", and publishes nothing', async (c) => {
    const copy = contentWith(path.join(FIXTURES, 'bad', c.name));
    try {
      await makeCaseFiles(c, copy.root);
      const { status, output } = await build(copy.content);
      expect(status, output).not.toBe(0);
      const line = output.split('\n').find((l) => l.includes(path.relative(process.cwd(), path.join(copy.root, c.file))) && l.includes(`field "${c.field}"`));
      expect(line, `the build output names no ${c.file} / ${c.field}:\n${output}`).toBeDefined();
      expect(line).toContain(c.expected);
      if (c.found) expect(line).toContain(c.found);
      expect(existsSync(path.join(copy.root, 'dist', 'index.html'))).toBe(false);
    } finally {
      copy.cleanup();
    }
  });
});

describe('a build with untranslated content', () => {
  const copy = contentWith(path.join(FIXTURES, 'fallback'));
  let result: Awaited<ReturnType<typeof build>>;
  const page = (p: string) => readFileSync(path.join(copy.root, 'dist', p, 'index.html'), 'utf8');
  beforeAll(async () => {
    result = await build(copy.content);
  });
  afterAll(() => copy.cleanup());

  it('succeeds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('still publishes the English route of a Vietnamese-only article, marked lang="vi" with a notice', () => {
    const html = page('en/news/chi-co-tieng-viet');
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<main[^>]*lang="vi"/);
    expect(html).toContain('has not been translated into English yet');
    expect(html).toContain('Thông báo chỉ có bản tiếng Việt');
  });

  it('shows the Vietnamese text of a record field that lacks English, marked lang="vi"', () => {
    const html = page('en/projects/waste-to-energy-plant');
    const vi = JSON.parse(readFileSync(path.join(copy.content, 'projects/waste-to-energy-plant.json'), 'utf8'));
    expect(html).toContain('have not been translated into English yet and are shown in Vietnamese');
    expect(html).toContain(`lang="vi" class="untranslated">${vi.summary.vi}`);
  });

  it('lists the Vietnamese-only article in the English news list, marked lang="vi"', () => {
    expect(page('en/news')).toMatch(/<article class="news-item" lang="vi">[\s\S]*?Thông báo chỉ có bản tiếng Việt/);
  });

  it('shows a partial language each text from the first language of its chain that has it, each marked, and names them in its notice', () => {
    const html = page('ja/projects/waste-to-energy-plant');
    const p = JSON.parse(readFileSync(path.join(copy.content, 'projects/waste-to-energy-plant.json'), 'utf8'));
    expect(p.title.ja).toBeUndefined();
    expect(html).toContain(`<span lang="en" class="untranslated">${p.title.en}</span>`);
    expect(html).toContain(`<p lang="vi" class="untranslated">${p.summary.vi}</p>`);
    expect(html).toMatch(/class="notice notice--fallback" lang="ja" role="note">[^<]*英語、ベトナム語/);
  });

  it('lists in a partial language only the articles translated into it, says so when there are none, and links to the English news', () => {
    expect(existsSync(path.join(copy.root, 'dist/ja/news/chi-co-tieng-viet/index.html'))).toBe(false);
    const news = page('ja/news');
    expect(news).not.toContain('<article class="news-item"');
    expect(news).toMatch(/<p class="notice">[^<]+<a href="\/en\/news\/" hreflang="en">/);
    expect(existsSync(path.join(copy.root, 'dist/ja/news/rss.xml'))).toBe(false);
  });
});
