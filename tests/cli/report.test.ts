/**
 * `loket report` over a folder the core filled through the contract: the JSON's figures, the three
 * XLSX kinds read back with exceljs (a typed reason starting with "=" stays text), the monitoring
 * form's rows and the usage errors. Read-only: no operator is asked for.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/dates';
import { reportSchema } from '../../shared/domain/report';
import { captureIo, runLoket } from '../support/cliIo';
import { TestClock } from '../support/clock';
import { call, openCore } from '../core/support/core';
import { tempDir } from '../core/support/tempDir';
import { drive, formFor, intakeOf } from '../core/workflow/support';
import { MONITORING_HEADER } from '../../electron/core/reports/reportSections';

const execFileAsync = promisify(execFile);
const REASON = '=HYPERLINK("http://contoh.invalid","klik") aplikasi SPSE sempat tidak dapat diakses';

/** Two cases served today: the first ran 7 minutes at step 2 (standard 5) with a typed reason. */
async function fill(data: string, clock: TestClock): Promise<{ over: string; ok: string }> {
  const core = await openCore(data, clock.now);
  const a = await call(core, 'cases.create', intakeOf('both'));
  const st = await call(core, 'workflow.open', { id: a.id, step: 2 });
  const done = clock.advance(7);
  await call(core, 'workflow.complete', { id: a.id, revision: st.revision, payload: formFor('complete', done, 'both'), overrunReason: REASON });
  await drive(core, a.id, ['valid', 'reset_done', 'notified', 'archived'], clock, 'both');
  const b = await call(core, 'cases.create', intakeOf('both'));
  await drive(core, b.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'both');
  await core.close();
  return { over: a.caseNumber, ok: b.caseNumber };
}

async function sheetRows(file: string, name: string): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe('loket report', () => {
  it('writes the JSON report and the rekap, petugas and monitoring workbooks from the case trails', async () => {
    const clock = new TestClock();
    const data = await tempDir();
    const from = localDate(new Date(Date.parse(intakeOf('both').receivedAt)), 'WIB');
    const { over, ok } = await fill(data, clock);
    const today = localDate(clock.now(), 'WIB');
    const out = await tempDir('loket-report-');
    const run = (...argv: string[]) => runLoket(['report', '--data-dir', data, ...argv], captureIo({ now: clock.now }));

    const json = path.join(out, 'laporan.json');
    const r = await run('--from', from, '--to', today, '--out', json);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('2 diterima, 2 ditutup, 0 masih dalam proses');
    const report = reportSchema.parse(JSON.parse(await fs.readFile(json, 'utf8')));
    expect(report.period).toMatchObject({ kind: 'custom', from, to: today, zone: 'WIB' });
    expect(report.totals.closed.completed.cases.sort()).toEqual([over, ok].sort());
    const step2 = report.steps.find((s) => s.step === 2);
    expect(step2).toMatchObject({ executions: 2, withinStandard: 1, standardMinutes: 5, standardFromSettings: 0, maxMinutes: 7 });
    expect(step2?.overruns).toEqual([expect.objectContaining({ caseNumber: over, minutes: 7, reason: REASON })]);
    expect(report.operators).toEqual([expect.objectContaining({ executions: 10, withinStandard: 9 })]);

    const rekap = path.join(out, 'rekap.xlsx');
    expect(await run('--from', from, '--to', today, '--out', rekap)).toMatchObject({ code: 0, stderr: '' });
    const rows = await sheetRows(rekap, 'Rekapitulasi');
    const overrunRow = rows.find((row) => row.includes(over));
    // OWASP CSV injection: the typed reason is text with a leading apostrophe, never a formula.
    expect(overrunRow).toContain(`'${REASON}`);
    expect(rows.flat().some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    expect(rows.find((row) => row[0] === 2 && row[2] === 2)).toEqual(expect.arrayContaining([2, 1, '50 %']));
    expect((await sheetRows(rekap, 'Lampiran nomor berkas')).find((row) => row[0] === 'Langkah 2: pelaksanaan')?.[2]).toBe(`${over}, ${ok}`);

    const petugas = path.join(out, 'petugas.xlsx');
    expect((await run('--from', from, '--to', today, '--out', petugas, '--kind', 'petugas')).code).toBe(0);
    expect((await sheetRows(petugas, 'Per petugas')).find((row) => row[0] === 'Rina Wulandari')).toEqual(expect.arrayContaining([10, 9]));

    const monitoring = path.join(out, 'monitoring.xlsx');
    expect((await run('--from', from, '--to', today, '--out', monitoring, '--kind', 'monitoring', '--threshold', '50')).code).toBe(0);
    const form = await sheetRows(monitoring, 'Monitoring SOP');
    const header = form.findIndex((row) => row[0] === 'No.');
    expect(form[header]).toEqual(MONITORING_HEADER);
    const steps = form.slice(header + 1, header + 10);
    expect(steps.map((row) => row[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // 1 of 2 within the standard meets a 50 % threshold; step 3 was never done.
    expect(steps[1]?.[2]).toBe('Berjalan dengan baik');
    expect(String(steps[1]?.[3])).toContain(`1 dari 2 pelaksanaan dalam waktu baku (50 %); 1 melewati waktu baku: ${over} 7 menit dari 5 menit (${REASON})`);
    expect(steps[2]?.[2] ?? '').toBe('');
    expect(steps[2]?.[3]).toBe('Tidak ada pelaksanaan dalam periode ini.');
    expect(steps[4]?.[2]).toBe('Berjalan dengan baik');
    // The same form as a PDF/A document, picked by the extension.
    const formPdf = path.join(out, 'monitoring.pdf');
    expect(await run('--from', from, '--to', today, '--out', formPdf, '--kind', 'monitoring', '--threshold', '50')).toMatchObject({ code: 0, stderr: '' });
    const pdfBytes = await fs.readFile(formPdf);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await execFileAsync('qpdf', ['--check', formPdf])).stdout).toMatch(/No syntax or stream encoding errors/);
    const pdfText = (await execFileAsync('pdftotext', ['-raw', formPdf, '-'])).stdout.replace(/\s+/g, ' ');
    expect(pdfText).toContain('FORMULIR MONITORING PELAKSANAAN SOP');
    expect(pdfText).toContain(`1 dari 2 pelaksanaan dalam waktu baku (50 %); 1 melewati waktu baku: ${over} 7 menit dari 5 menit`);
    expect(pdfText).toContain(ok);
    const strict = path.join(out, 'monitoring-90.xlsx');
    expect((await run('--from', from, '--to', today, '--out', strict, '--kind', 'monitoring')).code).toBe(0);
    expect((await sheetRows(strict, 'Monitoring SOP')).find((row) => row[0] === 2)?.[2]).toBe('Tidak berjalan dengan baik');
  });

  it('refuses bad options with Indonesian usage messages and writes nothing', async () => {
    const data = await tempDir();
    const out = await tempDir('loket-report-');
    for (const [args, message] of [
      [['--to', '2026-11-30', '--out', 'a.json'], 'Sebutkan --from'],
      [['--from', '2026-02-30', '--to', '2026-11-30', '--out', 'a.json'], 'bukan tanggal'],
      [['--from', '2026-12-01', '--to', '2026-11-01', '--out', 'a.json'], 'sebelum tanggal --from'],
      [['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'a.csv'], '.json atau .xlsx atau .pdf'],
      [['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'a.xlsx', '--kind', 'bulanan'], 'tidak dikenal'],
      [['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'a.json', '--kind', 'petugas'], 'hanya untuk berkas .xlsx dan .pdf'],
      [['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'a.xlsx', '--kind', 'monitoring', '--threshold', '120'], 'persen 0 sampai 100'],
      [['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'a.json', '--archive', out], '--archive hanya untuk --source office'],
      [['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'a.json', '--source', 'office', '--archive', ' '], '--archive tidak boleh kosong'],
    ] as const) {
      const bad = await runLoket(['report', '--data-dir', data, ...args.map((a) => (a.startsWith('a.') ? path.join(out, a) : a))]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain(message);
    }
    expect(await fs.readdir(out)).toEqual([]);
  });
});
