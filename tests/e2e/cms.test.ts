// The staff CMS at /admin/ as a staff editor uses it, in Chromium with no network: Sveltia's
// test-repo backend holds a copy of the repository in the browser (see cms-harness.ts). What it
// saves must pass the content check and build; what it opens and saves unchanged must not move a byte.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCmsSettings } from '../../src/lib/cms/settings.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { adminCspDirectives, serializeCsp } from '../../src/lib/headers.ts';
import { contentWith } from '../support/fixtures.ts';
import { Cms, cspViolations, offline, repoFiles } from './cms-harness.ts';
import { launchChromium, serveStatic, sitemapUrls, type StaticServer } from './harness.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cms: Cms;
let thirdParty: string[];
let violations: (page: Page) => Promise<string[]>;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchChromium();
  // An English browser: the CMS must still open in Vietnamese.
  context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1400, height: 1000 } });
  thirdParty = await offline(context);
  violations = await cspViolations(context);
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  cms = new Cms(page, server.origin);
  await cms.open(repoFiles());
  await cms.signIn();
});

// A failing step leaves a picture of the screen in tests/.tmp/ (kept by CI as an artifact if wanted).
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await page.screenshot({ path: `tests/.tmp/cms-failure-${task.name.replace(/\W+/g, '-').slice(0, 60)}.png` }).catch(() => {});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const original = (file: string) => readFileSync(file, 'utf8');

describe('the CMS page', () => {
  it('opens in Vietnamese for an English browser, from this site only, under its own CSP', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.getByRole('treeitem').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Dự án kêu gọi đầu tư')]));
    await page.getByText('Tạo mới', { exact: true }).waitFor();
    const html = readFileSync('dist/admin/index.html', 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replaceAll('&#39;', "'");
    // The policy of the host header table, less frame-ancestors (which a meta tag cannot carry).
    expect(csp).toBe(serializeCsp(adminCspDirectives(readCmsSettings('content')), { meta: true }));
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/sha\d+-|unsafe-eval/);
  });

  it('is marked noindex and is neither in the sitemap nor in search', async () => {
    const html = readFileSync('dist/admin/index.html', 'utf8');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(html).not.toContain('data-pagefind-body');
    const urls = await sitemapUrls(server.origin);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => new URL(u.url).pathname.startsWith('/admin'))).toEqual([]);
  });
});

describe('creating a project in both languages', () => {
  let saved: string;
  const file = 'content/projects/nha-may-dong-tau-dinh-vu.json';

  beforeAll(async () => {
    await cms.go('/collections/projects/new');
    await cms.fill('code', 'BD-2026-099');
    await cms.fill('title.vi', 'Nhà máy đóng tàu Đình Vũ');
    await cms.fill('title.en', 'Dinh Vu shipyard');
    await cms.fill('summary.vi', 'Nhà máy đóng và sửa chữa tàu sông, kêu gọi nhà đầu tư có kinh nghiệm.');
    await cms.fill('summary.en', 'A yard building and repairing river vessels, seeking an experienced investor.');
    await cms.choose('sector', 'Logistics');
    await cms.choose('zone', 'Khu công nghiệp Bàu Bàng');
    await cms.fill('district.vi', 'Bàu Bàng');
    await cms.fill('district.en', 'Bau Bang');
    await cms.choose('form', 'Liên doanh');
    await cms.fill('capital.amount', '120000000');
    await cms.choose('capital.currency', 'USD');
    await cms.fill('landArea', '12.5');
    await cms.choose('status', 'Đang kêu gọi đầu tư');
    await cms.fill('incentives.vi', 'Ưu đãi theo Luật Đầu tư số 143/2025/QH15.');
    await cms.fill('incentives.en', 'Incentives under Law on Investment No. 143/2025/QH15.');
    // The legal basis is picked from the register by number and title, as an editor looks it up
    // (the 2020 law of the same title is in the list too, replaced).
    await cms.choose('legalBasis', '143/2025/QH15 · Luật Đầu tư', undefined, '143/2025');
    await cms.fill('contact.name.vi', 'Phòng Xúc tiến đầu tư');
    await cms.fill('contact.name.en', 'Investment Promotion Office');
    await cms.fill('contact.role.vi', 'Đầu mối liên hệ');
    await cms.fill('contact.role.en', 'Contact point');
    await cms.fill('contact.email', 'xuctien@example.vn');
    await cms.fill('contact.phone', '+84 274 000 0199');
    await cms.addItem('sources');
    await cms.fill('sources.0.title', 'Danh mục dự án kêu gọi đầu tư 2026');
    await cms.fill('sources.0.date', '2026-11-01');
    await cms.fill('asOf', '2026-11-20');
    await cms.save();
    saved = (await cms.read(file)) ?? '';
  }, 120_000);

  it('saves one JSON file named after the Vietnamese title, with the id the same (đ becomes d)', () => {
    expect(saved, 'no file at ' + file).not.toBe('');
    const data = JSON.parse(saved);
    expect(data.id).toBe('nha-may-dong-tau-dinh-vu');
    expect(data.title).toEqual({ vi: 'Nhà máy đóng tàu Đình Vũ', en: 'Dinh Vu shipyard' });
    expect(data).toMatchObject({ sector: 'logistics', zone: 'bau-bang', form: 'joint-venture', capital: { amount: 120000000, currency: 'USD' }, landArea: 12.5, status: 'calling' });
    // The id of the document in content/legal/, one per line as every list in the files.
    expect(data.legalBasis).toEqual(['law-investment-2025']);
    expect(saved).toContain('  "legalBasis": [\n    "law-investment-2025"\n  ],\n');
    expect(Object.keys(data).slice(0, 5)).toEqual(['id', 'code', 'title', 'summary', 'sector']);
    expect(saved).not.toMatch(/"location"|""|\[\]|null/); // empty optional fields left out
    expect(saved.endsWith('}\n')).toBe(true);
  });

  it('passes the content check, and a build of the tree with it publishes the project in both languages', () => {
    mkdirSync('tests/.tmp', { recursive: true });
    const overlay = mkdtempSync(path.resolve('tests/.tmp/cms-project-'));
    mkdirSync(path.join(overlay, 'content/projects'), { recursive: true });
    writeFileSync(path.join(overlay, file), saved);
    const copy = contentWith(overlay);
    try {
      const tree = loadContentTree(copy.content);
      expect(tree.projects.map((p) => p.data.id)).toContain('nha-may-dong-tau-dinh-vu');
      const r = spawnSync('npx', ['--no-install', 'astro', 'build'], {
        env: { ...process.env, CONTENT_DIR: copy.content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        encoding: 'utf8',
      });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      const vi = readFileSync(path.join(copy.root, 'dist/du-an/nha-may-dong-tau-dinh-vu/index.html'), 'utf8');
      const en = readFileSync(path.join(copy.root, 'dist/en/projects/nha-may-dong-tau-dinh-vu/index.html'), 'utf8');
      expect(vi).toContain('<h1>Nhà máy đóng tàu Đình Vũ</h1>');
      expect(en).toContain('<h1>Dinh Vu shipyard</h1>');
      // The legal basis is the register's document, linked by its number in both languages.
      expect(vi).toContain('>143/2025/QH15</a>');
      expect(en).toContain('>143/2025/QH15</a>');
      expect(en).not.toContain('has not been translated into English yet');
    } finally {
      copy.cleanup();
      rmSync(overlay, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('news in both languages', () => {
  it('edits an article side by side and saves both files with their key unchanged', async () => {
    const vi = 'content/news/vi/2024-08-05-quy-hoach-tinh-2021-2030.mdx';
    const en = 'content/news/en/2024-08-05-quy-hoach-tinh-2021-2030.mdx';
    await cms.go('/collections/news/entries/2024-08-05-quy-hoach-tinh-2021-2030');
    expect(await cms.value('title', 'vi')).toBe('Thủ tướng phê duyệt Quy hoạch tỉnh Bình Dương thời kỳ 2021–2030, tầm nhìn đến năm 2050');
    expect(await cms.value('title', 'en')).toBe('Prime Minister approves the Binh Duong provincial master plan for 2021–2030, with a vision to 2050');
    await cms.fill('summary', 'Quyết định số 790/QĐ-TTg phê duyệt Quy hoạch tỉnh (bản sửa).', 'vi');
    await cms.fill('summary', "Decision No. 790/QD-TTg approves the provincial master plan (revised).", 'en');
    await cms.save();
    for (const [file, summary] of [[vi, 'Quyết định số 790/QĐ-TTg phê duyệt Quy hoạch tỉnh (bản sửa).'], [en, 'Decision No. 790/QD-TTg approves the provincial master plan (revised).']] as const) {
      const text = (await cms.read(file))!;
      expect(text.split('\n').slice(0, 2)).toEqual(['---', 'key: "quy-hoach-tinh-2021-2030"']);
      const changed = diffLines(original(file), text);
      expect(changed, file).toEqual([{ line: 7, was: expect.stringMatching(/^summary: /), now: `summary: ${JSON.stringify(summary)}` }]);
    }
  });

  it('creates an article in both languages, paired by a key made from the Vietnamese title', async () => {
    await cms.go('/collections/news/new');
    await cms.fill('title', 'Đoàn doanh nghiệp Hàn Quốc thăm khu công nghiệp', 'vi');
    await cms.fill('title', 'Korean business delegation visits industrial parks', 'en');
    await cms.fill('date', '2026-11-20T09:30', 'vi');
    for (const [locale, author, unit, summary] of [['vi', 'Ban biên tập', 'Văn phòng Sở', 'Đoàn 20 doanh nghiệp tìm hiểu đất công nghiệp.'], ['en', 'Editorial team', 'Department Office', 'A delegation of 20 companies looks at industrial land.']]) {
      await cms.fill('author', author!, locale);
      await cms.fill('unit', unit!, locale);
      await cms.fill('summary', summary!, locale);
    }
    await cms.choose('tags', 'Thu hút đầu tư', 'vi');
    for (const [locale, text] of [['vi', 'Sáng 20/11, đoàn đã thăm hai khu công nghiệp.'], ['en', 'On 20 November the delegation visited two industrial parks.']]) {
      await (await cms.field('body', locale)).locator('[contenteditable="true"]').first().click();
      await page.keyboard.type(text!);
    }
    await cms.save();
    const name = 'doan-doanh-nghiep-han-quoc-tham-khu-cong-nghiep';
    const vi = (await cms.read(`content/news/vi/${name}.mdx`))!;
    const en = (await cms.read(`content/news/en/${name}.mdx`))!;
    expect(vi).toContain(`key: "${name}"\ntitle: "Đoàn doanh nghiệp Hàn Quốc thăm khu công nghiệp"\ndate: "2026-11-20T09:30:00+07:00"`);
    expect(en).toContain(`key: "${name}"\ntitle: "Korean business delegation visits industrial parks"\ndate: "2026-11-20T09:30:00+07:00"`);
    expect(en).toContain('tags:\n  - "investment-attraction"\n---\n\nOn 20 November the delegation visited two industrial parks.\n');
    expect(vi.endsWith('---\n\nSáng 20/11, đoàn đã thăm hai khu công nghiệp.\n')).toBe(true);
  });
});

describe('news in Vietnamese first', () => {
  it('saves an article with its English turned off, and no English file', async () => {
    await cms.go('/collections/news/new');
    await page.locator('[data-locale="en"]').getByRole('button', { name: 'Hiển thị tùy chọn' }).first().click();
    await page.getByRole('menuitem', { name: /^Tắt/ }).click(); // "Tắt Tiếng Anh", turn English off
    await cms.fill('title', 'Thông báo lịch tiếp doanh nghiệp tháng 12', 'vi');
    await cms.fill('date', '2026-11-25T08:00', 'vi');
    await cms.fill('author', 'Ban biên tập', 'vi');
    await cms.fill('unit', 'Văn phòng Sở', 'vi');
    await cms.fill('summary', 'Lịch tiếp doanh nghiệp trong tháng 12.', 'vi');
    await (await cms.field('body', 'vi')).locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Sở tiếp doanh nghiệp vào sáng thứ Năm hằng tuần.');
    await cms.save();
    const name = 'thong-bao-lich-tiep-doanh-nghiep-thang-12';
    expect(await cms.read(`content/news/vi/${name}.mdx`)).toContain(`key: "${name}"`);
    expect(await cms.list('content/news/en')).not.toContain(`content/news/en/${name}.mdx`);
  });
});

/** Lines that differ between two versions of a file of the same length (1-based line numbers). */
function diffLines(before: string, after: string): { line: number; was: string; now: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [{ line: 0, was: `${a.length} lines`, now: `${b.length} lines` }];
  return a.flatMap((was, i) => (was === b[i] ? [] : [{ line: i + 1, was, now: b[i]! }]));
}

describe('saving without changing anything', () => {
  // Sveltia only enables Save once something changed, so each entry is edited and then restored:
  // the first save must change exactly the edited line, the second must give back the same bytes.
  const kinds = [
    { kind: 'project', route: '/collections/projects/entries/waste-to-energy-plant', file: 'content/projects/waste-to-energy-plant.json', field: 'title.vi' },
    { kind: 'zone', route: '/collections/zones/entries/vsip-1', file: 'content/zones/vsip-1.json', field: 'name.vi' },
    { kind: 'sector', route: '/collections/sectors/entries/logistics', file: 'content/sectors/logistics.json', field: 'summary.vi' },
    { kind: 'dataset', route: '/collections/datasets/entries/fdi-2020-by-channel', file: 'content/datasets/fdi-2020-by-channel.json', field: 'title.vi' },
    { kind: 'site.json', route: '/collections/settings/entries/site', file: 'content/site.json', field: 'hours.vi' },
    { kind: 'tags.json', route: '/collections/settings/entries/tags', file: 'content/tags.json', field: 'tags.1.label.vi' },
    // A replaced law: its amendedBy (multiple) and replacedBy (single) relations come back as they were.
    { kind: 'legal document', route: '/collections/legal/entries/law-investment-2020', file: 'content/legal/law-investment-2020.json', field: 'title.vi' },
    { kind: 'procedure', route: '/collections/settings/entries/procedure', file: 'content/procedure.json', field: 'title.vi' },
    { kind: 'cost table', route: '/collections/settings/entries/minimum-wage', file: 'content/costs/minimum-wage.json', field: 'title.vi' },
    { kind: 'standing page', route: '/collections/pages/entries/about', file: 'content/pages/vi/about.mdx', field: 'description', locale: 'vi' },
    { kind: 'news article', route: '/collections/news/entries/2020-10-02-vung-kinh-te-trong-diem', file: 'content/news/en/2020-10-02-vung-kinh-te-trong-diem.mdx', field: 'unit', locale: 'en' },
  ];

  it.each(kinds)('leaves a $kind byte for byte as it was', async ({ route, file, field, locale }) => {
    const before = original(file);
    await cms.go(route);
    if (field.startsWith('tags.')) await page.getByRole('button', { name: 'Mở rộng tất cả' }).click();
    const value = await cms.value(field, locale);
    expect(value.length).toBeGreaterThan(0);
    await cms.fill(field, `${value} (sửa)`, locale);
    await cms.save();
    const edited = (await cms.read(file))!;
    const changed = diffLines(before, edited);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.now).toContain(' (sửa)');
    await cms.go(route);
    if (field.startsWith('tags.')) await page.getByRole('button', { name: 'Mở rộng tất cả' }).click();
    await cms.fill(field, value, locale);
    await cms.save();
    expect(await cms.read(file)).toBe(before);
  });
});

describe('a translation added by a staff editor', () => {
  it('fills the empty Korean text of a field, named in Vietnamese, and saves it in its place and nothing else', async () => {
    const file = 'content/projects/precision-mould-and-die-workshop.json';
    const before = original(file);
    const data = JSON.parse(before);
    expect(data.contact.role.ko).toBeUndefined();
    await cms.go('/collections/projects/entries/precision-mould-and-die-workshop');
    const field = await cms.field('contact.role.ko');
    expect(await field.textContent()).toContain('Tiếng Hàn (ko)');
    expect(await field.textContent()).toContain('trang tiếng Hàn sẽ hiện bản tiếng Anh');
    await cms.fill('contact.role.ko', '투자 유치 담당');
    await cms.save();
    data.contact.role.ko = '투자 유치 담당';
    expect(await cms.read(file)).toBe(`${JSON.stringify(data, null, 2)}\n`);
  });
});

describe('the session as a whole', () => {
  it('asked nothing of any other origin, broke no CSP rule and threw no error', async () => {
    expect(thirdParty).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
