/** Queries and task progress of a case's documents (contract `documents.*`). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { DocumentsProgress } from '../../../shared/contract/features/documents';
import { call } from '../../api/client';
import { documentKeys, queryKeys } from '../../api/queryKeys';
import { useCoreEvent } from './coreEvents';

export function useDocuments(caseId: string) {
  return useQuery({ queryKey: documentKeys.list(caseId), queryFn: () => call('documents.list', { caseId }) });
}

/** After an edit: the answer carries the case's documents; the case record moved to a new revision. */
export function useDocumentsSaved(caseId: string) {
  const qc = useQueryClient();
  return useCallback(
    (out?: MethodOutput<'documents.list'>) => {
      if (out) qc.setQueryData(documentKeys.list(caseId), out);
      else void qc.invalidateQueries({ queryKey: documentKeys.list(caseId) });
      void qc.invalidateQueries({ queryKey: queryKeys.caseRecord(caseId), exact: true });
    },
    [qc, caseId],
  );
}

/** Progress of long tasks (import, PDF, OCR) by the client-made task id. */
export function useTaskProgress() {
  const [progress, setProgress] = useState<Record<string, DocumentsProgress>>({});
  useCoreEvent('documents.progress', (p) => setProgress((all) => ({ ...all, [p.taskId]: p })));
  const percentOf = useCallback(
    (taskId: string | null | undefined): number | null => {
      const p = taskId ? progress[taskId] : undefined;
      if (!p || p.total === 0) return null;
      return Math.round((100 * p.done) / p.total);
    },
    [progress],
  );
  return { progress, percentOf };
}

export function newTaskId(): string {
  return crypto.randomUUID();
}
