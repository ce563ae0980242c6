// Amounts in VND and USD. Browser-safe: the project finder converts with it too.
import type { Money } from './schema.ts';

/** The same amount in both currencies, converted at the site's published rate. */
export function toBothCurrencies(money: Money, usdToVnd: number): { vnd: Money; usd: Money } {
  if (money.currency === 'VND') return { vnd: money, usd: { amount: money.amount / usdToVnd, currency: 'USD' } };
  return { usd: money, vnd: { amount: money.amount * usdToVnd, currency: 'VND' } };
}
