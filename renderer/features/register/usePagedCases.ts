/** Fetches the register's pages lazily as rows scroll into view (TanStack Query caches each page). */
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { CaseSummary } from '../../../shared/domain/case';
import { call } from '../../api/client';
import { queryKeys, type CaseFilters } from '../../api/queryKeys';
import { PAGE_SIZE, pagesForRange } from './paging';

function fetchPage(filters: CaseFilters, page: number) {
  return call('cases.list', { ...filters, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
}

export function usePagedCases(filters: CaseFilters, visible: { first: number; last: number }) {
  // Page 0 carries the total; keep the previous answer while a new filter loads, so the list does not flash.
  const head = useQuery({
    queryKey: queryKeys.casePage(filters, 0, PAGE_SIZE),
    queryFn: () => fetchPage(filters, 0),
    placeholderData: keepPreviousData,
  });
  const total = head.data?.total ?? 0;
  const wanted = pagesForRange(visible.first, visible.last, total, PAGE_SIZE, 1).filter((p) => p !== 0);
  const rest = useQueries({
    queries: wanted.map((page) => ({
      queryKey: queryKeys.casePage(filters, page, PAGE_SIZE),
      queryFn: () => fetchPage(filters, page),
      enabled: head.data !== undefined && !head.isPlaceholderData,
    })),
  });

  // A handful of pages at most: rebuilt each render, cheaper than tracking their identity.
  const pages = new Map<number, readonly CaseSummary[]>();
  if (head.data) pages.set(0, head.data.items);
  rest.forEach((r, i) => {
    const page = wanted[i];
    if (r.data && page !== undefined) pages.set(page, r.data.items);
  });

  const failed = head.error ?? rest.find((r) => r.error)?.error ?? null;
  return {
    total,
    pages,
    loaded: head.data !== undefined,
    refreshing: head.isPlaceholderData,
    error: failed,
    refetch: () => void head.refetch(),
  };
}
