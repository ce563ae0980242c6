// The zone comparison's only script: shows the columns of the zones ticked (2 to 4), keeps the
// choice in the URL, and restores it on Back. Without it the table shows every zone.
import { choiceToParams, MAX_COMPARE, MIN_COMPARE, parseChoice, visibleZones } from '../lib/compare.ts';
import { counter, fill } from './text.ts';
import { bindToUrl } from './url-state.ts';

interface Strings {
  lang: string;
  comparing_one: string;
  comparing_other: string;
  all: string;
  chooseMore: string;
  max: string;
}

export function initCompare(): void {
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  const table = document.getElementById('compare-table');
  if (!form || !table) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const status = document.getElementById('compare-status')!;
  const count = counter(strings.lang);
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="zones"]')];
  const all = boxes.map((b) => b.value);
  const cells = [...table.querySelectorAll<HTMLElement>('[data-zone]')];

  const show = (choice: string[]) => {
    for (const b of boxes) {
      b.checked = choice.includes(b.value);
      b.disabled = !b.checked && choice.length >= MAX_COMPARE;
    }
    const visible = new Set(visibleZones(choice, all));
    for (const c of cells) c.hidden = !visible.has(c.dataset.zone!);
    const n = choice.length;
    const parts = [n ? count(n, { one: strings.comparing_one, other: strings.comparing_other }) : fill(strings.all, { count: all.length })];
    if (n > 0 && n < MIN_COMPARE) parts.push(strings.chooseMore);
    if (n >= MAX_COMPARE) parts.push(strings.max);
    status.textContent = parts.join(' ');
  };

  bindToUrl(form, document.getElementById('compare-clear'), {
    toQuery: () => choiceToParams(boxes.filter((b) => b.checked).map((b) => b.value)).toString(),
    show: (params) => show(parseChoice(params, all)),
  });
}
