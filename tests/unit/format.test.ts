import { describe, expect, it } from 'vitest';
import {
  formatArea,
  formatDate,
  formatDateTime,
  formatMoneyRange,
  formatMoney,
  formatNumber,
  formatPartialDate,
  formatPercent,
  toBothCurrencies,
} from '../../src/lib/format.ts';

describe('numbers per locale', () => {
  it('uses . for thousands and , for decimals in Vietnamese, the reverse in English', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(12663, 'vi')).toBe('12.663');
  });
  it('formats areas and percentages', () => {
    expect(formatArea(997.7, 'vi')).toBe('997,7 ha');
    expect(formatArea(12663, 'en')).toBe('12,663 ha');
    expect(formatPercent(93.3, 'vi')).toBe('93,3%');
    expect(formatPercent(93.3, 'en')).toBe('93.3%');
  });
});

describe('money', () => {
  it('writes large amounts with scale words in each language', () => {
    expect(formatMoney({ amount: 13.3e12, currency: 'VND' }, 'vi')).toBe('13,3 nghìn tỷ đồng');
    expect(formatMoney({ amount: 13.3e12, currency: 'VND' }, 'en')).toBe('VND 13.3 trillion');
    expect(formatMoney({ amount: 1.843e9, currency: 'USD' }, 'vi')).toBe('1,84 tỷ USD');
    expect(formatMoney({ amount: 1.843e9, currency: 'USD' }, 'en')).toBe('US$1.84 billion');
    expect(formatMoney({ amount: 320e6, currency: 'USD' }, 'en')).toBe('US$320 million');
    expect(formatMoney({ amount: 95, currency: 'USD' }, 'en')).toBe('US$95');
  });
  it('writes them with the scale words of Chinese, Japanese and Korean (萬, 億, 兆; 억, 조), in VND and USD', () => {
    expect(formatMoney({ amount: 320e6, currency: 'USD' }, 'zh-Hant')).toBe('3.2億美元');
    expect(formatMoney({ amount: 320e6, currency: 'USD' }, 'ja')).toBe('3.2億米ドル');
    expect(formatMoney({ amount: 320e6, currency: 'USD' }, 'ko')).toBe('3.2억 달러');
    expect(formatMoney({ amount: 13.3e12, currency: 'VND' }, 'ja')).toBe('13.3兆ドン');
    expect(formatMoney({ amount: 13.3e12, currency: 'VND' }, 'ko')).toBe('13.3조 동');
    expect(formatMoney({ amount: 95, currency: 'USD' }, 'zh-Hant')).toBe('95美元');
    expect(formatNumber(1234.5, 'ja')).toBe('1,234.5');
  });
  it('converts between VND and USD at the given rate', () => {
    const both = toBothCurrencies({ amount: 100e6, currency: 'USD' }, 25_000);
    expect(both.vnd).toEqual({ amount: 2.5e12, currency: 'VND' });
    expect(toBothCurrencies({ amount: 2.5e12, currency: 'VND' }, 25_000).usd).toEqual({ amount: 100e6, currency: 'USD' });
  });
});

describe('dates', () => {
  it('writes a calendar date as each language does', () => {
    expect(formatDate('2020-10-02', 'vi')).toBe('02/10/2020');
    expect(formatDate('2020-10-02', 'en')).toBe('2 October 2020');
  });
  it('writes a calendar date as Chinese, Japanese and Korean do', () => {
    expect(formatDate('2020-10-02', 'zh-Hant')).toBe('2020年10月2日');
    expect(formatDate('2020-10-02', 'ja')).toBe('2020年10月2日');
    expect(formatDate('2020-10-02', 'ko')).toBe('2020년 10월 2일');
    expect(formatDateTime('2020-10-02T08:05:00Z', 'ja')).toBe('2020年10月2日 15:05');
    expect(formatPartialDate('2006-08', 'ko')).toBe('2006년 8월');
  });
  it('shows an instant in Vietnam time whatever its offset', () => {
    expect(formatDateTime('2020-10-02T15:05:00+07:00', 'vi')).toBe('15:05, 02/10/2020');
    expect(formatDateTime('2020-10-02T08:05:00Z', 'en')).toBe('2 October 2020, 15:05');
    expect(formatDateTime('2020-10-01T20:00:00Z', 'vi')).toBe('03:00, 02/10/2020');
  });
  it('writes dates known only to the month or year', () => {
    expect(formatPartialDate('2006', 'en')).toBe('2006');
    expect(formatPartialDate('2006-08', 'vi')).toBe('08/2006');
    expect(formatPartialDate('2006-08', 'en')).toBe('August 2006');
    expect(formatPartialDate('2006-08-28', 'en')).toBe('28 August 2006');
  });
});

describe('formatMoneyRange', () => {
  it('writes both ends in the locale and currency', () => {
    expect(formatMoneyRange({ min: 80, max: 120, currency: 'USD' }, 'en')).toBe('US$80 – US$120');
    expect(formatMoneyRange({ min: 80, max: 120, currency: 'USD' }, 'vi')).toBe('80 USD – 120 USD');
  });
});
