/**
 * The report over a period (issue 11; docs/reports.md is its documentation): the SOP's *mutu baku*
 * as figures, computed from the case trails only (electron/core/reports) — never stored twice.
 * Every count carries the case numbers behind it, so every figure can be traced to its cases.
 */
import { z } from 'zod';
import { BULAN, kurunWaktu } from '../dates';
import { REQUEST_KINDS } from './case';
import { isoDate } from './fields';
import { CHECKLIST_LINES } from './workflow';
import { operatorRefSchema } from './trail';
import { messageToken } from '../messages/format';

export const REPORT_SCHEMA_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// The period: calendar dates in the configured zone (WIB = Asia/Jakarta by default), both ends inclusive.

const yearSchema = z.number({ error: messageToken('schema.yearNumber') }).int({ error: messageToken('schema.yearInteger') }).min(2000, { error: messageToken('schema.yearMin') }).max(2100, { error: messageToken('schema.yearMax') });

export const periodInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('month'), year: yearSchema, month: z.number().int().min(1, { error: messageToken('schema.monthRange') }).max(12, { error: messageToken('schema.monthRange') }) }),
    z.object({ kind: z.literal('quarter'), year: yearSchema, quarter: z.number().int().min(1, { error: messageToken('schema.quarterRange') }).max(4, { error: messageToken('schema.quarterRange') }) }),
    z.object({ kind: z.literal('semester'), year: yearSchema, semester: z.number().int().min(1, { error: messageToken('schema.semesterRange') }).max(2, { error: messageToken('schema.semesterRange') }) }),
    z.object({ kind: z.literal('year'), year: yearSchema }),
    z
      .object({ kind: z.literal('custom'), from: isoDate('label.periodFrom'), to: isoDate('label.periodTo') })
      .refine((p) => p.from <= p.to, { error: messageToken('schema.periodFromAfterTo'), path: ['to'] }),
  ],
  { error: messageToken('schema.pickPeriodKind') },
);
export type PeriodInput = z.output<typeof periodInputSchema>;
export const PERIOD_KINDS = ['month', 'quarter', 'semester', 'year', 'custom'] as const;

export interface Period {
  kind: (typeof PERIOD_KINDS)[number];
  from: string;
  to: string;
  /** Indonesian, as on a report's title: "November 2026", "Triwulan IV 2026", "Semester II 2026", "Tahun 2026". */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Last day of a month (1–12), leap years included. */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (year: number, firstMonth: number, months: number) => ({
  from: `${year}-${pad(firstMonth)}-01`,
  to: `${year}-${pad(firstMonth + months - 1)}-${pad(lastDay(year, firstMonth + months - 1))}`,
});
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function resolvePeriod(p: PeriodInput): Period {
  switch (p.kind) {
    case 'month':
      return { kind: p.kind, ...span(p.year, p.month, 1), label: `${BULAN[p.month - 1] ?? ''} ${p.year}` };
    case 'quarter':
      return { kind: p.kind, ...span(p.year, (p.quarter - 1) * 3 + 1, 3), label: `Triwulan ${ROMAN[p.quarter - 1] ?? ''} ${p.year}` };
    case 'semester':
      return { kind: p.kind, ...span(p.year, (p.semester - 1) * 6 + 1, 6), label: `Semester ${ROMAN[p.semester - 1] ?? ''} ${p.year}` };
    case 'year':
      return { kind: p.kind, ...span(p.year, 1, 12), label: `Tahun ${p.year}` };
    case 'custom':
      return { kind: p.kind, from: p.from, to: p.to, label: kurunWaktu(p.from, p.to) };
  }
}

/** The named period two dates span exactly (a month, quarter, semester or year), else a custom one: the report's title names it. */
export function periodFromDates(from: string, to: string): PeriodInput {
  const year = Number(from.slice(0, 4));
  const candidates: PeriodInput[] = [
    { kind: 'year', year },
    ...[1, 2].map((semester) => ({ kind: 'semester' as const, year, semester })),
    ...[1, 2, 3, 4].map((quarter) => ({ kind: 'quarter' as const, year, quarter })),
    ...Array.from({ length: 12 }, (_, i) => ({ kind: 'month' as const, year, month: i + 1 })),
  ];
  return candidates.find((c) => {
    const p = resolvePeriod(c);
    return p.from === from && p.to === to;
  }) ?? { kind: 'custom', from, to };
}

// ---------------------------------------------------------------------------------------------
// The report.

/** A count and the case numbers behind it (the drill-down and the appendix). */
export const caseCountSchema = z.object({ count: z.number().int().nonnegative(), cases: z.array(z.string()) });
export type CaseCount = z.infer<typeof caseCountSchema>;

/** Minutes over a set of durations; null when the set is empty. Median and p90 by nearest rank (docs/reports.md). */
export const minutesStatsSchema = z.object({
  count: z.number().int().nonnegative(),
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  maxMinutes: z.number().nullable(),
});
export type MinutesStats = z.infer<typeof minutesStatsSchema>;

export const kindFiguresSchema = z.object({
  /** A request kind, or "all" for the totals. */
  kind: z.enum([...REQUEST_KINDS, 'all']),
  /** Received (SOP step 1) within the period. */
  received: caseCountSchema,
  /** Closed (step 9 done) within the period, by how they ended. */
  closed: z.object({ total: caseCountSchema, completed: caseCountSchema, rejected: caseCountSchema, notCompleted: caseCountSchema }),
  /** Still open at the end of the period (or now, when the period has not ended). */
  open: caseCountSchema,
  /** Of those, waiting for the Pokja (step 4). */
  waiting: caseCountSchema,
  /** Receipt → notification (step 8, or the step-7 rejection notice) in calendar minutes, for cases notified within the period. */
  turnaround: minutesStatsSchema.extend({ cases: z.array(z.string()) }),
});
export type KindFigures = z.infer<typeof kindFiguresSchema>;

export const overrunSchema = z.object({
  caseNumber: z.string(),
  caseId: z.string(),
  /** Working minutes of the visit, one decimal. */
  minutes: z.number(),
  standardMinutes: z.number(),
  /** The reason written when it was completed (SOP *Peringatan*). */
  reason: z.string(),
  /** Who completed the step. */
  operator: operatorRefSchema.nullable(),
  completedAt: z.string(),
  visit: z.number().int().positive(),
});
export type Overrun = z.infer<typeof overrunSchema>;

export const stepFiguresSchema = z.object({
  step: z.number().int().min(1).max(9),
  title: z.string(),
  /** Visits of the step completed within the period. */
  executions: z.number().int().nonnegative(),
  /** How many of them took no longer than the standard in force when each was done. */
  withinStandard: z.number().int().nonnegative(),
  /** The standard in force at the period's last execution (else the current one). */
  standardMinutes: z.number().nullable(),
  /** Every standard that applied within the period, ascending (several when it was changed mid-period). */
  standardsApplied: z.array(z.number()),
  /** Executions whose standard came from settings now, because their trail event predates the recorded standard. */
  standardFromSettings: z.number().int().nonnegative(),
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  maxMinutes: z.number().nullable(),
  /** Sum of working minutes, one decimal. */
  totalMinutes: z.number(),
  cases: z.array(z.string()),
  overruns: z.array(overrunSchema),
});
export type StepFigures = z.infer<typeof stepFiguresSchema>;

export const operatorFiguresSchema = z.object({
  operator: operatorRefSchema,
  /** Step visits this officer completed within the period. */
  executions: z.number().int().nonnegative(),
  withinStandard: z.number().int().nonnegative(),
  /** withinStandard / executions, 0–1 (null without executions). */
  share: z.number().nullable(),
  steps: z.array(z.object({ step: z.number().int(), executions: z.number().int().nonnegative(), withinStandard: z.number().int().nonnegative() })),
  overruns: z.array(overrunSchema.omit({ operator: true }).extend({ step: z.number().int() })),
});
export type OperatorFigures = z.infer<typeof operatorFiguresSchema>;

/**
 * Where the trails come from (issue 11 §5): this PC's store (open and closed cases), or the office
 * archive — every bag each workstation published to the shared drive (closed cases only).
 */
export const REPORT_SOURCES = ['store', 'office'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];
export const reportSourceSchema = z.enum(REPORT_SOURCES, { error: messageToken('schema.pickReportSource') });

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  /** Added after schemaVersion 1 shipped (additive): absent = 'store'. */
  source: reportSourceSchema.default('store'),
  period: z.object({
    kind: z.enum(PERIOD_KINDS),
    from: z.string(),
    to: z.string(),
    label: z.string(),
    /** The configured zone the dates are in ("WIB" = Asia/Jakarta). */
    zone: z.enum(['WIB', 'WITA', 'WIT']),
    /** The instant the state at "the end of the period" is taken: the period's end, or now if earlier. */
    asOf: z.string(),
  }),
  generatedAt: z.string(),
  /** Cases the report read (received before the period's end). */
  casesRead: z.number().int().nonnegative(),
  /**
   * The case id of every case read, by case number: figures list case numbers (as printed on the
   * files), the drill-down opens a case by its id. Added after schemaVersion 1 shipped (additive).
   */
  caseIds: z.record(z.string(), z.string()).default({}),
  /**
   * The office source only: the bag (its folder under the archive root) of every case counted, by
   * case number; the drill-down opens its read-only view. Additive, like caseIds.
   */
  bags: z.record(z.string(), z.string()).default({}),
  /** Case files that could not be read (ids; the store quarantines them and says so), or bags (their folder under the archive root): not in the figures. */
  unreadable: z.array(z.string()),
  totals: kindFiguresSchema,
  kinds: z.array(kindFiguresSchema),
  /** The admin's timed SOP steps (2, 3, 5, 6, 7, 8, 9). */
  steps: z.array(stepFiguresSchema),
  operators: z.array(operatorFiguresSchema),
  /** The incomplete loop (steps 3–4): notices sent within the period, by checklist line, and how the loops ended. */
  incompleteLoop: z.object({
    /** Step-3 notices sent (a case can loop more than once). */
    noticesSent: z.number().int().nonnegative(),
    /** The cases that received them. */
    notices: caseCountSchema,
    supplemented: caseCountSchema,
    expired: caseCountSchema,
    lines: z.array(z.object({ line: z.enum(CHECKLIST_LINES), label: z.string(), count: z.number().int().nonnegative(), cases: z.array(z.string()) })),
  }),
  /** Rejection notices (step 7) sent within the period, grouped by the failed checks they cite. */
  rejections: z.object({
    total: caseCountSchema,
    byReason: z.array(z.object({ reason: z.string(), count: z.number().int().nonnegative(), cases: z.array(z.string()) })),
    items: z.array(z.object({ caseNumber: z.string(), reason: z.string(), failedChecks: z.array(z.string()), sentAt: z.string() })),
  }),
  /** Step-4 deadlines that expired: cases closed as not completed (step 4 "expired") within the period, and cases still waiting past their deadline at its end. */
  expiredDeadlines: z.object({
    expired: z.array(z.object({ caseNumber: z.string(), deadline: z.string(), expiredAt: z.string() })),
    overdueWaiting: z.array(z.object({ caseNumber: z.string(), deadline: z.string(), daysOver: z.number().int() })),
  }),
});
export type Report = z.infer<typeof reportSchema>;
