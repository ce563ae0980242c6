// What the site search knows about a page, set by its view and written as Pagefind attributes,
// and how the search page asks Pagefind (src/client/search.ts; the tests use the same options).
import { foldD, foldHtmlText, foldQuery } from './fold.ts';

/** Scripts written without spaces between words (Chinese, Japanese, Thai…). Their text is cut
 * into words with Intl.Segmenter, the ICU word rules browsers have, both when pages are indexed
 * and in every query, so index and query meet on the same words; Pagefind's own segmenters
 * (Lindera and jieba in the indexer, Intl.Segmenter in the browser) disagree on compounds and
 * short terms (Pagefind issue #1237). Korean is written with spaces. */
const UNSPACED_SCRIPTS = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Thai', 'Laoo', 'Khmr', 'Mymr']);

const unspaced = new Map<string, boolean>();

export function isUnspaced(locale: string): boolean {
  let u = unspaced.get(locale);
  if (u === undefined) {
    try {
      u = UNSPACED_SCRIPTS.has(new Intl.Locale(locale).maximize().script ?? '');
    } catch {
      u = false;
    }
    unspaced.set(locale, u);
  }
  return u;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The text of a page in an unspaced language as words with spaces between them ("平陽省工業區"
 * -> " 平陽 省 工業區 ", "790/QĐ-TTg" -> " 790 QĐ TTg "), punctuation and symbols left out. Pagefind
 * reads a word's punctuation one way in its indexer and another in the browser (a number range
 * "2021～2030", a document number "790/QĐ-TTg" on a Chinese page found nothing), so neither sees
 * any: index and query meet on the same words. */
export function segmentWords(text: string, locale: string): string {
  let seg = segmenters.get(locale);
  if (!seg) segmenters.set(locale, (seg = new Intl.Segmenter(locale, { granularity: 'word' })));
  let out = '';
  for (const s of seg.segment(text)) out += s.isWordLike ? ` ${s.segment} ` : /^\s+$/.test(s.segment) ? s.segment : ' ';
  return out.replace(/ {2,}/g, ' ');
}

/** A query as the index holds its words: Latin marks folded (foldQuery), and an unspaced
 * language's words cut apart as the indexer cut them. */
export function searchQuery(query: string, locale: string): string {
  const folded = foldQuery(query);
  return isUnspaced(locale) ? segmentWords(folded, locale).trim() : folded;
}

export const SEARCH_TYPES = ['project', 'zone', 'sector', 'news', 'page', 'legal'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchEntry {
  type: SearchType;
  /** Sector ids the page is about (a filter). */
  sectors?: string[];
  /** For news: the publication date and time as the reader's language writes it. */
  date?: string;
  /** What readers type to look the page up by, besides its title: a legal document's number as
   * officially written, a project's code. Typed alone, it brings this page first. */
  code?: string;
}

/** The metadata key that carries a page's SearchEntry.code to prepareForIndex, on an empty span
 * in the page's body (`<span data-pagefind-meta="code:31/2021/NĐ-CP"></span>`). */
export const CODE_META = 'code';

/** Metadata that Pagefind searches (Base.astro writes them from og:title and the description).
 * The index holds them with đ folded, like the text; results show shownMeta(key). */
export const SEARCHED_META = ['title', 'summary'] as const;
export const shownMeta = (key: string) => `shown_${key}`;

/** Results per page of the result list: only their fragments are fetched. */
export const RESULTS_PER_PAGE = 10;

/** The words Pagefind sees in a title or a query: marks and đ folded, lower case, each
 * whitespace-separated word reduced to its letters and digits, empty ones dropped. */
export function searchWords(text: string, locale = 'vi'): string[] {
  return searchQuery(text, locale)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

const EXACT_BUCKETS = 32;

/** The name of the metadata field that holds a page's title a second time, for exact-title
 * matches: `exact_<number of words>_<hash of the words, in 32 buckets>`. Pagefind boosts a page by
 * how much of the query its title matches, not by how much of the title the query covers, so on
 * "Logistics" the sector page and "Cold-chain logistics centre" tie on the title and the body
 * decides. A query gives the field named after itself (the same function of its own words) a
 * high weight: only pages whose title has as many words, in the same bucket, can gain from it, and
 * fully only the page whose title it is. Names are bounded (words x buckets), since Pagefind lists
 * every field name in the metadata file that each search loads. */
export function exactTitleField(text: string, locale = 'vi'): string | null {
  const words = searchWords(text, locale);
  if (!words.length) return null;
  let h = 0x811c9dc5; // FNV-1a over the words, joined by one space
  for (const ch of words.join(' ')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `exact_${words.length}_${h % EXACT_BUCKETS}`;
}

/** A page as it goes into the search index: its text folded (foldHtmlText), and each searched
 * metadata field read from an attribute (`data-pagefind-meta="title[content]"`) folded too, since
 * Pagefind searches metadata and boosts title matches; the original value, marks and all, stays
 * beside it under shownMeta(key) for the result list. The title also fills its exactTitleField. */
export function prepareForIndex(html: string, locale = 'vi'): string {
  const unspaced = isUnspaced(locale);
  // Segmented text has no punctuation left, so no markup either: entities are read first.
  const words = (s: string) => (unspaced ? segmentWords(decodeEntities(s), locale) : s);
  const contentOf = (meta: string) => /\bcontent="([^"]*)"/.exec(meta)?.[1] ?? '';
  // A page's code fills the exact field named after the code as typed, so the query that is the
  // code alone weighs it like an exact title: "31/2021/NĐ-CP" brings Decree 31/2021 first, not the
  // decree whose title says it amends 31/2021. It has no field of its own that would count again.
  const codeTag = new RegExp(`<span data-pagefind-meta="${CODE_META}:([^"]*)"></span>`);
  const code = codeTag.exec(html)?.[1] ?? '';
  const codeField = code ? exactTitleField(decodeEntities(code), locale) : null;
  const exactFields = new Map<string, string[]>();
  if (codeField) exactFields.set(codeField, [words(foldD(code))]);
  const tag = new RegExp(`<meta\\b[^>]*\\bdata-pagefind-meta="(${SEARCHED_META.join('|')})\\[content\\]"[^>]*>`, 'g');
  const withMeta = html.replace(codeTag, '').replace(tag, (meta: string, key: string) => {
    const content = contentOf(meta);
    const folded = words(foldD(content));
    const shown = meta.replace(`data-pagefind-meta="${key}[content]"`, `data-pagefind-meta="${shownMeta(key)}[content]"`);
    const exact = key === 'title' ? exactTitleField(decodeEntities(content), locale) : null;
    // A title and a code with the same field name share it (a page holds a field once).
    if (exact) exactFields.set(exact, [folded, ...(exactFields.get(exact) ?? [])]);
    return [`<meta data-pagefind-meta="${key}[content]" content="${folded}">`, shown].join('');
  });
  const exactMetas = [...exactFields].map(([name, texts]) => `<meta data-pagefind-meta="${name}[content]" content="${texts.join(' ')}">`).join('');
  const withExact = withMeta.replace(/<\/head>/, `${exactMetas}</head>`);
  const folded = foldHtmlText(withExact);
  return unspaced ? folded.replace(/>([^<]+)</g, (_, t: string) => `>${words(t)}<`) : folded;
}

/** The text of an attribute value as Astro escapes it. */
export function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// title: 5 is Pagefind's default; the copies shown in results must not count twice.
const META_WEIGHTS: Record<string, number> = { title: 5, summary: 1, [shownMeta('title')]: 0, [shownMeta('summary')]: 0 };
const EXACT_TITLE_WEIGHT = 20;
/** Pagefind's weight for a metadata field it has no weight for. */
const DEFAULT_META_WEIGHT = 1;

/** Pagefind's options, set once before its init() (options set before init() replace each other,
 * and noWorker only counts at the start). noWorker: the index is small, and the worker would cost
 * a second 44 KB script on top of pagefind.js. */
export const PAGEFIND_OPTIONS = { noWorker: true } as const;

/** Ranking options for each query in turn, set before its search: the query's own exact-title
 * field weighs EXACT_TITLE_WEIGHT. Pagefind merges metaWeights into the ones it has, so the field
 * the previous query boosted is set back to the default that every other exact field has (each
 * page has one, so that default is the same small extra title weight for every page). */
export function exactTitleRanking(locale = 'vi'): (query: string) => { ranking: { metaWeights: Record<string, number> } } {
  let boosted: string | null = null;
  return (query) => {
    const exact = exactTitleField(query, locale);
    const metaWeights = { ...META_WEIGHTS };
    if (boosted && boosted !== exact) metaWeights[boosted] = DEFAULT_META_WEIGHT;
    if (exact) metaWeights[exact] = EXACT_TITLE_WEIGHT;
    boosted = exact;
    return { ranking: { metaWeights } };
  };
}
