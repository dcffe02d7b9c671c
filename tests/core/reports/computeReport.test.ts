/**
 * The report's figures on hand-built trails with known answers (issue 11 "Done when"): pauses, the
 * incomplete loop, a standard changed mid-period, an officer change, cases straddling both ends of
 * the period, cases still open. The period is the month before the suite's "now", so the suite
 * passes on any date (LOKET_TEST_NOW).
 */
import { describe, expect, it } from 'vitest';
import { localDate, startOfLocalDay } from '../../../shared/dates';
import { reportSchema, resolvePeriod, type Report } from '../../../shared/domain/report';
import { defaultWorkflowSettings } from '../../../electron/core/workflow/settingsFile';
import { describeState, planComplete, planOpen } from '../../../electron/core/workflow/engine';
import { computeReport } from '../../../electron/core/reports/computeReport';
import { testNow } from '../../support/clock';
import { apply, ctxAt, newRecord, parsedForm } from '../workflow/support';
import { BUDI, DAY, MIN, RINA, TrailBuilder } from './trailBuilder';

const today = localDate(testNow(), 'WIB');
const [ty, tm] = today.split('-').map(Number) as [number, number];
const period = resolvePeriod(tm === 1 ? { kind: 'month', year: ty - 1, month: 12 } : { kind: 'month', year: ty, month: tm - 1 });
const P0 = startOfLocalDay(period.from, 'WIB');
const PEND = startOfLocalDay(period.to, 'WIB') + DAY;
const dateAt = (ms: number) => localDate(new Date(ms), 'WIB');

const NAME_CHECK = 'Nama tidak sama dengan data di SPSE';

/** The month's cases (see the test names for what each one exercises). */
function monthCases() {
  // A: served; step 5 paused for an hour (14 worked minutes, 74 on the wall clock); step 6 over its standard.
  const a = new TrailBuilder('2026-WS01-00001', 'A-0001', 'reset_password', P0 + DAY + 2 * 60 * MIN, RINA)
    .step(2, 'complete', [3], RINA)
    .step(5, 'valid', [10, 60, 4], RINA)
    .step(6, 'reset_done', [20], RINA, { reason: 'SPSE lambat merespons' })
    .step(8, 'notified', [10], RINA)
    .step(9, 'archived', [2], RINA);
  // B: the incomplete loop, then rejected; step 3 opened by Rina, completed (over standard) by Budi.
  const b = new TrailBuilder('2026-WS01-00002', 'B-0002', 'both', P0 + 2 * DAY + 60 * MIN, RINA)
    .step(2, 'incomplete', [4], RINA, { data: { failedLines: ['sk_present', 'letter_signed_stamped'] } })
    .step(3, 'notice_sent', [6], BUDI, { openedBy: RINA, reason: 'Menelepon pemohon dua kali', data: { missingItems: ['sk_present', 'letter_signed_stamped'], deadline: dateAt(P0 + 9 * DAY) } });
  b.wait(3 * DAY).pokja('supplemented', BUDI)
    .step(2, 'complete', [5], BUDI)
    .step(5, 'invalid', [9], BUDI)
    .step(7, 'rejection_sent', [5], BUDI, { data: { failedChecks: [NAME_CHECK], reason: 'Nama pemohon tidak sama dengan nama akun SPSE.', sentAt: new Date(b.t).toISOString() } })
    .step(9, 'archived', [3], BUDI);
  // C: received before the period; its step 2 falls outside, the rest inside.
  const c = new TrailBuilder('2026-WS01-00003', 'C-0003', 'reset_password', P0 - 3 * DAY, RINA).step(2, 'complete', [4], RINA);
  c.at(P0 + DAY + 3 * 60 * MIN).step(5, 'valid', [12], RINA).step(6, 'reset_done', [15], RINA).step(8, 'notified', [7], RINA).step(9, 'archived', [4], RINA);
  // D: received inside, its step 5 runs over the period's end: open at the end, step 5 not counted.
  const d = new TrailBuilder('2026-WS01-00004', 'D-0004', 'change_info', PEND - 2 * DAY, RINA).step(2, 'complete', [5], RINA);
  d.at(PEND - 60 * MIN).step(5, 'valid', [90], RINA);
  // E: the loop ends in an expired deadline; its step 2 ran over (standard 5 recorded).
  const e = new TrailBuilder('2026-WS01-00005', 'E-0005', 'reset_password', P0 + 4 * DAY, RINA)
    .step(2, 'incomplete', [6], RINA, { reason: 'Berkas tebal', data: { failedLines: ['sk_in_force'] } })
    .step(3, 'notice_sent', [4], RINA, { data: { missingItems: ['sk_in_force'], deadline: dateAt(P0 + 8 * DAY) } });
  e.at(P0 + 12 * DAY).pokja('expired', RINA, { reason: 'Tidak dilengkapi.', deadline: dateAt(P0 + 8 * DAY) }).step(9, 'archived', [3], RINA);
  // F: waiting for the Pokja at the period's end, past its deadline.
  const f = new TrailBuilder('2026-WS01-00006', 'F-0006', 'both', P0 + 5 * DAY, RINA)
    .step(2, 'incomplete', [3], RINA, { data: { failedLines: ['letter_present'] } })
    .step(3, 'notice_sent', [5], RINA, { data: { missingItems: ['letter_present'], deadline: dateAt(P0 + 10 * DAY) } });
  // G: received after the period: not read.
  const g = new TrailBuilder('2026-WS01-00007', 'G-0007', 'reset_password', PEND + 60 * MIN, RINA).step(2, 'complete', [2], RINA);
  // H: an older step-2 event without a recorded standard (settings now say 8), and step 5 after the
  // standard was raised to 20 mid-period; still open at step 6.
  const h = new TrailBuilder('2026-WS01-00008', 'H-0008', 'reset_password', P0 + 6 * DAY, RINA)
    .step(2, 'complete', [7], RINA, { standard: null })
    .step(5, 'valid', [18], RINA, { standard: 20 });
  return { a, b, c, d, e, f, g, h };
}

const settings = { ...defaultWorkflowSettings(), standardMinutes: { '2': 8 } };

function report(now: Date = testNow()): { r: Report; cases: ReturnType<typeof monthCases> } {
  const cases = monthCases();
  const r = computeReport(
    Object.values(cases).map((c) => c.trailCase),
    { period, zone: 'WIB', now, settings },
  );
  return { r: reportSchema.parse(r), cases };
}

const stepOf = (r: Report, step: number) => {
  const s = r.steps.find((x) => x.step === step);
  if (!s) throw new Error(`step ${step} missing`);
  return s;
};

describe('computeReport over a month of hand-built trails', () => {
  it('counts received, closed by result, open and waiting per kind; cases straddling either end count where their events fall', () => {
    const { r } = report();
    expect(r.period).toMatchObject({ from: period.from, to: period.to, zone: 'WIB', asOf: new Date(PEND).toISOString() });
    expect(r.casesRead).toBe(7);
    // The drill-down opens a case by its id: every case read, by number (G, received after the period, was not read).
    expect(r.caseIds).toEqual({
      'A-0001': '2026-WS01-00001', 'B-0002': '2026-WS01-00002', 'C-0003': '2026-WS01-00003', 'D-0004': '2026-WS01-00004',
      'E-0005': '2026-WS01-00005', 'F-0006': '2026-WS01-00006', 'H-0008': '2026-WS01-00008',
    });
    expect(r.totals.received.cases).toEqual(['A-0001', 'B-0002', 'D-0004', 'E-0005', 'F-0006', 'H-0008']);
    expect(r.totals.closed.total.cases).toEqual(['A-0001', 'B-0002', 'C-0003', 'E-0005']);
    expect(r.totals.closed.completed.cases).toEqual(['A-0001', 'C-0003']);
    expect(r.totals.closed.rejected.cases).toEqual(['B-0002']);
    expect(r.totals.closed.notCompleted.cases).toEqual(['E-0005']);
    expect(r.totals.open.cases).toEqual(['D-0004', 'F-0006', 'H-0008']);
    expect(r.totals.waiting.cases).toEqual(['F-0006']);
    const kind = (k: string) => r.kinds.find((x) => x.kind === k);
    expect(kind('reset_password')).toMatchObject({ received: { count: 3 }, closed: { total: { count: 3 }, completed: { count: 2 }, notCompleted: { count: 1 } }, open: { cases: ['H-0008'] } });
    expect(kind('both')).toMatchObject({ received: { count: 2 }, closed: { rejected: { cases: ['B-0002'] } }, waiting: { cases: ['F-0006'] } });
    expect(kind('change_info')).toMatchObject({ received: { cases: ['D-0004'] }, closed: { total: { count: 0 } }, open: { cases: ['D-0004'] } });
  });

  it('measures turnaround from receipt to the notice (step 8, or the step-7 rejection) in calendar minutes', () => {
    const { r, cases } = report();
    const mins = [cases.a.doneAt('8') - cases.a.receivedMs, cases.b.doneAt('7') - cases.b.receivedMs, cases.c.doneAt('8') - cases.c.receivedMs]
      .map((ms) => Math.round(ms / 6_000) / 10)
      .sort((x, y) => x - y);
    expect(r.totals.turnaround).toMatchObject({ count: 3, medianMinutes: mins[1], p90Minutes: mins[2], maxMinutes: mins[2] });
    expect([...r.totals.turnaround.cases].sort()).toEqual(['A-0001', 'B-0002', 'C-0003']);
  });

  it('times each step as the step timer does: pauses excluded, nearest-rank median and p90, within the standard in force', () => {
    const { r } = report();
    // Step 2: A 3, B 4 and 5, D 5, E 6 (over its recorded 5), F 3, H 7 (no recorded standard: settings now, 8). C's step 2 was before the period.
    // The standard shown is the last execution's (D's, 5).
    expect(stepOf(r, 2)).toMatchObject({ executions: 7, withinStandard: 6, medianMinutes: 5, p90Minutes: 7, maxMinutes: 7, standardsApplied: [5, 8], standardMinutes: 5, standardFromSettings: 1, totalMinutes: 33 });
    expect(stepOf(r, 2).overruns).toEqual([
      expect.objectContaining({ caseNumber: 'E-0005', minutes: 6, standardMinutes: 5, reason: 'Berkas tebal', operator: RINA }),
    ]);
    // Step 5: A 14 (10 + 4 around an hour's pause), B 9, C 12, H 18 against 20 (raised mid-period); D's runs past the end.
    expect(stepOf(r, 5)).toMatchObject({ executions: 4, withinStandard: 4, medianMinutes: 12, p90Minutes: 18, maxMinutes: 18, standardsApplied: [15, 20], standardMinutes: 20 });
    expect(stepOf(r, 5).cases).toEqual(['A-0001', 'B-0002', 'C-0003', 'H-0008']);
    expect(stepOf(r, 6)).toMatchObject({ executions: 2, withinStandard: 1, maxMinutes: 20 });
    expect(stepOf(r, 6).overruns).toEqual([expect.objectContaining({ caseNumber: 'A-0001', minutes: 20, standardMinutes: 15, reason: 'SPSE lambat merespons' })]);
    expect(stepOf(r, 8)).toMatchObject({ executions: 2, withinStandard: 2, maxMinutes: 10 }); // exactly the standard is within it
    expect(stepOf(r, 9)).toMatchObject({ executions: 4, withinStandard: 4 });
    expect(stepOf(r, 7)).toMatchObject({ executions: 1, withinStandard: 1 });
  });

  it('credits a step to the officer who completed it, even when a colleague opened it', () => {
    const { r } = report();
    expect(stepOf(r, 3)).toMatchObject({ executions: 3, withinStandard: 2, medianMinutes: 5, p90Minutes: 6 });
    expect(stepOf(r, 3).overruns).toEqual([expect.objectContaining({ caseNumber: 'B-0002', minutes: 6, reason: 'Menelepon pemohon dua kali', operator: BUDI })]);
    const [budi, rina] = r.operators;
    expect(budi).toMatchObject({ operator: BUDI, executions: 5, withinStandard: 4, share: 0.8 });
    expect(budi?.steps).toEqual([
      { step: 2, executions: 1, withinStandard: 1 },
      { step: 3, executions: 1, withinStandard: 0 },
      { step: 5, executions: 1, withinStandard: 1 },
      { step: 7, executions: 1, withinStandard: 1 },
      { step: 9, executions: 1, withinStandard: 1 },
    ]);
    expect(rina).toMatchObject({ operator: RINA, executions: 18, withinStandard: 16 });
    expect(rina?.overruns.map((o) => [o.caseNumber, o.step])).toEqual([['A-0001', 6], ['E-0005', 2]]);
  });

  it('counts the incomplete loop by checklist line, rejections by reason and expired deadlines', () => {
    const { r } = report();
    expect(r.incompleteLoop).toMatchObject({ noticesSent: 3, notices: { cases: ['B-0002', 'E-0005', 'F-0006'] }, supplemented: { cases: ['B-0002'] }, expired: { cases: ['E-0005'] } });
    expect(r.incompleteLoop.lines.map((l) => [l.line, l.cases])).toEqual([
      ['letter_present', ['F-0006']],
      ['letter_signed_stamped', ['B-0002']],
      ['sk_present', ['B-0002']],
      ['sk_in_force', ['E-0005']],
    ]);
    expect(r.rejections.byReason).toEqual([{ reason: NAME_CHECK, count: 1, cases: ['B-0002'] }]);
    expect(r.rejections.items).toEqual([expect.objectContaining({ caseNumber: 'B-0002', failedChecks: [NAME_CHECK] })]);
    expect(r.expiredDeadlines.expired).toEqual([{ caseNumber: 'E-0005', deadline: dateAt(P0 + 8 * DAY), expiredAt: new Date(P0 + 12 * DAY).toISOString() }]);
    const lastDay = Number(period.to.slice(8, 10));
    expect(r.expiredDeadlines.overdueWaiting).toEqual([{ caseNumber: 'F-0006', deadline: dateAt(P0 + 10 * DAY), daysOver: lastDay - 11 }]);
  });

  it('a period not yet ended is taken as of now: later events do not exist yet, a running step is not an execution', () => {
    const { cases } = report();
    // "Now" is an hour after D's step 5 was opened, 30 minutes before the period ends.
    const now = new Date(PEND - 30 * MIN);
    const r = computeReport(Object.values(cases).map((c) => c.trailCase), { period, zone: 'WIB', now, settings });
    expect(r.period.asOf).toBe(now.toISOString());
    expect(r.totals.open.cases).toContain('D-0004');
    expect(r.steps.find((s) => s.step === 5)?.cases).not.toContain('D-0004');
    expect(r.casesRead).toBe(7);
  });

  it('a month with no cases gives zero counts and empty statistics, not errors', () => {
    const r = reportSchema.parse(computeReport([], { period, zone: 'WIB', now: testNow(), settings }));
    expect(r.totals.received.count).toBe(0);
    expect(stepOf(r, 2)).toMatchObject({ executions: 0, withinStandard: 0, medianMinutes: null, p90Minutes: null, standardMinutes: 8, standardsApplied: [] });
    expect(r.operators).toEqual([]);
  });
});

describe('the standard in force is recorded with each step', () => {
  it('step_completed records the standard the engine judged by, and the timer keeps it after the settings change', () => {
    const start = testNow();
    const raised = { ...defaultWorkflowSettings(), standardMinutes: { '2': 9 } };
    let record = newRecord('both', new Date(start.getTime() - MIN).toISOString());
    record = apply(record, planOpen(record, 2, ctxAt(start, { settings: raised })));
    const done = new Date(start.getTime() + 7 * MIN);
    const events = planComplete(record, parsedForm('complete', done), '', ctxAt(done, { settings: raised }));
    expect(events[0]?.payload).toMatchObject({ step: 2, standardMinutes: 9, overrunReason: '' });
    record = apply(record, events);
    // Settings back to the SOP's 5 minutes: the finished visit stays judged by the 9 in force then.
    const timer = describeState(record, defaultWorkflowSettings(), 'WIB', done, '').timers[0];
    expect(timer).toMatchObject({ step: 2, standardMinutes: 9, overrun: false });
  });
});
