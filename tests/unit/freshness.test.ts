// English that falls behind, read from git history: a temporary repository holding a copy of the
// sample content gets commits with known dates, and the status report must name what lags.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docLag, parseLog, readHistory, recordLags } from '../../src/lib/content/freshness.ts';
import { localizedTexts } from '../../src/lib/localize.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { contentStatus, formatStatus, strictFailures } from '../../src/lib/content/status.ts';

let repo: string;
let content: string;

function git(args: string[], date?: string, cwd = repo) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Biên tập', GIT_AUTHOR_EMAIL: 'bt@example.vn', GIT_COMMITTER_NAME: 'Biên tập', GIT_COMMITTER_EMAIL: 'bt@example.vn' };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
const edit = (file: string, change: (data: Record<string, any>) => void) => {
  const p = path.join(content, file);
  const data = JSON.parse(readFileSync(p, 'utf8'));
  change(data);
  writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
};
const editText = (file: string, from: string, to: string) => {
  const p = path.join(content, file);
  const text = readFileSync(p, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(p, text.replace(from, to));
};
const commit = (message: string, date: string) => {
  git(['add', '-A']);
  git(['commit', '-q', '-m', message], date);
};
const ARTICLE = 'news/{l}/2024-08-05-quy-hoach-tinh-2021-2030.mdx';

beforeAll(() => {
  repo = mkdtempSync(path.resolve('tests/.tmp/history-'));
  content = path.join(repo, 'content');
  cpSync('content', content, { recursive: true });
  git(['init', '-q', '-b', 'main']);
  commit('Sample content', '2026-01-10T09:00:00+07:00');
  // The Vietnamese title of a project changes; its English does not.
  edit('projects/waste-to-energy-plant.json', (d) => (d.title.vi = 'Nhà máy điện rác Dầu Tiếng'));
  commit('Sửa dự án', '2026-03-01T09:00:00+07:00');
  // A zone: Vietnamese and English change together, so nothing lags.
  edit('zones/vsip-1.json', (d) => ((d.name.vi = 'VSIP I (Thuận An)'), (d.name.en = 'VSIP I (Thuan An)')));
  commit('Sửa khu', '2026-03-02T09:00:00+07:00');
  // A sector's English changes after its Vietnamese: caught up.
  edit('sectors/logistics.json', (d) => (d.summary.vi += ' Cập nhật.'));
  commit('Sửa lĩnh vực (vi)', '2026-03-03T09:00:00+07:00');
  edit('sectors/logistics.json', (d) => (d.summary.en += ' Updated.'));
  commit('Sửa lĩnh vực (en)', '2026-03-04T09:00:00+07:00');
  // An article's Vietnamese changes after its English.
  editText(ARTICLE.replace('{l}', 'vi'), 'Thủ tướng phê duyệt', 'Thủ tướng Chính phủ phê duyệt');
  commit('Sửa tin', '2026-04-01T09:00:00+07:00');
  // A standing page where both files change in one commit.
  editText('pages/vi/about.mdx', 'title: "Giới thiệu"', 'title: "Giới thiệu chung"');
  editText('pages/en/about.mdx', 'title: "About"', 'title: "About us"');
  commit('Sửa trang', '2026-04-02T09:00:00+07:00');
  // The project's incentives change in Vietnamese only.
  edit('projects/waste-to-energy-plant.json', (d) => (d.incentives.vi += ' (sửa đổi)'));
  commit('Sửa căn cứ', '2026-04-05T09:00:00+07:00');
  // A zone's infrastructure: Vietnamese and English change together, the Korean stays as it was.
  edit('zones/bau-bang.json', (d) => ((d.infrastructure.vi += ' Có trạm xử lý nước thải mới.'), (d.infrastructure.en += ' A new wastewater plant.')));
  commit('Sửa hạ tầng', '2026-04-06T09:00:00+07:00');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('reading git history', () => {
  it('reads every commit that touched content/ with its files, in one git log', () => {
    const h = readHistory(content);
    expect(h.status).toBe('ok');
    if (h.status !== 'ok') return;
    expect(h.commits).toHaveLength(9);
    expect(h.commits[0]!.date).toBe('2026-04-06T09:00:00+07:00');
    expect(h.changes.get('content/projects/waste-to-energy-plant.json')).toEqual([1, 7, 8]);
  });

  it('parses the log format in one pass', () => {
    const { commits, changes } = parseLog('\0aaa 2026-01-02T00:00:00+07:00\n\ncontent/a.json\ncontent/b.mdx\n\0bbb 2026-01-01T00:00:00+07:00\n\ncontent/a.json\n');
    expect(commits.map((c) => c.hash)).toEqual(['aaa', 'bbb']);
    expect(changes.get('content/a.json')).toEqual([0, 1]);
    expect(changes.get('content/b.mdx')).toEqual([0]);
  });

  it('says so instead of guessing when the clone is shallow', () => {
    const clone = mkdtempSync(path.resolve('tests/.tmp/shallow-'));
    try {
      git(['clone', '-q', '--depth', '1', `file://${repo}`, clone], undefined, process.cwd());
      const h = readHistory(path.join(clone, 'content'));
      expect(h).toMatchObject({ status: 'shallow', reason: expect.stringContaining('shallow') });
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('says so when the content is not in a git repository', () => {
    const outside = mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'no-git-'));
    try {
      mkdirSync(path.join(outside, 'content'));
      expect(readHistory(path.join(outside, 'content'))).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('not a git repository') });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('translations behind the Vietnamese', () => {
  it('names a record field whose Vietnamese changed in a later commit, and not the ones kept in step', () => {
    const h = readHistory(content);
    const files = ['projects/waste-to-energy-plant.json', 'zones/vsip-1.json', 'sectors/logistics.json'].map((f) => path.join(content, f));
    const lags = recordLags(h, files);
    const project = lags.get(files[0]!)!.lags.map((l) => [l.field, l.locale, l.viChanged.date.slice(0, 10), l.translationChanged.date.slice(0, 10)]);
    // The project's title and incentives are translated into every language.
    expect(project).toEqual([
      ['title', 'en', '2026-03-01', '2026-01-10'],
      ['title', 'zh-Hant', '2026-03-01', '2026-01-10'],
      ['title', 'ja', '2026-03-01', '2026-01-10'],
      ['title', 'ko', '2026-03-01', '2026-01-10'],
      ['incentives', 'en', '2026-04-05', '2026-01-10'],
      ['incentives', 'zh-Hant', '2026-04-05', '2026-01-10'],
      ['incentives', 'ja', '2026-04-05', '2026-01-10'],
      ['incentives', 'ko', '2026-04-05', '2026-01-10'],
    ]);
    // Kept in step in English; the zone's and the sector's other translations were not touched.
    expect(lags.get(files[1]!)!.lags.map((l) => [l.field, l.locale])).toEqual([['name', 'zh-Hant'], ['name', 'ja'], ['name', 'ko']]);
    expect(lags.get(files[2]!)!.lags.map((l) => [l.field, l.locale])).toEqual([['summary', 'zh-Hant'], ['summary', 'ja'], ['summary', 'ko']]);
  });

  it('names an English article whose Vietnamese original changed later, not a page changed in one commit', () => {
    const h = readHistory(content);
    const f = (l: string) => path.join(content, ARTICLE.replace('{l}', l));
    expect(docLag(h, f('vi'), f('en'))?.originalChanged.date).toBe('2026-04-01T09:00:00+07:00');
    expect(docLag(h, path.join(content, 'pages/vi/about.mdx'), path.join(content, 'pages/en/about.mdx'))).toBeUndefined();
  });

  it('reports both in npm run status, with the fields and how long ago, and --strict fails', () => {
    const tree = loadContentTree(content);
    const r = contentStatus(tree, '2026-04-11', 365, readHistory(content));
    expect(r.history).toEqual({ checked: true });
    const en = r.languages.find((l) => l.locale === 'en')!;
    expect(en.behindDocs).toEqual([expect.objectContaining({ file: expect.stringMatching(/news\/en\/2024-08-05/), original: expect.stringMatching(/news\/vi\/2024-08-05/), days: 10 })]);
    expect(en.behindRecords).toEqual([
      { file: expect.stringMatching(/projects\/waste-to-energy-plant\.json$/), fields: [expect.objectContaining({ field: 'title', days: 41 }), expect.objectContaining({ field: 'incentives', days: 6 })] },
    ]);
    const ko = r.languages.find((l) => l.locale === 'ko')!;
    expect(ko.behindRecords.map((x) => [x.file.split('/').slice(-2).join('/'), x.fields.map((f) => f.field)])).toEqual([
      ['projects/waste-to-energy-plant.json', ['title', 'incentives']],
      ['zones/vsip-1.json', ['name']],
      ['sectors/logistics.json', ['summary']],
      ['zones/bau-bang.json', ['infrastructure']],
    ]);
    const text = formatStatus(r);
    expect(text).toContain('English behind the Vietnamese: 2 entries');
    expect(text).toMatch(/news\/en\/2024-08-05-quy-hoach-tinh-2021-2030\.mdx: the Vietnamese \(.*news\/vi\/2024-08-05-quy-hoach-tinh-2021-2030\.mdx\) changed 10 days ago \(2026-04-01\)/);
    expect(text).toMatch(/waste-to-energy-plant\.json: title \(Vietnamese changed 41 days ago, 2026-03-01; English 2026-01-10\); incentives \(Vietnamese changed 6 days ago/);
    expect(text).toMatch(/Korean behind the Vietnamese: 5 entries[\s\S]*pages\/ko\/about\.mdx: the Vietnamese \(.*pages\/vi\/about\.mdx\) changed[\s\S]*bau-bang\.json: infrastructure \(Vietnamese changed 5 days ago, 2026-04-06; Korean 2026-01-10\)/);
    const docs = (l: string) => [...tree.pages, ...tree.news].filter((d) => d.locale === l).length;
    const [koDocs, viDocs] = [docs('ko'), docs('vi')];
    expect(text).toMatch(new RegExp(`ko {7}Korean {15}texts \\d+/\\d+ \\(\\d+%\\), pages ${koDocs}/${viDocs} \\(${Math.floor((100 * koDocs) / viDocs)}%\\), 5 behind`));
    expect(strictFailures(r)).toEqual(['2 entries with English behind the Vietnamese']);
    expect(strictFailures(r, ['ko'])).toEqual([expect.stringMatching(/without Korean$/), '5 entries with Korean behind the Vietnamese']);
  });

  it('clears once the English is updated in a later commit', () => {
    edit('projects/waste-to-energy-plant.json', (d) => ((d.title.en = 'Dau Tieng waste-to-energy plant'), (d.incentives.en += ' (amended)')));
    editText(ARTICLE.replace('{l}', 'en'), 'Prime Minister approves', 'The Prime Minister approves');
    commit('Cập nhật bản dịch', '2026-04-10T09:00:00+07:00');
    const r = contentStatus(loadContentTree(content), '2026-04-11', 365, readHistory(content));
    const en = r.languages.find((l) => l.locale === 'en')!;
    expect(en.behindDocs).toEqual([]);
    expect(en.behindRecords).toEqual([]);
    expect(strictFailures(r)).toEqual([]);
  });

  it('counts missing English as missing, not behind, and --strict fails on it and on unknown history', () => {
    const r = contentStatus(loadContentTree(content), '2026-04-11', 365, { status: 'shallow', reason: 'the git history is shallow' });
    expect(formatStatus(r)).toContain('English behind the Vietnamese: not checked, because the git history is shallow');
    expect(strictFailures(r)).toEqual(['whether English is behind could not be checked: the git history is shallow']);
  });

  it('finds localized texts at any depth, with list indices', () => {
    const texts = localizedTexts({ id: 'x', title: { vi: 'a', en: 'b' }, legalBasis: [{ vi: 'c' }], contact: { name: { vi: 'd', ja: 'e' }, email: 'f' }, other: { vi: 'g', fr: 'h' } });
    expect([...texts.keys()]).toEqual(['title', 'legalBasis[0]', 'contact.name']);
  });
});

// Each case starts the status report twice, a process each: seconds on a busy 2-core machine.
describe('npm run status --strict', { timeout: 30_000 }, () => {
  it('exits non-zero when English is behind, naming it', () => {
    editText(ARTICLE.replace('{l}', 'vi'), 'Thủ tướng Chính phủ phê duyệt', 'Thủ tướng Chính phủ đã phê duyệt');
    commit('Sửa tin lần hai', '2026-04-20T09:00:00+07:00');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.resolve('scripts/content-status.ts'), ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
    const plain = run();
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('English behind the Vietnamese: 1 entry');
    const strict = run('--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('--strict (English): 1 entry with English behind the Vietnamese.');
  });

  it('holds to the languages it is given, and refuses one the list does not have', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.resolve('scripts/content-status.ts'), ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
    const ko = run('--strict=ko');
    expect(ko.status).toBe(1);
    expect(ko.stderr).toMatch(/--strict \(Korean\): \d+ entries without Korean; 5 entries with Korean behind the Vietnamese\./);
    expect(run('--strict=fr').stderr).toContain('--strict: fr is not a translation of content/languages.json');
  });
});
