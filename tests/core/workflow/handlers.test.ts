import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeOf } from '../../../electron/core/createCore';
import { call, callError, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { validIntake } from '../../fixtures/intake';
import { ADMIN, PIN, TestClock, drive, formFor, must, setUpOperator } from './support';
import { DAY_MS, HOUR_MS } from '../../support/clock';
import { localDate, startOfLocalDay } from '../../../shared/dates';

describe('operators and the session', () => {
  it('the first operator sets up the PC; later ones need an unlocked colleague; the PIN is stored only as argon2id', async () => {
    const dir = await tempDir();
    const core = await openCore(dir, undefined, { operator: false });
    expect(await call(core, 'operators.session', {})).toMatchObject({ setupNeeded: true, locked: true, operator: null });
    const rina = await setUpOperator(core);
    expect(rina).toMatchObject({ name: ADMIN.name, nip: ADMIN.nip, role: 'admin_agency', active: true });
    expect(await call(core, 'operators.session', {})).toMatchObject({ setupNeeded: false, locked: false, operator: { id: rina.id } });

    await call(core, 'operators.lock', {});
    const second = { name: 'Dedi Kurniawan', nip: '198807232014021002', role: 'koordinator', pin: '5511', pinConfirm: '5511' } as const;
    expect((await callError(core, 'operators.create', second)).code).toBe('locked');
    await call(core, 'operators.unlock', { operatorId: rina.id, pin: PIN });
    await call(core, 'operators.create', second);
    expect((await callError(core, 'operators.create', second)).fields).toHaveProperty('nip');
    expect((await callError(core, 'operators.create', { ...second, nip: '198807232014021003', pinConfirm: '5512' })).fields).toHaveProperty('pinConfirm');

    const file = await fs.readFile(path.join(dir, 'operators.json'), 'utf8');
    expect(file).toMatch(/"pinHash": "\$argon2id\$/);
    expect(file).not.toContain(PIN);
    expect(JSON.stringify(await call(core, 'operators.list', {}))).not.toContain('argon2');
  });

  it('corrects and deactivates colleagues (never oneself, never the last one); changes one\'s own PIN', async () => {
    const core = await openCore(await tempDir());
    const rina = await setUpOperator(core);
    expect((await callError(core, 'operators.update', { operatorId: rina.id, name: rina.name, role: rina.role, active: false })).message).toMatch(/diri sendiri/);
    const dedi = await call(core, 'operators.create', { name: 'Dedi', nip: '198807232014021002', role: 'admin_agency', pin: '5511', pinConfirm: '5511' });
    expect(await call(core, 'operators.update', { operatorId: dedi.id, name: 'Dedi Kurniawan', role: 'koordinator', active: true })).toMatchObject({ name: 'Dedi Kurniawan', role: 'koordinator', nip: dedi.nip });
    await call(core, 'operators.update', { operatorId: dedi.id, name: 'Dedi Kurniawan', role: 'koordinator', active: false });
    expect((await call(core, 'operators.list', {})).operators.map((o) => o.id)).toEqual([rina.id]);
    expect((await call(core, 'operators.list', { includeInactive: true })).operators).toHaveLength(2);
    expect((await callError(core, 'operators.unlock', { operatorId: dedi.id, pin: '5511' })).code).toBe('not_found');

    expect((await callError(core, 'operators.changePin', { currentPin: '999999', pin: '24680', pinConfirm: '24680' })).fields).toHaveProperty('currentPin');
    await call(core, 'operators.changePin', { currentPin: PIN, pin: '24680', pinConfirm: '24680' });
    await call(core, 'operators.lock', {});
    expect((await callError(core, 'operators.unlock', { operatorId: rina.id, pin: PIN })).code).toBe('invalid_input');
    expect(await call(core, 'operators.unlock', { operatorId: rina.id, pin: '24680' })).toMatchObject({ locked: false });
  });

  it('a wrong PIN is refused; five in a row make the operator wait a minute', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    const rina = await setUpOperator(core);
    await call(core, 'operators.lock', {});
    const wrong = await callError(core, 'operators.unlock', { operatorId: rina.id, pin: '000000' });
    expect(wrong).toMatchObject({ code: 'invalid_input', message: 'PIN salah. Periksa kembali PIN Anda.' });
    for (let i = 0; i < 4; i++) await callError(core, 'operators.unlock', { operatorId: rina.id, pin: '000000' });
    expect(await callError(core, 'operators.unlock', { operatorId: rina.id, pin: PIN })).toMatchObject({ code: 'locked' });
    clock.advance(1.1);
    expect(await call(core, 'operators.unlock', { operatorId: rina.id, pin: PIN })).toMatchObject({ locked: false });
  });

  it('locks itself after the idle minutes of workflow.json; case changes then fail with "locked"', async () => {
    const clock = new TestClock();
    const dir = await tempDir();
    const core = await openCore(dir, clock.now);
    await setUpOperator(core);
    await call(core, 'workflow.settings.save', { autoLockMinutes: 3 });
    const c = await call(core, 'cases.create', validIntake());
    clock.advance(2);
    expect(await call(core, 'operators.touch', {})).toMatchObject({ locked: false, lockAt: new Date(clock.t + 3 * 60_000).toISOString() });
    clock.advance(2.5);
    await call(core, 'workflow.open', { id: c.id, step: 2 }); // activity: the clock restarts
    clock.advance(3.5);
    const e = await callError(core, 'workflow.pause', { id: c.id, step: 2 });
    expect(e).toMatchObject({ code: 'locked', message: 'Layar terkunci. Pilih nama petugas dan masukkan PIN untuk melanjutkan.' });
    expect(await call(core, 'operators.session', {})).toMatchObject({ locked: true, lockAt: null });
    expect((await callError(core, 'operators.touch', {})).code).toBe('locked');
    // settings.json keeps its schema: the workflow settings live in their own file.
    expect(JSON.parse(await fs.readFile(path.join(dir, 'workflow.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, autoLockMinutes: 3, waitingDeadlineDays: 14 });
    const reopened = await openCore(dir, clock.now);
    expect(await call(reopened, 'workflow.settings.get', {})).toMatchObject({ autoLockMinutes: 3 });
  });

  it('with no operator at all, no case can be registered or moved', async () => {
    const core = await openCore(await tempDir(), undefined, { operator: false });
    expect(await callError(core, 'cases.create', validIntake())).toMatchObject({
      code: 'locked',
      message: 'Belum ada petugas yang masuk. Pilih nama petugas dan masukkan PIN terlebih dahulu.',
    });
    expect((await call(core, 'app.info', {})).caseCount).toBe(0);
  });
});

describe('a case through the core', () => {
  it('registers with the operator, runs the reset path to the archive, survives a restart, and then refuses every change', async () => {
    const clock = new TestClock();
    const dir = await tempDir();
    const core = await openCore(dir, clock.now);
    await setUpOperator(core);
    const c = await call(core, 'cases.create', validIntake());
    expect(c.events).toHaveLength(1);
    expect(c.events[0]).toMatchObject({ type: 'registered', operator: { name: ADMIN.name, nip: ADMIN.nip }, payload: { step: 1, receivedBy: 'Budi Santoso' } });

    const state = await drive(core, c.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
    expect(state).toMatchObject({ closed: true, status: 'closed', result: 'completed', step: null, actions: [] });
    expect(state.path.map((p) => p.step)).toEqual([1, 2, 5, 6, 8, 9]);
    expect(state.timers.map((t) => [t.step, t.workedMs])).toEqual([2, 5, 6, 8, 9].map((s) => [s, 2 * 60_000]));

    const reopened = await openCore(dir, clock.now);
    const record = await call(reopened, 'cases.get', { id: c.id });
    expect(record.status).toBe('closed');
    expect(await call(reopened, 'workflow.trail', { id: c.id })).toMatchObject({ ok: true, events: 11 });
    expect((await call(reopened, 'cases.list', { text: c.id })).items[0]).toMatchObject({ status: 'closed', step: null, result: 'completed' });

    await call(reopened, 'operators.unlock', { operatorId: must((await call(reopened, 'operators.list', {})).operators[0]).id, pin: PIN });
    const edit = await callError(reopened, 'cases.update', { id: c.id, revision: record.revision, intake: validIntake() });
    expect(edit).toMatchObject({ code: 'conflict' });
    expect(edit.message).toMatch(/sudah ditutup/);
    expect((await callError(reopened, 'workflow.open', { id: c.id, step: 9 })).message).toMatch(/sudah ditutup/);
  });

  it('the loop path and the rejection path, each ending archived with an intact trail', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    await setUpOperator(core);
    const loop = await call(core, 'cases.create', validIntake());
    const waiting = await drive(core, loop.id, ['incomplete', 'notice_sent'], clock, 'reset_password');
    expect(waiting).toMatchObject({ status: 'waiting_pokja', step: 4, waiting: { daysLeft: 14, overdue: false } });
    expect(waiting.actions).toEqual([{ action: 'complete', step: 4, outcomes: ['supplemented'] }]);
    const loopEnd = await drive(core, loop.id, ['supplemented', 'complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
    expect(loopEnd.path.map((p) => p.step)).toEqual([1, 2, 3, 4, 2, 5, 6, 8, 9]);
    expect(loopEnd).toMatchObject({ result: 'completed', turnaround: { waitingMs: 2 * 60_000 } });
    const rejected = await call(core, 'cases.create', validIntake());
    const end = await drive(core, rejected.id, ['complete', 'invalid', 'rejection_sent', 'archived'], clock, 'reset_password');
    expect(end).toMatchObject({ closed: true, result: 'rejected', lastValidityProblems: ['Nama tidak sama dengan data di SPSE'] });
    expect(end.path.map((p) => p.step)).toEqual([1, 2, 5, 7, 9]);
    for (const id of [loop.id, rejected.id]) expect((await call(core, 'workflow.trail', { id })).ok).toBe(true);
  });

  it('a stale revision is refused (two admins on one case), a forbidden step too', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    await setUpOperator(core);
    const c = await call(core, 'cases.create', validIntake());
    // Two tabs (or React's double effect) open the step at once: one clock, no error.
    const [first, second] = await Promise.all([call(core, 'workflow.open', { id: c.id, step: 2 }), call(core, 'workflow.open', { id: c.id, step: 2 })]);
    expect(first.revision).toBe(second.revision);
    expect((await call(core, 'cases.get', { id: c.id })).events.map((e) => e.type)).toEqual(['registered', 'step_opened']);
    const opened = await call(core, 'workflow.state', { id: c.id });
    const payload = formFor('complete', clock.advance(1), 'reset_password');
    expect((await callError(core, 'workflow.complete', { id: c.id, revision: opened.revision - 1, payload, overrunReason: '' })).code).toBe('conflict');
    const reset = formFor('reset_done', clock.now(), 'reset_password');
    expect(await callError(core, 'workflow.complete', { id: c.id, revision: opened.revision, payload: reset, overrunReason: '' })).toMatchObject({ code: 'conflict' });
    expect((await callError(core, 'workflow.password.generate', { id: c.id })).message).toMatch(/hanya dibuat pada langkah 6/);
    // A broken form gets per-field Indonesian messages (the same schema as the UI's zodResolver).
    const broken = await callError(core, 'workflow.complete', { id: c.id, revision: opened.revision, payload: { ...payload, decision: 'mungkin' } as never, overrunReason: '' });
    expect(broken).toMatchObject({ code: 'invalid_input', fields: { 'payload.decision': 'Tetapkan hasil pemeriksaan.' } });
    await call(core, 'workflow.complete', { id: c.id, revision: opened.revision, payload, overrunReason: '' });
  });

  it('"Simpan dan lanjutkan" (openNext) opens the next admin step in the same write, never the Pokja\'s step 4', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    await setUpOperator(core);
    const c = await call(core, 'cases.create', validIntake());
    let state = await call(core, 'workflow.open', { id: c.id, step: 2 });
    state = await call(core, 'workflow.complete', { id: c.id, revision: state.revision, payload: formFor('complete', clock.advance(2), 'reset_password'), overrunReason: '', openNext: true });
    expect(state.step).toBe(5);
    expect(state.current).toMatchObject({ step: 5, running: true });
    const types = (await call(core, 'cases.get', { id: c.id })).events.map((e) => e.type);
    expect(types.slice(-2)).toEqual(['step_completed', 'step_opened']);
    // Without openNext the next step waits for "Mulai langkah ini" (as before).
    const d = await call(core, 'cases.create', validIntake());
    state = await call(core, 'workflow.open', { id: d.id, step: 2 });
    state = await call(core, 'workflow.complete', { id: d.id, revision: state.revision, payload: formFor('incomplete', clock.advance(2), 'reset_password'), overrunReason: '' });
    expect(state).toMatchObject({ step: 3, current: null });
    state = await call(core, 'workflow.open', { id: d.id, step: 3 });
    const deadline = state.suggestedDeadline;
    state = await call(core, 'workflow.complete', { id: d.id, revision: state.revision, payload: formFor('notice_sent', clock.advance(2), 'reset_password', deadline), overrunReason: '', openNext: true });
    // Step 4 is the Pokja's time: nothing is opened.
    expect(state).toMatchObject({ step: 4, current: null });
  });
});

describe('the work queue and earlier cases', () => {
  it('groups cases by state from the index, overdue waiting cases first with days left', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    const rina = await setUpOperator(core);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await call(core, 'cases.create', validIntake())).id);
    const [fresh, waitingSoon, waitingLate, toReset, rejected, checking] = ids as [string, string, string, string, string, string];
    await drive(core, waitingLate, ['incomplete', 'notice_sent'], clock, 'reset_password');
    // Days left count WIB dates: the clock moves to 10.00 WIB on days counted from the first notice's
    // day, so the counts below hold at any hour the suite starts (at 23.50 the drives cross midnight).
    const firstNoticeDay = startOfLocalDay(localDate(clock.now()));
    clock.t = firstNoticeDay + 3 * DAY_MS + 10 * HOUR_MS;
    await call(core, 'operators.unlock', { operatorId: rina.id, pin: PIN }); // auto-locked overnight
    await drive(core, waitingSoon, ['incomplete', 'notice_sent'], clock, 'reset_password');
    await drive(core, toReset, ['complete', 'valid'], clock, 'reset_password');
    await drive(core, rejected, ['complete', 'invalid', 'rejection_sent', 'archived'], clock, 'reset_password');
    await call(core, 'workflow.open', { id: checking, step: 2 });
    clock.t = firstNoticeDay + 15 * DAY_MS + 10 * HOUR_MS; // the first notice's 14 days have passed, the second has 2 days left
    await call(core, 'operators.unlock', { operatorId: rina.id, pin: PIN }); // the queue is read by someone at the keyboard

    const { groups } = await call(core, 'workflow.queue', {});
    const group = (s: string) => must(groups.find((g) => g.status === s));
    expect(groups.map((g) => [g.status, g.count])).toEqual([
      ['registered', 1], ['checking', 1], ['waiting_pokja', 2], ['ready_reset', 1], ['to_notify', 0], ['to_archive', 0], ['closed', 1],
    ]);
    expect(group('registered').items[0]?.id).toBe(fresh);
    expect(group('checking').items[0]).toMatchObject({ id: checking, step: 2 });
    expect(group('waiting_pokja').items.map((i) => [i.id, i.overdue, i.daysLeft])).toEqual([
      [waitingLate, true, -1],
      [waitingSoon, false, 2],
    ]);
    expect(group('waiting_pokja').overdue).toBe(1);
    expect(group('closed').items[0]).toMatchObject({ id: rejected, result: 'rejected' });

    // Served from the in-memory register: removing the case files does not change the answer.
    const store = storeOf(core);
    await fs.rm(path.join(store.ctx.dataDir, 'cases'), { recursive: true });
    expect((await call(core, 'workflow.queue', {})).groups.map((g) => g.count)).toEqual([1, 1, 2, 1, 0, 0, 1]);
  });

  it('finds earlier cases of the same NIP or User ID for the validity check', async () => {
    const core = await openCore(await tempDir());
    const base = validIntake();
    const first = await call(core, 'cases.create', base);
    const sameUser = await call(core, 'cases.create', validIntake({ requester: { ...base.requester, nip: '198807232014021002', name: 'Nama Lain' } }));
    const unrelated = await call(core, 'cases.create', validIntake({ requester: { ...base.requester, nip: '198807232014021002', userId: 'orang.lain' } }));
    const current = await call(core, 'cases.create', base);
    const { items } = await call(core, 'workflow.relatedCases', { id: current.id });
    expect(items.map((i) => [i.summary.id, i.matchedOn])).toEqual(
      expect.arrayContaining([
        [first.id, ['nip', 'userId']],
        [sameUser.id, ['userId']],
      ]),
    );
    expect(items.map((i) => i.summary.id)).not.toContain(unrelated.id);
    expect(items.find((i) => i.summary.id === sameUser.id)?.requester).toMatchObject({ name: 'Nama Lain', nip: '198807232014021002' });
  });
});
