// Social cards: the 1200×630 image a page shows when it is shared (og:image, twitter:image). A card
// is drawn at build time from a few texts (src/charts/card.ts); this module is what can be said about
// it without a canvas: what is drawn (the spec), its name (a hash of the spec and of the drawing, so
// an unchanged card is never drawn twice and a changed drawing draws every card again), its address,
// its alt text, and how a title is cut into lines.
import { createHash } from 'node:crypto';
import type { Locale } from './schema.ts';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Everything a drawn card shows. Each text comes with the language it is really in (a partial
 * language's page may show its fallback's title), which picks its fonts. */
export interface CardSpec {
  /** The page's language: the section name is in it. */
  locale: Locale;
  title: string;
  titleLang: Locale;
  /** The section's name in the page's language ("Dự án kêu gọi đầu tư", "Projects for investment"). */
  section: string;
  siteName: string;
  siteNameLang: Locale;
  /** The site's address without the scheme ("invest.binhduong.example.vn"), at the card's foot. */
  host: string;
}

const KEYS: (keyof CardSpec)[] = ['locale', 'title', 'titleLang', 'section', 'siteName', 'siteNameLang', 'host'];

/** The card's name: a hash of what it shows and of the drawing's version (drawing code, fonts,
 * logo), so that the name changes whenever the picture would. Fields are hashed in a fixed order
 * and texts in NFC, so the same card has the same name however its object was built. */
export function cardHash(spec: CardSpec, drawing: string): string {
  const fields = KEYS.map((k) => spec[k].normalize('NFC'));
  return createHash('sha256').update(JSON.stringify([drawing, ...fields])).digest('hex').slice(0, 20);
}

export const CARD_DIR = '/og/';

export function cardPath(hash: string): string {
  return `${CARD_DIR}${hash}.png`;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The card's alt text in the page's language (catalogue key card.alt). */
export function cardAlt(t: Translate, spec: Pick<CardSpec, 'title' | 'section' | 'siteName'>): string {
  return t('card.alt', { title: spec.title, section: spec.section, site: spec.siteName });
}

// ---- Cutting a title into lines ----------------------------------------------------------------

// Chinese and Japanese are written without spaces and may break between any two characters
// (Korean breaks between words, as the pages do with word-break: keep-all). Latin and Vietnamese
// break at spaces.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u30fc]/u;
// Characters a line may not start with, and ones it may not end with (JIS X 4051's rules, short):
// closing brackets and punctuation, small kana and the prolonged sound mark stay with what precedes
// them, opening brackets with what follows.
const NO_START = new Set([...'、。，．・：；？！ー‐゠–—…‥々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ）〕］｝〉》」』】〙〗〟’”｠»,.:;!?)]}%％']);
const NO_END = new Set([...'（〔［｛〈《「『【〘〖〝‘“｟«([{']);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const split = (s: string) => [...graphemes.segment(s)].map((g) => g.segment);

/** A piece of a title no line break falls inside, and whether a space comes before it. */
export interface Piece {
  text: string;
  space: boolean;
}

/** The title cut at every place a line may break. */
export function breakPieces(title: string): Piece[] {
  const out: Piece[] = [];
  for (const word of title.normalize('NFC').trim().split(/\s+/u)) {
    if (!word) continue;
    const chars = split(word);
    let piece = { text: '', space: out.length > 0 };
    chars.forEach((ch, i) => {
      const prev = chars[i - 1];
      if (prev !== undefined && (CJK.test(prev) || CJK.test(ch)) && !NO_START.has(ch) && !NO_END.has(prev)) {
        out.push(piece);
        piece = { text: '', space: false };
      }
      piece.text += ch;
    });
    out.push(piece);
  }
  return out;
}

/** The width of a text at a font size, in pixels (the canvas's measureText). */
export type Measure = (text: string, size: number) => number;

export interface TitleBox {
  width: number;
  height: number;
  maxLines: number;
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  leading: number;
}

export interface TitleLayout {
  size: number;
  lineHeight: number;
  lines: string[];
  /** True when even the smallest size needed more lines and the last one ends in "…". */
  truncated: boolean;
}

/** Greedy line filling: each line takes pieces while they fit; a piece wider than a line on its
 * own (a long word, a long run of Korean without spaces) is cut between characters. */
function fill(pieces: Piece[], fits: (s: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const p of pieces) {
    const next = line ? line + (p.space ? ' ' : '') + p.text : p.text;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(p.text)) {
      line = p.text;
      continue;
    }
    for (const ch of split(p.text)) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The title in the box: the largest size at which it fits in at most maxLines lines, with the
 * lines balanced (as CSS text-wrap: balance: the narrowest width that needs no more lines, so a
 * two-line title is not one full line and one word). Only when the smallest size still needs more
 * lines is the last line cut with an ellipsis. */
export function layoutTitle(title: string, box: TitleBox, measureText: Measure): TitleLayout {
  const pieces = breakPieces(title);
  // Balancing fills the same lines at several widths: each text is measured once per size.
  const widths = new Map<string, number>();
  const measure = (s: string, size: number) => {
    const key = `${size}|${s}`;
    let w = widths.get(key);
    if (w === undefined) widths.set(key, (w = measureText(s, size)));
    return w;
  };
  const fitsAt = (size: number, width: number) => (s: string) => measure(s, size) <= width;
  const linesAt = (size: number) => Math.min(box.maxLines, Math.floor(box.height / Math.round(size * box.leading)));
  for (const size of box.sizes) {
    const lines = fill(pieces, fitsAt(size, box.width));
    if (lines.length > linesAt(size)) continue;
    return { size, lineHeight: Math.round(size * box.leading), lines: balance(lines.length, box.width, (w) => fill(pieces, fitsAt(size, w))), truncated: false };
  }
  const size = box.sizes.at(-1)!;
  const fits = fitsAt(size, box.width);
  const lines = fill(pieces, fits).slice(0, Math.max(1, linesAt(size)));
  // The last line, already nearly full, is cut back a character at a time until "…" fits after it.
  const chars = split(lines.at(-1)!);
  const cut = () => chars.join('').replace(/[\s,.;:、。，–—-]+$/u, '');
  while (chars.length > 1 && !fits(`${cut()}…`)) chars.pop();
  lines[lines.length - 1] = `${cut()}…`;
  return { size, lineHeight: Math.round(size * box.leading), lines, truncated: true };
}

/** The narrowest width (to a pixel) at which the title still takes `count` lines. */
function balance(count: number, width: number, at: (width: number) => string[]): string[] {
  if (count < 2) return at(width);
  let lo = Math.floor(width / count) - 1;
  let hi = width;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (at(mid).length <= count) hi = mid;
    else lo = mid;
  }
  return at(hi);
}
