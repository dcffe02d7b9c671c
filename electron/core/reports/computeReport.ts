/**
 * The report over a period (shared/domain/report.ts, docs/reports.md), computed from case trails
 * only: every case's SOP state and step visits come from the one fold (shared/domain/workflowFold.ts),
 * working time is the step timers' `workedMs` and the standard is the one in force when the step
 * was done (`standardInForce`). Pure: the store, the archive's bags or a test hand it the trails.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { localDate, startOfLocalDay, type ZonaWaktu } from '../../../shared/dates';
import { REQUEST_KINDS, type RequestKind } from '../../../shared/domain/case';
import {
  REPORT_SCHEMA_VERSION, type CaseCount, type ReportSource, type KindFigures, type MinutesStats, type OperatorFigures, type Overrun, type Period, type Report, type StepFigures,
} from '../../../shared/domain/report';
import type { CaseEvent, OperatorRef } from '../../../shared/domain/trail';
import { CHECKLIST_LABELS, CHECKLIST_LINES, type ChecklistLine, type WorkflowSettings } from '../../../shared/domain/workflow';
import { daysBetween, foldTrail, workedMs, type CaseResult } from '../../../shared/domain/workflowFold';
import { SOP_STEPS, isTimedStep, type StepNo } from '../../../shared/sop/definition';
import { standardInForce, standardMinutes } from '../workflow/engine';

/** One case as the report needs it: from a case file, or from a bag's case.json + audit-trail.jsonl. */
export interface TrailCase {
  id: string;
  caseNumber: string;
  kind: RequestKind;
  receivedAt: string;
  events: readonly CaseEvent[];
}

/**
 * What the report reads of one case, folded once from its whole trail and independent of the
 * period: the step visits with their working time, how the case stands, the loop and rejection
 * details. A report uses it as is when every event of the case happened by the period's end (the
 * usual case: `usable`); a case with later events is folded again from its trail cut at that end.
 * Kept by the facts cache (factsCache.ts) so a report does not re-read 20,000 case files.
 */
export interface CaseFacts {
  id: string;
  caseNumber: string;
  kind: RequestKind;
  receivedMs: number;
  /** The last event's instant (-Infinity without events). */
  lastEventMs: number;
  step: StepNo | null;
  result: CaseResult;
  waitingDeadline: string | null;
  notifiedAt: string | null;
  /** The closing (the first completed step-9 visit) once the case is closed. */
  closedAt: string | null;
  visits: VisitFact[];
  loop: LoopFact[];
}

export interface VisitFact {
  step: StepNo;
  visit: number;
  completedAt: string;
  /** The step timer's working time (pauses excluded) up to the completion. */
  workedMs: number;
  recordedStandardMinutes: number | null;
  completedBy: OperatorRef | null;
  overrunReason: string;
}

/** The step forms of the incomplete loop (3–4) and the rejection (7), as the report counts them. */
export type LoopFact =
  | { at: string; step: 3; missingItems: ChecklistLine[] }
  | { at: string; step: 4; outcome: 'supplemented' | 'expired'; deadline: string }
  | { at: string; step: 7; failedChecks: string[]; reason: string; sentAt: string };

/** Folds `c`'s events (all of them: cut them first for a state at an earlier instant) into its facts. */
export function caseFacts(c: TrailCase): CaseFacts {
  const f = foldTrail(c.events);
  const last = c.events[c.events.length - 1];
  const closing = f.step === null ? f.visits.find((v) => v.step === 9 && v.completedAt !== null) : undefined;
  const visits: VisitFact[] = [];
  for (const v of f.visits) {
    if (v.completedAt === null) continue;
    visits.push({
      step: v.step, visit: v.visit, completedAt: v.completedAt, workedMs: workedMs(v, Date.parse(v.completedAt)),
      recordedStandardMinutes: v.recordedStandardMinutes, completedBy: v.completedBy, overrunReason: v.overrunReason,
    });
  }
  const loop: LoopFact[] = [];
  for (const { at, payload: p } of f.completions) {
    if (p.step === 3) loop.push({ at, step: 3, missingItems: [...p.data.missingItems] });
    else if (p.step === 4 && (p.outcome === 'supplemented' || p.outcome === 'expired')) loop.push({ at, step: 4, outcome: p.outcome, deadline: p.outcome === 'expired' ? p.data.deadline : '' });
    else if (p.step === 7) loop.push({ at, step: 7, failedChecks: [...p.data.failedChecks], reason: p.data.reason, sentAt: p.data.sentAt });
  }
  return {
    id: c.id, caseNumber: c.caseNumber, kind: c.kind, receivedMs: Date.parse(c.receivedAt), lastEventMs: last ? Date.parse(last.at) : -Infinity,
    step: f.step, result: f.result, waitingDeadline: f.waiting?.deadline ?? null, notifiedAt: f.notifiedAt, closedAt: closing?.completedAt ?? null, visits, loop,
  };
}

export interface ReportOptions {
  period: Period;
  zone: ZonaWaktu;
  now: Date;
  /** Workflow settings now: the standard for steps whose trail did not record one. */
  settings: WorkflowSettings;
  /** Where the trails come from; 'store' when not given. */
  source?: ReportSource;
}

const MINUTE = 60_000;
/** Minutes with one decimal, as the report shows them. */
export const toMinutes = (ms: number): number => Math.round(ms / 6_000) / 10;

/** The nearest-rank percentile (p in (0, 1]) of ascending values: always one real execution's value. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? null;
}

function stats(ms: readonly number[]): MinutesStats {
  // A typed array sorts numerically without a comparator (and fast when `settle` sorted it already).
  const sorted = Float64Array.from(ms).sort();
  const at = (p: number) => {
    const v = nearestRank(sorted, p);
    return v === null ? null : toMinutes(v);
  };
  return { count: sorted.length, medianMinutes: at(0.5), p90Minutes: at(0.9), maxMinutes: at(1) };
}

/** The period as instants: [startMs, endMs), from 00.00 of its first day to 00.00 after its last, in `zone`. */
export function periodBounds(period: Pick<Period, 'from' | 'to'>, zone: ZonaWaktu): { startMs: number; endMs: number } {
  return { startMs: startOfLocalDay(period.from, zone), endMs: startOfLocalDay(period.to, zone) + 24 * 60 * MINUTE };
}

/** Case numbers in the order the cases were read (by id), without repeats. */
class Cases {
  readonly #set = new Set<string>();
  add(caseNumber: string): void {
    this.#set.add(caseNumber);
  }
  get size(): number {
    return this.#set.size;
  }
  out(): CaseCount {
    return { count: this.#set.size, cases: [...this.#set] };
  }
}

interface KindAcc {
  received: Cases;
  closed: Cases;
  completed: Cases;
  rejected: Cases;
  notCompleted: Cases;
  open: Cases;
  waiting: Cases;
  turnaroundMs: number[];
  turnaroundCases: string[];
}

const kindAcc = (): KindAcc => ({
  received: new Cases(), closed: new Cases(), completed: new Cases(), rejected: new Cases(), notCompleted: new Cases(),
  open: new Cases(), waiting: new Cases(), turnaroundMs: [], turnaroundCases: [],
});

function kindOut(kind: KindFigures['kind'], a: KindAcc): KindFigures {
  return {
    kind,
    received: a.received.out(),
    closed: { total: a.closed.out(), completed: a.completed.out(), rejected: a.rejected.out(), notCompleted: a.notCompleted.out() },
    open: a.open.out(),
    waiting: a.waiting.out(),
    turnaround: { ...stats(a.turnaroundMs), cases: a.turnaroundCases },
  };
}

interface StepAcc {
  ms: number[];
  within: number;
  standards: Set<number>;
  lastStandard: { at: number; minutes: number } | null;
  fromSettings: number;
  cases: Cases;
  overruns: Overrun[];
}

interface OperatorAcc {
  operator: OperatorRef;
  executions: number;
  within: number;
  steps: Map<number, { executions: number; withinStandard: number }>;
  overruns: OperatorFigures['overruns'];
}

/** A step's completions found in the trail's own events (loop and rejection details the fold does not keep). */

/** ISO instants of one clock compare as strings (no locale collation: thousands of overruns are sorted). */
const byTime = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const NO_OPERATOR: OperatorRef = { id: '', name: 'Tanpa petugas tercatat', nip: '' };

export interface ReportBuilder {
  /** Adds a case from its trail (cut at the period's end). */
  add(c: TrailCase): void;
  /** Whether `f` describes the case as it stood at the period's end (every event had happened by then). */
  usable(f: CaseFacts): boolean;
  /** Adds a case from its facts; only when `usable(f)`, else `add` its trail. */
  addFacts(f: CaseFacts): void;
  /**
   * Sorts what `finish` sorts, one list at a time with a yield between: `finish` then meets sorted
   * lists (cheap), so a year over 20,000 cases never holds the event loop for long.
   */
  settle(): Promise<void>;
  finish(): Report;
}

/** The report over trails given in id order (the case lists keep that order). */
export function computeReport(input: Iterable<TrailCase>, o: ReportOptions): Report {
  const builder = reportBuilder(o);
  for (const c of [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) builder.add(c);
  return builder.finish();
}

/**
 * Accumulates the report one case at a time, so a host can yield between cases (no long stall of
 * the core's event loop over 20,000 cases); `finish` returns the report. Add cases in id order.
 */
export function reportBuilder(o: ReportOptions): ReportBuilder {
  const { startMs, endMs } = periodBounds(o.period, o.zone);
  const nowMs = o.now.getTime();
  const asOfMs = Math.min(endMs, nowMs);
  // An event belongs to the period's state if it happened before the period's end (exclusive) and by now (inclusive).
  const happened = (ms: number) => ms < endMs && ms <= nowMs;
  const asOfDay = localDate(new Date(Math.min(endMs - 1, nowMs)), o.zone);
  const inPeriod = (ms: number) => ms >= startMs && ms < endMs;

  const totals = kindAcc();
  const kinds = new Map<RequestKind, KindAcc>(REQUEST_KINDS.map((k) => [k, kindAcc()]));
  const timed = SOP_STEPS.filter((s) => isTimedStep(s.no));
  const steps = new Map<StepNo, StepAcc>(timed.map((s) => [s.no, { ms: [], within: 0, standards: new Set(), lastStandard: null, fromSettings: 0, cases: new Cases(), overruns: [] }]));
  const operators = new Map<string, OperatorAcc>();
  const loopNotices = new Cases();
  let noticesSent = 0;
  const loopSupplemented = new Cases();
  const loopExpired = new Cases();
  const lines = new Map<ChecklistLine, Cases>(CHECKLIST_LINES.map((l) => [l, new Cases()]));
  const rejected = new Cases();
  const byReason = new Map<string, Cases>();
  const rejections: Report['rejections']['items'] = [];
  const expired: Report['expiredDeadlines']['expired'] = [];
  const overdueWaiting: Report['expiredDeadlines']['overdueWaiting'] = [];
  let casesRead = 0;
  const caseIds: Record<string, string> = {};

  const add = (c: TrailCase): void => {
    if (!(Date.parse(c.receivedAt) < endMs)) return;
    // The case as it stood at the end of the period: later events are another period's.
    let cut = c.events.length;
    while (cut > 0 && !happened(Date.parse((c.events[cut - 1] as CaseEvent).at))) cut -= 1;
    addFacts(caseFacts(cut === c.events.length ? c : { ...c, events: c.events.slice(0, cut) }));
  };

  const usable = (f: CaseFacts): boolean => f.lastEventMs === -Infinity || happened(f.lastEventMs);

  const addFacts = (f: CaseFacts): void => {
    const receivedMs = f.receivedMs;
    if (!(receivedMs < endMs)) return;
    casesRead += 1;
    caseIds[f.caseNumber] = f.id;
    const caseNumber = f.caseNumber;
    // No closures per case: 20,000 cases × a few callbacks each showed in the report's profile.
    const byKind = kinds.get(f.kind);
    const accs = byKind && byKind !== totals ? [totals, byKind] : [totals];
    const closedInPeriod = f.closedAt !== null && inPeriod(Date.parse(f.closedAt));
    const notifiedMs = f.notifiedAt === null ? null : Date.parse(f.notifiedAt);
    const turnaround = notifiedMs !== null && inPeriod(notifiedMs) ? Math.max(0, notifiedMs - receivedMs) : null;
    const receivedInPeriod = inPeriod(receivedMs);
    for (const a of accs) {
      if (receivedInPeriod) a.received.add(caseNumber);
      if (closedInPeriod) {
        a.closed.add(caseNumber);
        if (f.result === 'completed') a.completed.add(caseNumber);
        else if (f.result === 'rejected') a.rejected.add(caseNumber);
        else if (f.result === 'not_completed') a.notCompleted.add(caseNumber);
      }
      if (f.step !== null) {
        a.open.add(caseNumber);
        if (f.step === 4) a.waiting.add(caseNumber);
      }
      if (turnaround !== null) {
        a.turnaroundMs.push(turnaround);
        a.turnaroundCases.push(caseNumber);
      }
    }
    if (f.step !== null && f.waitingDeadline !== null && asOfDay > f.waitingDeadline)
      overdueWaiting.push({ caseNumber, deadline: f.waitingDeadline, daysOver: -daysBetween(asOfDay, f.waitingDeadline) });

    for (const v of f.visits) {
      const doneMs = Date.parse(v.completedAt);
      if (!inPeriod(doneMs)) continue;
      const acc = steps.get(v.step);
      const standard = standardInForce(v, o.settings);
      if (!acc || standard === null) continue;
      // One definition of working time: the step timer's (pauses excluded), taken in caseFacts.
      const ms = v.workedMs;
      const within = ms <= standard * MINUTE;
      acc.ms.push(ms);
      acc.cases.add(caseNumber);
      acc.standards.add(standard);
      if (v.recordedStandardMinutes === null) acc.fromSettings += 1;
      if (!acc.lastStandard || doneMs >= acc.lastStandard.at) acc.lastStandard = { at: doneMs, minutes: standard };
      if (within) acc.within += 1;
      const who = v.completedBy ?? NO_OPERATOR;
      const key = who.id || who.nip || who.name;
      const op: OperatorAcc = operators.get(key) ?? { operator: who, executions: 0, within: 0, steps: new Map(), overruns: [] };
      operators.set(key, op);
      op.executions += 1;
      if (within) op.within += 1;
      const perStep = op.steps.get(v.step) ?? { executions: 0, withinStandard: 0 };
      op.steps.set(v.step, perStep);
      perStep.executions += 1;
      if (within) perStep.withinStandard += 1;
      if (!within) {
        const overrun: Overrun = {
          caseNumber, caseId: f.id, minutes: toMinutes(ms), standardMinutes: standard, reason: v.overrunReason,
          operator: v.completedBy, completedAt: v.completedAt, visit: v.visit,
        };
        acc.overruns.push(overrun);
        op.overruns.push({ step: v.step, caseNumber, caseId: f.id, minutes: overrun.minutes, standardMinutes: standard, reason: v.overrunReason, completedAt: v.completedAt, visit: v.visit });
      }
    }

    // The incomplete loop (steps 3–4), rejections (7) and expiries: the typed step completions of the fold.
    for (const p of f.loop) {
      const at = p.at;
      if (!inPeriod(Date.parse(at))) continue;
      if (p.step === 3) {
        loopNotices.add(caseNumber);
        noticesSent += 1;
        for (const l of p.missingItems) lines.get(l)?.add(caseNumber);
      } else if (p.step === 4 && p.outcome === 'supplemented') loopSupplemented.add(caseNumber);
      else if (p.step === 4) {
        loopExpired.add(caseNumber);
        expired.push({ caseNumber, deadline: p.deadline, expiredAt: at });
      } else if (p.step === 7) {
        const { failedChecks, reason } = p;
        rejected.add(caseNumber);
        rejections.push({ caseNumber, reason, failedChecks: [...failedChecks], sentAt: p.sentAt || at });
        // Grouped by the failed checks cited (step 5's wording); a rejection citing none is grouped by its written reason.
        for (const r of failedChecks.length > 0 ? failedChecks : [reason.trim() || '(tanpa alasan)']) {
          const group = byReason.get(r) ?? new Cases();
          byReason.set(r, group);
          group.add(caseNumber);
        }
      }
    }
  };

  const settle = async (): Promise<void> => {
    for (const a of steps.values()) {
      a.ms.sort((x, y) => x - y);
      a.overruns.sort((x, y) => byTime(x.completedAt, y.completedAt));
      await yieldToLoop();
    }
    for (const a of operators.values()) {
      a.overruns.sort((x, y) => byTime(x.completedAt, y.completedAt));
      await yieldToLoop();
    }
  };

  const finish = (): Report => {
    const stepOut: StepFigures[] = timed.map((s) => {
      const a = steps.get(s.no) as StepAcc;
      const st = stats(a.ms);
      return {
        step: s.no,
        title: s.title.id,
        executions: a.ms.length,
        withinStandard: a.within,
        standardMinutes: a.lastStandard?.minutes ?? standardMinutes(s.no, o.settings),
        standardsApplied: [...a.standards].sort((x, y) => x - y),
        standardFromSettings: a.fromSettings,
        medianMinutes: st.medianMinutes,
        p90Minutes: st.p90Minutes,
        maxMinutes: st.maxMinutes,
        totalMinutes: toMinutes(a.ms.reduce((x, y) => x + y, 0)),
        cases: a.cases.out().cases,
        overruns: a.overruns.sort((x, y) => byTime(x.completedAt, y.completedAt)),
      };
    });
    const operatorOut: OperatorFigures[] = [...operators.values()]
      .sort((x, y) => x.operator.name.localeCompare(y.operator.name, 'id') || x.operator.nip.localeCompare(y.operator.nip))
      .map((a) => ({
        operator: a.operator,
        executions: a.executions,
        withinStandard: a.within,
        share: a.executions === 0 ? null : a.within / a.executions,
        steps: [...a.steps.entries()].sort(([x], [y]) => x - y).map(([step, v]) => ({ step, ...v })),
        overruns: a.overruns.sort((x, y) => byTime(x.completedAt, y.completedAt)),
      }));

    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      source: o.source ?? 'store',
      period: { ...o.period, zone: o.zone, asOf: new Date(asOfMs).toISOString() },
      generatedAt: o.now.toISOString(),
      casesRead,
      caseIds,
      bags: {},
      unreadable: [],
      totals: kindOut('all', totals),
      kinds: REQUEST_KINDS.map((k) => kindOut(k, kinds.get(k) ?? kindAcc())),
      steps: stepOut,
      operators: operatorOut,
      incompleteLoop: {
        noticesSent,
        notices: loopNotices.out(),
        supplemented: loopSupplemented.out(),
        expired: loopExpired.out(),
        lines: CHECKLIST_LINES.map((l) => ({ line: l, label: CHECKLIST_LABELS[l].id, ...(lines.get(l) ?? new Cases()).out() })).filter((l) => l.count > 0),
      },
      rejections: {
        total: rejected.out(),
        byReason: [...byReason.entries()].map(([reason, cs]) => ({ reason, ...cs.out() })).sort((x, y) => y.count - x.count || x.reason.localeCompare(y.reason, 'id')),
        items: rejections,
      },
      expiredDeadlines: { expired, overdueWaiting },
    };
  };
  return { add, usable, addFacts, settle, finish };
}
