/**
 * The SOP engine: interprets shared/sop/definition.ts over a case's trail. Every command is checked
 * against the state folded from the trail and either returns the events to append or throws an
 * AppError the admin can act on. Pure (no I/O): the handlers run it inside the case's write queue.
 */
import type { CaseRecord, RequestKind } from '../../../shared/domain/case';
import type { EventSource, OperatorRef } from '../../../shared/domain/trail';
import type { ArchiveSearch, StepCompleted } from '../../../shared/domain/trailPayloads';
import { AppError, type FieldMessages } from '../../../shared/contract/result';
import type { FieldLabel } from '../../../shared/domain/fields';
import type { MessageKey, MessageParams } from '../../../shared/messages/format';
import { localDate, type ZonaWaktu } from '../../../shared/dates';
import { SOP_STEPS, arrowOf, arrowsFrom, isTimedStep, sopStep, type StepNo } from '../../../shared/sop/definition';
import {
  CHECKLIST_LABELS, CHECKLIST_MISSING, applicableLines, failedLines, type StepPayload, type StepTimer, type WorkflowSettings, type WorkflowState,
} from '../../../shared/domain/workflow';
import { compareWithSpse, mismatchProblems, skProblems } from '../../../shared/domain/workflowCompare';
import { daysBetween, foldTrail, passwordWasReset, workedMs, type Folded, type Visit } from '../../../shared/domain/workflowFold';
import type { NewEvent } from './trail';

export type PasswordSource = '' | 'generated' | 'typed';

export interface EngineContext {
  now: Date;
  settings: WorkflowSettings;
  zone: ZonaWaktu;
  operator: OperatorRef;
  /** Where the command came from (the host's kind, or 'demo'). */
  source: EventSource;
  /** Whether a temporary password for this case is held in core memory (never its value). */
  password: PasswordSource;
  /** Step 5 only: whether the office archive was searched for the earlier cases (recorded with the step). */
  archiveSearch?: ArchiveSearch;
}

/** A little slack for clocks of the instants the admin types (the PC's clock vs. the form's). */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * The standard minutes a completed visit was judged against: the value its step_completed event
 * recorded (docs/reports.md), else — for events written before the standard was recorded — the
 * value in `settings` now.
 */
export function standardInForce(v: Pick<Visit, 'step' | 'recordedStandardMinutes'>, settings: WorkflowSettings): number | null {
  return v.recordedStandardMinutes ?? standardMinutes(v.step, settings);
}

export function standardMinutes(step: StepNo, settings: WorkflowSettings): number | null {
  const base = sopStep(step).standardMinutes;
  if (base === null) return null;
  const key = String(step) as keyof WorkflowSettings['standardMinutes'];
  return settings.standardMinutes[key] ?? base;
}

const stepName = (step: StepNo) => `langkah ${step} (${sopStep(step).title.id})`;

function conflict(key: MessageKey, params?: MessageParams): never {
  throw new AppError('conflict', key, params);
}

function invalid(key: MessageKey, params: MessageParams | undefined, fields: FieldMessages): never {
  throw new AppError('invalid_input', key, params, fields);
}

function assertOpenCase(record: CaseRecord, f: Folded): asserts f is Folded & { step: StepNo } {
  if (f.step === null)
    conflict('step.closed', { caseNumber: record.caseNumber });
}

function assertCurrentStep(record: CaseRecord, f: Folded & { step: StepNo }, step: StepNo): void {
  if (f.step !== step)
    throw new AppError(
      'conflict',
      `Berkas ${record.caseNumber} sedang berada di ${stepName(f.step)}, bukan langkah ${step}. Menurut SOP, langkah ${step} belum atau tidak dapat dikerjakan sekarang.`,
    );
}

/** Each `plan…` takes the record's trail folded when the caller has it (one fold per command). */
export function planOpen(record: CaseRecord, step: StepNo, ctx: EngineContext, f: Folded = foldTrail(record.events)): NewEvent[] {
  assertOpenCase(record, f);
  assertCurrentStep(record, f, step);
  if (!isTimedStep(step))
    conflict('step.pokjaStep', { step });
  // Opening the form again (another tab, a reload) keeps the clock that already runs.
  if (f.open) return [];
  return [{ at: ctx.now.toISOString(), type: 'step_opened', operator: ctx.operator, source: ctx.source, payload: { step } }];
}

export function planPause(record: CaseRecord, step: StepNo, ctx: EngineContext, f: Folded = foldTrail(record.events)): NewEvent[] {
  assertOpenCase(record, f);
  assertCurrentStep(record, f, step);
  const seg = f.open?.segments.at(-1);
  if (!f.open || !seg) conflict('step.pauseNotStarted', { step });
  if (seg.end !== null) conflict('step.alreadyPaused', { step });
  return [{ at: ctx.now.toISOString(), type: 'step_paused', operator: ctx.operator, source: ctx.source, payload: { step } }];
}

export function planResume(record: CaseRecord, step: StepNo, ctx: EngineContext, f: Folded = foldTrail(record.events)): NewEvent[] {
  assertOpenCase(record, f);
  assertCurrentStep(record, f, step);
  const seg = f.open?.segments.at(-1);
  if (!f.open || !seg) conflict('step.resumeNotStarted', { step });
  if (seg.end === null) conflict('step.notPaused', { step });
  return [{ at: ctx.now.toISOString(), type: 'step_resumed', operator: ctx.operator, source: ctx.source, payload: { step } }];
}

const includesReset = (kind: RequestKind) => kind !== 'change_info';
const includesChange = (kind: RequestKind) => kind !== 'reset_password';

function notInFuture(at: string, field: string, label: FieldLabel, now: Date): void {
  if (Date.parse(at) > now.getTime() + FUTURE_SLACK_MS) invalid('step.timeInFuture', { label: { key: label } }, { [field]: { key: 'step.timeInFuture', params: { label: { key: label } } } });
}

/** A step completion before its overrun reason is added. */
type Judged = StepCompleted extends infer C ? (C extends StepCompleted ? Omit<C, 'overrunReason'> : never) : never;

/** Checks a step form against the case and the SOP; returns what happened (outcome and data, shared/domain/trailPayloads.ts). */
function judge(record: CaseRecord, f: Folded & { step: StepNo }, p: StepPayload, ctx: EngineContext): Judged {
  const kind = record.intake.kind;
  switch (p.step) {
    case 2: {
      if (includesChange(kind) && p.checklist.changes_stated === 'na')
        invalid('step.changesStatedNeeded', undefined, { 'payload.checklist.changes_stated': { key: 'step.answerYesNo' } });
      const failed = failedLines(kind, p.checklist);
      const derived = failed.length === 0 ? 'complete' : 'incomplete';
      if (p.decision !== derived)
        throw new AppError(
          'invalid_input',
          derived === 'complete'
            ? 'Semua butir pemeriksaan terpenuhi, jadi hasilnya "lengkap". Periksa kembali butir atau hasil yang dipilih.'
            : `Ada butir yang belum terpenuhi (${failed.map((l) => CHECKLIST_LABELS[l].id).join('; ')}), jadi hasilnya "tidak lengkap".`,
          { 'payload.decision': derived === 'complete' ? 'Hasil pemeriksaan: lengkap.' : 'Hasil pemeriksaan: tidak lengkap.' },
        );
      const checklist = Object.fromEntries(applicableLines(kind).map((l) => [l, p.checklist[l]]));
      return { step: 2, outcome: derived, data: { checklist, failedLines: failed, notes: p.notes } };
    }
    case 3: {
      const expected = new Set(f.lastFailedLines);
      const given = new Set(p.missingItems);
      if (given.size !== expected.size || [...given].some((l) => !expected.has(l)))
        throw new AppError('invalid_input', 'Daftar kekurangan harus sama dengan butir yang tidak terpenuhi pada pemeriksaan kelengkapan (langkah 2).', {
          'payload.missingItems': `Kekurangan menurut langkah 2: ${f.lastFailedLines.map((l) => CHECKLIST_MISSING[l].id).join('; ')}.`,
        });
      notInFuture(p.sentAt, 'payload.sentAt', 'label.sentAt', ctx.now);
      if (p.deadline < localDate(new Date(p.sentAt), ctx.zone))
        invalid('step.deadlineBeforeNotice', undefined, { 'payload.deadline': { key: 'step.deadlineBeforeNoticeField' } });
      return {
        step: 3,
        outcome: 'notice_sent',
        data: { missingItems: p.missingItems, otherMissing: p.otherMissing, channel: p.channel, sentAt: p.sentAt, deadline: p.deadline, notes: p.notes },
      };
    }
    case 4: {
      if (p.outcome === 'supplemented') {
        notInFuture(p.receivedAt, 'payload.receivedAt', 'label.receivedAt', ctx.now);
        return { step: 4, outcome: 'supplemented', data: { receivedAt: p.receivedAt, items: p.items, notes: p.notes } };
      }
      const deadline = f.waiting?.deadline ?? '';
      const today = localDate(ctx.now, ctx.zone);
      if (deadline === '' || today <= deadline)
        conflict('step.deadlineNotPassed', { deadline: deadline || '—' });
      return { step: 4, outcome: 'expired', data: { reason: p.reason, deadline } };
    }
    case 5: {
      const fields: Record<string, string> = {};
      if (p.spse.name.trim() === '') fields['payload.spse.name'] = 'Isi nama sesuai data akun di SPSE.';
      if (p.spse.nip.trim() === '') fields['payload.spse.nip'] = 'Isi NIP sesuai data akun di SPSE.';
      if (p.spse.userId.trim() === '') fields['payload.spse.userId'] = 'Isi User ID sesuai data akun di SPSE.';
      if (Object.keys(fields).length > 0) invalid('step.spseDataNeeded', undefined, fields);
      for (const [i, c] of p.confirmations.entries()) notInFuture(c.at, `payload.confirmations.${i}.at`, 'label.confirmedAt', ctx.now);
      const rows = compareWithSpse(record.intake, p.spse);
      const sk = skProblems(record.intake.sk, localDate(ctx.now, ctx.zone));
      const problems = [
        ...mismatchProblems(rows),
        ...sk,
        ...p.confirmations
          .filter((c) => c.result === 'denied')
          .map((c) => `Konfirmasi ${c.channel === 'phone' ? 'telepon' : 'tatap muka'} kepada ${c.contact}: tidak membenarkan permohonan`),
      ];
      if (p.decision === 'valid' && p.confirmations.some((c) => c.result === 'denied'))
        invalid('step.confirmationDenied', undefined, { 'payload.decision': { key: 'step.confirmationDeniedField' } });
      if (p.decision === 'valid' && problems.length > 0 && p.notes.trim() === '') {
        const onlySk = sk.length === problems.length;
        invalid(onlySk ? 'step.skNeedsNote' : 'step.mismatchNeedsNote', undefined, { 'payload.notes': { key: onlySk ? 'step.skNeedsNoteField' : 'step.mismatchNeedsNoteField' } });
      }
      return {
        step: 5,
        outcome: p.decision,
        data: { spse: p.spse, comparison: rows, problems, comparedCases: p.comparedCases, ...(ctx.archiveSearch ? { archiveSearch: ctx.archiveSearch } : {}), confirmations: p.confirmations, notes: p.notes },
      };
    }
    case 6: {
      notInFuture(p.doneAt, 'payload.doneAt', 'label.doneAtShort', ctx.now);
      if (includesReset(kind)) {
        if (!p.passwordReset) invalid('step.markPasswordReset', undefined, { 'payload.passwordReset': { key: 'step.markPasswordResetField' } });
        if (ctx.password === '')
          conflict('step.passwordMissing');
      }
      if (includesChange(kind) && p.changedFields.length === 0)
        invalid('step.changedFieldsNeeded', undefined, { 'payload.changedFields': { key: 'schema.pickChangeField' } });
      return {
        step: 6,
        outcome: 'reset_done',
        data: { passwordReset: p.passwordReset, changedFields: p.changedFields, doneAt: p.doneAt, passwordSource: p.passwordReset ? ctx.password : '', notes: p.notes },
      };
    }
    case 7:
      notInFuture(p.sentAt, 'payload.sentAt', 'label.sentAt', ctx.now);
      return { step: 7, outcome: 'rejection_sent', data: { failedChecks: p.failedChecks, reason: p.reason, channel: p.channel, sentAt: p.sentAt } };
    case 8: {
      notInFuture(p.at, 'payload.at', 'label.sentAt', ctx.now);
      // SOP step 8's note: the reminder to change the default password, only when one was handed over.
      const reset = passwordWasReset(f, record.intake.kind);
      if (reset && !p.mustChangeReminder) invalid('schema.mustChangeReminder', undefined, { 'payload.mustChangeReminder': { key: 'schema.mustChangeReminder' } });
      return { step: 8, outcome: 'notified', data: { channel: p.channel, receivedBy: p.receivedBy, at: p.at, mustChangeReminder: reset, notes: p.notes } };
    }
    case 9:
      return { step: 9, outcome: 'archived', data: { physical: p.physical, electronic: p.electronic, electronicRef: p.electronicRef, notes: p.notes } };
  }
}

export function planComplete(record: CaseRecord, payload: StepPayload, overrunReason: string, ctx: EngineContext, f: Folded = foldTrail(record.events)): NewEvent[] {
  assertOpenCase(record, f);
  assertCurrentStep(record, f, payload.step);
  const step = payload.step;
  let reason = '';
  const standard = standardMinutes(step, ctx.settings);
  if (isTimedStep(step)) {
    if (!f.open) conflict('step.completeNotStarted', { step });
    const minutes = workedMs(f.open, ctx.now.getTime()) / 60_000;
    if (standard !== null && minutes > standard) {
      reason = overrunReason.trim();
      // SOP Peringatan: a deviation from the standard time is a failure the implementer answers for.
      if (reason === '')
        invalid('step.overrun', { step, standard, minutes: Math.ceil(minutes) }, { overrunReason: { key: 'step.overrunField', params: { standard } } });
    }
  }
  const judged = judge(record, f, payload, ctx);
  if (!arrowOf(step, judged.outcome)) conflict('step.unknownOutcome', { outcome: judged.outcome, step });
  return [{ at: ctx.now.toISOString(), type: 'step_completed', operator: ctx.operator, source: ctx.source, payload: { ...judged, overrunReason: reason, ...(standard === null ? {} : { standardMinutes: standard }) } }];
}

function timerOf(v: Visit, settings: WorkflowSettings, now: number): StepTimer {
  const ms = workedMs(v, now);
  const standard = standardInForce(v, settings);
  const running = v.completedAt === null && v.segments.at(-1)?.end === null;
  return {
    step: v.step,
    visit: v.visit,
    openedAt: v.openedAt,
    completedAt: v.completedAt,
    running,
    paused: v.completedAt === null && !running,
    workedMs: ms,
    standardMinutes: standard,
    overrun: standard !== null && ms > standard * 60_000,
    overrunReason: v.overrunReason,
  };
}

/** What the case page needs: the folded state, the moves allowed now, the timers computed from the trail. */
export function describeState(record: CaseRecord, settings: WorkflowSettings, zone: ZonaWaktu, now: Date, password: PasswordSource, f: Folded = foldTrail(record.events)): WorkflowState {
  const nowMs = now.getTime();
  const today = localDate(now, zone);
  const actions: WorkflowState['actions'] = [];
  // A case handed over to another workstation is only read here (issue 12 §5).
  if (f.step !== null && f.handedOverTo === null) {
    const outcomes = arrowsFrom(f.step)
      .map((a) => a.outcome)
      .filter((o) => o !== 'expired' || (f.waiting !== null && today > f.waiting.deadline));
    if (isTimedStep(f.step)) {
      const seg = f.open?.segments.at(-1);
      if (!f.open) actions.push({ action: 'open', step: f.step, outcomes: [] });
      else if (seg && seg.end === null) actions.push({ action: 'pause', step: f.step, outcomes: [] });
      else actions.push({ action: 'resume', step: f.step, outcomes: [] });
      if (f.open) actions.push({ action: 'complete', step: f.step, outcomes });
    } else {
      actions.push({ action: 'complete', step: f.step, outcomes });
    }
  }
  const timers = f.visits.map((v) => timerOf(v, settings, nowMs));
  const receivedMs = Date.parse(record.intake.receivedAt);
  const endMs = f.notifiedAt ? Date.parse(f.notifiedAt) : nowMs;
  const waitingMs = f.waitingSpans.reduce((s, w) => s + Math.max(0, (w.end ?? nowMs) - w.start), 0);
  return {
    caseId: record.id,
    revision: record.revision,
    status: f.status,
    step: f.step,
    closed: f.step === null,
    handedOverTo: f.handedOverTo ?? '',
    result: f.result,
    path: f.path,
    actions,
    current: f.open ? timerOf(f.open, settings, nowMs) : null,
    timers,
    turnaround: {
      receivedAt: record.intake.receivedAt,
      notifiedAt: f.notifiedAt,
      elapsedMs: Math.max(0, endMs - receivedMs),
      waitingMs,
      adminWorkMs: timers.reduce((s, t) => s + t.workedMs, 0),
    },
    waiting: f.waiting
      ? {
          deadline: f.waiting.deadline,
          daysLeft: daysBetween(today, f.waiting.deadline),
          overdue: today > f.waiting.deadline,
          missingItems: f.waiting.missingItems,
          otherMissing: f.waiting.otherMissing,
        }
      : null,
    lastFailedLines: f.lastFailedLines,
    lastValidityProblems: f.lastValidityProblems,
    password: { held: password !== '', source: password },
    suggestedDeadline: localDate(new Date(nowMs + settings.waitingDeadlineDays * 86_400_000), zone),
    standardMinutes: Object.fromEntries(
      SOP_STEPS.flatMap((s) => {
        const m = standardMinutes(s.no, settings);
        return m === null ? [] : [[String(s.no), m]];
      }),
    ),
    serverNow: now.toISOString(),
  };
}
