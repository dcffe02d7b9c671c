/** TanStack Query hooks of the Laporan screen over the typed client; the figures are the core's (reports.compute). */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { MethodParams } from '../../../shared/contract/contract';
import type { PeriodInput, ReportSource } from '../../../shared/domain/report';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useReport(period: PeriodInput | null, source: ReportSource) {
  return useQuery({
    queryKey: queryKeys.report(period, source),
    queryFn: () => call('reports.compute', { period: period as PeriodInput, source }),
    enabled: period !== null,
    // The previous period's figures stay on screen while the next one is computed.
    placeholderData: (previous) => previous,
  });
}

export function useReportExport() {
  return useMutation({ mutationFn: (input: MethodParams<'reports.export'>) => call('reports.export', input) });
}
