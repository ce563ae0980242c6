import { loadImage } from '@napi-rs/canvas';
import { createCanvas } from '@napi-rs/canvas';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_CACHE_DAYS, cardName, cardPng, cardStats, cardTitle, drawCard, drawCards, TITLE_BOX } from '../../src/charts/card.ts';
import { undrawable } from '../../src/charts/fonts.ts';
import { allCards, cardFor, cardSpecFor, type CardData } from '../../src/data/cards.ts';
import { useT } from '../../src/i18n/index.ts';
import { breakPieces, CARD_SIZE, cardAlt, cardHash, layoutTitle, type CardSpec, type TitleBox } from '../../src/lib/cards.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { byId, docsByLanguage } from '../../src/lib/indexes.ts';
import { language, LOCALES } from '../../src/lib/languages.ts';
import type { Route } from '../../src/lib/routes.ts';

const host = 'invest.binhduong.example.vn';
const SPECS: Record<string, CardSpec> = {
  vi: { locale: 'vi', title: 'Thủ tướng phê duyệt Quy hoạch tỉnh Bình Dương thời kỳ 2021–2030, tầm nhìn đến năm 2050', titleLang: 'vi', section: 'Tin tức', siteName: 'Sở Công Thương tỉnh Bình Dương', siteNameLang: 'vi', host },
  en: { locale: 'en', title: 'Waste-to-energy plant (municipal solid waste incineration with power generation)', titleLang: 'en', section: 'Projects for investment', siteName: 'Binh Duong Department of Industry and Trade', siteNameLang: 'en', host },
  'zh-Hant': { locale: 'zh-Hant', title: '垃圾焚化發電廠（都市固體廢棄物焚化發電）', titleLang: 'zh-Hant', section: '招商項目', siteName: '平陽省工商廳', siteNameLang: 'zh-Hant', host },
  ja: { locale: 'ja', title: '半導体組立・パッケージング・テスト（OSAT）工場', titleLang: 'ja', section: '投資誘致案件', siteName: 'ビンズオン省商工局', siteNameLang: 'ja', host },
  ko: { locale: 'ko', title: '산업단지 입주 공장용 지붕 태양광 및 배터리 저장장치', titleLang: 'ko', section: '투자 유치 프로젝트', siteName: '빈즈엉성 산업무역국', siteNameLang: 'ko', host },
};

describe("a card's name", () => {
  const spec = SPECS.en!;
  it('is the same for the same card, however its object was built and its text composed', () => {
    const again = { host, siteNameLang: 'en', siteName: spec.siteName, section: spec.section, titleLang: 'en', title: spec.title, locale: 'en' };
    expect(cardHash(again, 'v1')).toBe(cardHash(spec, 'v1'));
    const vi = SPECS.vi!;
    expect(cardHash({ ...vi, title: vi.title.normalize('NFD') }, 'v1')).toBe(cardHash(vi, 'v1'));
    expect(cardHash(spec, 'v1')).toMatch(/^[0-9a-f]{20}$/);
  });

  it('changes with the title, the language, the section, the site and the drawing', () => {
    const names = [
      cardHash(spec, 'v1'),
      cardHash({ ...spec, title: `${spec.title}.` }, 'v1'),
      cardHash({ ...spec, locale: 'ja' }, 'v1'),
      cardHash({ ...spec, titleLang: 'vi' }, 'v1'),
      cardHash({ ...spec, section: 'News' }, 'v1'),
      cardHash({ ...spec, siteName: 'Another department' }, 'v1'),
      cardHash({ ...spec, host: 'example.org' }, 'v1'),
      cardHash(spec, 'v2'),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  it("includes the drawing's version: the card code's, the canvas's and the fonts' packages', the logo's", () => {
    expect(cardName(spec)).toBe(cardName({ ...spec }));
    expect(cardName(spec)).not.toBe(cardHash(spec, 'v1'));
  });
});

describe("a title's lines (a stand-in measure: every character half the font size wide)", () => {
  const measure = (s: string, size: number) => [...s].length * size * 0.5;
  const box: TitleBox = { width: 600, height: 300, maxLines: 4, sizes: [60, 50, 40], leading: 1.25 };

  it('break Latin and Vietnamese at spaces, Chinese and Japanese between characters, Korean at spaces', () => {
    expect(breakPieces('Quy hoạch tỉnh').map((p) => p.text)).toEqual(['Quy', 'hoạch', 'tỉnh']);
    expect(breakPieces('工業団地').map((p) => p.text)).toEqual(['工', '業', '団', '地']);
    expect(breakPieces('산업단지 입주').map((p) => p.text)).toEqual(['산업단지', '입주']);
    // a Latin word inside Japanese stays whole; brackets and 、。・ stay with their neighbours
    expect(breakPieces('（OSAT）工場、倉庫・港').map((p) => p.text)).toEqual(['（OSAT）', '工', '場、', '倉', '庫・', '港']);
  });

  it('take the largest size that fits, smaller ones for longer titles, and balance the lines', () => {
    expect(layoutTitle('Liên hệ', box, measure)).toMatchObject({ size: 60, lines: ['Liên hệ'], truncated: false });
    // 30 characters at 60px need 2 lines of at most 20; filled greedily they would be
    // "Industrial zones of" and "Binh Duong", balanced they split nearer the middle
    const two = layoutTitle('Industrial zones of Binh Duong', box, measure);
    expect(two.size).toBe(60);
    expect(two.lines).toEqual(['Industrial zones', 'of Binh Duong']);
    const long = 'Tỉnh Bình Dương triển khai thực hiện các nhiệm vụ, giải pháp đẩy mạnh phát triển vùng kinh tế trọng điểm phía Nam';
    const l = layoutTitle(long, box, measure);
    expect(l.size).toBeLessThan(60);
    expect(l.lines.join(' ')).toBe(long);
    expect(l.lines.length * l.lineHeight).toBeLessThanOrEqual(box.height);
  });

  it('end in an ellipsis only when the smallest size cannot hold the title', () => {
    const endless = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const l = layoutTitle(endless, box, measure);
    expect(l).toMatchObject({ size: 40, truncated: true });
    expect(l.lines).toHaveLength(4);
    expect(l.lines.at(-1)).toMatch(/…$/);
    for (const line of l.lines) expect(measure(line, 40)).toBeLessThanOrEqual(box.width);
  });

  it('cut a word longer than a line between its characters', () => {
    const l = layoutTitle('Donaudampfschifffahrtsgesellschaftskapitänswitwe', { ...box, sizes: [60] }, measure);
    expect(l.lines.join('')).toBe('Donaudampfschifffahrtsgesellschaftskapitänswitwe');
    for (const line of l.lines) expect(measure(line, 60)).toBeLessThanOrEqual(box.width);
  });
});

describe("a title's lines on a real card (the card's fonts and box)", () => {
  const NO_START = /^[、。，．・：；？！ー）」』】〕]/u;
  const within = (t: ReturnType<typeof cardTitle>) => {
    expect(t.lines.length).toBeLessThanOrEqual(TITLE_BOX.maxLines);
    expect(t.height).toBeLessThanOrEqual(TITLE_BOX.height);
    for (const w of t.widths) expect(w).toBeLessThanOrEqual(TITLE_BOX.width);
  };

  it('a long Vietnamese title: within the box and the line limit, broken at spaces, nothing lost', () => {
    const title = 'Tỉnh Bình Dương triển khai thực hiện các nhiệm vụ, giải pháp đẩy mạnh phát triển vùng kinh tế trọng điểm phía Nam và vùng Đông Nam Bộ';
    const t = cardTitle({ ...SPECS.vi!, title });
    within(t);
    expect(t.truncated).toBe(false);
    expect(t.lines.length).toBeGreaterThan(2);
    expect(t.lines.join(' ')).toBe(title);
  });

  it('a long Japanese title without spaces: within the box, broken between characters, no line starting with 、。・）', () => {
    const title = '工業団地内の工場向け屋根置き太陽光発電設備および蓄電池システムの導入と運営、並びに関連する送配電設備の整備事業';
    const t = cardTitle({ ...SPECS.ja!, title });
    within(t);
    expect(t.lines.length).toBeGreaterThan(1);
    expect(t.lines.join('')).toBe(title);
    for (const line of t.lines.slice(1)) expect(line).not.toMatch(NO_START);
  });

  it('a Korean title: within the box, broken between words', () => {
    const title = '산업단지 입주 공장용 지붕 태양광 및 배터리 저장장치 설치와 운영, 그리고 관련 송배전 설비 정비 사업';
    const t = cardTitle({ ...SPECS.ko!, title });
    within(t);
    expect(t.lines.join(' ')).toBe(title);
  });

  it('a title no size can hold: four lines, the last cut with an ellipsis, still within the box', () => {
    const t = cardTitle({ ...SPECS.en!, title: Array.from({ length: 12 }, () => 'Binh Duong provincial master plan for 2021–2030').join(', ') });
    within(t);
    expect(t.truncated).toBe(true);
    expect(t.lines.at(-1)).toMatch(/…$/);
  });
});

/** The card's pixels, decoded from its PNG. */
async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}
/** Pixels in a rectangle drawn in the title's ink (#1b1f24: dark, a little blue), anti-aliasing aside. */
function ink(p: Awaited<ReturnType<typeof pixels>>, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = Math.max(0, y0); y < Math.min(p.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(p.width, x1); x++) {
      const i = (y * p.width + x) * 4;
      if (p.data[i]! < 80 && p.data[i + 1]! < 80 && p.data[i + 2]! < 90) n++;
    }
  }
  return n;
}

describe('a drawn card', () => {
  for (const [name, spec] of Object.entries(SPECS)) {
    it(`in ${name}: a 1200×630 PNG with every character in its fonts and ink on each line of the title, none outside`, async () => {
      for (const [value, lang] of [[spec.title, spec.titleLang], [spec.section, spec.locale], [spec.siteName, spec.siteNameLang]] as const) expect(undrawable(value, lang)).toEqual([]);
      const png = drawCard(spec);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const p = await pixels(png);
      expect([p.width, p.height]).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
      // the band in the site's blue (#0b4f8a), the white below it, opaque
      const at = (x: number, y: number) => [...p.data.subarray((y * p.width + x) * 4, (y * p.width + x) * 4 + 4)];
      expect(at(1150, 20)).toEqual([0x0b, 0x4f, 0x8a, 255]);
      expect(at(1150, 300)).toEqual([255, 255, 255, 255]);
      const t = cardTitle(spec);
      t.lines.forEach((line, i) => {
        const top = t.y + i * t.lineHeight;
        // a line of text inks a good share of its box: a blank or boxed-out line would not
        const share = ink(p, t.x, top, t.x + t.widths[i]!, top + t.lineHeight) / (t.widths[i]! * t.lineHeight);
        expect(share, `line ${i + 1} "${line}"`).toBeGreaterThan(0.08);
      });
      // nothing of the title past its box: right of it, or below it before the foot
      expect(ink(p, t.x + t.width, 0, CARD_SIZE.width, CARD_SIZE.height)).toBe(0);
      expect(ink(p, 0, t.y + t.height + 4, CARD_SIZE.width, CARD_SIZE.height)).toBe(0);
      expect(ink(p, 0, 0, CARD_SIZE.width, t.y - 4)).toBe(0);
    });
  }

  it('stops on a character no font has, naming the page and the character', () => {
    const spec = { ...SPECS.en!, title: 'Solar park पूंजी' };
    expect(() => drawCard(spec, '/en/projects/solar-park/')).toThrow(/\/en\/projects\/solar-park\/: the social card's title "Solar park पूंजी" has characters no card font can draw .*"प" \(U\+092A\)/);
  });
});

describe('the card cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'og-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a card once: the second time it is read from its file', () => {
    const spec = { ...SPECS.ja!, title: `${SPECS.ja!.title} キャッシュ` };
    const drawn = cardStats.drawn;
    const cached = cardStats.cached;
    const first = cardPng(spec, { cacheDir: dir });
    const file = path.join(dir, `${cardName(spec)}.png`);
    const mtime = statSync(file).mtimeMs;
    const second = cardPng(spec, { cacheDir: dir });
    expect(cardStats.drawn - drawn).toBe(1);
    expect(cardStats.cached - cached).toBe(1);
    expect(second.equals(first)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('draws, several at a time, only the cards not in it yet', async () => {
    const specs = LOCALES.map((l) => ({ spec: { ...SPECS[l]!, title: `${SPECS[l]!.title} 2` }, page: `/${l}/` }));
    await drawCards(specs.slice(0, 2), { cacheDir: dir });
    const drawn = cardStats.drawn;
    await drawCards(specs, { cacheDir: dir, concurrency: 2 });
    expect(cardStats.drawn - drawn).toBe(specs.length - 2);
    for (const { spec } of specs) {
      const p = await pixels(cardPng(spec, { cacheDir: dir }));
      expect([p.width, p.height]).toEqual([1200, 630]);
    }
  });

  it('forgets cards no build has used for a month, and keeps those in use however old', async () => {
    const spec = { ...SPECS.vi!, title: `${SPECS.vi!.title} cũ` };
    const stale = path.join(dir, 'stale-card.png');
    const oldInUse = path.join(dir, `${cardName(spec)}.png`);
    cardPng(spec, { cacheDir: dir });
    writeFileSync(stale, 'x');
    const longAgo = new Date(Date.now() - (CARD_CACHE_DAYS + 1) * 86_400_000);
    utimesSync(stale, longAgo, longAgo);
    utimesSync(oldInUse, longAgo, longAgo);
    await drawCards([{ spec, page: '/' }], { cacheDir: dir });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(oldInUse)).toBe(true);
    expect(Date.now() - statSync(oldInUse).mtimeMs).toBeLessThan(60_000);
  });
});

describe('the cards of the site (content/)', () => {
  const tree = loadContentTree('content');
  const entry = <T,>(d: { locale: string; file: string; data: T }) => ({ id: `${d.locale}/${path.basename(d.file)}`, data: d.data });
  const data = {
    site: tree.site,
    routes: routeMapFromTree(tree),
    sector: byId(tree.sectors.map((r) => r.data), 'sector'),
    zone: byId(tree.zones.map((r) => r.data), 'zone'),
    project: byId(tree.projects.map((r) => r.data), 'project'),
    tag: byId(tree.tags.map((r) => r.data), 'tag'),
    legalDoc: byId(tree.legal.map((r) => r.data), 'legal document'),
    articles: docsByLanguage(tree.news.map(entry), (e) => e.data.key, (e) => e.id.split('/')[0]!, (l) => !language(l).complete),
    standing: docsByLanguage(tree.pages.map(entry), (e) => e.data.key, (e) => e.id.split('/')[0]!),
  } as unknown as CardData;
  const route = (key: string, locale: string) => data.routes.get(key, locale);
  const project = tree.projects[0]!.data;

  it("a project's card: its title in the page's language, the section's name, the department's, and alt text in the language", async () => {
    const card = (await cardFor(route(`project:${project.id}`, 'ja'), data))!;
    const spec = cardSpecFor(route(`project:${project.id}`, 'ja'), data)!;
    expect(spec).toMatchObject({ locale: 'ja', title: project.title.ja, titleLang: 'ja', section: '投資誘致案件', siteName: 'ビンズオン省商工局', siteNameLang: 'ja', host });
    expect(card).toEqual({ url: `/og/${cardName(spec)}.png`, alt: `ビンズオン省商工局の投資誘致案件「${project.title.ja}」`, width: 1200, height: 630 });
    expect((await cardFor(route(`project:${project.id}`, 'vi'), data))!.alt).toBe(`${project.title.vi} – Dự án kêu gọi đầu tư, Sở Công Thương tỉnh Bình Dương`);
  });

  it("a page in a partial language shows its fallback's title, marked with that language", () => {
    const spec = cardSpecFor(route('page:workforce', 'ko'), data)!;
    expect(spec).toMatchObject({ locale: 'ko', titleLang: 'en', title: 'Workforce', section: '투자자 정보' });
    expect(cardSpecFor(route('page:contact', 'ko'), data)).toMatchObject({ titleLang: 'ko', title: '문의' });
  });

  it('an article, the home page, a list and a narrowed list each have their own card; later pages of a list share the first one', async () => {
    const article = tree.news.find((n) => n.locale === 'en')!.data;
    expect(cardSpecFor(route(`article:${article.key}`, 'en'), data)).toMatchObject({ title: article.title, titleLang: 'en', section: 'News' });
    expect(cardSpecFor(route('home', 'en'), data)).toMatchObject({ title: 'Investment promotion portal', section: 'Information for investors' });
    expect(cardSpecFor(route('projects', 'en'), data)).toMatchObject({ title: 'Projects calling for investment', section: 'Investment promotion portal' });
    const sector = tree.sectors[0]!.data;
    expect(cardSpecFor(route(`projects:sector:${sector.id}`, 'en'), data)).toMatchObject({ title: `Projects in ${sector.name.en}`, section: 'Projects for investment' });
    const first = route('projects', 'vi');
    const second: Route = { ...first, key: 'projects:page:2', path: '/du-an/trang/2/', list: { ...first.list!, page: 2, pages: 2 } };
    expect((await cardFor(second, data))!.url).toBe((await cardFor(first, data))!.url);
  });

  it('the search page and the 404 pages have none', async () => {
    for (const locale of LOCALES) {
      expect(await cardFor(route('search', locale), data)).toBeUndefined();
      expect(await cardFor(route('notFound', locale), data)).toBeUndefined();
    }
  });

  it('every card once, for every page worth sharing, all drawable', () => {
    const cards = allCards(data);
    expect(new Set(cards.map((c) => c.hash)).size).toBe(cards.length);
    const shared = data.routes.all.filter((r) => r.kind !== 'search' && r.kind !== 'notFound');
    expect(cards.length).toBeGreaterThan(0.9 * shared.length);
    expect(cards.length).toBeLessThanOrEqual(shared.length);
    for (const c of cards) for (const [value, lang] of [[c.spec.title, c.spec.titleLang], [c.spec.section, c.spec.locale], [c.spec.siteName, c.spec.siteNameLang]] as const) expect(undrawable(value, lang), `${c.page}: ${value}`).toEqual([]);
  });

  it("a page with a lead picture shows it, cropped to the card's size, with its alt text in the page's language, and has no drawn card", async () => {
    const zone = tree.zones[0]!.data;
    const src = { src: '/content/images/zones/gate.jpg', width: 4000, height: 3000, format: 'jpg' };
    const photo = { src, alt: { vi: 'Cổng khu công nghiệp', en: 'The industrial zone gate' }, credit: 'Staff', date: '2026-01-01' };
    const withPhoto = { ...data, zone: (id: string) => (id === zone.id ? { ...zone, photos: [photo] } : data.zone(id)) } as CardData;
    const asked: unknown[] = [];
    const getImage = async (options: { src: unknown; width: number; height: number }) => {
      asked.push(options);
      return { src: '/_astro/gate.hash.jpg', attributes: {}, options, rawOptions: options, srcSet: { values: [], attribute: '' } } as never;
    };
    const card = await cardFor(route(`zone:${zone.id}`, 'ja'), withPhoto, { getImage });
    expect(card).toMatchObject({ url: '/_astro/gate.hash.jpg', alt: 'The industrial zone gate', width: 1200, height: 630 });
    expect(asked).toEqual([{ src, width: 1200, height: 630, fit: 'cover', format: 'jpg' }]);
    expect(allCards(withPhoto).some((c) => c.page === route(`zone:${zone.id}`, 'ja').path)).toBe(false);
    expect(allCards(data).some((c) => c.page === route(`zone:${zone.id}`, 'ja').path)).toBe(true);
  });

  it('alt text reads naturally in every language', () => {
    const spec = { title: 'X', section: 'S', siteName: 'D' };
    expect(LOCALES.map((l) => cardAlt(useT(l), spec))).toEqual(['X – S, D', 'X – S, D', 'DS「X」', 'DのS「X」', 'D S: X']);
  });
});
