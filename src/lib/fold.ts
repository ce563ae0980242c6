// Vietnamese readers often type without diacritics. Pagefind folds tone marks and vowel marks
// (ầ -> a) but not đ, a letter of its own. Indexed text and queries both go through foldD, so
// "dong an", "đồng an" and "Đồng An" all meet at "dồng an", which Pagefind folds to "dong an".
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** foldD applied to the text of an HTML document, leaving tags and attribute values alone. */
export function foldHtmlText(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${foldD(text)}<`);
}

/** A query as Pagefind ranks best: every mark removed, đ as d. Pagefind matches an unmarked
 * query against marked words, but ranks a marked query by exact marks, which readers do not
 * type consistently; "Đồng An" and "dong an" should find the same pages in the same order. */
export function foldQuery(query: string): string {
  // Marks on Latin letters only: a Japanese voiced mark (デ) is part of its letter.
  return foldD(query).normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
}
