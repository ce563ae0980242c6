// The search page's only script: reads the query from the URL, asks Pagefind (loaded on demand,
// never on other pages), and lists results. The form works without it as a plain GET.
import { foldQuery } from '../lib/fold.ts';

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

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  if (!form) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const q = form.elements.namedItem('q') as HTMLInputElement;
  const type = form.elements.namedItem('type') as HTMLSelectElement;
  const sector = form.elements.namedItem('sector') as HTMLSelectElement;
  const plural = new Intl.PluralRules(strings.lang);
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 24 });
      return pf;
    }));

  const fromUrl = () => {
    const p = new URLSearchParams(location.search);
    q.value = p.get('q') ?? '';
    type.value = p.get('type') ?? '';
    sector.value = p.get('sector') ?? '';
  };

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
    const count = found.results.length;
    status.textContent = count
      ? fill(plural.select(count) === 'one' ? strings.count_one : strings.count_other, { count, query })
      : fill(strings.none, { query });
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

  const submit = () => {
    const p = new URLSearchParams();
    if (q.value.trim()) p.set('q', q.value.trim());
    if (type.value) p.set('type', type.value);
    if (sector.value) p.set('sector', sector.value);
    const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void search();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  type.addEventListener('change', submit);
  sector.addEventListener('change', submit);
  window.addEventListener('popstate', () => {
    fromUrl();
    void search();
  });
  fromUrl();
  void search();
}
