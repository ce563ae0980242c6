// The search page's only script: reads the query, filters and result page from the URL, asks
// Pagefind (loaded on demand, never on other pages), and lists one page of results. Only that
// page's fragments are fetched (RESULTS_PER_PAGE of them); the count is of every match. The form
// works without it as a plain GET.
import { PAGEFIND_OPTIONS, RESULTS_PER_PAGE, exactTitleRanking, searchQuery, shownMeta } from '../lib/search.ts';
import { counter, fill } from './text.ts';
import { bindToUrl } from './url-state.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
interface Strings {
  count_one: string;
  count_other: string;
  none: string;
  loading: string;
  pageOf: string;
  previous: string;
  next: string;
  pageN: string;
  types: Record<string, string>;
  lang: string;
  /** Where this language's Pagefind bundle is (searchBundlePath). */
  bundle: string;
}

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  if (!form) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const pager = document.getElementById('search-pages')!;
  const q = form.elements.namedItem('q') as HTMLInputElement;
  const type = form.elements.namedItem('type') as HTMLSelectElement;
  const sector = form.elements.namedItem('sector') as HTMLSelectElement;
  const count = counter(strings.lang);
  const ranking = exactTitleRanking(strings.lang);
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;
  /** The result page shown (1-based); part of the URL from 2 on. */
  let page = 1;
  /** Set while a result-page link, not a new query, changes the URL. */
  let turning = false;
  /** Move focus to the first result once they are listed (after a result-page link). */
  let focusFirst = false;

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ new URL(`${strings.bundle}pagefind.js`, location.href).href) as Promise<Pagefind>).then(async (pf) => {
      // Options given before init() are the ones Pagefind starts with (later calls replace them
      // until then, and noWorker only counts at the start).
      await pf.options(PAGEFIND_OPTIONS);
      await pf.init();
      return pf;
    }));

  async function search() {
    const id = ++run;
    const focus = focusFirst;
    focusFirst = false;
    const query = q.value.trim();
    if (!query) {
      list.replaceChildren();
      pager.replaceChildren();
      pager.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    const filters: Record<string, string> = {};
    if (type.value) filters.type = type.value;
    if (sector.value) filters.sector = sector.value;
    const pf = await load();
    if (id !== run) return; // a newer search has started
    await pf.options(ranking(query));
    const found = await pf.search(searchQuery(query, strings.lang), Object.keys(filters).length ? { filters } : {});
    if (id !== run) return; // fetch no fragments for a search already replaced
    const n = found.results.length;
    const pages = Math.max(1, Math.ceil(n / RESULTS_PER_PAGE));
    const shown = Math.min(page, pages);
    const start = (shown - 1) * RESULTS_PER_PAGE;
    const data = await Promise.all(found.results.slice(start, start + RESULTS_PER_PAGE).map((r) => r.data()));
    if (id !== run) return;
    let text = n ? count(n, { one: strings.count_one, other: strings.count_other }, { query }) : fill(strings.none, { query });
    if (pages > 1) text += ` · ${fill(strings.pageOf, { page: shown, pages })}`;
    status.textContent = text;
    status.dataset.count = String(n); // the number of matches, whatever the language's sentence
    list.replaceChildren(...data.map(item));
    list.start = start + 1;
    renderPager(shown, pages);
    if (focus) list.querySelector<HTMLAnchorElement>('a')?.focus();
  }

  function item(r: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const kind = r.filters.type?.[0] ?? 'page';
    const meta = document.createElement('p');
    meta.className = 'search-result__type';
    meta.textContent = strings.types[kind] ?? kind;
    if (r.meta.date) {
      const date = document.createElement('span');
      date.textContent = ` · ${r.meta.date}`;
      meta.append(date);
    }
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta[shownMeta('title')] ?? r.meta.title ?? r.url;
    h.append(a);
    const p = document.createElement('p');
    p.textContent = r.meta[shownMeta('summary')] ?? r.meta.summary ?? '';
    li.append(meta, h, p);
    return li;
  }

  /** Links to the result pages: first, last, and two either side of the current one. */
  function renderPager(current: number, pages: number) {
    pager.hidden = pages < 2;
    if (pages < 2) {
      pager.replaceChildren();
      return;
    }
    const ul = document.createElement('ul');
    const link = (n: number, label: string, rel?: 'prev' | 'next') => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      const params = new URLSearchParams(location.search);
      if (n > 1) params.set('page', String(n));
      else params.delete('page');
      a.href = `${location.pathname}?${params}`;
      a.textContent = label;
      if (rel) a.rel = rel;
      else a.setAttribute('aria-label', fill(strings.pageN, { page: n }));
      if (!rel && n === current) a.setAttribute('aria-current', 'page');
      else a.dataset.page = String(n);
      li.append(a);
      ul.append(li);
    };
    if (current > 1) link(current - 1, strings.previous, 'prev');
    let last = 0;
    for (let n = 1; n <= pages; n++) {
      if (n !== 1 && n !== pages && Math.abs(n - current) > 2) continue;
      if (n - last > 1) {
        const gap = document.createElement('li');
        gap.textContent = '…';
        gap.setAttribute('aria-hidden', 'true');
        ul.append(gap);
      }
      link(n, String(n));
      last = n;
    }
    if (current < pages) link(current + 1, strings.next, 'next');
    pager.replaceChildren(ul);
  }

  // A result-page link changes only the page: it goes through the form's URL state (one history
  // entry, kept by the language switch) like any other change, then focus moves to the results.
  pager.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (!a.dataset.page) return; // the page shown
    page = Number(a.dataset.page);
    focusFirst = true;
    turning = true;
    form.dispatchEvent(new Event('change'));
    turning = false;
  });
  // Any other change to the form is a new search: back to its first page. (Registered before
  // bindToUrl's own listeners, so it runs first.)
  form.addEventListener('change', () => {
    if (!turning) page = 1;
  });
  form.addEventListener('submit', () => {
    page = 1;
  });

  bindToUrl(form, null, {
    toQuery: () => {
      const p = new URLSearchParams();
      if (q.value.trim()) p.set('q', q.value.trim());
      if (type.value) p.set('type', type.value);
      if (sector.value) p.set('sector', sector.value);
      if (page > 1 && q.value.trim()) p.set('page', String(page));
      return p.toString();
    },
    show: (params) => {
      q.value = params.get('q') ?? '';
      type.value = params.get('type') ?? '';
      sector.value = params.get('sector') ?? '';
      page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
      void search();
    },
  });
}
