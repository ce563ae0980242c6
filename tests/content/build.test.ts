// Real `astro build` runs over copies of content/. A bad file must stop the build, name the file
// and the field, and leave nothing published; an untranslated entry must still build, in both languages.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badCases, contentWith, FIXTURES } from '../support/fixtures.ts';

function build(contentDir: string) {
  const r = spawnSync('npx', ['--no-install', 'astro', 'build'], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe.each(badCases())('a build over bad content: $name', (c) => {
  it(`fails, naming ${c.file} and "${c.field}", and publishes nothing`, () => {
    const copy = contentWith(path.join(FIXTURES, 'bad', c.name));
    try {
      const { status, output } = build(copy.content);
      expect(status, output).not.toBe(0);
      const line = output.split('\n').find((l) => l.includes(path.relative(process.cwd(), path.join(copy.root, c.file))) && l.includes(`field "${c.field}"`));
      expect(line, `the build output names no ${c.file} / ${c.field}:\n${output}`).toBeDefined();
      expect(line).toContain(c.expected);
      expect(existsSync(path.join(copy.root, 'dist', 'index.html'))).toBe(false);
    } finally {
      copy.cleanup();
    }
  });
});

describe('a build with untranslated content', () => {
  const copy = contentWith(path.join(FIXTURES, 'fallback'));
  let result: ReturnType<typeof build>;
  const page = (p: string) => readFileSync(path.join(copy.root, 'dist', p, 'index.html'), 'utf8');
  beforeAll(() => {
    result = build(copy.content);
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
    expect(html).toContain('has not been translated into English yet');
    expect(html).toContain(`lang="vi" class="untranslated">${vi.summary.vi}`);
  });

  it('lists the Vietnamese-only article in the English news list, marked lang="vi"', () => {
    expect(page('en/news')).toMatch(/<article class="news-item" lang="vi">[\s\S]*?Thông báo chỉ có bản tiếng Việt/);
  });
});
