// Lists are cut into pages of a fixed size, so no page grows with the content.
import { escapeHtml } from './html.ts';
export const NEWS_PER_PAGE = 20;
/** A multiple of 2, 3 and 4, so the card grid's rows come out full at every width. */
export const PROJECTS_PER_PAGE = 24;
export const LEGAL_PER_PAGE = 20;

/** How many items a record page shows of a longer list before its link to the whole list. */
export const PREVIEW = { projects: 6, news: 5 } as const;

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A list page's title: "Projects – page 2 of 7" from page 2 on, or when there are several. */
export function listTitle(t: Translate, heading: string, list: { page: number; pages: number }): string {
  return list.pages > 1 ? t('pagination.titleOf', { title: heading, page: list.page, pages: list.pages }) : heading;
}

/** "1,000 projects · page 2 of 42": how many in the whole list, and where the reader is in it. */
export function listCount(t: Translate, countKey: string, list: { page: number; pages: number; total: number }): string {
  const count = t(countKey, { count: list.total });
  return list.pages > 1 ? `${count} · ${t('pagination.pageOf', { page: list.page, pages: list.pages })}` : count;
}

/** Items of a 1-based page. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/**
 * The page numbers a pagination bar shows: the first, the last, and `around` on each side of the
 * current one, with null where numbers are left out. A gap of a single page shows that page
 * instead, since "…" would take the same room. The bar stays the same size however many pages.
 */
export function pageWindow(current: number, total: number, around = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && n - prev === 2) out.push(prev + 1);
    else if (typeof prev === 'number' && n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}

export interface PaginationLabels {
  label: string;
  previous: string;
  next: string;
  /** A page's accessible name, e.g. "Page {{page}}". */
  pageN: string;
}

/** The pagination bar, as the list pages render it and the finder redraws it for its results:
 * numbered links (the window of pageWindow) and previous/next. `attrs` adds attributes to every
 * link (the finder marks its own with data-page). Nothing when there is one page. */
export function paginationHtml(page: number, pages: number, href: (n: number) => string, labels: PaginationLabels, attrs: (n: number) => string = () => ''): string {
  if (pages <= 1) return '';
  const link = (n: number, text: string, extra: string) => `<a href="${escapeHtml(href(n))}"${attrs(n)}${extra}>${escapeHtml(text)}</a>`;
  const items = [
    page > 1 ? `<li>${link(page - 1, labels.previous, ' rel="prev"')}</li>` : '',
    ...pageWindow(page, pages).map((n) =>
      n === null
        ? '<li class="pagination__gap" aria-hidden="true">…</li>'
        : `<li>${link(n, String(n), `${n === page ? ' aria-current="page"' : ''} aria-label="${escapeHtml(labels.pageN.replace(/\{\{page\}\}/g, String(n)))}"`)}</li>`,
    ),
    page < pages ? `<li>${link(page + 1, labels.next, ' rel="next"')}</li>` : '',
  ];
  return `<nav class="pagination" aria-label="${escapeHtml(labels.label)}"><ul>${items.join('')}</ul></nav>`;
}
