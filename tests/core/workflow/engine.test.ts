import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/result';
import type { CaseRecord } from '../../../shared/domain/case';
import { foldTrail } from '../../../shared/domain/workflowFold';
import { formatTanggal, localDate, startOfLocalDay } from '../../../shared/dates';
import { OUTCOMES, SOP_STEPS, arrowOf, isTimedStep, type Outcome, type StepNo } from '../../../shared/sop/definition';
import { describeState, planComplete, planOpen, planPause, planResume, type EngineContext } from '../../../electron/core/workflow/engine';
import { defaultWorkflowSettings } from '../../../electron/core/workflow/settingsFile';
import { apply, ctxAt, must, newRecord, parsedForm } from './support';
import { DAY_MS, HOUR_MS, TEST_NOW_MS } from '../../support/clock';

/** "YYYY-MM-DD" `n` days after `day`. */
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The suite's "now": the fixture's letter was received half an hour before it (tests/fixtures/intake.ts). */
const T0 = TEST_NOW_MS;
/** The notices' deadline: 14 days after the day (WIB) the suite starts. */
const DEADLINE = addDays(localDate(new Date(T0), 'WIB'), 14);
/** 10.00 WIB two days after the waiting deadline, so step 4 may end as "expired". */
const LATE = new Date(startOfLocalDay(addDays(DEADLINE, 2), 'WIB') + 10 * HOUR_MS);

/** A clock for one test: every call is one minute later. */
function minutes() {
  let t = T0;
  return () => new Date((t += 60_000));
}

function stepOfForm(outcome: Outcome): StepNo {
  const arrow = SOP_ARROWS_BY_OUTCOME.get(outcome);
  if (!arrow) throw new Error(outcome);
  return arrow;
}
const SOP_ARROWS_BY_OUTCOME = new Map<Outcome, StepNo>(
  OUTCOMES.filter((o) => o !== 'submitted').map((o) => [o, SOP_STEPS.find((s) => arrowOf(s.no, o))?.no as StepNo]),
);

/** Leaves the current step by `outcome`: opens it first when it is timed, as the UI does. */
function leave(record: CaseRecord, outcome: Outcome, tick: () => Date, late = false): CaseRecord {
  const step = stepOfForm(outcome);
  let r = record;
  if (isTimedStep(step)) r = apply(r, planOpen(r, step, ctxAt(tick())));
  const now = late ? LATE : tick();
  return apply(r, planComplete(r, parsedForm(outcome, now, r.intake.kind, DEADLINE), late ? 'Menunggu arahan atasan.' : '', ctxAt(now)));
}

/** The outcomes that bring a new case to each step (the SOP's arrows, shortest path). */
const PATH_TO: Record<StepNo, Outcome[] | null> = {
  1: null, // a case is registered at step 1 and is at step 2 from then on
  2: [],
  3: ['incomplete'],
  4: ['incomplete', 'notice_sent'],
  5: ['complete'],
  6: ['complete', 'valid'],
  7: ['complete', 'invalid'],
  8: ['complete', 'valid', 'reset_done'],
  9: ['complete', 'valid', 'reset_done', 'notified'],
};

function caseAt(step: StepNo, tick = minutes()): CaseRecord {
  let r = newRecord('both');
  for (const o of PATH_TO[step] ?? []) r = leave(r, o, tick);
  expect(foldTrail(r.events).step).toBe(step);
  return r;
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the engine to refuse');
}

describe('every transition of the SOP definition', () => {
  const reachable = SOP_STEPS.filter((s) => PATH_TO[s.no] !== null);
  const formOutcomes = OUTCOMES.filter((o) => o !== 'submitted');

  for (const s of reachable) {
    for (const outcome of formOutcomes) {
      const arrow = arrowOf(s.no, outcome);
      const formStep = stepOfForm(outcome);
      if (arrow) {
        it(`allows step ${s.no} → ${arrow.to ?? 'selesai'} (${outcome})`, () => {
          const tick = minutes();
          const before = caseAt(s.no, tick);
          const after = leave(before, outcome, tick, outcome === 'expired');
          const f = foldTrail(after.events);
          expect(f.step).toBe(arrow.to);
          expect(f.path.at(-1)).toEqual(arrow.to === null ? { step: s.no, outcome } : { step: arrow.to, outcome: null });
          expect(after.events.at(-1)).toMatchObject({ type: 'step_completed', operator: { name: 'Rina Wulandari' }, payload: { step: s.no, outcome } });
        });
      } else {
        it(`refuses at step ${s.no} the form of step ${formStep} (${outcome})`, () => {
          const tick = minutes();
          let r = caseAt(s.no, tick);
          if (isTimedStep(s.no)) r = apply(r, planOpen(r, s.no, ctxAt(tick())));
          const now = outcome === 'expired' ? LATE : tick();
          const e = refusal(() => planComplete(r, parsedForm(outcome, now, 'both', DEADLINE), 'alasan', ctxAt(now)));
          expect(e.code).toBe('conflict');
          expect(e.message).toMatch(/langkah/);
        });
      }
    }
    for (const other of SOP_STEPS.filter((x) => x.no !== s.no)) {
      it(`refuses opening, pausing and resuming step ${other.no} while the case is at step ${s.no}`, () => {
        const r = caseAt(s.no);
        for (const plan of [planOpen, planPause, planResume]) expect(refusal(() => plan(r, other.no, ctxAt(new Date(T0 + 86_400_000)))).code).toBe('conflict');
      });
    }
  }

  it('a closed case refuses every form and every clock move', () => {
    const tick = minutes();
    const closed = leave(caseAt(9, tick), 'archived', tick);
    expect(foldTrail(closed.events)).toMatchObject({ step: null, status: 'closed', result: 'completed' });
    for (const outcome of formOutcomes) {
      const e = refusal(() => planComplete(closed, parsedForm(outcome, tick(), 'both', DEADLINE), 'alasan', ctxAt(tick())));
      expect(e.code).toBe('conflict');
      expect(e.message).toMatch(/sudah ditutup/);
    }
    for (const s of SOP_STEPS) for (const plan of [planOpen, planPause, planResume]) expect(refusal(() => plan(closed, s.no, ctxAt(tick()))).message).toMatch(/sudah ditutup/);
  });

  it('the Pokja steps (1 and 4) have no clock to open', () => {
    expect(refusal(() => planOpen(caseAt(4), 4, ctxAt(new Date(T0 + 3_600_000)))).message).toMatch(/anggota Pokja/);
  });
});

describe('SOP paths end as the Decided notes say', () => {
  it('rejected and expired cases are archived too, with their result', () => {
    const tick = minutes();
    let rejected = caseAt(7, tick);
    rejected = leave(leave(rejected, 'rejection_sent', tick), 'archived', tick);
    expect(foldTrail(rejected.events)).toMatchObject({ status: 'closed', result: 'rejected' });
    let expired = caseAt(4, tick);
    expired = leave(expired, 'expired', tick, true);
    expect(foldTrail(expired.events)).toMatchObject({ step: 9, status: 'to_archive' });
    expired = leave(expired, 'archived', () => new Date(LATE.getTime() + 60_000));
    expect(foldTrail(expired.events)).toMatchObject({ status: 'closed', result: 'not_completed' });
  });

  it('the loop: incomplete → notice → supplementary documents → step 2 again (a second timed visit)', () => {
    const tick = minutes();
    let r = caseAt(4, tick);
    expect(r.status).toBe('waiting_pokja');
    r = leave(r, 'supplemented', tick);
    expect(foldTrail(r.events)).toMatchObject({ step: 2, status: 'checking' });
    r = leave(r, 'complete', tick);
    const f = foldTrail(r.events);
    expect(f.visits.filter((v) => v.step === 2).map((v) => v.visit)).toEqual([1, 2]);
    expect(f.path.map((p) => p.step)).toEqual([1, 2, 3, 4, 2, 5]);
  });
});

describe('step forms are checked against the case', () => {
  const at = new Date(T0 + 10 * 60_000);
  const opened = (step: StepNo, r = caseAt(step)) => apply(r, planOpen(r, step, ctxAt(new Date(T0 + 9 * 60_000))));

  it('step 2: the decision must follow from the checklist', () => {
    const r = opened(2);
    const form = parsedForm('incomplete', at);
    if (form.step !== 2) throw new Error('form');
    const lying = { ...form, decision: 'complete' as const };
    const e = refusal(() => planComplete(r, lying, '', ctxAt(at)));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('SK penetapan Pokja ada');
    expect(e.fields).toHaveProperty(['payload.decision']);
  });

  it('step 2: "not applicable" is refused for the change line of a change request, recorded as the failed lines otherwise', () => {
    const r = opened(2);
    const form = parsedForm('complete', at);
    const na = { ...form, checklist: { ...(form.step === 2 ? form.checklist : {}), changes_stated: 'na' as const } } as typeof form;
    expect(refusal(() => planComplete(r, na, '', ctxAt(at))).fields).toHaveProperty(['payload.checklist.changes_stated']);
    const incomplete = apply(r, planComplete(r, parsedForm('incomplete', at), '', ctxAt(at)));
    expect(foldTrail(incomplete.events).lastFailedLines).toEqual(['letter_signed_stamped', 'sk_present']);
  });

  it('step 3: the missing items are the failed lines of step 2', () => {
    const r = opened(3);
    const form = parsedForm('notice_sent', at);
    const wrong = { ...form, missingItems: ['sk_present'] } as typeof form;
    expect(refusal(() => planComplete(r, wrong, '', ctxAt(at))).fields?.['payload.missingItems']).toContain('Tanda tangan dan cap dinas pada surat permohonan');
    if (form.step !== 3) throw new Error('form');
    // The day before the notice was sent (WIB).
    const early = { ...form, deadline: addDays(localDate(new Date(form.sentAt), 'WIB'), -1) } as typeof form;
    expect(refusal(() => planComplete(r, early, '', ctxAt(at))).fields).toHaveProperty(['payload.deadline']);
  });

  it('step 4: "not completed" only after the deadline; the UI is offered it only then', () => {
    const r = caseAt(4);
    const onDeadline = new Date(startOfLocalDay(DEADLINE, 'WIB') + 23 * HOUR_MS); // 23.00 WIB on the last day
    expect(refusal(() => planComplete(r, parsedForm('expired', onDeadline), '', ctxAt(onDeadline))).message).toMatch(/belum lewat/);
    const offered = (now: Date) => describeState(r, defaultWorkflowSettings(), 'WIB', now, '').actions.find((a) => a.action === 'complete')?.outcomes;
    expect(offered(onDeadline)).toEqual(['supplemented']);
    expect(offered(new Date(startOfLocalDay(addDays(DEADLINE, 1), 'WIB')))).toEqual(['supplemented', 'expired']); // 00.00 WIB the day after
    const state = describeState(r, defaultWorkflowSettings(), 'WIB', new Date(startOfLocalDay(addDays(DEADLINE, -3), 'WIB') + 10 * HOUR_MS), '');
    expect(state.waiting).toMatchObject({ deadline: DEADLINE, daysLeft: 3, overdue: false, missingItems: ['letter_signed_stamped', 'sk_present'] });
  });

  it('step 5: mismatches are recorded; "valid" despite one needs a note; a denial forbids "valid"', () => {
    const r = opened(5);
    const valid = parsedForm('valid', at);
    if (valid.step !== 5) throw new Error('form');
    const mismatch = { ...valid, spse: { ...valid.spse, email: 'lama@sukamajukab.go.id' } };
    expect(refusal(() => planComplete(r, mismatch, '', ctxAt(at))).fields).toHaveProperty(['payload.notes']);
    const explained = apply(r, planComplete(r, { ...mismatch, notes: 'Email di SPSE belum diperbarui sejak 2024; dikonfirmasi lewat telepon.' }, '', ctxAt(at)));
    expect(foldTrail(explained.events).lastValidityProblems).toEqual(['Email tidak sama dengan data di SPSE']);
    const denied = { ...valid, confirmations: [{ ...must(valid.confirmations[0]), result: 'denied' as const }] };
    expect(refusal(() => planComplete(r, denied, '', ctxAt(at))).fields).toHaveProperty(['payload.decision']);
    const noSpse = { ...valid, spse: { ...valid.spse, userId: '' } };
    expect(refusal(() => planComplete(r, noSpse, '', ctxAt(at))).fields).toHaveProperty(['payload.spse.userId']);
    // The change request's current e-mail is what SPSE should still show: no mismatch for the requested value.
    const ok = apply(r, planComplete(r, valid, '', ctxAt(at)));
    expect(foldTrail(ok.events)).toMatchObject({ step: 6, lastValidityProblems: [] });
  });

  it('step 5: an SK not in force on the day of the check is a failed check; "valid" despite it needs a note', () => {
    const base = opened(5);
    const valid = parsedForm('valid', at);
    if (valid.step !== 5) throw new Error('form');
    const today = localDate(at, 'WIB');
    const withSk = (sk: Partial<CaseRecord['intake']['sk']>): CaseRecord => ({ ...base, intake: { ...base.intake, sk: { ...base.intake.sk, ...sk } } });
    // Ended yesterday: refused without a note, with the SK's own message on the notes field.
    const ended = withSk({ validUntil: addDays(today, -1) });
    const refused = refusal(() => planComplete(ended, valid, '', ctxAt(at)));
    expect(refused.key).toBe('step.skNeedsNote');
    expect(refused.fields).toHaveProperty(['payload.notes']);
    const explained = apply(ended, planComplete(ended, { ...valid, notes: 'SK perpanjangan Nomor 027/30/UKPBJ diperlihatkan.' }, '', ctxAt(at)));
    expect(foldTrail(explained.events).lastValidityProblems).toEqual([`Masa berlaku SK penetapan Pokja Pemilihan sudah berakhir (berlaku sampai ${formatTanggal(addDays(today, -1))})`]);
    // Ending today is still in force; an SK without an end stays in force.
    expect(foldTrail(apply(base, planComplete(withSk({ validUntil: today }), valid, '', ctxAt(at))).events).lastValidityProblems).toEqual([]);
    expect(foldTrail(apply(base, planComplete(withSk({ validUntil: '' }), valid, '', ctxAt(at))).events).lastValidityProblems).toEqual([]);
    // Not yet in force: a failed check too; with a mismatch as well, the general message.
    const early = withSk({ validFrom: addDays(today, 1), validUntil: '' });
    expect(refusal(() => planComplete(early, valid, '', ctxAt(at))).key).toBe('step.skNeedsNote');
    expect(refusal(() => planComplete(early, { ...valid, spse: { ...valid.spse, email: 'lama@sukamajukab.go.id' } }, '', ctxAt(at))).key).toBe('step.mismatchNeedsNote');
    // Rejecting needs no note: the SK is among the failed checks step 7 offers.
    const rejected = apply(ended, planComplete(ended, { ...valid, decision: 'invalid' }, '', ctxAt(at)));
    expect(foldTrail(rejected.events).lastValidityProblems).toHaveLength(1);
  });

  it('step 6: a reset needs a temporary password held in memory; a change needs the changed fields', () => {
    const r = opened(6);
    const form = parsedForm('reset_done', at);
    expect(refusal(() => planComplete(r, form, '', ctxAt(at, { password: '' }))).message).toMatch(/Password sementara belum/);
    if (form.step !== 6) throw new Error('form');
    expect(refusal(() => planComplete(r, { ...form, changedFields: [] }, '', ctxAt(at))).fields).toHaveProperty(['payload.changedFields']);
    expect(refusal(() => planComplete(r, { ...form, passwordReset: false }, '', ctxAt(at))).fields).toHaveProperty(['payload.passwordReset']);
    const done = apply(r, planComplete(r, form, '', ctxAt(at, { password: 'typed' })));
    expect(done.events.at(-1)?.payload).toMatchObject({ data: { passwordReset: true, passwordSource: 'typed', changedFields: ['email'] } });
  });

  it('a change-only request is reset without any password', () => {
    const tick = minutes();
    let r = newRecord('change_info');
    for (const o of ['complete', 'valid'] as const) r = leave(r, o, tick);
    r = apply(r, planOpen(r, 6, ctxAt(tick())));
    const now = tick();
    const done = apply(r, planComplete(r, parsedForm('reset_done', now, 'change_info'), '', ctxAt(now, { password: '' })));
    expect(foldTrail(done.events).step).toBe(8);
  });

  it('instants typed in the future are refused', () => {
    const r = opened(8);
    const form = parsedForm('notified', new Date(at.getTime() + 3_600_000));
    expect(refusal(() => planComplete(r, form, '', ctxAt(at))).fields).toHaveProperty(['payload.at']);
  });
});

describe('step timers come from the trail', () => {
  const t = (m: number) => new Date(T0 + m * 60_000);

  function timedStep2(events: [kind: 'open' | 'pause' | 'resume', minute: number][], ctx: (now: Date) => EngineContext = (n) => ctxAt(n)): CaseRecord {
    let r = caseAt(2);
    for (const [kind, m] of events) {
      const plan = kind === 'open' ? planOpen : kind === 'pause' ? planPause : planResume;
      r = apply(r, plan(r, 2, ctx(t(m))));
    }
    return r;
  }

  it('pauses are excluded; the live state counts a running clock up to now', () => {
    const r = timedStep2([['open', 0], ['pause', 2], ['resume', 10]]);
    const live = describeState(r, defaultWorkflowSettings(), 'WIB', t(11), '');
    expect(live.current).toMatchObject({ step: 2, visit: 1, running: true, paused: false, workedMs: 3 * 60_000, standardMinutes: 5, overrun: false });
    expect(live.actions.map((a) => a.action)).toEqual(['pause', 'complete']);
    const paused = apply(r, planPause(r, 2, ctxAt(t(12))));
    const later = describeState(paused, defaultWorkflowSettings(), 'WIB', t(40), '');
    expect(later.current).toMatchObject({ running: false, paused: true, workedMs: 4 * 60_000 });
    expect(later.actions.map((a) => a.action)).toEqual(['resume', 'complete']);
  });

  it('opening again is a no-op; pausing a paused clock or resuming a running one is refused', () => {
    const r = timedStep2([['open', 0]]);
    expect(planOpen(r, 2, ctxAt(t(1)))).toEqual([]);
    expect(refusal(() => planResume(r, 2, ctxAt(t(1)))).message).toMatch(/sedang berjalan/);
    const paused = apply(r, planPause(r, 2, ctxAt(t(1))));
    expect(refusal(() => planPause(paused, 2, ctxAt(t(2)))).message).toMatch(/sudah dalam keadaan dijeda/);
    expect(refusal(() => planComplete(caseAt(2), parsedForm('complete', t(3)), '', ctxAt(t(3)))).message).toMatch(/belum dimulai/);
  });

  it('finishing over the standard needs a written reason, recorded on the visit', () => {
    const r = timedStep2([['open', 0]]);
    const e = refusal(() => planComplete(r, parsedForm('complete', t(6)), '  ', ctxAt(t(6))));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toBe('Langkah 2 melewati waktu standar 5 menit (tercatat 6 menit). Tuliskan alasannya.');
    const done = apply(r, planComplete(r, parsedForm('complete', t(6)), 'Surat SK harus dicocokkan dengan arsip lama.', ctxAt(t(6))));
    const timer = describeState(done, defaultWorkflowSettings(), 'WIB', t(30), '').timers[0];
    expect(timer).toMatchObject({ step: 2, workedMs: 6 * 60_000, overrun: true, overrunReason: 'Surat SK harus dicocokkan dengan arsip lama.', completedAt: t(6).toISOString() });
  });

  it('exactly the standard is not an overrun; an override in workflow settings moves the limit', () => {
    const onTime = timedStep2([['open', 0]]);
    expect(planComplete(onTime, parsedForm('complete', t(5)), '', ctxAt(t(5)))).toHaveLength(1);
    const settings = { ...defaultWorkflowSettings(), standardMinutes: { '2': 10 } };
    expect(planComplete(onTime, parsedForm('complete', t(9)), '', ctxAt(t(9), { settings }))).toHaveLength(1);
    const state = describeState(onTime, settings, 'WIB', t(9), '');
    expect(state.current?.standardMinutes).toBe(10);
    expect(state.standardMinutes).toEqual({ 2: 10, 3: 5, 5: 15, 6: 15, 7: 5, 8: 10, 9: 5 });
    // The day (WIB) of t(9) + 14 days (workflow.json default): 10.09 WIB on 24 November 2026 → 8 December.
    expect(state.suggestedDeadline).toBe(addDays(localDate(t(9), 'WIB'), 14));
  });

  it('turnaround runs from receipt to the notice; waiting for the Pokja is reported apart and never counted as admin work', () => {
    const tick = minutes();
    let r = caseAt(4, tick); // step 2 and 3: one minute of work each
    const waitStart = foldTrail(r.events).waitingSpans[0]?.start ?? 0;
    const back = new Date(waitStart + 3 * 86_400_000);
    r = apply(r, planComplete(r, parsedForm('supplemented', back), '', ctxAt(back)));
    let clock = back.getTime();
    const tick2 = () => new Date((clock += 60_000));
    for (const o of ['complete', 'valid', 'reset_done', 'notified'] as const) r = leave(r, o, tick2);
    const s = describeState(r, defaultWorkflowSettings(), 'WIB', new Date(clock + 86_400_000), '');
    expect(s.turnaround.waitingMs).toBe(3 * 86_400_000);
    expect(s.turnaround.adminWorkMs).toBe(6 * 60_000);
    expect(s.turnaround.notifiedAt).toBe(new Date(clock).toISOString());
    expect(s.turnaround.elapsedMs).toBe(clock - Date.parse(r.intake.receivedAt));
  });
});
