import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/dates';
import { csvText } from '../../../electron/core/archive/csv';
import { CSV_SEPARATOR } from '../../../electron/core/records/registerCsv';
import { addYears } from '../../../electron/core/records/retention';
import { HEADER_ROW } from '../../../electron/core/records/registerWorkbook';
import { call, callError, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { setUpOperator, TestClock } from '../workflow/support';
import { closedCase, REJECTED } from './support';
import { parseCsv } from './csvReader';


describe('registers', () => {
  it('lists the cases closed in the period in the ANRI registers, as XLSX and CSV', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    await setUpOperator(core);
    const served = await closedCase(core, clock, 'both');
    const rejected = await closedCase(core, clock, 'reset_password', REJECTED);
    await call(core, 'cases.create', (await call(core, 'cases.get', { id: served })).intake); // still open: not listed
    const today = localDate(clock.now(), 'WIB');

    const r = await call(core, 'registers.build', { from: today, to: today });
    expect(r.daftarBerkas.map((b) => b.caseId)).toEqual([served, rejected]);
    const [first] = r.daftarBerkas;
    expect(first).toMatchObject({ no: 1, kodeKlasifikasi: '000.3.3', jumlahItem: 1, klasifikasiKeamanan: 'Terbatas', hasilAkhir: 'Selesai dilayani' });
    expect(first?.uraianInformasi).toContain('Siti Nurhaliza, S.T.');
    expect(r.daftarBerkas[1]?.hasilAkhir).toBe('Ditolak');
    expect(r.daftarIsiBerkas).toHaveLength(2);
    expect(r.daftarIsiBerkas[0]).toMatchObject({ nomorItem: 1, jumlah: '1 lembar', keterangan: 'asli' });
    expect(r.physical[0]).toMatchObject({ boks: 'B-12', folder: 'F-034', lokasi: 'Lemari 2 rak 3', tingkatPerkembangan: 'Asli', retensiAktifSampai: addYears(today, 2) });

    // A period that ends the day before lists nothing.
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect((await call(core, 'registers.build', { from: '2020-01-01', to: yesterday })).daftarBerkas).toHaveLength(0);

    const xlsx = await call(core, 'registers.export', { from: today, to: today, format: 'xlsx', register: 'daftar_berkas' });
    expect(xlsx.fileName).toBe(`daftar-berkas_${today}_${today}.xlsx`);
    const wb = new ExcelJS.Workbook();
    // exceljs types its input as its own Buffer interface (older @types/node shape); the bytes are a Node Buffer.
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Daftar Berkas', 'Daftar Isi Berkas', 'Daftar Arsip Fisik']);
    const sheet = wb.getWorksheet('Daftar Berkas');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('DAFTAR BERKAS');
    expect(String(sheet.getCell('A4').value)).toMatch(/^Periode: \d+ \w+ \d{4} s\.d\. /);
    expect((sheet.getRow(HEADER_ROW).values as unknown[]).slice(1, 6)).toEqual(['No.', 'Kode Klasifikasi', 'Nomor Berkas', 'Unit Pengolah', 'Uraian Informasi Berkas']);
    expect(sheet.getRow(HEADER_ROW).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(HEADER_ROW + 1).getCell(3).value).toBe(first?.nomorBerkas);
    expect(sheet.getRow(HEADER_ROW + 2).getCell(10).value).toBe('Ditolak');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(sheet.getColumn(5).width).toBe(60);
    expect(wb.getWorksheet('Daftar Isi Berkas')?.rowCount).toBe(HEADER_ROW + 2);

    const csv = await call(core, 'registers.export', { from: today, to: today, format: 'csv', register: 'daftar_berkas' });
    expect(csv.fileName).toBe(`daftar-berkas_${today}_${today}.csv`);
    const bytes = Buffer.from(csv.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'), ';');
    expect(rows).toHaveLength(3);
    expect(rows[0]?.[0]).toBe('No.');
    // The requester's name has a comma: quoted, and read back whole.
    expect(rows[1]?.[4]).toBe(first?.uraianInformasi);
    expect(bytes.toString('utf8')).toContain(`"${first?.uraianInformasi}"`);
    const isi = await call(core, 'registers.export', { from: today, to: today, format: 'csv', register: 'daftar_isi_berkas' });
    expect(isi.fileName).toBe(`daftar-isi-berkas_${today}_${today}.csv`);
  });

  it('lists the letters issued for a case after its documents in the Daftar Isi Berkas', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    await setUpOperator(core);
    const id = await closedCase(core, clock, 'reset_password');
    const receipt = await call(core, 'letters.issue', { id, kind: 'receipt', visit: 1 });
    const today = localDate(clock.now(), 'WIB');
    const r = await call(core, 'registers.build', { from: today, to: today });
    expect(r.daftarBerkas[0]?.jumlahItem).toBe(2);
    expect(r.daftarIsiBerkas.map((i) => [i.nomorItem, i.keterangan])).toEqual([
      [1, 'asli'],
      [2, 'elektronik'],
    ]);
    expect(r.daftarIsiBerkas[1]?.uraianInformasi).toContain(`Tanda Terima Berkas Nomor ${receipt.number}`);
  });

  it('quotes fields per RFC 4180: separators, quotes and line breaks survive a round trip', () => {
    const rows = [
      ['a;b', 'He said "ya"', 'baris 1\nbaris 2', 'plain', 'x,y', 'cr\r\nlf'],
      ['', 'Ir. Budi, M.T.', '"', 3],
    ];
    const text = csvText(rows, CSV_SEPARATOR);
    expect(text.split('\r\n')[0]).toBe('"a;b";"He said ""ya""";"baris 1\nbaris 2";plain;"x,y";"cr');
    expect(parseCsv(text, ';')).toEqual(rows.map((r) => r.map(String)));
    expect(parseCsv(csvText(rows, ','), ',')).toEqual(rows.map((r) => r.map(String)));
  });

  it('lists closed cases whose active retention has ended, and refuses a reversed period', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    await setUpOperator(core);
    const id = await closedCase(core, clock, 'reset_password');
    const closed = localDate(clock.now(), 'WIB');
    const activeUntil = addYears(closed, 2);
    expect((await call(core, 'registers.retentionDue', {})).items).toEqual([]);
    const dayBefore = new Date(Date.parse(`${activeUntil}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect((await call(core, 'registers.retentionDue', { asOf: dayBefore })).items).toEqual([]);
    const due = (await call(core, 'registers.retentionDue', { asOf: activeUntil })).items;
    expect(due).toEqual([
      expect.objectContaining({ caseId: id, activeUntil, inactiveUntil: addYears(activeUntil, 3), finalDisposition: 'musnah', box: 'B-12', folder: 'F-034', shelf: 'Lemari 2 rak 3' }),
    ]);
    const err = await callError(core, 'registers.build', { from: '2026-11-30', to: '2026-11-01' });
    expect(err.code).toBe('invalid_input');
    expect(err.fields?.['to']).toBe('Tanggal akhir sebelum tanggal awal.');
  });

  it('counts retention over leap days', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-11-25', 2)).toBe('2028-11-25');
  });
});
