// Numbers, money, areas and dates as each language writes them, with Intl in the language's
// locale (content/languages.json "intl"): Vietnamese 1.234,5 and 02/10/2020; English 1,234.5 and
// 2 October 2020; Japanese 2020年10月2日. What Intl cannot know comes from the UI catalogue: how a
// currency is written around an amount ("money") and how a date and a time are joined ("format").
import { readCatalogue } from './catalogues.ts';
import { language } from './languages.ts';
import type { Locale, Money } from './schema.ts';
export { toBothCurrencies } from './money.ts';

/** The department's clock: dates and times are shown in Vietnam time whatever the build machine's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Building an Intl formatter costs far more than using one; a build formats thousands of
// numbers and dates, so each formatter is made once per language and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: Locale, opts: object, make: (intl: string) => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(opts)}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make(language(locale).intl)));
  return f;
}

interface Words {
  money: Record<Money['currency'], string>;
  /** "numeric" (02/10/2020) or "long" (2 October 2020). */
  dateStyle: 'numeric' | 'long';
  /** How a date and a time are joined: "{{time}}, {{date}}". */
  dateTime: string;
}
const words = new Map<Locale, Words>();
function wordsOf(locale: Locale): Words {
  let w = words.get(locale);
  if (!w) {
    const c = readCatalogue(locale) as { money: Words['money']; format: { date: Words['dateStyle']; dateTime: string } };
    words.set(locale, (w = { money: c.money, dateStyle: c.format.date === 'numeric' ? 'numeric' : 'long', dateTime: c.format.dateTime }));
  }
  return w;
}
const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

export function formatNumber(n: number, locale: Locale, maxFractionDigits = 2): string {
  const opts = { maximumFractionDigits: maxFractionDigits };
  return formatter('n', locale, opts, (intl) => new Intl.NumberFormat(intl, opts)).format(n);
}

export function formatPercent(percent: number, locale: Locale): string {
  return `${formatNumber(percent, locale, 1)}%`;
}

export function formatArea(hectares: number, locale: Locale): string {
  return `${formatNumber(hectares, locale)} ha`;
}

/** A file's size in megabytes or kilobytes, with Intl's unit names ("7,6 MB", "7.6 MB"). */
export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(1, Math.round(bytes / 1e3)), 'kilobyte'];
  const opts = { style: 'unit', unit, maximumFractionDigits: 1 } as const;
  return formatter(`b${unit}`, locale, opts, (intl) => new Intl.NumberFormat(intl, opts)).format(value);
}

export function formatKm(km: number, locale: Locale): string {
  return `${formatNumber(km, locale, 1)} km`;
}

/** From a million up, amounts are written with the language's own scale words (Intl's compact
 * notation: "13,3 nghìn tỷ", "13.3 trillion", "13.3兆", "3.2억"); below it, in full. */
const COMPACT_FROM = 1e6;

/** 13_300_000_000_000 VND -> "13,3 nghìn tỷ đồng" / "VND 13.3 trillion" / "13.3兆ドン". */
export function formatMoney({ amount, currency }: Money, locale: Locale): string {
  const compact = Math.abs(amount) >= COMPACT_FROM;
  const opts = compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } as const : { maximumFractionDigits: 0 };
  const n = formatter('m', locale, opts, (intl) => new Intl.NumberFormat(intl, opts)).format(amount);
  return fill(wordsOf(locale).money[currency], { amount: n });
}

/** A price range in one currency: "US$80 – US$120". */
export function formatMoneyRange({ min, max, currency }: { min: number; max: number; currency: Money['currency'] }, locale: Locale): string {
  return `${formatMoney({ amount: min, currency }, locale)} – ${formatMoney({ amount: max, currency }, locale)}`;
}

function parts(date: Date, locale: Locale, opts: Intl.DateTimeFormatOptions) {
  return formatter('d', locale, opts, (intl) => new Intl.DateTimeFormat(intl, { timeZone: TIME_ZONE, ...opts })).format(date);
}

const DAY: Record<Words['dateStyle'], Intl.DateTimeFormatOptions> = {
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
};
const MONTH: Record<'long', Intl.DateTimeFormatOptions> = { long: { month: 'long', year: 'numeric' } };

/** "2020-10-02" -> "02/10/2020" / "2 October 2020". A plain date is a calendar day, not an instant. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return parts(new Date(Date.UTC(y, m - 1, d, 12)), locale, DAY[wordsOf(locale).dateStyle]);
}

/** "2006" / "2006-08" / "2006-08-28" in the reader's language. */
export function formatPartialDate(value: string, locale: Locale): string {
  if (value.length === 10) return formatDate(value, locale);
  if (value.length === 4) return value;
  const [y, m] = value.split('-').map(Number) as [number, number];
  const style = wordsOf(locale).dateStyle;
  // Numeric: month/year, as a numeric date writes them (Intl would spell "tháng 08, 2006").
  return style === 'numeric' ? `${String(m).padStart(2, '0')}/${y}` : parts(new Date(Date.UTC(y, m - 1, 15)), locale, MONTH.long);
}

/** An instant shown in Vietnam time: "15:05, 02/10/2020" / "2 October 2020, 15:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  const w = wordsOf(locale);
  const time = parts(date, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return fill(w.dateTime, { time, date: parts(date, locale, DAY[w.dateStyle]) });
}

/** A phone number that never wraps mid-number, and its tel: link. */
export function phone(number: string): { text: string; href: string } {
  return { text: number.replace(/ /g, '\u00a0'), href: `tel:${number.replace(/[^+\d]/g, '')}` };
}
