import { describe, expect, it } from 'vitest';
import { choiceToParams, parseChoice, visibleZones } from '../../src/lib/compare.ts';
import { enquiryMailto } from '../../src/lib/mailto.ts';

const known = ['a', 'b', 'c', 'd', 'e'];

describe('zone comparison choice', () => {
  it('reads known zones from the URL in order, once each, at most four', () => {
    expect(parseChoice(new URLSearchParams('zones=c,a,c,x'), known)).toEqual(['c', 'a']);
    expect(parseChoice(new URLSearchParams('zones=a&zones=b'), known)).toEqual(['a', 'b']);
    expect(parseChoice(new URLSearchParams('zones=a,b,c,d,e'), known)).toEqual(['a', 'b', 'c', 'd']);
    expect(parseChoice(new URLSearchParams(''), known)).toEqual([]);
  });
  it('writes the choice back as one parameter', () => {
    expect(choiceToParams(['a', 'b']).toString()).toBe('zones=a%2Cb');
    expect(parseChoice(choiceToParams(['b', 'd']), known)).toEqual(['b', 'd']);
    expect(choiceToParams([]).toString()).toBe('');
  });
  it('shows every zone until one is chosen, then only the chosen, in table order', () => {
    expect(visibleZones([], known)).toEqual(known);
    expect(visibleZones(['d', 'a'], known)).toEqual(['a', 'd']);
  });
});

describe('enquiry mailto', () => {
  it('encodes spaces as %20 and line breaks as CRLF so every mail program reads it', () => {
    const href = enquiryMailto('x@example.vn', { subject: 'Dự án BD-2026-001: A & B', body: 'Kính gửi,\nTôi' });
    expect(href).toBe('mailto:x@example.vn?subject=D%E1%BB%B1%20%C3%A1n%20BD-2026-001%3A%20A%20%26%20B&body=K%C3%ADnh%20g%E1%BB%ADi%2C%0D%0AT%C3%B4i');
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Dự án BD-2026-001: A & B');
  });
});
