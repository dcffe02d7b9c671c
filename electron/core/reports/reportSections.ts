/**
 * What each report document says, whatever its format (docs/reports.md): the title lines, the
 * tables and notes in order, and the appendix of the case numbers behind the figures. The XLSX
 * writer (reportWorkbook.ts) and the PDF/A writer (pdf/reportPdfContent.ts) lay the same sections
 * out, so a figure reads the same on screen, in the workbook and on paper.
 * `rekap` — the period's figures per kind and per SOP step, overruns with their reasons, the
 * incomplete loop, rejections, expired deadlines; `petugas` — per officer; `monitoring` — the
 * *Formulir Monitoring Pelaksanaan SOP AP* (PermenPAN-RB 35/2012).
 */
import { formatNip } from '../../../shared/nip';
import type { ReportKind } from '../../../shared/contract/features/reports';
import { formatTanggal, formatWaktu } from '../../../shared/dates';
import { KIND_LABELS } from '../../../shared/domain/labels';
import type { CaseCount, KindFigures, Report } from '../../../shared/domain/report';
import type { Settings } from '../../../shared/domain/settings';
import { SOP_NAME } from '../../../shared/sop/definition';
import { angka, monitoringRows } from './monitoringRows';

export type Cell = string | number;

/** The tables a writer may lay out in its own way (column widths, the monitoring form's check columns). */
export type ReportTableId = 'kinds' | 'steps' | 'overruns' | 'loop' | 'rejections' | 'expired' | 'officers' | 'officerOverruns' | 'monitoring' | 'appendix';

export interface ReportTable {
  id: ReportTableId;
  caption: string;
  header: string[];
  rows: Cell[][];
}

export type ReportBlock = ({ type: 'table' } & ReportTable) | { type: 'note'; text: string };

export interface ReportSections {
  kind: ReportKind;
  title: string[];
  blocks: ReportBlock[];
  /** The case numbers behind each figure ("Lampiran: nomor berkas"). */
  appendix: ReportTable;
}

export const REPORT_TITLES: Record<ReportKind, string> = {
  rekap: 'Rekapitulasi Pelaksanaan SOP',
  petugas: 'Kepatuhan Waktu Baku per Petugas',
  monitoring: 'Monitoring Pelaksanaan SOP Administrasi Pemerintahan',
};

export const APPENDIX_TITLE = 'Lampiran: nomor berkas di balik setiap angka';

/** The form's header row (PermenPAN-RB 35/2012, *Monitoring Pelaksanaan SOP AP*). */
export const MONITORING_HEADER = ['No.', 'Prosedur', 'Penilaian terhadap penerapan (berjalan dengan baik / tidak berjalan dengan baik)', 'Catatan hasil penilaian', 'Tindakan yang harus diambil', 'Paraf penilai'];

export function periodLine(report: Report): string {
  const p = report.period;
  return p.kind === 'custom' ? `Periode: ${p.label} (${p.zone})` : `Periode: ${p.label} (${formatTanggal(p.from)} s.d. ${formatTanggal(p.to)}, ${p.zone})`;
}

const pct = (within: number, of: number): Cell => (of === 0 ? '—' : `${angka((100 * within) / of)} %`);
const min = (v: number | null): Cell => (v === null ? '—' : v);
const hours = (v: number | null): Cell => (v === null ? '—' : Math.round(v / 6) / 10);
const hoursText = (v: number | null): string => (v === null ? '—' : angka(Math.round(v / 6) / 10));
const kindLabel = (k: KindFigures['kind']) => (k === 'all' ? 'Jumlah' : KIND_LABELS[k]);
const table = (id: ReportTableId, caption: string, header: string[], rows: Cell[][]): ReportBlock => ({ type: 'table', id, caption, header, rows });
const note = (text: string): ReportBlock => ({ type: 'note', text });

function rekap(report: Report): ReportBlock[] {
  const kinds = [...report.kinds, report.totals];
  const loop = report.incompleteLoop;
  return [
    table('kinds', 'A. Permohonan menurut jenis', ['Jenis permohonan', 'Diterima', 'Ditutup', 'Selesai (diberitahukan)', 'Ditolak', 'Tidak diselesaikan', 'Masih dalam proses*', 'Menunggu Pokja*', 'Penyelesaian median (jam)', 'Penyelesaian p90 / maks (jam)'], kinds.map((k) => [
      kindLabel(k.kind), k.received.count, k.closed.total.count, k.closed.completed.count, k.closed.rejected.count, k.closed.notCompleted.count, k.open.count, k.waiting.count,
      // Two figures in one cell are text: written with the decimal comma here, as the writers write numbers.
      hours(k.turnaround.medianMinutes), `${hoursText(k.turnaround.p90Minutes)} / ${hoursText(k.turnaround.maxMinutes)}`,
    ])),
    note(`* pada akhir periode (${formatWaktu(report.period.asOf, report.period.zone)}). Penyelesaian: dari penerimaan berkas sampai pemberitahuan hasil (waktu kalender).`),
    table('steps', 'B. Waktu kerja Admin per langkah SOP (menit, jeda tidak dihitung)', ['Langkah', 'Uraian', 'Pelaksanaan', 'Dalam waktu baku', 'Persentase', 'Waktu baku (menit)', 'Median', 'Persentil ke-90', 'Terlama', 'Melewati waktu baku'], report.steps.map((s) => [
      s.step, s.title, s.executions, s.withinStandard, pct(s.withinStandard, s.executions), s.standardsApplied.length > 1 ? s.standardsApplied.join(' / ') : min(s.standardMinutes),
      min(s.medianMinutes), min(s.p90Minutes), min(s.maxMinutes), s.overruns.length,
    ])),
    table('overruns', 'C. Pelaksanaan yang melewati waktu baku', ['Langkah', 'Nomor berkas', 'Menit', 'Waktu baku', 'Petugas', 'Selesai', 'Alasan tertulis'], report.steps.flatMap((s) => s.overruns.map((o) => [
      s.step, o.caseNumber, o.minutes, o.standardMinutes, o.operator?.name ?? '—', formatWaktu(o.completedAt, report.period.zone), o.reason || '(tanpa alasan tertulis)',
    ]))),
    table('loop', `D. Berkas tidak lengkap (langkah 3–4): ${loop.noticesSent} pemberitahuan kepada ${loop.notices.count} berkas; ${loop.supplemented.count} dilengkapi, ${loop.expired.count} melewati batas waktu`, ['Butir kekurangan', 'Berkas', 'Nomor berkas'], loop.lines.map((l) => [l.label, l.count, l.cases.join(', ')])),
    table('rejections', `E. Penolakan (langkah 7): ${report.rejections.total.count} berkas`, ['Alasan', 'Berkas', 'Nomor berkas'], report.rejections.byReason.map((r) => [r.reason, r.count, r.cases.join(', ')])),
    table('expired', 'F. Batas waktu melengkapi berkas yang terlewati', ['Nomor berkas', 'Batas waktu', 'Keadaan'], [
      ...report.expiredDeadlines.expired.map((e) => [e.caseNumber, formatTanggal(e.deadline), `Ditutup tidak diselesaikan, ${formatWaktu(e.expiredAt, report.period.zone)}`]),
      ...report.expiredDeadlines.overdueWaiting.map((e) => [e.caseNumber, formatTanggal(e.deadline), `Masih menunggu pada akhir periode, lewat ${e.daysOver} hari`]),
    ]),
  ];
}

function petugas(report: Report): ReportBlock[] {
  return [
    table('officers', 'A. Ringkasan', ['Petugas', 'NIP', 'Pelaksanaan langkah', 'Dalam waktu baku', 'Persentase', 'Per langkah (dalam waktu baku / pelaksanaan)'], report.operators.map((o) => [
      o.operator.name, formatNip(o.operator.nip), o.executions, o.withinStandard, pct(o.withinStandard, o.executions), o.steps.map((s) => `langkah ${s.step}: ${s.withinStandard}/${s.executions}`).join('; '),
    ])),
    table('officerOverruns', 'B. Pelaksanaan yang melewati waktu baku', ['Petugas', 'Nomor berkas', 'Langkah', 'Menit / waktu baku', 'Selesai', 'Alasan tertulis'], report.operators.flatMap((o) => o.overruns.map((x) => [
      o.operator.name, x.caseNumber, x.step, `${angka(x.minutes)} / ${x.standardMinutes}`, formatWaktu(x.completedAt, report.period.zone), x.reason || '(tanpa alasan tertulis)',
    ]))),
  ];
}

function monitoring(report: Report, threshold: number): ReportBlock[] {
  return [
    table('monitoring', '', MONITORING_HEADER, monitoringRows(report, threshold).map((r) => [r.no, r.prosedur, r.penilaian, r.catatan, '', ''])),
    note(`Penilaian "berjalan dengan baik" bila sedikitnya ${angka(threshold * 100)} % pelaksanaan langkah itu dalam waktu baku; waktu kerja tanpa jeda, menurut rekam jejak berkas.`),
  ];
}

/** Appendix rows: one per figure, its case numbers in one cell. */
function appendix(report: Report): ReportTable {
  const entries: [string, CaseCount | string[]][] = [
    ...report.kinds.flatMap((k): [string, CaseCount][] => [
      [`${kindLabel(k.kind)}: diterima`, k.received], [`${kindLabel(k.kind)}: ditutup`, k.closed.total], [`${kindLabel(k.kind)}: selesai`, k.closed.completed],
      [`${kindLabel(k.kind)}: ditolak`, k.closed.rejected], [`${kindLabel(k.kind)}: tidak diselesaikan`, k.closed.notCompleted], [`${kindLabel(k.kind)}: masih dalam proses`, k.open],
      [`${kindLabel(k.kind)}: menunggu Pokja`, k.waiting],
    ]),
    ...report.steps.map((s): [string, string[]] => [`Langkah ${s.step}: pelaksanaan`, s.cases]),
  ];
  return {
    id: 'appendix',
    caption: '',
    header: ['Angka', 'Jumlah', 'Nomor berkas'],
    rows: entries.map(([label, v]) => {
      const cases = Array.isArray(v) ? v : v.cases;
      return [label, cases.length, cases.join(', ')];
    }),
  };
}

/** Issue 11 §5: a report over the office archive says so on its face. */
export const OFFICE_SOURCE_LINE = 'Arsip kantor di drive bersama: berkas selesai dari semua workstation';

export function reportSections(report: Report, kind: ReportKind, settings: Settings, threshold = 0.9): ReportSections {
  const title = [REPORT_TITLES[kind].toUpperCase(), settings.agency.institution, settings.agency.unit, SOP_NAME.id, periodLine(report)];
  if (report.source === 'office') title.push(`Sumber: ${OFFICE_SOURCE_LINE}`);
  const blocks = kind === 'rekap' ? rekap(report) : kind === 'petugas' ? petugas(report) : monitoring(report, threshold);
  return { kind, title, blocks, appendix: appendix(report) };
}
