/** Queries of the outgoing letters (contract `letters.*`). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../../api/client';
import { letterKeys } from '../../api/queryKeys';

/** Refreshed by `cases.changed` (under the case's key) and by `archive.changed` (api/hooks.ts useCoreEvents). */
export function useCaseLetters(caseId: string) {
  return useQuery({ queryKey: letterKeys.list(caseId), queryFn: () => call('letters.list', { id: caseId }) });
}

/** After issuing: the list shows the new number. */
export function useLettersChanged(caseId: string) {
  const qc = useQueryClient();
  return useCallback(() => void qc.invalidateQueries({ queryKey: letterKeys.list(caseId) }), [qc, caseId]);
}

export function useLettersSettings() {
  return useQuery({ queryKey: letterKeys.settings, queryFn: () => call('letters.settings.get', {}) });
}
