/**
 * A case's SOP state, folded from its audit trail (the trail is the source of truth; `status` on the
 * record and the index summary are copies of what this returns). Pure, so the index summary, the
 * engine and the tests compute it the same way. It trusts the trail's moves: the core's engine
 * validates every move before appending it.
 */
import type { CaseStatus } from './case';
import type { CaseEvent, OperatorRef } from './trail';
import { arrowOf, isStepNo, isTimedStep, type Outcome, type StepNo } from '../sop/definition';
import type { ChecklistLine } from './workflow';

export type CaseResult = '' | 'completed' | 'rejected' | 'not_completed';

export interface Segment {
  start: number;
  end: number | null;
}

export interface Visit {
  step: StepNo;
  visit: number;
  openedAt: string;
  completedAt: string | null;
  segments: Segment[];
  overrunReason: string;
  outcome: Outcome | null;
  /** Who completed the visit (the operator answering for its time); null while open. */
  completedBy: OperatorRef | null;
  /** The standard minutes in force when it was completed, as the trail recorded them; null when not recorded (older events). */
  recordedStandardMinutes: number | null;
}

export interface Waiting {
  since: string;
  deadline: string;
  missingItems: ChecklistLine[];
  otherMissing: string;
}

export interface Folded {
  /** The step the case is at; null once closed. */
  step: StepNo | null;
  status: CaseStatus;
  result: CaseResult;
  path: { step: StepNo; outcome: Outcome | null }[];
  /** Timed visits of admin steps, in order. */
  visits: Visit[];
  /** The not yet completed visit of the current step. */
  open: Visit | null;
  waiting: Waiting | null;
  /** Calendar spans spent waiting for the Pokja (step 4). */
  waitingSpans: Segment[];
  lastFailedLines: ChecklistLine[];
  lastValidityProblems: string[];
  /** When the requester was told the result (step 8, or the rejection notice of step 7). */
  notifiedAt: string | null;
  /** Whether anyone has worked on the case since it was registered (registered → checking). */
  touched: boolean;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** SOP step → the register's status (CASE_STATUSES comments). */
export function statusOf(step: StepNo | null, touched: boolean): CaseStatus {
  switch (step) {
    case null:
      return 'closed';
    case 1:
    case 2:
      return touched ? 'checking' : 'registered';
    case 3:
    case 5:
      return 'checking';
    case 4:
      return 'waiting_pokja';
    case 6:
      return 'ready_reset';
    case 7:
    case 8:
      return 'to_notify';
    case 9:
      return 'to_archive';
  }
}

export function foldTrail(events: readonly CaseEvent[]): Folded {
  const f: Folded = {
    step: 2,
    status: 'registered',
    result: '',
    path: [
      { step: 1, outcome: 'submitted' },
      { step: 2, outcome: null },
    ],
    visits: [],
    open: null,
    waiting: null,
    waitingSpans: [],
    lastFailedLines: [],
    lastValidityProblems: [],
    notifiedAt: null,
    touched: false,
  };
  for (const e of events) {
    const p = e.payload;
    const step = typeof p.step === 'number' && isStepNo(p.step) ? p.step : null;
    const at = Date.parse(e.at);
    switch (e.type) {
      case 'registered':
        break;
      case 'step_opened': {
        if (step === null || !isTimedStep(step)) break;
        const visit: Visit = {
          step,
          visit: f.visits.filter((v) => v.step === step).length + 1,
          openedAt: e.at,
          completedAt: null,
          segments: [{ start: at, end: null }],
          overrunReason: '',
          outcome: null,
          completedBy: null,
          recordedStandardMinutes: null,
        };
        f.visits.push(visit);
        f.open = visit;
        f.touched = true;
        break;
      }
      case 'step_paused': {
        const seg = f.open?.segments.at(-1);
        if (seg && seg.end === null) seg.end = at;
        break;
      }
      case 'step_resumed':
        f.open?.segments.push({ start: at, end: null });
        break;
      case 'step_completed': {
        if (step === null) break;
        const outcome = str(p.outcome) as Outcome;
        const data = record(p.data);
        if (f.open && f.open.step === step) {
          const seg = f.open.segments.at(-1);
          if (seg && seg.end === null) seg.end = at;
          f.open.completedAt = e.at;
          f.open.outcome = outcome;
          f.open.overrunReason = str(p.overrunReason);
          f.open.completedBy = e.operator;
          f.open.recordedStandardMinutes = typeof p.standardMinutes === 'number' ? p.standardMinutes : null;
          f.open = null;
        }
        f.touched = true;
        if (step === 2) f.lastFailedLines = strings(data.failedLines) as ChecklistLine[];
        if (step === 3) {
          f.waiting = { since: e.at, deadline: str(data.deadline), missingItems: strings(data.missingItems) as ChecklistLine[], otherMissing: str(data.otherMissing) };
          f.waitingSpans.push({ start: at, end: null });
        }
        if (step === 4) {
          const span = f.waitingSpans.at(-1);
          if (span && span.end === null) span.end = at;
          f.waiting = null;
        }
        if (step === 5) f.lastValidityProblems = strings(data.problems);
        if ((step === 7 || step === 8) && f.notifiedAt === null) f.notifiedAt = e.at;
        if (outcome === 'expired') f.result = 'not_completed';
        else if (outcome === 'rejection_sent') f.result = 'rejected';
        else if (outcome === 'notified') f.result = 'completed';
        const last = f.path.at(-1);
        if (last) last.outcome = outcome;
        const to = arrowOf(step, outcome)?.to ?? null;
        f.step = to;
        if (to !== null) f.path.push({ step: to, outcome: null });
        break;
      }
    }
  }
  f.status = statusOf(f.step, f.touched);
  if (f.step !== null) f.result = '';
  return f;
}

/** Admin work of a visit in ms (pauses excluded), a running segment counted up to `now`. */
export function workedMs(v: Visit, now: number): number {
  return v.segments.reduce((sum, s) => sum + Math.max(0, (s.end ?? now) - s.start), 0);
}

/** Whole days from `today` to `deadline` ("YYYY-MM-DD" both); negative once past. */
export function daysBetween(today: string, deadline: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
