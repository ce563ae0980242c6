// The search page's only script: reads the query from the URL, asks Pagefind (loaded on demand,
// never on other pages), and lists results. The form works without it as a plain GET.
import { foldQuery } from '../lib/fold.ts';
import { counter, fill } from './text.ts';
import { bindToUrl } from './url-state.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
interface Strings {
  count_one: string;
  count_other: string;
  none: string;
  loading: string;
  types: Record<string, string>;
  lang: string;
}

const MAX = 20;

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  if (!form) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const q = form.elements.namedItem('q') as HTMLInputElement;
  const type = form.elements.namedItem('type') as HTMLSelectElement;
  const sector = form.elements.namedItem('sector') as HTMLSelectElement;
  const count = counter(strings.lang);
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 24 });
      return pf;
    }));

  async function search() {
    const id = ++run;
    const query = q.value.trim();
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    const filters: Record<string, string> = {};
    if (type.value) filters.type = type.value;
    if (sector.value) filters.sector = sector.value;
    const pf = await load();
    const found = await pf.search(foldQuery(query), { filters });
    const data = await Promise.all(found.results.slice(0, MAX).map((r) => r.data()));
    if (id !== run) return; // a newer search has started
    const n = found.results.length;
    status.textContent = n ? count(n, { one: strings.count_one, other: strings.count_other }, { query }) : fill(strings.none, { query });
    for (const r of data) list.append(item(r));
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
    a.textContent = r.meta.title ?? r.url;
    h.append(a);
    const p = document.createElement('p');
    p.textContent = r.meta.summary ?? '';
    li.append(meta, h, p);
    return li;
  }

  bindToUrl(form, null, {
    toQuery: () => {
      const p = new URLSearchParams();
      if (q.value.trim()) p.set('q', q.value.trim());
      if (type.value) p.set('type', type.value);
      if (sector.value) p.set('sector', sector.value);
      return p.toString();
    },
    show: (params) => {
      q.value = params.get('q') ?? '';
      type.value = params.get('type') ?? '';
      sector.value = params.get('sector') ?? '';
      void search();
    },
  });
}
