/** Queries of the outgoing letters (contract `letters.*`). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../../api/client';
import { letterKeys } from '../../api/queryKeys';
import { useCoreEvent } from '../documents/coreEvents';

export function useCaseLetters(caseId: string) {
  const qc = useQueryClient();
  // The export issues the closed case's letters itself (the control sheet's closing version, the
  // archive copies) without changing the case: `archive.changed` is the only word the list gets.
  useCoreEvent('archive.changed', ({ ids }) => {
    if (ids.includes(caseId)) void qc.invalidateQueries({ queryKey: letterKeys.list(caseId) });
  });
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
