// A form whose state is the page's query string: each change is a new history entry (so the URL
// can be shared and Back undoes it), and the page shows whatever the URL says.
export interface UrlForm {
  /** The form's current state as a query string ("" for the default). */
  toQuery(): string;
  /** Set the form and the page from a query string. */
  show(params: URLSearchParams): void;
}

export interface UrlBinding {
  /** Go to a state given as a query string: a new history entry, then show it. */
  go(query: string): void;
}

/** `path`: where the state lives when it is not this page's own path (a list's later pages
 * filter the whole list, which lives at the list's first page). */
export function bindToUrl(form: HTMLFormElement, resetLink: HTMLElement | null, state: UrlForm, path?: string): UrlBinding {
  // The query (ids, or a search) means the same on the page in another language: the language
  // links to this same page keep it (not those that lead elsewhere, data-exact="false").
  const languageLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]:not([data-exact="false"])')];
  const show = (params: URLSearchParams) => {
    state.show(params);
    for (const a of languageLinks) a.search = params.size ? `?${params}` : '';
  };
  const go = (query: string) => {
    const url = `${query && path ? path : location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    show(new URLSearchParams(query));
  };
  form.addEventListener('change', () => go(state.toQuery()));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(state.toQuery());
  });
  resetLink?.addEventListener('click', (e) => {
    e.preventDefault();
    state.show(new URLSearchParams());
    go(state.toQuery());
  });
  window.addEventListener('popstate', () => show(new URLSearchParams(location.search)));
  show(new URLSearchParams(location.search));
  return { go };
}
