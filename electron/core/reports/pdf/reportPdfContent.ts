/**
 * A report's sections (reportSections.ts) as the content of its PDF (renderReport.ts): the tables
 * with their column widths on an A4 landscape page, numbers with the Indonesian decimal comma, the
 * monitoring form's *Penilaian* split into its two columns "Berjalan dengan baik" / "Tidak berjalan
 * dengan baik" with a check mark "√" (Liberation Serif has no "✓"), the letterhead from the agency
 * profile and letters.json, and the signature of the head of unit — the evaluator of the monitoring
 * form — taken from the profile as the letters take it (letters/signers.ts; a missing name prints
 * the placeholder). The appendix lists the case numbers behind each figure.
 */
import type { ReportKind } from '../../../../shared/contract/features/reports';
import { formatTanggal, formatWaktu, localDate } from '../../../../shared/dates';
import type { LettersSettings } from '../../../../shared/domain/letters';
import type { Report } from '../../../../shared/domain/report';
import type { Settings } from '../../../../shared/domain/settings';
import { SOP_NAME } from '../../../../shared/sop/definition';
import type { FlowTable } from '../../letters/pdf/flow';
import { headOf, profileForLetters } from '../../letters/signers';
import { angka, PENILAIAN } from '../monitoringRows';
import { OFFICE_SOURCE_LINE, APPENDIX_TITLE, REPORT_TITLES, periodLine, reportSections, type Cell, type ReportTable, type ReportTableId } from '../reportSections';
import type { ReportPdfContent } from './renderReport';

/** Relative column widths per table on the landscape page (the monitoring form's after the split). */
const WIDTHS: Record<ReportTableId, number[]> = {
  kinds: [0.16, 0.08, 0.08, 0.1, 0.08, 0.1, 0.1, 0.09, 0.1, 0.11],
  steps: [0.06, 0.26, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.12],
  overruns: [0.06, 0.19, 0.06, 0.07, 0.14, 0.12, 0.36],
  loop: [0.35, 0.08, 0.57],
  rejections: [0.35, 0.08, 0.57],
  expired: [0.22, 0.2, 0.58],
  officers: [0.2, 0.17, 0.1, 0.1, 0.08, 0.35],
  officerOverruns: [0.17, 0.19, 0.07, 0.1, 0.12, 0.35],
  monitoring: [0.04, 0.2, 0.08, 0.08, 0.34, 0.16, 0.1],
  appendix: [0.3, 0.07, 0.63],
};

export const CHECK = '√';
export const MONITORING_PDF_COLUMNS = ['No.', 'Prosedur', PENILAIAN.good, PENILAIAN.poor, 'Catatan hasil penilaian', 'Tindakan yang harus diambil', 'Paraf penilai'];
const MONITORING_GROUP = 'Penilaian terhadap penerapan';

const text = (v: Cell) => (typeof v === 'number' ? angka(v) : v);
/** A column of figures is centred: every cell a number or a dash. */
const numeric = (rows: Cell[][], i: number) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === '—');

function flowTable(t: ReportTable): FlowTable {
  if (t.id === 'monitoring') {
    // [no, prosedur, penilaian, catatan, tindakan, paraf] → the check in the column of its verdict.
    const rows = t.rows.map(([no = '', prosedur = '', penilaian = '', catatan = '', tindakan = '', paraf = '']) => [
      text(no), text(prosedur), penilaian === PENILAIAN.good ? CHECK : '', penilaian === PENILAIAN.poor ? CHECK : '', text(catatan), text(tindakan), text(paraf),
    ]);
    return {
      caption: t.caption,
      columns: MONITORING_PDF_COLUMNS,
      groups: [{ label: '', span: 1 }, { label: '', span: 1 }, { label: MONITORING_GROUP, span: 2 }, { label: '', span: 1 }, { label: '', span: 1 }, { label: '', span: 1 }],
      widths: WIDTHS.monitoring,
      rows,
      align: ['center', 'left', 'center', 'center', 'left', 'left', 'left'],
      centerHeader: true,
      size: 9.5,
    };
  }
  return {
    caption: t.caption,
    columns: t.header,
    widths: WIDTHS[t.id],
    // An empty table says so, rather than standing as a bare header.
    rows: t.rows.length > 0 ? t.rows.map((r) => r.map(text)) : [t.header.map((_, i) => (i === 0 ? 'Tidak ada dalam periode ini.' : ''))],
    align: t.header.map((_, i) => (numeric(t.rows, i) ? 'center' : 'left')),
    centerHeader: true,
    size: 9,
  };
}

export interface ReportPdfInputs {
  settings: Settings;
  letters: LettersSettings;
  sample: boolean;
}

export function reportPdfContent(report: Report, kind: ReportKind, threshold: number, inputs: ReportPdfInputs): ReportPdfContent {
  const sections = reportSections(report, kind, inputs.settings, threshold);
  const agency = profileForLetters(inputs.settings.agency);
  const zone = report.period.zone;
  const head = headOf(inputs.settings.agency);
  const title = (kind === 'monitoring' ? `Formulir ${REPORT_TITLES[kind]}` : REPORT_TITLES[kind]).toUpperCase();
  const fields: [string, string][] = [
    ['Nama SOP', SOP_NAME.id],
    ['Unit kerja', agency.unit],
    ['Periode', periodLine(report).replace(/^Periode: /, '')],
    ...(kind === 'monitoring' ? [['Penilai', `${head.name}, ${head.position}`] as [string, string]] : []),
    ['Disusun', `${formatWaktu(report.generatedAt, zone)} dari rekam jejak ${report.casesRead} berkas`],
  ];
  if (report.source === 'office') fields.splice(3, 0, ['Sumber', OFFICE_SOURCE_LINE]);
  if (report.unreadable.length > 0) fields.push(['Tidak terbaca', `${report.unreadable.length} berkas, tidak dihitung: ${report.unreadable.join(', ')}`]);
  return {
    title,
    fields,
    agency: { institution: agency.institution, unit: agency.unit, address: agency.address, city: agency.city, lines: inputs.letters.letterheadLines.filter((l) => l.trim() !== '') },
    blocks: sections.blocks.map((b) => (b.type === 'table' ? { type: 'table', table: flowTable(b) } : b)),
    appendixTitle: APPENDIX_TITLE.toUpperCase(),
    appendix: flowTable(sections.appendix),
    signing: {
      signatory: { caption: kind === 'monitoring' ? 'Penilai,' : '', ...head },
      counterpart: null,
      acknowledger: null,
      placeDate: `${agency.city}, ${formatTanggal(localDate(new Date(report.generatedAt), zone))}`,
      copies: [],
    },
    footer: `${REPORT_TITLES[kind]} · ${report.period.label} · disusun oleh aplikasi Loket Akun SPSE dari rekam jejak berkas`,
    sample: inputs.sample,
    subject: `${REPORT_TITLES[kind]}, ${periodLine(report)}`,
    keywords: `${REPORT_TITLES[kind]}, ${report.period.label}, ${SOP_NAME.id}`,
    properties: [
      { name: 'documentType', value: REPORT_TITLES[kind], description: 'Jenis dokumen' },
      { name: 'reportKind', value: kind, description: 'Jenis laporan (kode aplikasi)' },
      { name: 'periodFrom', value: report.period.from, description: 'Tanggal awal periode' },
      { name: 'periodTo', value: report.period.to, description: 'Tanggal akhir periode' },
    ],
  };
}
