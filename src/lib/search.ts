// What the site search knows about a page, set by its view and written as Pagefind attributes.
export const SEARCH_TYPES = ['project', 'zone', 'sector', 'news', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchEntry {
  type: SearchType;
  /** Sector ids the page is about (a filter). */
  sectors?: string[];
  /** For news: the publication date and time as the reader's language writes it. */
  date?: string;
}
