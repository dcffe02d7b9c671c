/** Query keys in one place, so invalidation (cases.changed, saves) hits exactly what it must. */
import type { CaseListQuery } from '../../shared/contract/contract';
import type { PeriodInput } from '../../shared/domain/report';
import type { OfficeQueryInput } from '../../shared/domain/office';

/** The register's filters without paging (the page is part of the key separately). */
export type CaseFilters = Required<Omit<CaseListQuery, 'offset' | 'limit'>>;

export const queryKeys = {
  settings: ['settings'] as const,
  appInfo: ['app', 'info'] as const,
  problems: ['app', 'problems'] as const,
  /** Every case query (lists and records): what `cases.changed` invalidates. */
  cases: ['cases'] as const,
  caseLists: ['cases', 'list'] as const,
  casePage: (filters: CaseFilters, page: number, pageSize: number) => ['cases', 'list', filters, pageSize, page] as const,
  caseRecord: (id: string) => ['cases', 'record', id] as const,
  /** Under `cases`: a step completed or a case closed (cases.changed) changes the figures. */
  report: (period: PeriodInput | null) => ['cases', 'report', period] as const,
  /** The office on the shared drive (issue 12): its status, and searches (under `cases`: a new case may match). */
  officeStatus: ['office', 'status'] as const,
  officeFinds: ['cases', 'office'] as const,
  /** Cases handed over to this PC (under `cases`: receiving one changes the lists). */
  officeIncoming: ['cases', 'office', 'incoming'] as const,
  officeHandover: (id: string) => ['cases', 'office', 'handover', id] as const,
  officeFind: (q: OfficeQueryInput) => ['cases', 'office', 'find', q] as const,
  /** The fixity audit of the office archive (Arsip → Audit keutuhan). */
  officeAudit: ['office', 'audit'] as const,
  /** An archived case read from its bag, and one of its PDFs (read-only; a bag never changes). */
  officeBag: (bag: string) => ['office', 'bag', bag] as const,
  officeBagPdf: (bag: string, file: string) => ['office', 'bag', bag, 'pdf', file] as const,
};
