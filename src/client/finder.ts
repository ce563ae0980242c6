// The project finder's only script. The page as served is one page of the list; when the URL asks
// for filters, a sort or a page of results, the script fetches the compact index of every project
// (finder.json, once), filters and sorts it in memory, and shows one page of results with the same
// card markup as the static list (src/lib/project-card.ts). Each change is written to the URL.
import { applyFinder, parseState, stateToParams, type FinderState } from '../lib/finder.ts';
import { pageCount, pageOf, paginationHtml, PROJECTS_PER_PAGE } from '../lib/paginate.ts';
import { projectCardHtml, unpackIndex, type FinderIndex, type PackedFinderIndex } from '../lib/project-card.ts';
import { counter, fill } from './text.ts';
import { bindToUrl } from './url-state.ts';

interface Strings {
  lang: string;
  index: string;
  shown_one: string;
  shown_other: string;
  pageOf: string;
  pageN: string;
  previous: string;
  next: string;
  pagination: string;
  loading: string;
  loadFailed: string;
}

const SELECTS = ['sector', 'zone', 'district', 'form', 'capital', 'status', 'sort'] as const;

export function initFinder(): void {
  const form = document.getElementById('finder') as HTMLFormElement | null;
  const list = document.getElementById('finder-list');
  const pages = document.getElementById('finder-pages');
  if (!form || !list || !pages) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const countLine = document.getElementById('finder-count')!;
  const none = document.getElementById('finder-none')!;
  const count = counter(strings.lang);
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const home = new URL(form.action).pathname;
  // The page as served, shown again when the URL comes back to it without a query.
  const served = { path: location.pathname, list: list.innerHTML, count: countLine.textContent ?? '', pages: pages.innerHTML };

  let index: Promise<FinderIndex> | undefined;
  const load = () =>
    (index ??= fetch(strings.index).then((r) => {
      if (!r.ok) throw new Error(`${strings.index}: ${r.status}`);
      return (r.json() as Promise<PackedFinderIndex>).then(unpackIndex);
    }));
  // Fetch the index as soon as the reader reaches for the form, so the first change is instant.
  form.addEventListener('pointerenter', () => void load().catch(() => {}), { once: true });
  form.addEventListener('focusin', () => void load().catch(() => {}), { once: true });

  const readForm = (): FinderState => {
    const params = new URLSearchParams();
    for (const name of SELECTS) params.set(name, control(name).value);
    if ((control('hightech') as HTMLInputElement).checked) params.set('hightech', '1');
    if ((control('green') as HTMLInputElement).checked) params.set('green', '1');
    return parseState(params);
  };

  const writeForm = (state: FinderState) => {
    for (const name of SELECTS) {
      const select = control(name) as HTMLSelectElement;
      const value = state[name] ?? '';
      // A value with no option (a zone that no longer has projects) falls back to "any".
      select.value = [...select.options].some((o) => o.value === value) ? value : select.options[0]!.value;
    }
    (control('hightech') as HTMLInputElement).checked = !!state.highTech;
    (control('green') as HTMLInputElement).checked = !!state.green;
  };

  let run = 0;
  const show = async (params: URLSearchParams) => {
    const id = ++run;
    const state = parseState(params);
    writeForm(state);
    if (!params.size && location.pathname === served.path) {
      list.removeAttribute('aria-busy');
      list.innerHTML = served.list;
      countLine.textContent = served.count;
      pages.innerHTML = served.pages;
      none.hidden = true;
      return;
    }
    let data: FinderIndex;
    list.setAttribute('aria-busy', 'true');
    try {
      if (!index) countLine.textContent = strings.loading;
      data = await load();
    } catch {
      countLine.textContent = strings.loadFailed;
      list.removeAttribute('aria-busy');
      return;
    }
    if (id !== run) return; // a newer change has started
    list.removeAttribute('aria-busy');
    const shown = applyFinder(data.items, state);
    const total = pageCount(shown.length, PROJECTS_PER_PAGE);
    const page = Math.min(Math.max(1, Number(params.get('page')) || 1), total);
    list.innerHTML = pageOf(shown, page, PROJECTS_PER_PAGE)
      .map((item) => `<li>${projectCardHtml(item, data.labels)}</li>`)
      .join('');
    const matches = count(shown.length, { one: strings.shown_one, other: strings.shown_other }, { total: data.items.length });
    countLine.textContent = total > 1 ? `${matches} · ${fill(strings.pageOf, { page, pages: total })}` : matches;
    const query = stateToParams(state);
    const href = (n: number) => {
      const p = new URLSearchParams(query);
      if (n > 1) p.set('page', String(n));
      return `${home}?${p}`;
    };
    pages.innerHTML = paginationHtml(page, total, href, { label: strings.pagination, previous: strings.previous, next: strings.next, pageN: strings.pageN }, (n) => ` data-page="${n}"`);
    none.hidden = shown.length > 0;
  };

  // On a phone the eight fields would push the list off the screen: folded (as served) until
  // opened, unless the URL already filters. Wider screens show them whatever the state (CSS).
  const panel = document.getElementById('finder-panel') as HTMLDetailsElement | null;
  if (panel && location.search) panel.open = true;

  const binding = bindToUrl(
    form,
    document.getElementById('finder-reset'),
    {
      toQuery: () => stateToParams(readForm()).toString(),
      show: (params) => void show(params),
    },
    home,
  );

  // Result pages: the same URL state, one more history entry; the reader lands at the count line.
  pages.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-page]');
    if (!a) return;
    e.preventDefault();
    binding.go(new URL(a.href).search.slice(1));
    countLine.tabIndex = -1;
    countLine.focus();
  });
}
