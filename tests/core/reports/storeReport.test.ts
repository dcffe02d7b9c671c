/**
 * `reports.compute` over the store: the cases are read from their files, an unreadable file is named
 * (not silently dropped), and a case closed before the period contributes nothing while an old
 * case still open does. The auto-lock is pushed out of the way: the test clock jumps weeks ahead.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/dates';
import { periodFromDates } from '../../../shared/domain/report';
import { callError, call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { TestClock } from '../../support/clock';
import { drive, intakeOf } from '../workflow/support';

const DAY = 86_400_000;

describe('reports.compute over the store', () => {
  it('reads every case that can hold an event of the period and names the unreadable ones', async () => {
    const clock = new TestClock();
    const dir = await tempDir();
    const core = await openCore(dir, clock.now);
    const from = localDate(new Date(Date.parse(intakeOf('both').receivedAt)), 'WIB');
    const served = await call(core, 'cases.create', intakeOf('both'));
    await drive(core, served.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'both');
    const waiting = await call(core, 'cases.create', intakeOf('both'));
    const broken = await call(core, 'cases.create', intakeOf('both'));
    await fs.writeFile(path.join(dir, 'cases', `${broken.id}.json`), '{"rusak": ');

    const today = localDate(clock.now(), 'WIB');
    const r = await call(core, 'reports.compute', { period: periodFromDates(from, today) });
    expect(r.unreadable).toEqual([broken.id]);
    expect(r.casesRead).toBe(2);
    expect(r.totals.received.cases).toEqual([served.caseNumber, waiting.caseNumber]);
    expect(r.totals.closed.completed.cases).toEqual([served.caseNumber]);
    expect(r.totals.open.cases).toEqual([waiting.caseNumber]);

    // Forty days on: the served case closed before this period (its file is not read); the waiting one is still open.
    clock.advance((40 * DAY) / 60_000);
    const later = localDate(clock.now(), 'WIB');
    await call(core, 'operators.unlock', { operatorId: (await call(core, 'operators.list', {})).operators[0]?.id ?? '', pin: '482915' });
    const next = await call(core, 'reports.compute', { period: periodFromDates(later, later) });
    expect(next.casesRead).toBe(1);
    expect(next.totals.received.count).toBe(0);
    expect(next.totals.open.cases).toEqual([waiting.caseNumber]);
    expect(next.steps.every((s) => s.executions === 0)).toBe(true);

    expect(await callError(core, 'reports.compute', { period: { kind: 'custom', from: '2026-11-30', to: '2026-11-01' } })).toMatchObject({
      code: 'invalid_input',
      fields: { 'period.to': 'Tanggal awal tidak boleh sesudah tanggal akhir.' },
    });
  });
});
