// A page's social card, drawn at build time on the canvas the charts use, with the same fonts
// (src/charts/fonts.ts): the department's logo and name on a band in the site's blue, the section
// and the page's title in its language, the site's address at the foot. What a card shows, its
// name and its title's lines come from src/lib/cards.ts; here it is drawn, and kept. (A PNG holds
// glyphs, not text, so the SVG charts' glyph-to-character repair, charactersBack, is not needed.)
//
// Cards are kept by name in node_modules/.cache/og-cards/ (the name is a hash of the texts, this
// drawing's version, the fonts' and the logo), so a build draws only the cards that changed: about
// 10,000 at the department's size, most of them the same from one build to the next.
import { createCanvas, Image, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { crc32, deflate, deflateSync } from 'node:zlib';
import { CACHE_DAYS, keepFile, pruneUnused } from '../lib/file-cache.ts';
import { CARD_SIZE, cardHash, layoutTitle, type CardSpec, type TitleBox } from '../lib/cards.ts';
import { familiesFor, fontVersions, undrawable } from './fonts.ts';

/** Bump when the drawing changes (the layout's numbers below are counted in by themselves): every
 * card is drawn again. */
export const CARD_VERSION = 2;

// The site's colours (src/styles/global.css).
const BRAND_DARK = '#073660';
const BRAND = '#0b4f8a';
const INK = '#1b1f24';
const MUTED = '#4a5560';
const LINE = '#c9d3dd';
const ACCENT = '#b3261e';

const { width: W, height: H } = CARD_SIZE;
const MARGIN = 80;
const BAND = 136; // the band with the logo and the name
const FOOT = 72; // the address at the foot
const SECTION_HEIGHT = 76; // the accent rule and the section's name, above the title
/** The title's box: the white between the band and the foot, less the section's name. */
export const TITLE_BOX: TitleBox = {
  width: W - 2 * MARGIN,
  height: H - FOOT - BAND - 8 - SECTION_HEIGHT - 2 * 28,
  maxLines: 4,
  sizes: [72, 64, 58, 52, 46, 42],
  leading: 1.24,
};

/** public/logo.svg: beside the source, or in the project being built once Astro has bundled this
 * module elsewhere. */
function logoFile(): string {
  const own = fileURLToPath(new URL('../../public/logo.svg', import.meta.url));
  return existsSync(own) ? own : path.resolve(process.cwd(), 'public/logo.svg');
}

let logo: { image: Image; digest: string } | undefined;
function loadLogo() {
  if (!logo) {
    const svg = readFileSync(logoFile());
    const image = new Image();
    image.src = svg;
    logo = { image, digest: createHash('sha256').update(svg).digest('hex').slice(0, 12) };
  }
  return logo;
}

let version: string | undefined;
/** What a card's picture depends on besides its texts: this drawing, the canvas and font packages,
 * the logo. */
export function drawingVersion(): string {
  const layout = JSON.stringify([BRAND_DARK, BRAND, INK, MUTED, LINE, ACCENT, MARGIN, BAND, FOOT, SECTION_HEIGHT, TITLE_BOX]);
  return (version ??= `card-${CARD_VERSION} ${layout} ${fontVersions()} logo:${loadLogo().digest}`);
}

/** The card's name (its file is /og/<name>.png). */
export function cardName(spec: CardSpec): string {
  return cardHash(spec, drawingVersion());
}

/** Stops the build when a card would show a character none of its fonts has (an empty box),
 * naming the page, the text and the character. */
export function assertCardDrawable(spec: CardSpec, page: string): void {
  const texts: [string, string, string][] = [
    ['title', spec.title, spec.titleLang],
    ['section', spec.section, spec.locale],
    ['site name', spec.siteName, spec.siteNameLang],
    ['address', spec.host, spec.locale],
  ];
  for (const [what, value, lang] of texts) {
    const missing = undrawable(value, lang);
    if (missing.length) {
      throw new Error(`${page}: the social card's ${what} "${value}" has characters no card font can draw (src/charts/fonts.ts): ${missing.map((c) => `${JSON.stringify(c)} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`);
    }
  }
}

/** The font list for one text: only the families it needs (each family Skia is given costs time
 * on every new text), in the order of its language's list. */
function fontFor(text: string, lang: string): string {
  return familiesFor(text, lang).map((f) => `"${f}"`).join(', ');
}

// One canvas for the cards drawn one at a time, synchronously (and for measuring).
let canvas: Canvas | undefined;

/** Fits a one-line text into a width, smaller down to minSize, then cut with "…". */
function fitLine(ctx: SKRSContext2D, text: string, weight: number, size: number, minSize: number, family: string, width: number): string {
  for (let s = size; s >= minSize; s -= 2) {
    ctx.font = `${weight} ${s}px ${family}`;
    if (ctx.measureText(text).width <= width) return text;
  }
  const chars = [...text];
  while (chars.length > 1 && ctx.measureText(`${chars.join('').trimEnd()}…`).width > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Where the title goes: its font, its lines (src/lib/cards.ts) and their baselines, and the top
 * of the block it makes with the section's name. */
function place(ctx: SKRSContext2D, spec: CardSpec) {
  const family = fontFor(`${spec.title}…`, spec.titleLang);
  const layout = layoutTitle(spec.title, TITLE_BOX, (text, size) => {
    ctx.font = `700 ${size}px ${family}`;
    return ctx.measureText(text).width;
  });
  const block = SECTION_HEIGHT + layout.lines.length * layout.lineHeight;
  const top = Math.round(BAND + 8 + (H - FOOT - BAND - 8 - block) / 2);
  const titleTop = top + SECTION_HEIGHT;
  // each baseline where a line box of lineHeight centres the font's em box
  const baselines = layout.lines.map((_, i) => Math.round(titleTop + i * layout.lineHeight + (layout.lineHeight - layout.size) / 2 + layout.size * 0.86));
  return { family, layout, top, titleTop, baselines };
}

/** The title's place on a card, measured with the card's fonts: its lines, size and the box
 * they take (x, y, width, height), for tests and for checking a long title. */
export function cardTitle(spec: CardSpec) {
  canvas ??= createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  const { family, layout, titleTop } = place(ctx, spec);
  ctx.font = `700 ${layout.size}px ${family}`;
  return { ...layout, x: MARGIN, y: titleTop, width: TITLE_BOX.width, height: layout.lines.length * layout.lineHeight, widths: layout.lines.map((l) => ctx.measureText(l).width) };
}

/** Paints the card on a canvas of the card's size (every pixel: a canvas is reused). */
function paint(canvas: Canvas, spec: CardSpec, page: string): void {
  assertCardDrawable(spec, page);
  const ctx = canvas.getContext('2d');
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);

  // The band: the site's header, logo and name.
  ctx.fillStyle = BRAND;
  ctx.fillRect(0, 0, W, BAND);
  ctx.fillStyle = BRAND_DARK;
  ctx.fillRect(0, BAND, W, 8);
  const mark = 80;
  ctx.drawImage(loadLogo().image, MARGIN, (BAND - mark) / 2, mark, mark);
  ctx.fillStyle = '#ffffff';
  const nameFamily = fontFor(spec.siteName, spec.siteNameLang);
  const nameX = MARGIN + mark + 28;
  const name = fitLine(ctx, spec.siteName, 700, 34, 24, nameFamily, W - MARGIN - nameX);
  ctx.fillText(name, nameX, BAND / 2 + 12);

  // The section's name over a short rule in the accent colour, then the title; the two together
  // sit in the middle of the white between the band and the foot.
  const { family: titleFamily, layout, top, baselines } = place(ctx, spec);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(MARGIN, top, 56, 6);
  ctx.fillStyle = BRAND;
  const section = fitLine(ctx, spec.section, 700, 28, 22, fontFor(`${spec.section}…`, spec.locale), TITLE_BOX.width);
  ctx.fillText(section, MARGIN, top + 48);
  ctx.font = `700 ${layout.size}px ${titleFamily}`;
  ctx.fillStyle = INK;
  layout.lines.forEach((line, i) => ctx.fillText(line, MARGIN, baselines[i]!));

  // The foot: a rule and the site's address.
  ctx.fillStyle = LINE;
  ctx.fillRect(MARGIN, H - FOOT, W - 2 * MARGIN, 2);
  ctx.fillStyle = MUTED;
  ctx.font = `400 24px ${fontFor(spec.host, spec.locale)}`;
  ctx.fillText(spec.host, MARGIN, H - FOOT + 44);
}

// The PNG is written here rather than by Skia: Skia's encoder tries every row filter at zlib's
// default level and takes about 20 ms for a card, most of a card's time. The card is opaque and
// mostly flat colour, so its rows unfiltered at level 6 compress better (about 50 KB, Skia's 70 KB)
// in about 8 ms, and the compressing can run on Node's thread pool (drawCards).
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZLIB = { level: 6 };

/** The canvas's pixels as PNG scanlines (RGBA, each row after its filter byte, 0: none). */
function scanlines(canvas: Canvas): Buffer {
  const pixels = canvas.data(); // RGBA, premultiplied: the same as straight on an opaque card
  const row = W * 4;
  const out = Buffer.alloc(H * (row + 1));
  for (let y = 0; y < H; y++) pixels.copy(out, y * (row + 1) + 1, y * row, (y + 1) * row);
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

function png(compressed: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(W, 0);
  header.writeUInt32BE(H, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, no filter choice, not interlaced
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]);
}

/** The card as a PNG, drawn now (no cache). */
export function drawCard(spec: CardSpec, page = 'a page'): Buffer {
  canvas ??= createCanvas(W, H);
  paint(canvas, spec, page);
  return png(deflateSync(scanlines(canvas), ZLIB));
}

/** Where drawn cards are kept between builds. */
export function cardCacheDir(): string {
  return path.resolve(process.cwd(), 'node_modules/.cache/og-cards');
}

/** How many cards this process has drawn and read from the cache (for tests and the build log). */
export const cardStats = { drawn: 0, cached: 0 };

function keep(file: string, png: Buffer): void {
  keepFile(file, png);
  cardStats.drawn++;
}

export interface CacheOptions {
  /** Named in the error when a character cannot be drawn. */
  page?: string;
  cacheDir?: string;
}

/** The card as a PNG: read from the cache when a card of that name was drawn before, else drawn
 * and kept. */
export function cardPng(spec: CardSpec, { page = 'a page', cacheDir = cardCacheDir() }: CacheOptions = {}): Buffer {
  const file = path.join(cacheDir, `${cardName(spec)}.png`);
  if (existsSync(file)) {
    cardStats.cached++;
    return readFileSync(file);
  }
  const png = drawCard(spec, page);
  keep(file, png);
  return png;
}

const deflateAsync = promisify(deflate);

/** Draws every card not in the cache yet. Painting is quick; the compressing runs on Node's
 * thread pool while the next card is painted, a few at a time. The build calls it once, before the
 * cards are served. */
export async function drawCards(cards: { spec: CardSpec; page: string }[], { cacheDir = cardCacheDir(), concurrency = 4 } = {}): Promise<void> {
  canvas ??= createCanvas(W, H);
  const running = new Set<Promise<void>>();
  const now = new Date();
  const wanted = new Set<string>();
  for (const card of cards) {
    const file = path.join(cacheDir, `${cardName(card.spec)}.png`);
    wanted.add(file);
    if (existsSync(file)) {
      utimesSync(file, now, now); // in use: kept by the pruning below
      continue;
    }
    paint(canvas, card.spec, card.page);
    const job: Promise<void> = deflateAsync(scanlines(canvas), ZLIB).then((compressed) => {
      keep(file, png(compressed));
      running.delete(job);
    });
    running.add(job);
    if (running.size >= concurrency) await Promise.race(running);
  }
  await Promise.all(running);
  pruneCards(cacheDir, wanted, now);
}

/** Cards no build has used for this long are deleted (src/lib/file-cache.ts). */
export const CARD_CACHE_DAYS = CACHE_DAYS;

export function pruneCards(cacheDir: string, keep: Set<string>, now = new Date()): number {
  return pruneUnused(cacheDir, ['.png'], keep, now);
}
