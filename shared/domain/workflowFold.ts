/**
 * A case's SOP state, folded from its audit trail (the trail is the source of truth; `status` on the
 * record and the index summary are copies of what this returns). Pure, so the index summary, the
 * engine and the tests compute it the same way. It trusts the trail's moves: the core's engine
 * validates every move before appending it.
 */
import type { CaseStatus, RequestKind } from './case';
import type { CaseEvent, EventSource, OperatorRef } from './trail';
import type { CompletedStep, StepCompleted } from './trailPayloads';
import { arrowOf, isTimedStep, type Outcome, type StepNo } from '../sop/definition';
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
  /** Who opened the visit (null: recorded by the app). */
  openedBy: OperatorRef | null;
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

/** One step form judged (a `step_completed` event), with its visit of that step: what letters and reports read. */
export interface Completion<P extends StepCompleted = StepCompleted> {
  /** 1 for the first completion of this step; step 2 is completed again after supplementary documents. */
  visit: number;
  at: string;
  operator: OperatorRef | null;
  /** Absent for events recorded before issue 9. */
  source: EventSource | undefined;
  payload: P;
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
  /** Every step form judged, in order (typed by step: shared/domain/trailPayloads.ts). */
  completions: Completion[];
  /** Handed over to this workstation and not taken back: the case is read-only here (issue 12 §5); null otherwise. */
  handedOverTo: string | null;
}

/**
 * The last completion of `step` (at `visit` when given): e.g. `lastCompletion(f, 9)` is the file
 * archived, with its physical location.
 */
export function lastCompletion<S extends StepCompleted['step']>(f: Pick<Folded, 'completions'>, step: S, visit?: number): Completion<CompletedStep<S>> | undefined {
  for (let i = f.completions.length - 1; i >= 0; i--) {
    const c = f.completions[i];
    if (c && isCompletionOf(c, step) && (visit === undefined || c.visit === visit)) return c;
  }
  return undefined;
}

/**
 * Whether the case's password was reset: step 6's record, else (before step 6) what its kind asks
 * for (docs/sop.md §Decided: Request kinds). A User-ID-only change resets nothing, so step 8 has no
 * default password to remind of.
 */
export function passwordWasReset(f: Pick<Folded, 'completions'>, kind: RequestKind): boolean {
  const reset = lastCompletion(f, 6);
  return reset ? reset.payload.data.passwordReset : kind !== 'change_info';
}

function isCompletionOf<S extends StepCompleted['step']>(c: Completion, step: S): c is Completion<CompletedStep<S>> {
  return c.payload.step === step;
}

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

/** The workstation a case was handed over to and not taken back from (issue 12 §5), or null; a quick scan from the end. */
export function handedOverTo(events: readonly CaseEvent[]): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.type === 'handed_over') return e.payload.to;
    if (e?.type === 'handover_received') return null;
  }
  return null;
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
    completions: [],
    handedOverTo: null,
  };
  for (const e of events) {
    const at = Date.parse(e.at);
    switch (e.type) {
      case 'step_opened': {
        const step = e.payload.step;
        if (!isTimedStep(step)) break;
        const visit: Visit = {
          step,
          visit: f.visits.filter((v) => v.step === step).length + 1,
          openedAt: e.at,
          openedBy: e.operator,
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
        const step = e.payload.step;
        const visit = f.completions.filter((c) => c.payload.step === step).length + 1;
        f.completions.push({ visit, at: e.at, operator: e.operator, source: e.source, payload: e.payload });
        completeStep(f, e.payload, e.at, at, e.operator);
        break;
      }
      case 'handed_over': {
        // The clock of an open step stops with the hand-over; the receiving admin resumes it.
        const seg = f.open?.segments.at(-1);
        if (seg && seg.end === null) seg.end = at;
        f.handedOverTo = e.payload.to;
        break;
      }
      case 'handover_received':
        f.handedOverTo = null;
        break;
      default:
        // Registration, corrections and documents do not move the SOP.
        break;
    }
  }
  f.status = statusOf(f.step, f.touched);
  if (f.step !== null) f.result = '';
  return f;
}

/** A step form judged: the visit closes, what it found is kept, the case follows the arrow of its outcome. */
function completeStep(f: Folded, p: StepCompleted, iso: string, at: number, by: OperatorRef | null): void {
  const { step, outcome } = p;
  if (f.open && f.open.step === step) {
    const seg = f.open.segments.at(-1);
    if (seg && seg.end === null) seg.end = at;
    f.open.completedAt = iso;
    f.open.outcome = outcome;
    f.open.overrunReason = p.overrunReason;
    f.open.completedBy = by;
    f.open.recordedStandardMinutes = p.standardMinutes ?? null;
    f.open = null;
  }
  f.touched = true;
  switch (p.step) {
    case 2:
      f.lastFailedLines = [...p.data.failedLines];
      break;
    case 3:
      f.waiting = { since: iso, deadline: p.data.deadline, missingItems: [...p.data.missingItems], otherMissing: p.data.otherMissing };
      f.waitingSpans.push({ start: at, end: null });
      break;
    case 4: {
      const span = f.waitingSpans.at(-1);
      if (span && span.end === null) span.end = at;
      f.waiting = null;
      break;
    }
    case 5:
      f.lastValidityProblems = [...p.data.problems];
      break;
    case 7:
    case 8:
      f.notifiedAt ??= iso;
      break;
    default:
      break;
  }
  if (outcome === 'expired') f.result = 'not_completed';
  else if (outcome === 'rejection_sent') f.result = 'rejected';
  else if (outcome === 'notified') f.result = 'completed';
  const last = f.path.at(-1);
  if (last) last.outcome = outcome;
  const to = arrowOf(step, outcome)?.to ?? null;
  f.step = to;
  if (to !== null) f.path.push({ step: to, outcome: null });
}

/** Admin work of a visit in ms (pauses excluded), a running segment counted up to `now`. */
export function workedMs(v: Visit, now: number): number {
  return v.segments.reduce((sum, s) => sum + Math.max(0, (s.end ?? now) - s.start), 0);
}

/** Whole days from `today` to `deadline` ("YYYY-MM-DD" both); negative once past. */
export function daysBetween(today: string, deadline: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
