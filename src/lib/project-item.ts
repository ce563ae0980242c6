// A project as a list item (src/lib/project-card.ts) in one language: texts picked, money
// formatted in both currencies, the summary cut to a card's length. Build-time only.
import { toFinderRecord } from './finder.ts';
import { formatArea, formatMoney, toBothCurrencies } from './format.ts';
import { pick } from './localize.ts';
import { investmentPerHectare } from './queries.ts';
import type { Locale, Localized, Money, Project } from './schema.ts';
import type { ProjectItem, Txt } from './project-card.ts';

/** Cards show the start of the summary; the fact sheet has all of it. */
export const CARD_SUMMARY_LENGTH = 160;

/** The text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max = CARD_SUMMARY_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

export function txt(value: Localized, locale: Locale, shorten?: number): Txt {
  const p = pick(value, locale);
  const text = shorten ? excerpt(p.text, shorten) : p.text;
  return p.fallback ? { text, lang: p.lang } : text;
}

function pair(money: Money, usdToVnd: number, locale: Locale): [string, string] {
  const both = toBothCurrencies(money, usdToVnd);
  const [first, second] = money.currency === 'VND' ? [both.vnd, both.usd] : [both.usd, both.vnd];
  return [formatMoney(first, locale), formatMoney(second, locale)];
}

export function toProjectItem(p: Project, usdToVnd: number, locale: Locale): ProjectItem {
  const perHa = investmentPerHectare(p);
  return {
    ...toFinderRecord(p, usdToVnd),
    id: p.id,
    title: txt(p.title, locale),
    summary: txt(p.summary, locale, CARD_SUMMARY_LENGTH),
    capital: pair(p.capital, usdToVnd, locale),
    ...(perHa ? { perHa: pair(perHa, usdToVnd, locale) } : {}),
    land: formatArea(p.landArea, locale),
    ...(p.location && !p.zone ? { location: txt(p.location, locale) } : {}),
    ...(p.illustrative ? { illustrative: true } : {}),
  };
}

