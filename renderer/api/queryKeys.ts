/** Query keys in one place, so invalidation (cases.changed, saves) hits exactly what it must. */
import type { CaseListQuery } from '../../shared/contract/contract';
import type { PeriodInput, ReportSource } from '../../shared/domain/report';
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
  report: (period: PeriodInput | null, source: ReportSource) => ['cases', 'report', source, period] as const,
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

/** The guided SOP: the operator session and list, workflow settings, and each case's state and trail. */
export const wfKeys = {
  session: ['operators', 'session'] as const,
  operators: ['operators', 'list'] as const,
  /** Pengaturan → Petugas lists the inactive ones too (under `operators`: refreshed with it). */
  operatorsAll: ['operators', 'list', 'all'] as const,
  settings: ['workflow', 'settings'] as const,
  /** Under `cases` so that `cases.changed` refreshes the queue and the case's state too. */
  queue: ['cases', 'workflow', 'queue'] as const,
  state: (id: string) => ['cases', 'workflow', 'state', id] as const,
  trail: (id: string) => ['cases', 'workflow', 'trail', id] as const,
  related: (id: string) => ['cases', 'workflow', 'related', id] as const,
};

/** The archive: export status and outbox, registers, retention, backups, its settings. */
export const archiveKeys = {
  /** Under `cases`: closing a case (cases.changed) changes its export state and the registers. */
  all: ['cases', 'archive'] as const,
  status: (id: string) => ['cases', 'archive', 'status', id] as const,
  outbox: ['cases', 'archive', 'outbox'] as const,
  registers: (from: string, to: string) => ['cases', 'archive', 'registers', from, to] as const,
  retention: (asOf: string) => ['cases', 'archive', 'retention', asOf] as const,
  closedCases: ['cases', 'archive', 'closedCases'] as const,
  backup: ['archive', 'backup'] as const,
  settings: ['archive', 'settings'] as const,
};

/** The hardcopy screens (the case record itself stays under queryKeys.caseRecord). */
export const documentKeys = {
  inbox: ['scanning', 'inbox'] as const,
  inboxPreview: (id: string, page: number) => ['scanning', 'inbox', 'preview', id, page] as const,
  scanningSettings: ['scanning', 'settings'] as const,
  devices: ['scanning', 'devices'] as const,
  capabilities: (deviceId: string) => ['scanning', 'capabilities', deviceId] as const,
  jobs: (caseId: string) => ['scanning', 'jobs', caseId] as const,
  /** Under the case record's key, so `cases.changed` (which invalidates every case query) refreshes it too. */
  list: (caseId: string) => ['cases', 'record', caseId, 'documents'] as const,
  /** Keyed on the PDF's hash: a rebuilt PDF is a new view. */
  pdfPreview: (caseId: string, documentId: string, blob: string) => ['documents', 'pdfPreview', caseId, documentId, blob] as const,
  thumbnail: (caseId: string, pageId: string, rotation: number) => ['documents', 'thumbnail', caseId, pageId, rotation] as const,
};

/** The outgoing letters (contract `letters.*`). */
export const letterKeys = {
  /**
   * Under the case record's key: `cases.changed` (a step completed, the case edited) invalidates every
   * case query, so availability and "data changed since printed" follow the case without extra events.
   */
  list: (caseId: string) => ['cases', 'record', caseId, 'letters'] as const,
  settings: ['letters', 'settings'] as const,
  templatePreview: (kind: string, input: string) => ['letters', 'templatePreview', kind, input] as const,
};
