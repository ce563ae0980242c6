// The estimate as the page shows it: a table per month and per year with the chosen zones side by
// side, then every rate used with its source and date, the assumptions, and the warnings. Plain
// strings, so the build (the example on the page) and the browser (the investor's own inputs)
// write the same markup. Texts arrive already in the reader's language.
import { escapeHtml as esc } from './html.ts';
import type { Amount, Estimate, EstimateLine, Range, RateUsed } from './estimate.ts';

export interface EstimateLabels {
  caption: string;
  perMonth: string;
  perYear: string;
  cost: string;
  total: string;
  lines: Record<string, string>;
  ratesUsed: string;
  assumptionsTitle: string;
  assumptions: Record<string, string>;
  /** "{{value}}": a rate as used. */
  source: string;
  asOf: string;
  illustrative: string;
  secondaryOnly: string;
  unconfirmed: string;
  flagsNotice: string;
  belowMinimum: string;
  missingWage: string;
  yourFigure: string;
  /** Names of rate tables, job levels, contributions, voltage levels, bands, water prices: item ids to text. */
  items: Record<string, string>;
  units: Record<string, string>;
  /** Where a rate comes from: content/costs/<table>, the zone, the site's exchange rate. */
  tables: Record<string, string>;
}

export interface MoneyWords {
  /** BCP 47 tag for Intl. */
  intl: string;
  /** "{{amount}} đồng", "US${{amount}}" as the catalogue writes each currency. */
  money: { VND: string; USD: string };
  /** "numeric" or "long" dates. */
  dateStyle: 'numeric' | 'long';
}

/** Amounts in the language's scale words from a million up (as the rest of the site writes money). */
export function moneyFormatter(w: MoneyWords): { money: (n: number, currency: 'VND' | 'USD') => string; range: (r: Range, currency: 'VND' | 'USD') => string; number: (n: number) => string; date: (iso: string) => string } {
  const compact = new Intl.NumberFormat(w.intl, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
  const full = new Intl.NumberFormat(w.intl, { maximumFractionDigits: 0 });
  const plain = new Intl.NumberFormat(w.intl, { maximumFractionDigits: 2 });
  const dates = new Intl.DateTimeFormat(w.intl, { timeZone: 'UTC', ...(w.dateStyle === 'numeric' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' }) });
  const money = (n: number, currency: 'VND' | 'USD') => w.money[currency].replace('{{amount}}', (Math.abs(n) >= 1e6 ? compact : full).format(n));
  return {
    money,
    // One currency word and one scale word for both ends where the language allows ("VND 81.25–108.33 million").
    range: (r, currency) =>
      Math.round(r.low) === Math.round(r.high)
        ? money(r.low, currency)
        : w.money[currency].replace('{{amount}}', (Math.max(Math.abs(r.low), Math.abs(r.high)) >= 1e6 ? compact : full).formatRange(r.low, r.high)),
    number: (n) => plain.format(n),
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return dates.format(new Date(Date.UTC(y, m - 1, d, 12)));
    },
  };
}

export interface EstimateColumn {
  zoneName: string;
  estimate: Estimate;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/** The whole result block for one to three zones. */
export function estimateHtml(columns: readonly EstimateColumn[], labels: EstimateLabels, words: MoneyWords): string {
  const f = moneyFormatter(words);
  const cell = (a: Amount) => `<td class="num"><span class="vnd">${esc(f.range(a.vnd, 'VND'))}</span><br><span class="usd">${esc(f.range(a.usd, 'USD'))}</span></td>`;
  const lineIds = columns[0]?.estimate.lines.map((l) => l.id) ?? [];
  const head = `<tr><th scope="col">${esc(labels.cost)}</th>${columns.map((c) => `<th scope="col" class="num">${esc(c.zoneName)}</th>`).join('')}</tr>`;
  const mark = (l: EstimateLine) => (l.illustrative || l.unconfirmed || l.secondaryOnly ? '<sup aria-hidden="true">*</sup>' : '');
  const table = (period: 'monthly' | 'yearly', caption: string) =>
    `<div class="table-scroll"><table class="data-table estimate-table estimate-table--${period}"><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>${lineIds
      .map((id, i) => `<tr><th scope="row">${esc(labels.lines[id] ?? id)}${mark(columns[0]!.estimate.lines[i]!)}</th>${columns.map((c) => cell(c.estimate.lines[i]![period])).join('')}</tr>`)
      .join('')}</tbody><tfoot><tr><th scope="row">${esc(labels.total)}</th>${columns.map((c) => cell(c.estimate.total[period])).join('')}</tr></tfoot></table></div>`;

  const rateValue = (r: RateUsed) => {
    if (r.text !== undefined) return r.text;
    if (!r.value) return '';
    const [cur, unit = ''] = r.unit.includes('/') ? [r.unit.slice(0, r.unit.indexOf('/')), r.unit.slice(r.unit.indexOf('/') + 1)] : ['', r.unit];
    const n = Math.round(r.value.low * 100) === Math.round(r.value.high * 100) ? f.number(r.value.low) : `${f.number(r.value.low)}–${f.number(r.value.high)}`;
    const u = labels.units[r.unit] ?? labels.units[unit] ?? r.unit;
    return cur === 'VND' || cur === 'USD' ? `${cur} ${n} ${u}` : `${n} ${u}`;
  };
  const flags = (r: RateUsed) =>
    [r.illustrative && labels.illustrative, r.secondaryOnly && labels.secondaryOnly, r.unconfirmed && labels.unconfirmed].filter(Boolean).map((x) => `<span class="flag">${esc(x as string)}</span>`).join(' ');
  const provenance = (r: RateUsed) => {
    const s = r.sources[0];
    // The publisher and date: the full title is in the rate tables below the estimate.
    const src = s ? fill(labels.source, { source: s.publisher ?? s.title, date: f.date(s.date) }) : '';
    const checked = r.asOf ? `<span class="checked">${src ? ' · ' : ''}${esc(fill(labels.asOf, { date: f.date(r.asOf) }))}</span>` : '';
    return `${esc(src)}${checked}`;
  };
  // One entry per rate; a rate the zones share is listed once, a zone's own with the zone named,
  // and a rate several lines use (the exchange rate) under the first of them.
  const listed = new Set<string>();
  const rateItems = lineIds.map((id, i) => {
    const seen = new Map<string, { r: RateUsed; zones: string[] }>();
    for (const c of columns) {
      for (const r of c.estimate.lines[i]!.rates) {
        const key = `${r.table}|${r.item}|${rateValue(r)}`;
        if (listed.has(key) && !seen.has(key)) continue;
        listed.add(key);
        const entry = seen.get(key) ?? { r, zones: [] };
        entry.zones.push(c.zoneName);
        seen.set(key, entry);
      }
    }
    const items = [...seen.values()].map(({ r, zones }) => {
      const who = zones.length < columns.length ? `${esc(zones.join(', '))}: ` : '';
      const name = labels.items[r.item] ?? labels.items[r.item.split('.').at(-1)!] ?? r.item;
      const where = labels.tables[r.table] ?? r.table;
      return `<li>${who}<strong>${esc(name)}</strong> ${esc(rateValue(r))} <span class="where">(<span class="table-name">${esc(where)} · </span>${provenance(r)})</span> ${flags(r)}</li>`;
    });
    return items.length ? `<li><span class="line-name">${esc(labels.lines[id] ?? id)}</span><ul>${items.join('')}</ul></li>` : '';
  });
  const assumptions = [...new Set(columns.flatMap((c) => c.estimate.lines.flatMap((l) => l.assumptions)))];
  const warnings: string[] = [];
  for (const c of columns) {
    for (const b of c.estimate.flags.belowMinimum) {
      warnings.push(fill(labels.belowMinimum, { zone: c.zoneName, level: labels.items[b.level] ?? b.level, wage: f.money(b.wage, 'VND'), minimum: f.money(b.minimum, 'VND') }));
    }
  }
  const missing = [...new Set(columns.flatMap((c) => c.estimate.flags.missingWage))];
  if (missing.length) warnings.push(fill(labels.missingWage, { levels: missing.map((l) => labels.items[l] ?? l).join(', ') }));
  const anyFlag = columns.some((c) => c.estimate.flags.illustrative || c.estimate.flags.secondaryOnly || c.estimate.flags.unconfirmed);
  return [
    warnings.length ? `<ul class="notice notice--fallback estimate-warnings">${warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '',
    table('monthly', `${labels.caption} – ${labels.perMonth}`),
    table('yearly', `${labels.caption} – ${labels.perYear}`),
    anyFlag ? `<p class="estimate-flags"><sup aria-hidden="true">*</sup> ${esc(labels.flagsNotice)}</p>` : '',
    `<h3>${esc(labels.ratesUsed)}</h3><ol class="estimate-rates">${rateItems.join('')}</ol>`,
    assumptions.length ? `<h3>${esc(labels.assumptionsTitle)}</h3><ul class="estimate-assumptions">${assumptions.map((a) => `<li>${esc(labels.assumptions[a] ?? a)}</li>`).join('')}</ul>` : '',
  ].join('');
}
