/**
 * Hand-built case trails with known answers for the report tests: each step's working minutes,
 * pauses and officers are spelled out, the events are chained as the core chains them.
 */
import type { RequestKind } from '../../../shared/domain/case';
import type { CaseEvent, OperatorRef, TrailEventType } from '../../../shared/domain/trail';
import { sopStep, type Outcome, type StepNo } from '../../../shared/sop/definition';
import { chainEvent, type NewEvent } from '../../../electron/core/workflow/trail';
import type { TrailCase } from '../../../electron/core/reports/computeReport';

export const MIN = 60_000;
export const DAY = 24 * 60 * MIN;

export const RINA: OperatorRef = { id: 'op-rina00000001', name: 'Rina Wulandari', nip: '199001152015032001' };
export const BUDI: OperatorRef = { id: 'op-budi00000002', name: 'Budi Santoso', nip: '198705102010011004' };

export interface StepOptions {
  data?: Record<string, unknown>;
  reason?: string;
  /** The standard the completion event records; null = an older event that recorded none. Default: the SOP's. */
  standard?: number | null;
  /** Who opened the step, when another officer completes it. */
  openedBy?: OperatorRef;
}

export class TrailBuilder {
  readonly events: CaseEvent[] = [];
  t: number;
  /** Completion instants by "step" or "step#visit". */
  readonly done = new Map<string, number>();

  constructor(
    readonly id: string,
    readonly caseNumber: string,
    readonly kind: RequestKind,
    readonly receivedMs: number,
    operator: OperatorRef,
  ) {
    this.t = receivedMs;
    this.#push('registered', operator, { step: 1, receivedAt: new Date(receivedMs).toISOString() });
  }

  #push(type: TrailEventType, operator: OperatorRef, payload: Record<string, unknown>): void {
    // Hand-built payloads in the shapes the engine writes (the union checks them when a core reads them).
    this.events.push(chainEvent(this.events, { at: new Date(this.t).toISOString(), type, operator, source: 'app', payload } as NewEvent));
  }

  get iso(): string {
    return new Date(this.t).toISOString();
  }

  wait(ms: number): this {
    this.t += ms;
    return this;
  }

  at(ms: number): this {
    this.t = ms;
    return this;
  }

  /** A timed step: `work` alternates minutes worked and minutes paused ([10, 60, 4] = 10 worked, a 60-minute pause, 4 more). */
  step(step: StepNo, outcome: Outcome, work: number[], operator: OperatorRef, o: StepOptions = {}): this {
    this.wait(MIN);
    this.#push('step_opened', o.openedBy ?? operator, { step });
    work.forEach((m, i) => {
      this.wait(m * MIN);
      if (i === work.length - 1) return;
      this.#push(i % 2 === 0 ? 'step_paused' : 'step_resumed', i % 2 === 0 ? (o.openedBy ?? operator) : operator, { step });
    });
    const standard = o.standard === undefined ? sopStep(step).standardMinutes : o.standard;
    this.#push('step_completed', operator, { step, outcome, data: { ...completedData(step, outcome, this.iso), ...o.data }, overrunReason: o.reason ?? '', ...(standard === null ? {} : { standardMinutes: standard }) });
    this.#mark(step);
    return this;
  }

  /** Step 4, the Pokja's: no clock. */
  pokja(outcome: 'supplemented' | 'expired', operator: OperatorRef, data: Record<string, unknown> = {}): this {
    this.#push('step_completed', operator, { step: 4, outcome, data: { ...completedData(4, outcome, this.iso), ...data }, overrunReason: '' });
    this.#mark(4);
    return this;
  }

  #mark(step: StepNo): void {
    const visit = [...this.done.keys()].filter((k) => k.startsWith(`${step}#`)).length + 1;
    this.done.set(`${step}#${visit}`, this.t);
    this.done.set(String(step), this.t);
  }

  doneAt(key: string): number {
    const t = this.done.get(key);
    if (t === undefined) throw new Error(`step ${key} not done`);
    return t;
  }

  get trailCase(): TrailCase {
    return { id: this.id, caseNumber: this.caseNumber, kind: this.kind, receivedAt: new Date(this.receivedMs).toISOString(), events: this.events };
  }
}

/**
 * A step form's data in the full shape the engine writes (shared/domain/trailPayloads.ts), so the
 * fold reads hand-built trails as it reads real ones; a test overrides only what it is about.
 */
export function completedData(step: StepNo, outcome: Outcome, iso: string): Record<string, unknown> {
  switch (step) {
    case 2:
      return { checklist: {}, failedLines: [], notes: '' };
    case 3:
      return { missingItems: [], otherMissing: '', channel: 'letter', sentAt: iso, deadline: iso.slice(0, 10), notes: '' };
    case 4:
      return outcome === 'expired' ? { reason: '', deadline: iso.slice(0, 10) } : { receivedAt: iso, items: [], notes: '' };
    case 5:
      return { spse: {}, comparison: [], problems: [], comparedCases: [], confirmations: [], notes: '' };
    case 6:
      return { passwordReset: true, changedFields: [], doneAt: iso, passwordSource: 'generated', notes: '' };
    case 7:
      return { failedChecks: [], reason: '', channel: 'letter', sentAt: iso };
    case 8:
      return { channel: 'in_person', receivedBy: '', at: iso, mustChangeReminder: true, notes: '' };
    case 9:
      return { physical: { box: '', folder: '', shelf: '' }, electronic: 'pending', electronicRef: '', notes: '' };
    default:
      return {};
  }
}
