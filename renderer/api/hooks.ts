/** TanStack Query hooks over the typed client. */
import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodOutput, MethodParams } from '../../shared/contract/contract';
import { call, getBridge } from './client';
import type { EventPayload } from '../../shared/contract/contract';
import { letterKeys, queryKeys } from './queryKeys';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings.get', {}) });
}

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('app.info', {}) });
}

export function useProblems() {
  return useQuery({ queryKey: queryKeys.problems, queryFn: () => call('app.problems', {}) });
}

export function useCase(id: string) {
  return useQuery({ queryKey: queryKeys.caseRecord(id), queryFn: () => call('cases.get', { id }) });
}

export function useSaveSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodParams<'settings.save'>) => call('settings.save', input),
    onSuccess: (saved) => {
      qc.setQueryData(queryKeys.settings, saved);
      // Case numbers and the register's dates depend on settings (pattern, time zone).
      void qc.invalidateQueries({ queryKey: queryKeys.cases });
    },
  });
}

/** The ID/EN switch; unlike settings.save it leaves the "profile not filled in" state alone. */
export function useSaveLanguage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (language: MethodParams<'settings.setLanguage'>['language']) => call('settings.setLanguage', { language }),
    onSuccess: (saved) => qc.setQueryData(queryKeys.settings, saved),
  });
}

function useCaseSaved() {
  const qc = useQueryClient();
  return (saved: MethodOutput<'cases.get'>) => {
    qc.setQueryData(queryKeys.caseRecord(saved.id), saved);
    void qc.invalidateQueries({ queryKey: queryKeys.caseLists });
    void qc.invalidateQueries({ queryKey: queryKeys.appInfo });
  };
}

export function useCreateCase() {
  const onSaved = useCaseSaved();
  return useMutation({
    mutationFn: (input: MethodParams<'cases.create'>) => call('cases.create', input),
    onSuccess: onSaved,
  });
}

export function useUpdateCase() {
  const onSaved = useCaseSaved();
  return useMutation({
    mutationFn: (input: MethodParams<'cases.update'>) => call('cases.update', input),
    onSuccess: onSaved,
  });
}

/**
 * Keeps cached data in step with the core: another window, the CLI or a later workflow step may
 * change a case; the core announces it and we refetch what is on screen.
 */
export function useCoreEvents(): void {
  const qc = useQueryClient();
  useEffect(() => {
    const bridge = getBridge();
    if (!bridge) return;
    const offCases = bridge.on('cases.changed', () => {
      void qc.invalidateQueries({ queryKey: queryKeys.cases });
      void qc.invalidateQueries({ queryKey: queryKeys.appInfo });
    });
    const offProblems = bridge.on('store.problem', () => {
      void qc.invalidateQueries({ queryKey: queryKeys.problems });
    });
    // The export issues the closed case's letters itself (the control sheet's closing version, the
    // archive copies) without changing the case: `archive.changed` is the only word the list gets.
    const offArchive = bridge.on('archive.changed', (payload) => {
      for (const id of (payload as EventPayload<'archive.changed'>).ids) void qc.invalidateQueries({ queryKey: letterKeys.list(id) });
    });
    return () => {
      offCases();
      offProblems();
      offArchive();
    };
  }, [qc]);
}
