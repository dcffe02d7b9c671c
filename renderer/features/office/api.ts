/** TanStack Query hooks of the office on the shared drive (issue 12): status, re-read, claim, search. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodParams } from '../../../shared/contract/contract';
import type { OfficeQueryInput } from '../../../shared/domain/office';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useOfficeStatus() {
  return useQuery({
    queryKey: queryKeys.officeStatus,
    queryFn: () => call('office.status', {}),
    // A root just set is read by the core in the background: ask again until that first read is done.
    refetchInterval: (q) => (q.state.data?.root && !q.state.data.syncedAt && !q.state.data.note ? 2000 : false),
  });
}

/** Reads the share again (`office.sync`) or claims this PC's code (`office.claim`); both answer the new status. */
export function useOfficeAction(method: 'office.sync' | 'office.claim') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (takeOver: boolean) => (method === 'office.sync' ? call('office.sync', {}) : call('office.claim', { takeOver })),
    onSuccess: (status) => {
      qc.setQueryData(queryKeys.officeStatus, status);
      void qc.invalidateQueries({ queryKey: queryKeys.officeFinds });
    },
  });
}

/** The office-wide search; `null` asks nothing (too short a query). */
export function useOfficeFind(q: OfficeQueryInput | null) {
  return useQuery({
    queryKey: queryKeys.officeFind(q ?? {}),
    queryFn: () => call('office.find', q ?? {}),
    enabled: q !== null,
    placeholderData: (previous) => previous,
  });
}

/** Cases other workstations handed over to this one (re-read every minute: they arrive through the share). */
export function useIncomingHandovers() {
  return useQuery({ queryKey: queryKeys.officeIncoming, queryFn: () => call('office.incoming', {}), refetchInterval: 60_000 });
}

/** `office.handOver` / `office.receive`: the case and every list change. */
export function useHandoverAction<M extends 'office.handOver' | 'office.receive'>(method: M) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodParams<M>) => call(method, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.cases }),
  });
}

/** Where a hand-over from this PC stands (its package on the share, received). */
export function useHandoverStatus(id: string) {
  return useQuery({ queryKey: queryKeys.officeHandover(id), queryFn: () => call('office.handoverStatus', { id }), refetchInterval: 60_000 });
}

/** An archived case read from its bag on the share (`office.openBag`); `null` asks nothing. */
export function useArchivedCase(bag: string | null) {
  return useQuery({ queryKey: queryKeys.officeBag(bag ?? ''), queryFn: () => call('office.openBag', { bag: bag ?? '' }), enabled: bag !== null, retry: false });
}

/** One PDF of that bag as PNG pages (`office.bagPdf`); the pages are not kept after the viewer closes. */
export function useBagPdf(bag: string, file: string | null, dpi: number) {
  return useQuery({
    queryKey: queryKeys.officeBagPdf(bag, file ?? ''),
    queryFn: () => call('office.bagPdf', { bag, file: file ?? '', dpi }),
    enabled: file !== null,
    retry: false,
    gcTime: 0,
    staleTime: Infinity,
  });
}
