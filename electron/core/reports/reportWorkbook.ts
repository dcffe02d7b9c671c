/**
 * The report as an XLSX workbook (exceljs), ready to print (A4 landscape, header rows repeated):
 * `rekap` — the period's figures per kind and per SOP step, overruns, the incomplete loop,
 * rejections, expired deadlines; `petugas` — per officer; `monitoring` — the *Formulir Monitoring
 * Pelaksanaan SOP AP*. Each ends with an appendix of the case numbers behind its figures. Every text
 * cell passes neutraliseFormula (OWASP CSV injection): reasons and names are typed by people.
 */
import ExcelJS from 'exceljs';
import type { ReportKind } from '../../../shared/contract/features/reports';
import { formatTanggal, formatWaktu } from '../../../shared/dates';
import { KIND_LABELS } from '../../../shared/domain/labels';
import type { CaseCount, KindFigures, Report } from '../../../shared/domain/report';
import type { Settings } from '../../../shared/domain/settings';
import { SOP_NAME } from '../../../shared/sop/definition';
import { neutraliseFormula } from '../records/neutraliseFormula';
import { angka, monitoringRows } from './monitoringRows';

type Cell = string | number;
const thin = { style: 'thin' } as const;
const frame = { top: thin, left: thin, bottom: thin, right: thin };

export const REPORT_TITLES: Record<ReportKind, string> = {
  rekap: 'Rekapitulasi Pelaksanaan SOP',
  petugas: 'Kepatuhan Waktu Baku per Petugas',
  monitoring: 'Monitoring Pelaksanaan SOP Administrasi Pemerintahan',
};

/** A sheet with the title block; `table` appends a framed table with a bold header. */
function sheet(wb: ExcelJS.Workbook, name: string, widths: number[], title: string[]) {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: `${name} — halaman &P dari &N` },
  });
  ws.columns = widths.map((width) => ({ width }));
  title.forEach((text, i) => {
    const row = ws.addRow([neutraliseFormula(text)]);
    row.getCell(1).font = { bold: i === 0, size: i === 0 ? 14 : 11 };
    ws.mergeCells(row.number, 1, row.number, widths.length);
  });
  const table = (caption: string, header: string[], rows: Cell[][]) => {
    ws.addRow([]);
    if (caption) ws.addRow([neutraliseFormula(caption)]).getCell(1).font = { bold: true };
    const h = ws.addRow(header.map((x) => neutraliseFormula(x)));
    h.eachCell((c) => {
      c.font = { bold: true };
      c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      c.border = frame;
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    });
    for (const r of rows) {
      const row = ws.addRow(r.map((v) => neutraliseFormula(v)));
      for (let i = 1; i <= header.length; i++) {
        const c = row.getCell(i);
        c.border = frame;
        c.alignment = { vertical: 'top', wrapText: true };
      }
    }
    return h.number;
  };
  return { ws, table };
}

const titleBlock = (kind: ReportKind, report: Report, settings: Settings) => [
  REPORT_TITLES[kind].toUpperCase(),
  settings.agency.institution,
  settings.agency.unit,
  SOP_NAME.id,
  report.period.kind === 'custom'
    ? `Periode: ${report.period.label} (${report.period.zone})`
    : `Periode: ${report.period.label} (${formatTanggal(report.period.from)} s.d. ${formatTanggal(report.period.to)}, ${report.period.zone})`,
];

const pct = (within: number, of: number): Cell => (of === 0 ? '—' : `${angka((100 * within) / of)} %`);
const min = (v: number | null): Cell => (v === null ? '—' : v);
const hours = (v: number | null): Cell => (v === null ? '—' : Math.round(v / 6) / 10);
const kindLabel = (k: KindFigures['kind']) => (k === 'all' ? 'Jumlah' : KIND_LABELS[k]);

/** Appendix rows: one per figure, its case numbers in one cell. */
function appendix(entries: [string, CaseCount | string[]][]): Cell[][] {
  return entries.map(([label, v]) => {
    const cases = Array.isArray(v) ? v : v.cases;
    return [label, cases.length, cases.join(', ')];
  });
}

function rekap(wb: ExcelJS.Workbook, report: Report, settings: Settings): void {
  const { table, ws } = sheet(wb, 'Rekapitulasi', [26, 14, 14, 14, 14, 14, 14, 14, 16, 16], titleBlock('rekap', report, settings));
  const kinds = [...report.kinds, report.totals];
  table('A. Permohonan menurut jenis', ['Jenis permohonan', 'Diterima', 'Ditutup', 'Selesai (diberitahukan)', 'Ditolak', 'Tidak diselesaikan', 'Masih dalam proses*', 'Menunggu Pokja*', 'Penyelesaian median (jam)', 'Penyelesaian p90 / maks (jam)'], kinds.map((k) => [
    kindLabel(k.kind), k.received.count, k.closed.total.count, k.closed.completed.count, k.closed.rejected.count, k.closed.notCompleted.count, k.open.count, k.waiting.count,
    hours(k.turnaround.medianMinutes), `${hours(k.turnaround.p90Minutes)} / ${hours(k.turnaround.maxMinutes)}`,
  ]));
  ws.addRow([neutraliseFormula(`* pada akhir periode (${formatWaktu(report.period.asOf, report.period.zone)}). Penyelesaian: dari penerimaan berkas sampai pemberitahuan hasil (waktu kalender).`)]);
  table('B. Waktu kerja Admin per langkah SOP (menit, jeda tidak dihitung)', ['Langkah', 'Uraian', 'Pelaksanaan', 'Dalam waktu baku', 'Persentase', 'Waktu baku (menit)', 'Median', 'Persentil ke-90', 'Terlama', 'Melewati waktu baku'], report.steps.map((s) => [
    s.step, s.title, s.executions, s.withinStandard, pct(s.withinStandard, s.executions), s.standardsApplied.length > 1 ? s.standardsApplied.join(' / ') : min(s.standardMinutes),
    min(s.medianMinutes), min(s.p90Minutes), min(s.maxMinutes), s.overruns.length,
  ]));
  table('C. Pelaksanaan yang melewati waktu baku', ['Langkah', 'Nomor berkas', 'Menit', 'Waktu baku', 'Petugas', 'Selesai', 'Alasan tertulis'], report.steps.flatMap((s) => s.overruns.map((o) => [
    s.step, o.caseNumber, o.minutes, o.standardMinutes, o.operator?.name ?? '—', formatWaktu(o.completedAt, report.period.zone), o.reason || '(tanpa alasan tertulis)',
  ])));
  const loop = report.incompleteLoop;
  table(`D. Berkas tidak lengkap (langkah 3–4): ${loop.noticesSent} pemberitahuan kepada ${loop.notices.count} berkas; ${loop.supplemented.count} dilengkapi, ${loop.expired.count} melewati batas waktu`, ['Butir kekurangan', 'Berkas', 'Nomor berkas'], loop.lines.map((l) => [l.label, l.count, l.cases.join(', ')]));
  table(`E. Penolakan (langkah 7): ${report.rejections.total.count} berkas`, ['Alasan', 'Berkas', 'Nomor berkas'], report.rejections.byReason.map((r) => [r.reason, r.count, r.cases.join(', ')]));
  table('F. Batas waktu melengkapi berkas yang terlewati', ['Nomor berkas', 'Batas waktu', 'Keadaan'], [
    ...report.expiredDeadlines.expired.map((e) => [e.caseNumber, formatTanggal(e.deadline), `Ditutup tidak diselesaikan, ${formatWaktu(e.expiredAt, report.period.zone)}`]),
    ...report.expiredDeadlines.overdueWaiting.map((e) => [e.caseNumber, formatTanggal(e.deadline), `Masih menunggu pada akhir periode, lewat ${e.daysOver} hari`]),
  ]);
  appendixSheet(wb, report);
}

function appendixSheet(wb: ExcelJS.Workbook, report: Report): void {
  const { table } = sheet(wb, 'Lampiran nomor berkas', [40, 10, 120], ['LAMPIRAN: NOMOR BERKAS DI BALIK SETIAP ANGKA', `Periode: ${report.period.label}`]);
  table('', ['Angka', 'Jumlah', 'Nomor berkas'], appendix([
    ...report.kinds.flatMap((k): [string, CaseCount][] => [
      [`${kindLabel(k.kind)}: diterima`, k.received], [`${kindLabel(k.kind)}: ditutup`, k.closed.total], [`${kindLabel(k.kind)}: selesai`, k.closed.completed],
      [`${kindLabel(k.kind)}: ditolak`, k.closed.rejected], [`${kindLabel(k.kind)}: tidak diselesaikan`, k.closed.notCompleted], [`${kindLabel(k.kind)}: masih dalam proses`, k.open],
      [`${kindLabel(k.kind)}: menunggu Pokja`, k.waiting],
    ]),
    ...report.steps.map((s): [string, string[]] => [`Langkah ${s.step}: pelaksanaan`, s.cases]),
  ]));
}

function petugas(wb: ExcelJS.Workbook, report: Report, settings: Settings): void {
  const { table } = sheet(wb, 'Per petugas', [30, 24, 14, 16, 14, 60], titleBlock('petugas', report, settings));
  table('A. Ringkasan', ['Petugas', 'NIP', 'Pelaksanaan langkah', 'Dalam waktu baku', 'Persentase', 'Per langkah (dalam waktu baku / pelaksanaan)'], report.operators.map((o) => [
    o.operator.name, o.operator.nip, o.executions, o.withinStandard, pct(o.withinStandard, o.executions), o.steps.map((s) => `langkah ${s.step}: ${s.withinStandard}/${s.executions}`).join('; '),
  ]));
  table('B. Pelaksanaan yang melewati waktu baku', ['Petugas', 'Nomor berkas', 'Langkah', 'Menit / waktu baku', 'Selesai', 'Alasan tertulis'], report.operators.flatMap((o) => o.overruns.map((x) => [
    o.operator.name, x.caseNumber, x.step, `${angka(x.minutes)} / ${x.standardMinutes}`, formatWaktu(x.completedAt, report.period.zone), x.reason || '(tanpa alasan tertulis)',
  ])));
}

/** The form's header row (PermenPAN-RB 35/2012, *Monitoring Pelaksanaan SOP AP*). */
export const MONITORING_HEADER = ['No.', 'Prosedur', 'Penilaian terhadap penerapan (berjalan dengan baik / tidak berjalan dengan baik)', 'Catatan hasil penilaian', 'Tindakan yang harus diambil', 'Paraf penilai'];

function monitoring(wb: ExcelJS.Workbook, report: Report, settings: Settings, threshold: number): void {
  const { table, ws } = sheet(wb, 'Monitoring SOP', [6, 40, 22, 70, 30, 14], [...titleBlock('monitoring', report, settings), `Penilai: ${settings.agency.headName}`]);
  table('', MONITORING_HEADER, monitoringRows(report, threshold).map((r) => [r.no, r.prosedur, r.penilaian, r.catatan, '', '']));
  ws.addRow([neutraliseFormula(`Penilaian "berjalan dengan baik" bila sedikitnya ${angka(threshold * 100)} % pelaksanaan langkah itu dalam waktu baku; waktu kerja tanpa jeda, menurut rekam jejak berkas.`)]);
  appendixSheet(wb, report);
}

export async function reportWorkbook(report: Report, kind: ReportKind, settings: Settings, threshold = 0.9): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Loket Akun SPSE';
  wb.title = `${REPORT_TITLES[kind]} ${report.period.label}`;
  if (kind === 'rekap') rekap(wb, report, settings);
  else if (kind === 'petugas') petugas(wb, report, settings);
  else monitoring(wb, report, settings, threshold);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export function reportFileName(kind: ReportKind, report: Report, ext: 'xlsx' | 'json'): string {
  return `laporan-${kind}_${report.period.from}_${report.period.to}.${ext}`;
}
