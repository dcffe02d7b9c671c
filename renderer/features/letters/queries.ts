/** Queries of the outgoing letters (contract `letters.*`). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../../api/client';

/**
 * Under the case record's key: `cases.changed` (a step completed, the case edited) invalidates every
 * case query, so availability and "data changed since printed" follow the case without extra events.
 */
export const letterListKey = (caseId: string) => ['cases', 'record', caseId, 'letters'] as const;
export const lettersSettingsKey = ['letters', 'settings'] as const;

export function useCaseLetters(caseId: string) {
  return useQuery({ queryKey: letterListKey(caseId), queryFn: () => call('letters.list', { id: caseId }) });
}

/** After issuing: the list shows the new number. */
export function useLettersChanged(caseId: string) {
  const qc = useQueryClient();
  return useCallback(() => void qc.invalidateQueries({ queryKey: letterListKey(caseId) }), [qc, caseId]);
}

export function useLettersSettings() {
  return useQuery({ queryKey: lettersSettingsKey, queryFn: () => call('letters.settings.get', {}) });
}
