/**
 * Paging for the virtualised register: the core answers `cases.list` a page at a time (limit
 * ≤ 1000), and only the pages that cover the rows on screen are fetched.
 */
import type { CaseSummary } from '../../../shared/domain/case';

export const PAGE_SIZE = 200;

/** The pages holding rows [first, last] (inclusive), plus `around` pages either side, within total. */
export function pagesForRange(first: number, last: number, total: number, pageSize = PAGE_SIZE, around = 0): number[] {
  if (total <= 0) return [0];
  const lastPage = Math.floor((total - 1) / pageSize);
  const from = Math.max(0, Math.floor(Math.max(0, first) / pageSize) - around);
  const to = Math.min(lastPage, Math.floor(Math.max(first, last) / pageSize) + around);
  const pages: number[] = [];
  for (let p = from; p <= to; p++) pages.push(p);
  return pages;
}

/** The row at `index` if its page has arrived, else undefined (the row shows a placeholder). */
export function rowAt(
  pages: ReadonlyMap<number, readonly CaseSummary[]>,
  index: number,
  pageSize = PAGE_SIZE,
): CaseSummary | undefined {
  const page = Math.floor(index / pageSize);
  return pages.get(page)?.[index - page * pageSize];
}
