// A project's card in a list, as one function from plain data to HTML. The build renders the
// static list pages with it and the finder script renders filtered results with it, from the
// compact index the build writes (src/pages/[...section]/finder.json.ts), so both lists are the
// same markup by construction.
// It runs in the browser too: it imports no schema or validator, only types.
import type { FinderRecord } from './finder.ts';
import { escapeHtml } from './html.ts';
import type { Locale } from './schema.ts';

/** A text in the page's language, or with the language it is really in when that differs
 * (a missing translation). */
export type Txt = string | { text: string; lang: Locale };

/** Everything a card shows and the finder filters and sorts on. */
export interface ProjectItem extends FinderRecord {
  id: string;
  title: Txt;
  summary: Txt;
  /** Amount in its own currency first, then converted: ["320 triệu USD", "8.384 tỷ đồng"]. */
  capital: [string, string];
  perHa?: [string, string];
  land: string;
  location?: Txt;
  illustrative?: boolean;
}

/** The strings a card needs, once per language (not once per project). */
export interface CardLabels {
  /** The project list's path; a project's page is base + id + "/". */
  base: string;
  capital: string;
  landArea: string;
  perHectare: string;
  perHectareUnit: string;
  noLand: string;
  zone: string;
  location: string;
  highTech: string;
  green: string;
  illustrative: string;
  statuses: Record<string, string>;
  sectors: Record<string, Txt>;
  zones: Record<string, Txt>;
}

/** What the finder script works on: every project of one language, and the labels once. */
export interface FinderIndex {
  labels: CardLabels;
  items: ProjectItem[];
}

/** The index as it travels (finder.json): each item a row of values in the order of `fields`, so
 * field names are written once, not once per project (a third of the file at 1,000 projects). */
export interface PackedFinderIndex {
  labels: CardLabels;
  fields: (keyof ProjectItem)[];
  rows: unknown[][];
}

const FIELDS: (keyof ProjectItem)[] = [
  'id', 'code', 'title', 'summary', 'sector', 'zone', 'district', 'form', 'status', 'highTech', 'green',
  'capitalUsd', 'perHectareUsd', 'date', 'capital', 'perHa', 'land', 'location', 'illustrative',
];

export function packIndex(index: FinderIndex): PackedFinderIndex {
  return { labels: index.labels, fields: FIELDS, rows: index.items.map((item) => FIELDS.map((f) => item[f] ?? null)) };
}

export function unpackIndex(packed: PackedFinderIndex): FinderIndex {
  return {
    labels: packed.labels,
    items: packed.rows.map((row) => {
      const item: Record<string, unknown> = {};
      packed.fields.forEach((f, i) => {
        if (row[i] !== null) item[f] = row[i];
      });
      return item as unknown as ProjectItem;
    }),
  };
}

export { escapeHtml };

/** A text, marked with its language and as untranslated when it is the Vietnamese stand-in. */
function show(t: Txt, tag?: 'p'): string {
  if (typeof t === 'string') return tag ? `<${tag}>${escapeHtml(t)}</${tag}>` : escapeHtml(t);
  const el = tag ?? 'span';
  return `<${el} lang="${t.lang}" class="untranslated">${escapeHtml(t.text)}</${el}>`;
}

function money([first, second]: [string, string], suffix = ''): string {
  return `<span class="money"><strong>${escapeHtml(first + suffix)}</strong> <span class="money__other">(≈ ${escapeHtml(second + suffix)})</span></span>`;
}

export function projectCardHtml(item: ProjectItem, labels: CardLabels, headingLevel: 2 | 3 = 2): string {
  const h = `h${headingLevel}`;
  const place = item.zone ? labels.zones[item.zone] : item.location;
  const tags = [
    item.highTech && `<span class="tag">${escapeHtml(labels.highTech)}</span>`,
    item.green && `<span class="tag tag--green">${escapeHtml(labels.green)}</span>`,
    item.illustrative && `<span class="tag tag--muted">${escapeHtml(labels.illustrative)}</span>`,
  ].filter(Boolean);
  return (
    `<article class="card card--project">` +
    `<${h} class="card__title"><a href="${escapeHtml(`${labels.base}${item.id}/`)}">${show(item.title)}</a></${h}>` +
    `<p class="card__meta"><span class="badge">${escapeHtml(labels.statuses[item.status] ?? item.status)}</span> <span>${escapeHtml(item.code)}</span> · ${show(labels.sectors[item.sector] ?? item.sector)}</p>` +
    show(item.summary, 'p') +
    `<dl class="card__facts">` +
    `<div><dt>${escapeHtml(labels.capital)}</dt><dd>${money(item.capital)}</dd></div>` +
    `<div><dt>${escapeHtml(labels.landArea)}</dt><dd>${escapeHtml(item.land)}</dd></div>` +
    `<div><dt>${escapeHtml(labels.perHectare)}</dt><dd>${item.perHa ? money(item.perHa, labels.perHectareUnit) : escapeHtml(labels.noLand)}</dd></div>` +
    (place ? `<div><dt>${escapeHtml(item.zone ? labels.zone : labels.location)}</dt><dd>${show(place)}</dd></div>` : '') +
    `</dl>` +
    (tags.length ? `<p class="tags">${tags.join(' ')}</p>` : '') +
    `</article>`
  );
}
