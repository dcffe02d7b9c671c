/**
 * The registers as one XLSX workbook (exceljs), a sheet per register, ready to print: a title block
 * (register, agency, unit, period), a bold framed header row that stays frozen while scrolling and
 * repeats on every printed page, column widths, A4 landscape fitted to the page width. The records
 * officer re-enters or imports these in SRIKANDI (docs/reference.md §3).
 */
import ExcelJS from 'exceljs';
import { formatTanggal } from '../../../shared/dates';
import type { Registers } from '../../../shared/domain/archive';
import type { Settings } from '../../../shared/domain/settings';
import { neutraliseFormula } from './neutraliseFormula';
import { REGISTER_KINDS, REGISTER_SPECS, type Column, type RegisterKind } from './registerColumns';

/** Rows 1–4: title, institution, unit, period; row 5 blank; row 6 the header. */
export const HEADER_ROW = 6;

const thin = { style: 'thin' } as const;
const frame = { top: thin, left: thin, bottom: thin, right: thin };

function addSheet<K extends RegisterKind>(wb: ExcelJS.Workbook, kind: K, registers: Registers, settings: Settings): void {
  const spec = REGISTER_SPECS[kind];
  const columns = spec.columns as readonly Column<unknown>[];
  const ws = wb.addWorksheet(spec.title, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `${spec.title} — halaman &P dari &N` },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const title = [
    spec.title.toUpperCase(),
    settings.agency.institution,
    settings.agency.unit,
    `Periode: ${formatTanggal(registers.from)} s.d. ${formatTanggal(registers.to)}`,
  ];
  title.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = neutraliseFormula(text);
    row.getCell(1).font = { bold: i === 0, size: i === 0 ? 14 : 11 };
    ws.mergeCells(i + 1, 1, i + 1, columns.length);
  });
  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = neutraliseFormula(c.header);
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = frame;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  header.commit();
  for (const r of spec.rows(registers) as readonly unknown[]) {
    // Strings from input (box, folder, shelf, names, numbers of letters) never become formulas (OWASP CSV injection).
    const row = ws.addRow(columns.map((c) => neutraliseFormula(c.value(r))));
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = frame;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  }
}

export async function registersWorkbook(registers: Registers, settings: Settings): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Loket Akun SPSE';
  wb.title = `Daftar arsip ${registers.from} s.d. ${registers.to}`;
  for (const kind of REGISTER_KINDS) addSheet(wb, kind, registers, settings);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
