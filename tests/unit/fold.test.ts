import { describe, expect, it } from 'vitest';
import { foldD, foldHtmlText, foldQuery } from '../../src/lib/fold.ts';

describe('folding for search', () => {
  it('turns đ and Đ into d and D and leaves other marks to Pagefind', () => {
    expect(foldD('Đồng An, đầu tư')).toBe('Dồng An, dầu tư');
  });
  it('folds the text of HTML but not its tags or attribute values', () => {
    expect(foldHtmlText('<h1 data-x="Đồng">Đồng An</h1><meta content="đầu tư">')).toBe('<h1 data-x="Đồng">Dồng An</h1><meta content="đầu tư">');
  });
  it('makes a query with marks and one without the same', () => {
    expect(foldQuery('Đồng An 2')).toBe('Dong An 2');
    expect(foldQuery('đầu tư')).toBe(foldQuery('dau tu'));
    expect(foldQuery('Nhà máy lắp ráp')).toBe('Nha may lap rap');
  });
});
