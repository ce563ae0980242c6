export const NEWS_PER_PAGE = 10;

export function pageCount(total: number, perPage = NEWS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** Items of a 1-based page. */
export function pageOf<T>(items: T[], page: number, perPage = NEWS_PER_PAGE): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}
