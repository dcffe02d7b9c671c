/**
 * TanStack Query hooks for the archive (export status and outbox, registers, retention, labels,
 * backups, archive settings) over the typed client. The core decides everything; these only call
 * it and keep the cache in step with its `archive.changed` / `backup.changed` events.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodParams } from '../../../shared/contract/contract';
import type { ExportStatus } from '../../../shared/domain/archive';
import { call } from '../../api/client';
import { archiveKeys, queryKeys } from '../../api/queryKeys';
import { useCoreEvent } from '../documents/coreEvents';

/**
 * How soon to ask again: while exporting, every 1.5 s (the core also sends `archive.changed`, this
 * only covers a missed event); while waiting, shortly after the core's own next retry.
 */
export function statusRefetchMs(s: ExportStatus | undefined, now: number): number | false {
  if (!s) return false;
  if (s.state === 'exporting') return 1500;
  if (s.state === 'waiting' && s.nextRetryAt) {
    const due = Date.parse(s.nextRetryAt) - now;
    return Math.min(Math.max(due + 1000, 2000), 60_000);
  }
  return false;
}

/** Refreshes the archive's queries when the core announces a change (mount once per screen). */
export function useArchiveEvents(): void {
  const qc = useQueryClient();
  useCoreEvent('archive.changed', () => void qc.invalidateQueries({ queryKey: archiveKeys.all }));
  useCoreEvent('backup.changed', (status) => qc.setQueryData(archiveKeys.backup, status));
}

export function useExportStatus(id: string) {
  return useQuery({
    queryKey: archiveKeys.status(id),
    queryFn: () => call('archive.status', { id }),
    refetchInterval: (q) => statusRefetchMs(q.state.data, Date.now()),
  });
}

export function useExportNow(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('archive.export', { id }),
    onSuccess: (s) => qc.setQueryData(archiveKeys.status(id), s),
    onSettled: () => void qc.invalidateQueries({ queryKey: archiveKeys.all }),
  });
}

export function useVerifyBag(id: string) {
  return useMutation({ mutationFn: () => call('archive.verify', { id }) });
}

export function useOutbox() {
  return useQuery({ queryKey: archiveKeys.outbox, queryFn: () => call('archive.outbox', {}), refetchInterval: 30_000 });
}

export function useRetryAll() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('archive.retryAll', {}),
    onSettled: () => void qc.invalidateQueries({ queryKey: archiveKeys.all }),
  });
}

export function useRegisters(from: string, to: string, enabled: boolean) {
  return useQuery({ queryKey: archiveKeys.registers(from, to), queryFn: () => call('registers.build', { from, to }), enabled });
}

export function useRegistersExport() {
  return useMutation({ mutationFn: (input: MethodParams<'registers.export'>) => call('registers.export', input) });
}

export function useRetentionDue(asOf: string) {
  return useQuery({ queryKey: archiveKeys.retention(asOf), queryFn: () => call('registers.retentionDue', { asOf }) });
}

export function useLabelsPreview() {
  return useMutation({ mutationFn: (input: MethodParams<'labels.preview'>) => call('labels.preview', input) });
}

export function useBackupStatus() {
  return useQuery({
    queryKey: archiveKeys.backup,
    queryFn: () => call('backup.status', {}),
    refetchInterval: (q) => (q.state.data?.running ? 2000 : 60_000),
  });
}

export function useBackupRun() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('backup.run', {}),
    onSuccess: (s) => qc.setQueryData(archiveKeys.backup, s),
    onSettled: () => void qc.invalidateQueries({ queryKey: archiveKeys.backup }),
  });
}

export function useArchiveSettings() {
  return useQuery({ queryKey: archiveKeys.settings, queryFn: () => call('archive.settings.get', {}) });
}

export function useSaveArchiveSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodParams<'archive.settings.save'>) => call('archive.settings.save', input),
    onSuccess: (saved) => {
      qc.setQueryData(archiveKeys.settings, saved);
      // A new archive root or backup folder changes what the outbox and backups can do.
      void qc.invalidateQueries({ queryKey: archiveKeys.all });
      void qc.invalidateQueries({ queryKey: archiveKeys.backup });
      // The core reads the office on the new root in the background.
      void qc.invalidateQueries({ queryKey: queryKeys.officeStatus });
    },
  });
}

/** The fixity audit (issue 12 §4): asked again every 2 s while a pass runs, else every minute. */
export function useAuditStatus() {
  return useQuery({
    queryKey: queryKeys.officeAudit,
    queryFn: () => call('office.audit.status', {}),
    refetchInterval: (q) => (q.state.data?.running ? 2000 : 60_000),
  });
}

export function useAuditRun() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('office.audit.run', {}),
    // The pass runs for a while: the status (polled while running) shows its progress meanwhile.
    onMutate: () => void qc.invalidateQueries({ queryKey: queryKeys.officeAudit }),
    onSuccess: (s) => qc.setQueryData(queryKeys.officeAudit, s),
    onSettled: () => void qc.invalidateQueries({ queryKey: queryKeys.officeAudit }),
  });
}
