// The project finder's only script: reads the filters from the URL, shows the matching projects
// in the chosen order, and writes each change back to the URL (so it can be shared, and Back
// undoes it). Without it the page lists every project.
import { applyFinder, fromDataset, parseState, stateToParams, type FinderRecord, type FinderState } from '../lib/finder.ts';
import { counter } from './text.ts';
import { bindToUrl } from './url-state.ts';

interface Strings {
  lang: string;
  shown_one: string;
  shown_other: string;
}

const SELECTS = ['sector', 'zone', 'district', 'form', 'capital', 'status', 'sort'] as const;

export function initFinder(): void {
  const form = document.getElementById('finder') as HTMLFormElement | null;
  const list = document.getElementById('finder-list');
  if (!form || !list) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const countLine = document.getElementById('finder-count')!;
  const none = document.getElementById('finder-none')!;
  const count = counter(strings.lang);
  const items = [...list.children].map((li) => ({ ...fromDataset((li as HTMLElement).dataset), li: li as HTMLElement }));
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

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

  const show = (state: FinderState) => {
    const shown = applyFinder<FinderRecord & { li: HTMLElement }>(items, state);
    const set = new Set(shown);
    for (const item of items) item.li.hidden = !set.has(item);
    list.append(...shown.map((i) => i.li), ...items.filter((i) => !set.has(i)).map((i) => i.li));
    countLine.textContent = count(shown.length, { one: strings.shown_one, other: strings.shown_other }, { total: items.length });
    none.hidden = shown.length > 0;
  };

  // On a phone the eight fields would push the list off the screen: folded until opened, unless
  // the URL already filters.
  const panel = document.getElementById('finder-panel') as HTMLDetailsElement | null;
  if (panel && !location.search && matchMedia('(max-width: 40em)').matches) panel.open = false;

  bindToUrl(form, document.getElementById('finder-reset'), {
    toQuery: () => stateToParams(readForm()).toString(),
    show: (params) => {
      const state = parseState(params);
      writeForm(state);
      show(state);
    },
  });
}
