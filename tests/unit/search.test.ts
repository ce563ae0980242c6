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

describe("a page's code in the search index", () => {
  const head = (title: string, code: string) =>
    `<html lang="vi"><head><meta property="og:title" content="${title}" data-pagefind-meta="title[content]"></head><body><main data-pagefind-body><span data-pagefind-meta="code:${code}"></span><h1>${title}</h1></main></body></html>`;

  it('fills the exact field named after the code, and leaves no field named code', () => {
    const prepared = prepareForIndex(head('Nghị định 239/2025/NĐ-CP sửa đổi Nghị định 31/2021/NĐ-CP', '239/2025/NĐ-CP'));
    expect(prepared).toContain(`<meta data-pagefind-meta="${exactTitleField('239/2025/NĐ-CP')}[content]" content="239/2025/ND-CP">`);
    expect(prepared).toContain(`<meta data-pagefind-meta="${exactTitleField('Nghị định 239/2025/NĐ-CP sửa đổi Nghị định 31/2021/NĐ-CP')}[content]"`);
    expect(prepared).not.toContain('code:');
    // the query that is the code alone is the query that weighs that field
    expect(exactTitleField('239/2025/ND-CP')).toBe(exactTitleField('239/2025/NĐ-CP'));
  });

  it('shares one field with the title when both have the same name', () => {
    const prepared = prepareForIndex(head('BD-2026-011', 'BD-2026-011'));
    const field = exactTitleField('BD-2026-011')!;
    expect(prepared.split(`data-pagefind-meta="${field}[content]"`).length).toBe(2);
    expect(prepared).toContain(`<meta data-pagefind-meta="${field}[content]" content="BD-2026-011 BD-2026-011">`);
  });

  it('cuts a code on a Chinese page into the words its query is cut into', () => {
    const prepared = prepareForIndex(head('第31/2021/NĐ-CP號議定', '31/2021/NĐ-CP'), 'zh-Hant');
    expect(prepared).toContain(`<meta data-pagefind-meta="${exactTitleField('31/2021/NĐ-CP', 'zh-Hant')}[content]" content=" 31 2021 ND CP ">`);
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
