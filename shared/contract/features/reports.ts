/**
 * The reports' methods (names in reports.names.ts; the figures and the JSON: docs/reports.md).
 * - `reports.compute {period}` → the report (shared/domain/report.ts) over a month, quarter,
 *   semester, year or custom dates in the configured zone, computed from the case trails.
 * - `reports.export {period, kind, format}` → an XLSX workbook or a PDF/A-2b document (base64) of the
 *   report: `rekap` (the monthly recap's figures), `monitoring` (Formulir Monitoring Pelaksanaan SOP
 *   AP), `petugas` (per officer).
 */
import { z } from 'zod';
import { periodInputSchema, reportSchema, reportSourceSchema } from '../../domain/report';
import type { REPORT_EVENTS, REPORT_METHODS } from './reports.names';
import type { MethodSpec } from './spec';
import { messageToken } from '../../messages/format';

export const REPORT_KINDS = ['rekap', 'monitoring', 'petugas'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reportsContract = {
  'reports.compute': { access: 'session', input: z.object({ period: periodInputSchema, source: reportSourceSchema.default('store') }), output: reportSchema, trustedOutput: true },
  'reports.export': {
    access: 'session',
    input: z.object({
      period: periodInputSchema,
      source: reportSourceSchema.default('store'),
      kind: z.enum(REPORT_KINDS, { error: messageToken('schema.pickReportKind') }).default('rekap'),
      /** Monitoring form: the share of executions within the standard from which a step "berjalan dengan baik" (0–1). */
      threshold: z.number().min(0).max(1).default(0.9),
      /** The workbook (XLSX) or the signed document on the letterhead (PDF/A-2b). */
      format: z.enum(REPORT_FORMATS, { error: 'Pilih format laporan: xlsx atau pdf.' }).default('xlsx'),
    }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), base64: z.string() }),
  },
} as const satisfies Record<(typeof REPORT_METHODS)[number], MethodSpec>;

export const reportsEvents = {} as const satisfies Record<(typeof REPORT_EVENTS)[number], z.ZodType>;
