// A form whose state is the page's query string: each change is a new history entry (so the URL
// can be shared and Back undoes it), and the page shows whatever the URL says.
export interface UrlForm {
  /** The form's current state as a query string ("" for the default). */
  toQuery(): string;
  /** Set the form and the page from a query string. */
  show(params: URLSearchParams): void;
}

export function bindToUrl(form: HTMLFormElement, resetLink: HTMLElement | null, state: UrlForm): void {
  // The query (ids, or a search) means the same on the other language's page: the switch keeps it.
  const languageSwitch = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
  const show = (params: URLSearchParams) => {
    state.show(params);
    if (languageSwitch) languageSwitch.search = params.size ? `?${params}` : '';
  };
  const update = () => {
    const query = state.toQuery();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    show(new URLSearchParams(query));
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  resetLink?.addEventListener('click', (e) => {
    e.preventDefault();
    state.show(new URLSearchParams());
    update();
  });
  window.addEventListener('popstate', () => show(new URLSearchParams(location.search)));
  form.hidden = false;
  show(new URLSearchParams(location.search));
}
