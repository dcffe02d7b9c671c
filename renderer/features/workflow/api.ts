/**
 * TanStack Query hooks for the guided SOP (operators, workflow state, queue, trail), over the typed
 * client. Every check is in the core; these only call it and keep the cache in step.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodOutput, MethodParams } from '../../../shared/contract/contract';
import { ApiError, call } from '../../api/client';
import { queryKeys, wfKeys } from '../../api/queryKeys';
import type { OperatorPublic } from '../../../shared/domain/operator';

/** A `locked` answer means the core locked the session (idle): the gate must show the lock screen. */
export function isLocked(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'locked';
}

export function useSession() {
  return useQuery({
    queryKey: wfKeys.session,
    queryFn: () => call('operators.session', {}),
    // While nobody is set up, an operator created elsewhere (IT's `loket`, a restore) ends the first-run screen quickly.
    refetchInterval: (q) => (q.state.data?.setupNeeded ? 1_000 : 30_000),
    staleTime: 0,
  });
}

/**
 * The core's clock as seen from the renderer: the session's `serverNow` carried forward by the time
 * passed since it was fetched. "Today" for date rules comes from here, never from the PC's own
 * clock read ad hoc, so the harness (and its tests) decide what day it is.
 */
export function useCoreClock(): () => Date {
  const qc = useQueryClient();
  // One stable function (a form's resolver keeps it) that reads the latest session when called.
  return useCallback(() => {
    const session = qc.getQueryData<MethodOutput<'operators.session'>>(wfKeys.session);
    const fetchedAt = qc.getQueryState(wfKeys.session)?.dataUpdatedAt ?? 0;
    const serverNow = session ? Date.parse(session.serverNow) : Number.NaN;
    return new Date(Number.isNaN(serverNow) || fetchedAt === 0 ? Date.now() : serverNow + (Date.now() - fetchedAt));
  }, [qc]);
}

export function useOperators() {
  return useQuery({ queryKey: wfKeys.operators, queryFn: () => call('operators.list', {}) });
}

/** Active and inactive operators (Pengaturan → Petugas, where one is switched off or on again). */
export function useAllOperators() {
  return useQuery({ queryKey: wfKeys.operatorsAll, queryFn: () => call('operators.list', { includeInactive: true }) });
}

export function useWorkflowSettings() {
  return useQuery({ queryKey: wfKeys.settings, queryFn: () => call('workflow.settings.get', {}) });
}

export function useSaveWorkflowSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodParams<'workflow.settings.save'>) => call('workflow.settings.save', input),
    onSuccess: (saved) => {
      qc.setQueryData(wfKeys.settings, saved);
      void qc.invalidateQueries({ queryKey: wfKeys.session });
      void qc.invalidateQueries({ queryKey: queryKeys.cases });
    },
  });
}

function useSessionSaved() {
  const qc = useQueryClient();
  return (s: MethodOutput<'operators.session'>) => qc.setQueryData(wfKeys.session, s);
}

export function useUnlock() {
  const onSaved = useSessionSaved();
  return useMutation({
    mutationFn: (input: MethodParams<'operators.unlock'>) => call('operators.unlock', input),
    onSuccess: onSaved,
  });
}

export function useLock() {
  const onSaved = useSessionSaved();
  return useMutation({ mutationFn: () => call('operators.lock', {}), onSuccess: onSaved });
}

export function useCreateOperator() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodParams<'operators.create'>) => call('operators.create', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: wfKeys.operators });
      void qc.invalidateQueries({ queryKey: wfKeys.session });
    },
  });
}

/** An operator switched off or on again (`operators.update`; the core refuses oneself and the last active one). */
export function useSetOperatorActive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ operator, active }: { operator: OperatorPublic; active: boolean }) =>
      call('operators.update', { operatorId: operator.id, name: operator.name, role: operator.role, active }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: wfKeys.operators });
      void qc.invalidateQueries({ queryKey: wfKeys.session });
    },
  });
}

export function useQueue() {
  return useQuery({ queryKey: wfKeys.queue, queryFn: () => call('workflow.queue', { perGroup: 100 }) });
}

export function useWorkflowState(id: string) {
  return useQuery({ queryKey: wfKeys.state(id), queryFn: () => call('workflow.state', { id }) });
}

export function useTrailVerdict(id: string) {
  return useQuery({ queryKey: wfKeys.trail(id), queryFn: () => call('workflow.trail', { id }) });
}

export function useRelatedCases(id: string) {
  return useQuery({ queryKey: wfKeys.related(id), queryFn: () => call('workflow.relatedCases', { id }) });
}

/**
 * A call that changes a case's workflow: afterwards the record (timeline), the state, the trail
 * verdict and the lists are stale. A `locked` failure refreshes the session so the lock screen shows.
 */
export function useWorkflowAction<M extends 'workflow.open' | 'workflow.pause' | 'workflow.resume' | 'workflow.complete'>(method: M) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodParams<M>) => call(method, input),
    onSuccess: (state) => {
      qc.setQueryData(wfKeys.state(state.caseId), state);
      void qc.invalidateQueries({ queryKey: queryKeys.cases });
      void qc.invalidateQueries({ queryKey: queryKeys.appInfo });
    },
    onError: (e) => {
      if (isLocked(e)) void qc.invalidateQueries({ queryKey: wfKeys.session });
    },
  });
}
