import { describe, expect, it } from 'vitest';
import { exactTitleField, exactTitleRanking, prepareForIndex, searchQuery, searchWords } from '../../src/lib/search.ts';

describe('what goes into the search index', () => {
  const page =
    '<html lang="vi"><head><meta property="og:title" content="Khu công nghiệp Đồng An 2 &amp; VSIP" data-pagefind-meta="title[content]">' +
    '<meta name="description" content="Đất còn trống ở Đồng An" data-pagefind-meta="summary[content]"></head>' +
    '<body><main data-pagefind-body><h1 data-x="Đồng">Khu công nghiệp Đồng An 2</h1></main></body></html>';
  const prepared = prepareForIndex(page);

  it('folds đ in the searched title and summary, as in the text, and keeps them as written to show', () => {
    expect(prepared).toContain('<meta data-pagefind-meta="title[content]" content="Khu công nghiệp Dồng An 2 &amp; VSIP">');
    expect(prepared).toContain('data-pagefind-meta="shown_title[content]"');
    expect(prepared).toContain('content="Khu công nghiệp Đồng An 2 &amp; VSIP" data-pagefind-meta="shown_title[content]"');
    expect(prepared).toContain('<meta data-pagefind-meta="summary[content]" content="Dất còn trống ở Dồng An">');
    expect(prepared).toContain('content="Đất còn trống ở Đồng An" data-pagefind-meta="shown_summary[content]"');
    expect(prepared).toContain('<h1 data-x="Đồng">Khu công nghiệp Dồng An 2</h1>');
  });

  it('gives the title its exact-title field, named from the title as a reader would type it', () => {
    const field = exactTitleField('Khu công nghiệp Đồng An 2 & VSIP')!;
    expect(prepared).toContain(`<meta data-pagefind-meta="${field}[content]" content="Khu công nghiệp Dồng An 2 &amp; VSIP">`);
  });
});

describe('exact-title fields', () => {
  it('reads a title the way Pagefind splits words: marks and đ folded, punctuation gone', () => {
    expect(searchWords('Khu công nghiệp Việt Nam – Singapore (VSIP I)')).toEqual(['khu', 'cong', 'nghiep', 'viet', 'nam', 'singapore', 'vsip', 'i']);
  });

  it('is the same however the title is typed, and differs for a longer title with the same words', () => {
    const field = exactTitleField('Khu công nghiệp Đồng An 2');
    expect(field).toMatch(/^exact_6_\d+$/);
    for (const typed of ['khu cong nghiep dong an 2', 'Khu  công nghiệp Dồng An 2', 'KHU CONG NGHIEP ĐONG AN 2']) expect(exactTitleField(typed), typed).toBe(field);
    expect(exactTitleField('Logistics')).not.toBe(exactTitleField('Cold-chain logistics centre'));
    expect(exactTitleField(' – ')).toBeNull();
  });

  it("weighs the query's own field, and sets the previous query's back to Pagefind's default", () => {
    const ranking = exactTitleRanking();
    const first = ranking('Logistics').ranking.metaWeights;
    const logistics = exactTitleField('Logistics')!;
    const press = exactTitleField('Press')!;
    expect(first[logistics]).toBeGreaterThan(first.title!);
    expect(first.shown_title).toBe(0);
    const second = ranking('Press').ranking.metaWeights;
    expect(second[press]).toBe(first[logistics]);
    expect(second[logistics]).toBe(1);
    expect(ranking('Press').ranking.metaWeights[logistics]).toBeUndefined();
  });
});

describe('words of the unspaced languages', () => {
  it('cuts Chinese and Japanese into words and leaves their punctuation out, so a range or a document number is found as its parts', () => {
    expect(searchQuery('平陽省2021–2030年規劃', 'zh-Hant').split(' ')).toEqual(['平陽', '省', '2021', '2030', '年', '規劃']);
    expect(searchQuery('（2021～2030年、2050年までのビジョン）', 'ja').split(' ')).toEqual(['2021', '2030', '年', '2050', '年', 'まで', 'の', 'ビジョン']);
    expect(searchQuery('790/QĐ-TTg', 'zh-Hant').split(' ')).toEqual(['790', 'QD', 'TTg']);
    // Vietnamese keeps its punctuation: Pagefind reads it the same way in its indexer and the browser.
    expect(searchQuery('790/QĐ-TTg', 'vi')).toBe('790/QD-TTg');
  });

  it('indexes a page in the same words, its entities read as text', () => {
    const html = '<html lang="ja"><head><meta property="og:title" content="A&amp;B計画（2021～2030年）" data-pagefind-meta="title[content]"></head><body><main data-pagefind-body><h1>A&amp;B計画（2021～2030年）</h1></main></body></html>';
    const prepared = prepareForIndex(html, 'ja');
    expect(prepared).toContain('<h1> A B 計画 2021 2030 年 </h1>');
    expect(prepared).toContain('data-pagefind-meta="title[content]" content=" A B 計画 2021 2030 年 "');
    // Only the title as shown in the results keeps its markup.
    expect(prepared.replace(/<meta property="og:title"[^>]*>/, '')).not.toContain('amp');
  });
});
