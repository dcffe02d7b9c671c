/**
 * `reports.export` with format 'pdf' (issue 11 §3): each of the three documents is a PDF/A-2b
 * naskah dinas, checked with the real tools — qpdf --check, pdffonts (every font embedded), the XMP
 * identification (pdfaid part 2, conformance B) — and read back with poppler: the column headers,
 * a step's *Catatan*, the case numbers of the appendix, a long overrun reason wrapped whole, the √
 * in the column of its verdict, and the signature on the page of the last block (never orphaned).
 * LOKET_SHOTS=<dir> keeps the PDFs there, to render and look at.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/dates';
import { periodFromDates } from '../../../shared/domain/report';
import { PENILAIAN, monitoringRows } from '../../../electron/core/reports/monitoringRows';
import { CHECK, MONITORING_PDF_COLUMNS } from '../../../electron/core/reports/pdf/reportPdfContent';
import { call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { testSettingsInput } from '../../fixtures/profile';
import { expectPdfA2b, pdfText, pipeTool } from '../letters/support';
import { TestClock, drive, formFor, intakeOf } from '../workflow/support';

/** A reason long enough to wrap over several lines of its cell; its last word shows nothing was cut. */
const REASON =
  'Aplikasi SPSE tidak dapat diakses selama kurang lebih dua puluh menit karena gangguan jaringan di gedung kantor; ' +
  'petugas menunggu koneksi pulih, lalu memeriksa ulang kelengkapan berkas dan mencocokkan data dengan surat permohonan ' +
  'yang ditandatangani pimpinan unit kerja pemohon sebelum melanjutkan langkah berikutnya sesuai SOP PENANDA-AKHIR';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

async function pdfFile(pdf: Uint8Array, name: string): Promise<string> {
  const dir = process.env.LOKET_SHOTS ?? (await tempDir('loket-report-pdf-'));
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await fs.writeFile(file, pdf);
  return file;
}

/** Words with their boxes (pdftotext -bbox). */
async function words(pdf: Uint8Array): Promise<{ text: string; xMin: number; xMax: number; page: number }[]> {
  const html = (await pipeTool('pdftotext', ['-bbox', '-', '-'], pdf)).stdout.toString('utf8');
  const out: { text: string; xMin: number; xMax: number; page: number }[] = [];
  html.split('<page ').forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) out.push({ text: m[3] ?? '', xMin: Number(m[1]), xMax: Number(m[2]), page: i });
  });
  return out;
}

async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const all = (await pipeTool('pdftotext', ['-layout', '-', '-'], pdf)).stdout.toString('utf8');
  return all.split('\f').filter((p) => p.trim() !== '');
}

async function fill() {
  const clock = new TestClock();
  const dir = await tempDir();
  const core = await openCore(dir, clock.now);
  await call(core, 'settings.save', testSettingsInput());
  const from = localDate(new Date(Date.parse(intakeOf('both').receivedAt)), 'WIB');
  // Step 2 over its standard (7 of 5 minutes) with a long written reason; the rest within.
  const a = await call(core, 'cases.create', intakeOf('both'));
  const st = await call(core, 'workflow.open', { id: a.id, step: 2 });
  const done = clock.advance(7);
  await call(core, 'workflow.complete', { id: a.id, revision: st.revision, payload: formFor('complete', done, 'both'), overrunReason: REASON });
  await drive(core, a.id, ['valid', 'reset_done', 'notified', 'archived'], clock, 'both');
  const b = await call(core, 'cases.create', intakeOf('reset_password'));
  await drive(core, b.id, ['incomplete', 'notice_sent', 'supplemented', 'complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
  const c = await call(core, 'cases.create', intakeOf('reset_password'));
  await drive(core, c.id, ['complete', 'invalid', 'rejection_sent', 'archived'], clock, 'reset_password');
  const period = periodFromDates(from, localDate(clock.now(), 'WIB'));
  return { core, period, cases: [a.caseNumber, b.caseNumber, c.caseNumber], over: a.caseNumber };
}

describe('reports.export as PDF/A-2b', () => {
  it('makes the three documents as valid PDF/A-2b on the letterhead, signed, with the appendix of case numbers', async () => {
    const { core, period, cases, over } = await fill();
    const report = await call(core, 'reports.compute', { period });
    for (const kind of ['rekap', 'monitoring', 'petugas'] as const) {
      const file = await call(core, 'reports.export', { period, kind, format: 'pdf', threshold: 0.5 });
      expect(file).toMatchObject({ fileName: `laporan-${kind}_${report.period.from}_${report.period.to}.pdf`, mediaType: 'application/pdf' });
      const pdf = new Uint8Array(Buffer.from(file.base64, 'base64'));
      expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
      const onDisk = await pdfFile(pdf, `${kind}.pdf`);
      const meta = await expectPdfA2b(onDisk, kind);
      expect(meta).toContain(`<loket:reportKind>${kind}</loket:reportKind>`);

      const text = await pdfText(pdf);
      expect(text).toContain('PEMERINTAH KABUPATEN SUKAMAJU');
      // The signature of the head of unit, from the profile (as the letters take it).
      expect(text).toMatch(/Kepala Unit Kerja Pengadaan/);
      // The appendix, on its own page(s) after the signature, names every case behind the figures.
      const pages = await pageTexts(pdf);
      const appendixAt = pages.findIndex((p) => p.includes('LAMPIRAN: NOMOR BERKAS DI BALIK SETIAP ANGKA'));
      expect(appendixAt, kind).toBeGreaterThan(0);
      const appendix = pages.slice(appendixAt).join('\n');
      for (const n of cases) expect(appendix, `${kind}: ${n}`).toContain(n);
      expect(appendix).toContain('Langkah 2: pelaksanaan');
      // Not orphaned: the signature's page also holds the document's last table row or note.
      const signed = pages.slice(0, appendixAt).at(-1) ?? '';
      expect(signed).toMatch(/NIP\. 19/);
      expect(signed, kind).toContain({ rekap: 'Keadaan', monitoring: 'bila sedikitnya', petugas: 'Alasan tertulis' }[kind]);

      // The long reason wraps in its cell, whole (the raw text joins the cell's lines back).
      const raw = collapse((await pipeTool('pdftotext', ['-raw', '-', '-'], pdf)).stdout.toString('utf8'));
      if (kind !== 'rekap' && kind !== 'petugas') continue;
      expect(raw, kind).toContain(collapse(REASON));
      expect(raw).toContain(over);
    }

    // The monitoring form: its columns, the Catatan of step 2, the √ in the column of the verdict.
    const form = await call(core, 'reports.export', { period, kind: 'monitoring', format: 'pdf', threshold: 0.9 });
    const pdf = new Uint8Array(Buffer.from(form.base64, 'base64'));
    const raw = collapse((await pipeTool('pdftotext', ['-raw', '-', '-'], pdf)).stdout.toString('utf8'));
    expect(raw).toContain('FORMULIR MONITORING PELAKSANAAN SOP ADMINISTRASI PEMERINTAHAN');
    for (const header of ['No.', 'Prosedur', 'Penilaian terhadap penerapan', 'Berjalan dengan baik', 'Tidak berjalan dengan baik', 'Catatan hasil penilaian', 'Tindakan yang harus diambil', 'Paraf penilai'])
      expect(raw, header).toContain(header);
    const rows = monitoringRows(report, 0.9);
    const step2 = rows.find((r) => r.no === 2);
    expect(step2?.catatan).toContain(REASON.slice(0, 40));
    expect(raw).toContain(collapse(step2?.catatan ?? '-'));
    expect(raw).toContain('Penilai,');
    // √ marks: as many as the verdicts, each under the header of its own column.
    const w = await words(pdf);
    const first = w.filter((x) => x.page === 1);
    const good = first.find((x) => x.text === 'Berjalan');
    const poor = first.find((x) => x.text === 'Tidak' && x.xMin > (good?.xMax ?? 0));
    expect(good && poor).toBeTruthy();
    const checks = w.filter((x) => x.text === CHECK);
    const inGood = checks.filter((x) => good && poor && x.xMin >= good.xMin - 20 && x.xMax < poor.xMin);
    const inPoor = checks.filter((x) => poor && x.xMin >= poor.xMin - 5);
    expect(inGood.length).toBe(rows.filter((r) => r.penilaian === PENILAIAN.good).length);
    expect(inPoor.length).toBe(rows.filter((r) => r.penilaian === PENILAIAN.poor).length);
    expect(inPoor.length).toBeGreaterThan(0);
    expect(inGood.length).toBeGreaterThan(0);
    expect(MONITORING_PDF_COLUMNS).toHaveLength(7);
  }, 120_000);
});
