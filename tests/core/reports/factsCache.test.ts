/**
 * The report facts cache (electron/core/reports/factsCache.ts): a report served from the facts
 * equals one computed from the trails themselves — for cases changed since, for a period that ends
 * while a case was still moving (its later events are cut), after a restart that reads the cache
 * file, and when that file is damaged (it is ignored and written anew).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/dates';
import { periodFromDates, reportSchema, type Report } from '../../../shared/domain/report';
import { computeReport } from '../../../electron/core/reports/computeReport';
import { FACTS_FILE } from '../../../electron/core/reports/factsCache';
import { storeOf } from '../../../electron/core/createCore';
import { call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { TestClock } from '../../support/clock';
import { drive, intakeOf } from '../workflow/support';
import type { Core } from '../../../electron/core/core';

const DAY = 86_400_000;

/** The report computed from every case file's trail, without the facts (the pure fold). */
async function fromTrails(core: Core, period: Report['period']): Promise<Report> {
  const store = storeOf(core);
  const cases = await Promise.all([...store.cases.register.rows()].map((r) => store.cases.get(r.summary.id)));
  const workflow = await call(core, 'workflow.settings.get', {});
  return computeReport(
    cases.map((c) => ({ id: c.id, caseNumber: c.caseNumber, kind: c.intake.kind, receivedAt: c.intake.receivedAt, events: c.events })),
    { period, zone: 'WIB', now: store.ctx.now(), settings: workflow },
  );
}

const figures = (r: Report) => ({ ...r, generatedAt: '', unreadable: [] });

/** The test clock jumps days ahead: the screen has locked itself meanwhile. */
async function unlock(core: Core): Promise<void> {
  await call(core, 'operators.unlock', { operatorId: (await call(core, 'operators.list', {})).operators[0]?.id ?? '', pin: '482915' });
}

describe('report facts', () => {
  it('give the report the trails give, through changes, a cut period, a restart and a damaged cache file', async () => {
    const clock = new TestClock();
    const dir = await tempDir();
    let core = await openCore(dir, clock.now);
    const from = localDate(new Date(Date.parse(intakeOf('both').receivedAt)), 'WIB');
    const served = await call(core, 'cases.create', intakeOf('both'));
    await drive(core, served.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'both');
    const moving = await call(core, 'cases.create', intakeOf('reset_password'));
    await drive(core, moving.id, ['incomplete'], clock, 'reset_password');

    const period = () => periodFromDates(from, localDate(clock.now(), 'WIB'));
    const first = await call(core, 'reports.compute', { period: period() });
    // dispatch trusts this method's output (issue 11: no stall): the schema is checked here instead.
    reportSchema.parse(first);
    expect(figures(first)).toEqual(figures(await fromTrails(core, first.period)));
    expect(first.incompleteLoop.noticesSent).toBe(0);

    // The moving case goes on the next day: its file changed, so its facts are folded again.
    const endOfFirst = clock.now();
    clock.advance(DAY / 60_000);
    await unlock(core);
    await drive(core, moving.id, ['notice_sent'], clock, 'reset_password');
    const second = await call(core, 'reports.compute', { period: period() });
    expect(second.incompleteLoop.noticesSent).toBe(1);
    expect(figures(second)).toEqual(figures(await fromTrails(core, second.period)));

    // A period that ended before the notice: the cached facts (which hold it) are not used as they are.
    const cut = periodFromDates(from, localDate(endOfFirst, 'WIB'));
    const third = await call(core, 'reports.compute', { period: cut });
    expect(figures(third)).toEqual(figures(await fromTrails(core, third.period)));
    expect(third.incompleteLoop.noticesSent).toBe(0);
    expect(third.totals.waiting.count).toBe(0);

    // A restart reads the facts from the data folder and reports the same.
    await core.close();
    const file = path.join(dir, FACTS_FILE);
    const lines = (await fs.readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    core = await openCore(dir, clock.now);
    expect(figures(await call(core, 'reports.compute', { period: period() }))).toEqual(figures(second));

    // A row edited in the file breaks its seal: the file is ignored, the report is the trails'.
    await core.close();
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(/"workedMs":\d+/, '"workedMs":1'));
    clock.advance((2 * DAY) / 60_000);
    core = await openCore(dir, clock.now);
    const later = await call(core, 'reports.compute', { period: period() });
    expect(figures(later)).toEqual(figures(await fromTrails(core, later.period)));
    await core.close();
    // …and written anew, sealed again.
    const head = JSON.parse((await fs.readFile(file, 'utf8')).split('\n')[0] ?? '') as { rows: number };
    expect(head.rows).toBe(2);
  });
});
