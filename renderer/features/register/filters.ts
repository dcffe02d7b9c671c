/** The register's filter state (kept by the app so it survives opening a case and coming back). */
import type { CaseStatus, RequestKind } from '../../../shared/domain/case';
import type { CaseFilters } from '../../api/queryKeys';

export interface RegisterFilters {
  text: string;
  status: CaseStatus[];
  kind: RequestKind[];
  receivedFrom: string;
  receivedTo: string;
}

export const emptyFilters: RegisterFilters = { text: '', status: [], kind: [], receivedFrom: '', receivedTo: '' };

export function hasFilters(f: RegisterFilters): boolean {
  return f.text.trim() !== '' || f.status.length > 0 || f.kind.length > 0 || f.receivedFrom !== '' || f.receivedTo !== '';
}

/** The query the core gets: trimmed text; a reversed date range is swapped rather than empty. */
export function toQuery(f: RegisterFilters): CaseFilters {
  const [from, to] =
    f.receivedFrom !== '' && f.receivedTo !== '' && f.receivedFrom > f.receivedTo
      ? [f.receivedTo, f.receivedFrom]
      : [f.receivedFrom, f.receivedTo];
  return { text: f.text.trim(), status: [...f.status], kind: [...f.kind], receivedFrom: from, receivedTo: to };
}
