/**
 * Paging of the archive tables on screen: a month of closures can hold hundreds of rows (Daftar Isi
 * Berkas has one per item) and a drive that stays down fills the outbox; 15 rows a page keeps the
 * DOM small and the pager within a short scroll on a 1366×768 screen.
 */
export const ROWS_PER_PAGE = 15;

export interface PageWindow {
  page: number;
  pages: number;
  start: number;
  end: number;
}

/** The 0-based page clamped into range, with the row slice [start, end) it shows. */
export function pageWindow(total: number, page: number, size = ROWS_PER_PAGE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { page: p, pages, start: p * size, end: Math.min(total, (p + 1) * size) };
}
