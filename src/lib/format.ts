// Numbers, money, areas and dates as each language writes them:
// Vietnamese 1.234,5 and 02/10/2020; English 1,234.5 and 2 October 2020.
import type { Locale, Money } from './schema.ts';

const INTL: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
/** The department's clock: dates and times are shown in Vietnam time whatever the build machine's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Building an Intl formatter costs far more than using one; a build formats thousands of
// numbers and dates, so each formatter is made once per language and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: Locale, opts: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(opts)}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function formatNumber(n: number, locale: Locale, maxFractionDigits = 2): string {
  const opts = { maximumFractionDigits: maxFractionDigits };
  return formatter('n', locale, opts, () => new Intl.NumberFormat(INTL[locale], opts)).format(n);
}

export function formatPercent(percent: number, locale: Locale): string {
  return `${formatNumber(percent, locale, 1)}%`;
}

export function formatArea(hectares: number, locale: Locale): string {
  return `${formatNumber(hectares, locale)} ha`;
}

export function formatKm(km: number, locale: Locale): string {
  return `${formatNumber(km, locale, 1)} km`;
}

const SCALES = [
  { at: 1e12, vi: 'nghìn tỷ', en: 'trillion' },
  { at: 1e9, vi: 'tỷ', en: 'billion' },
  { at: 1e6, vi: 'triệu', en: 'million' },
] as const;

/** 13_300_000_000_000 VND -> "13,3 nghìn tỷ đồng" / "VND 13.3 trillion". */
export function formatMoney({ amount, currency }: Money, locale: Locale): string {
  const scale = SCALES.find((s) => Math.abs(amount) >= s.at);
  const n = formatNumber(scale ? amount / scale.at : amount, locale, scale ? 2 : 0);
  if (locale === 'vi') {
    const unit = currency === 'VND' ? 'đồng' : 'USD';
    return scale ? `${n} ${scale.vi} ${unit}` : `${n} ${unit}`;
  }
  const prefix = currency === 'VND' ? 'VND ' : 'US$';
  return scale ? `${prefix}${n} ${scale.en}` : `${prefix}${n}`;
}

/** A price range in one currency: "US$80 – US$120". */
export function formatMoneyRange({ min, max, currency }: { min: number; max: number; currency: Money['currency'] }, locale: Locale): string {
  return `${formatMoney({ amount: min, currency }, locale)} – ${formatMoney({ amount: max, currency }, locale)}`;
}

/** The same amount in both currencies, converted at the site's published rate. */
export function toBothCurrencies(money: Money, usdToVnd: number): { vnd: Money; usd: Money } {
  if (money.currency === 'VND') return { vnd: money, usd: { amount: money.amount / usdToVnd, currency: 'USD' } };
  return { usd: money, vnd: { amount: money.amount * usdToVnd, currency: 'VND' } };
}

function parts(date: Date, locale: Locale, opts: Intl.DateTimeFormatOptions) {
  return formatter('d', locale, opts, () => new Intl.DateTimeFormat(INTL[locale], { timeZone: TIME_ZONE, ...opts })).format(date);
}

/** "2020-10-02" -> "02/10/2020" / "2 October 2020". A plain date is a calendar day, not an instant. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return locale === 'vi'
    ? parts(date, 'vi', { day: '2-digit', month: '2-digit', year: 'numeric' })
    : parts(date, 'en', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "2006" / "2006-08" / "2006-08-28" in the reader's language. */
export function formatPartialDate(value: string, locale: Locale): string {
  if (value.length === 10) return formatDate(value, locale);
  if (value.length === 4) return value;
  const [y, m] = value.split('-').map(Number) as [number, number];
  return locale === 'vi'
    ? `${String(m).padStart(2, '0')}/${y}`
    : parts(new Date(Date.UTC(y, m - 1, 15)), 'en', { month: 'long', year: 'numeric' });
}

/** An instant shown in Vietnam time: "15:05, 02/10/2020" / "2 October 2020, 15:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  const time = parts(date, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day =
    locale === 'vi'
      ? parts(date, 'vi', { day: '2-digit', month: '2-digit', year: 'numeric' })
      : parts(date, 'en', { day: 'numeric', month: 'long', year: 'numeric' });
  return locale === 'vi' ? `${time}, ${day}` : `${day}, ${time}`;
}


/** A phone number that never wraps mid-number, and its tel: link. */
export function phone(number: string): { text: string; href: string } {
  return { text: number.replace(/ /g, '\u00a0'), href: `tel:${number.replace(/[^+\d]/g, '')}` };
}
