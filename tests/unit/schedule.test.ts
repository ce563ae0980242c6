// Scheduled publication at the level of the content tree: what a build at a given clock leaves
// out, and what it says about it. The real builds before and after the hour are in
// tests/content/schedule.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { contentStatus, formatStatus } from '../../src/lib/content/status.ts';
import { isDue, noticeTime, readBuildTime } from '../../src/lib/schedule.ts';
import { contentWith, FIXTURES } from '../support/fixtures.ts';

const KEY = 'lich-dang-thu-nghiem-2027';
const before = new Date('2027-01-15T08:17:00+07:00');
const after = new Date('2027-01-15T09:17:00+07:00');

describe('the build clock', () => {
  it('is BUILD_TIME when set, with its offset, and the present otherwise', () => {
    expect(readBuildTime({ BUILD_TIME: '2027-01-15T09:00:00+07:00' }).toISOString()).toBe('2027-01-15T02:00:00.000Z');
    expect(readBuildTime({ BUILD_TIME: '2027-01-15T02:00Z' }).toISOString()).toBe('2027-01-15T02:00:00.000Z');
    const now = new Date('2026-12-04T00:00:00Z');
    expect(readBuildTime({}, now)).toBe(now);
    expect(readBuildTime({ BUILD_TIME: ' ' }, now)).toBe(now);
  });

  it('refuses a BUILD_TIME without its offset or that is no date, naming it', () => {
    for (const bad of ['2027-01-15', '2027-01-15T09:00', 'tomorrow', '2027-02-30T09:00:00+07:00']) {
      expect(() => readBuildTime({ BUILD_TIME: bad }), bad).toThrow(/^BUILD_TIME: expected a date and time with its offset/);
    }
  });

  it('publishes a notice from the start of its day in Vietnam, an article from its own minute', () => {
    expect(noticeTime('2027-01-15').toISOString()).toBe('2027-01-14T17:00:00.000Z');
    expect(isDue('2027-01-15T09:00:00+07:00', new Date('2027-01-15T08:59:59+07:00'))).toBe(false);
    expect(isDue('2027-01-15T09:00:00+07:00', new Date('2027-01-15T09:00:00+07:00'))).toBe(true);
  });
});

describe('an article and a notice dated in the future', () => {
  const copy = contentWith(path.join(FIXTURES, 'scheduled'));
  const siteFile = path.join(copy.content, 'site.json');
  const site = JSON.parse(readFileSync(siteFile, 'utf8'));
  site.notices.push({ id: 'thong-bao-theo-lich', date: '2027-01-15', title: { vi: 'Thông báo theo lịch', en: 'A scheduled notice' }, body: { vi: 'Nội dung.', en: 'Body.' } });
  writeFileSync(siteFile, JSON.stringify(site, null, 2));
  afterAll(() => copy.cleanup());

  it('are left out before their time, the article in every language, and listed with when they go out', () => {
    const tree = loadContentTree(copy.content, before);
    expect(tree.news.filter((n) => n.data.key === KEY)).toEqual([]);
    // The notice's day has begun.
    expect(tree.site.notices.map((n) => n.id)).toContain('thong-bao-theo-lich');
    expect(tree.scheduled).toEqual([
      { kind: 'article', id: KEY, file: expect.stringMatching(/news\/vi\/2027-01-15-doan-doanh-nghiep-dai-loan\.mdx$/), at: '2027-01-15T02:00:00.000Z', title: 'Bài đăng theo lịch dùng cho kiểm thử' },
    ]);
    const routes = routeMapFromTree(tree);
    expect(routes.all.filter((r) => r.key === `article:${KEY}`)).toEqual([]);
  });

  it('are listed by npm run status with the time they go out, in UTC and on Vietnam\'s clock', () => {
    const report = contentStatus(loadContentTree(copy.content, before), '2027-01-15');
    expect(report.scheduled.map((s) => s.id)).toEqual([KEY]);
    const text = formatStatus(report);
    expect(text).toContain('Waiting to be published: 1');
    expect(text).toMatch(/ {2}2027-01-15T02:00Z \(2027-01-15 09:00 in Vietnam\): article "Bài đăng theo lịch dùng cho kiểm thử", .*news\/vi\/2027-01-15-doan-doanh-nghiep-dai-loan\.mdx/);
    expect(formatStatus(contentStatus(loadContentTree(copy.content, after), '2027-01-15'))).toContain('Waiting to be published: 0');
  });

  it('are in the tree from their time on: the article in Vietnamese and English, the notice on every page', () => {
    const tree = loadContentTree(copy.content, after);
    expect(tree.news.filter((n) => n.data.key === KEY).map((n) => n.locale).sort()).toEqual(['en', 'vi']);
    expect(tree.site.notices.map((n) => n.id)).toContain('thong-bao-theo-lich');
    expect(tree.scheduled).toEqual([]);
    expect(routeMapFromTree(tree).alternates(`article:${KEY}`).map((r) => r.path)).toEqual(['/tin-tuc/lich-dang-thu-nghiem-2027/', `/en/news/${KEY}/`]);
  });

  it('lists a notice dated tomorrow as waiting until midnight, and leaves it out', () => {
    const tree = loadContentTree(copy.content, new Date('2027-01-14T23:59:00+07:00'));
    expect(tree.site.notices.map((n) => n.id)).not.toContain('thong-bao-theo-lich');
    expect(tree.scheduled.map((s) => [s.kind, s.id, s.at])).toEqual([
      ['notice', 'thong-bao-theo-lich', '2027-01-14T17:00:00.000Z'],
      ['article', KEY, '2027-01-15T02:00:00.000Z'],
    ]);
  });

  it('stop the build where a published page links to the article before its time, naming the file, the line and the hour', () => {
    const linking = contentWith(path.join(FIXTURES, 'scheduled'));
    try {
      const file = path.join(linking.content, 'pages/vi/about.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nXem [bài sắp đăng](/tin-tuc/${KEY}/).\n`);
      const line = readFileSync(file, 'utf8').trimEnd().split('\n').length;
      let error: unknown;
      try {
        loadContentTree(linking.content, before);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems).toEqual([
        {
          file: expect.stringMatching(/pages\/vi\/about\.mdx$/),
          field: `line ${line}: link`,
          expected: expect.stringContaining('a link to a page of this site'),
          found: expect.stringMatching(new RegExp(`^/tin-tuc/${KEY}/, an article not published before 2027-01-15T02:00:00.000Z \\(.*news/vi/2027-01-15-doan-doanh-nghiep-dai-loan\\.mdx\\)$`)),
        },
      ]);
      // From its time on, the same link is fine.
      expect(() => loadContentTree(linking.content, after)).not.toThrow();
    } finally {
      linking.cleanup();
    }
  });
});

describe('links to the site in bodies', () => {
  it('resolve in the sample content, and a renamed page is named where it is linked from', () => {
    expect(() => loadContentTree('content')).not.toThrow();
    const copy = contentWith();
    try {
      const file = path.join(copy.content, 'pages/vi/contact.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('slug: "lien-he"', 'slug: "lien-he-so"'));
      let error: unknown;
      try {
        loadContentTree(copy.content);
      } catch (e) {
        error = e;
      }
      const problems = (error as ContentError).problems;
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.field).toMatch(/^line \d+: link$/);
        expect(p.found).toBe('/lien-he/, which no page has');
      }
      expect(problems.map((p) => path.basename(p.file)).sort()).toContain('incentives.mdx');
    } finally {
      copy.cleanup();
    }
  });
});
