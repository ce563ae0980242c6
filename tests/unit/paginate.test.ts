import { describe, expect, it } from 'vitest';
import { pageCount, pageOf } from '../../src/lib/paginate.ts';

describe('pagination', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  it('counts pages, with one page even when there is nothing', () => {
    expect(pageCount(23, 10)).toBe(3);
    expect(pageCount(20, 10)).toBe(2);
    expect(pageCount(0, 10)).toBe(1);
  });
  it('cuts a 1-based page', () => {
    expect(pageOf(items, 1, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageOf(items, 3, 10)).toEqual([20, 21, 22]);
  });
});
