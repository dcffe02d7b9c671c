/**
 * The report as an XLSX workbook (exceljs), ready to print (A4 landscape, header rows repeated): the
 * sections of reportSections.ts on one sheet, the appendix of case numbers on a second. Every text
 * cell passes neutraliseFormula (OWASP CSV injection): reasons and names are typed by people.
 */
import ExcelJS from 'exceljs';
import type { ReportKind } from '../../../shared/contract/features/reports';
import type { Report } from '../../../shared/domain/report';
import type { Settings } from '../../../shared/domain/settings';
import { neutraliseFormula } from '../records/neutraliseFormula';
import { APPENDIX_TITLE, REPORT_TITLES, reportSections, type Cell, type ReportTable } from './reportSections';

const thin = { style: 'thin' } as const;
const frame = { top: thin, left: thin, bottom: thin, right: thin };

/** A sheet with the title block; `table` appends a framed table with a bold header, `note` a line. */
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
  const table = ({ caption, header, rows }: Pick<ReportTable, 'caption' | 'header' | 'rows'>) => {
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
      const row = ws.addRow(r.map((v: Cell) => neutraliseFormula(v)));
      for (let i = 1; i <= header.length; i++) {
        const c = row.getCell(i);
        c.border = frame;
        c.alignment = { vertical: 'top', wrapText: true };
      }
    }
  };
  const note = (text: string) => ws.addRow([neutraliseFormula(text)]);
  return { table, note };
}

/** Column widths (characters) of each kind's sheet. */
const SHEETS: Record<ReportKind, { name: string; widths: number[] }> = {
  rekap: { name: 'Rekapitulasi', widths: [26, 14, 14, 14, 14, 14, 14, 14, 16, 16] },
  petugas: { name: 'Per petugas', widths: [30, 24, 14, 16, 14, 60] },
  monitoring: { name: 'Monitoring SOP', widths: [6, 40, 22, 70, 30, 14] },
};

export async function reportWorkbook(report: Report, kind: ReportKind, settings: Settings, threshold = 0.9): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Loket Akun SPSE';
  wb.title = `${REPORT_TITLES[kind]} ${report.period.label}`;
  const sections = reportSections(report, kind, settings, threshold);
  const { name, widths } = SHEETS[kind];
  const title = kind === 'monitoring' ? [...sections.title, `Penilai: ${settings.agency.headName}`] : sections.title;
  const main = sheet(wb, name, widths, title);
  for (const b of sections.blocks) {
    if (b.type === 'table') main.table(b);
    else main.note(b.text);
  }
  sheet(wb, 'Lampiran nomor berkas', [40, 10, 120], [APPENDIX_TITLE.toUpperCase(), `Periode: ${report.period.label}`]).table(sections.appendix);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
