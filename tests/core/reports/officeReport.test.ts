/**
 * The report over the office archive (issue 11 §5): WS01 reports over the bags WS01 and WS02
 * published — the same figures each workstation's own report gives for those closed cases, a bag
 * whose trail was edited on the share named instead of counted, the share away refused clearly,
 * and `loket report --source office` writing the same JSON.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/dates';
import { periodFromDates, type Report } from '../../../shared/domain/report';
import { call, callError } from '../support/core';
import { tempDir } from '../support/tempDir';
import { publishCase, workstation } from '../office/support';
import { captureIo, runLoket } from '../../support/cliIo';
import { pdfText } from '../letters/support';
import { validIntake } from '../../fixtures/intake';

/** What a step's figures say, for comparing two reports over the same closed cases. */
const stepFigures = (r: Report) => r.steps.map((s) => ({ step: s.step, executions: s.executions, withinStandard: s.withinStandard, cases: [...s.cases].sort() }));

describe('reports over the office archive', () => {
  it('counts every workstation’s bags once, names a damaged one, and needs the share', async () => {
    const root = await tempDir('loket-office-report-');
    const ws1 = await workstation('WS01', root);
    const ws2 = await workstation('WS02', root, ws1.clock);
    const a = await publishCase(ws1, { name: 'Budi Santoso', nip: '197805212005011004' });
    const b = await publishCase(ws2, { name: 'Siti Aminah', nip: '198203152006042002' });
    const c = await publishCase(ws2, { name: 'Andi Wijaya', nip: '198511202010011003' });
    // A fourth bag whose trail is edited on the share after publishing: its chain no longer holds.
    const damaged = await publishCase(ws2, { name: 'Rahmat Hidayat', nip: '197912012005011002' });
    const trailFile = path.join(root, ...damaged.bag.split('/'), 'audit-trail.jsonl');
    await fs.writeFile(trailFile, (await fs.readFile(trailFile, 'utf8')).replace('Rina Wulandari', 'Rina Wulandary'));

    // The year the letters were received in through the year the work ended in: one year, unless the
    // suite starts late on 31 December (WIB) and the cases close in the new year.
    const yearOf = (t: Date) => localDate(t, 'WIB').slice(0, 4);
    const [from, to] = [`${yearOf(new Date(validIntake().receivedAt))}-01-01`, `${yearOf(ws1.clock.now())}-12-31`];
    const period = periodFromDates(from, to);
    // The shared clock moved on while WS02 worked: each screen locked itself meanwhile.
    for (const ws of [ws1, ws2]) await call(ws.core, 'operators.unlock', { operatorId: (await call(ws.core, 'operators.list', {})).operators[0]?.id ?? '', pin: '482915' });
    const office = await call(ws1.core, 'reports.compute', { period, source: 'office' });
    expect(office.source).toBe('office');
    expect(office.unreadable).toEqual([damaged.bag]);
    expect(Object.keys(office.caseIds).sort()).toEqual([a.caseNumber, b.caseNumber, c.caseNumber].sort());
    // Where each counted case lives, for its read-only view; the damaged bag is not counted.
    expect(office.bags).toEqual({ [a.caseNumber]: a.bag, [b.caseNumber]: b.bag, [c.caseNumber]: c.bag });
    expect(await call(ws1.core, 'office.openBag', { bag: office.bags[b.caseNumber] ?? '' })).toMatchObject({ caseNumber: b.caseNumber, bag: b.bag });
    expect(office.totals.closed.total.cases.sort()).toEqual([a.caseNumber, b.caseNumber, c.caseNumber].sort());
    // The bags hold closed cases only: nothing is "still open" in the office report.
    expect(office.totals.open.count).toBe(0);

    // The same figures as the two workstations' own reports over those cases.
    const own1 = await call(ws1.core, 'reports.compute', { period });
    const own2 = await call(ws2.core, 'reports.compute', { period });
    const counted = new Set([a.caseNumber, b.caseNumber, c.caseNumber]);
    const merged = stepFigures(own1).map((s, i) => {
      const t = stepFigures(own2)[i];
      return { ...s, cases: [...s.cases, ...(t?.cases ?? [])].filter((n) => counted.has(n)).sort() };
    });
    expect(stepFigures(office).map((s) => ({ step: s.step, cases: s.cases }))).toEqual(merged.map((s) => ({ step: s.step, cases: s.cases })));
    expect(office.steps.reduce((n, s) => n + s.executions, 0)).toBe(
      own1.steps.reduce((n, s) => n + s.executions, 0) + own2.steps.reduce((n, s) => n + s.executions, 0) - own2.steps.filter((s) => s.cases.includes(damaged.caseNumber)).length,
    );

    // The document says which archive it covers.
    const pdf = await call(ws1.core, 'reports.export', { period, source: 'office', kind: 'monitoring', format: 'pdf' });
    expect(await pdfText(Buffer.from(pdf.base64, 'base64'))).toContain('Arsip kantor di drive bersama');

    // The IT command writes the same figures.
    await ws1.core.close();
    const out = path.join(await tempDir(), 'kantor.json');
    const run = await runLoket(['report', '--data-dir', ws1.dir, '--from', from, '--to', to, '--out', out, '--source', 'office'], captureIo({ now: ws1.clock.now }));
    expect(run.code, run.stderr).toBe(0);
    const written = JSON.parse(await fs.readFile(out, 'utf8')) as Report;
    expect(stepFigures(written)).toEqual(stepFigures(office));
    expect(run.stderr).toContain(damaged.bag);

    // The share away: a clear refusal, not a report of nothing.
    await fs.rename(root, `${root}-weg`);
    const err = await callError(ws2.core, 'reports.compute', { period, source: 'office' });
    expect(err.code).toBe('storage');
    expect(err.message).toContain('laporan arsip kantor');
    await fs.rename(`${root}-weg`, root);
  });
});
