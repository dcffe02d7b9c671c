/**
 * One register as CSV for Excel on Indonesian Windows: RFC 4180 quoting (a field with the
 * separator, a quote, CR or LF is quoted, quotes doubled; CRLF between records), UTF-8 with a BOM
 * (without it Excel reads UTF-8 as the ANSI code page and mangles names), and ";" as the separator
 * because Excel splits a CSV on the regional *list separator*, which is ";" under the id-ID locale
 * (its decimal separator is the comma).
 */
import type { Registers } from '../../../shared/domain/archive';
import { csvText } from '../archive/csv';
import { REGISTER_SPECS, type Column, type RegisterKind } from './registerColumns';

export const CSV_SEPARATOR = ';';

export function registerCsv(registers: Registers, kind: RegisterKind): Uint8Array {
  const spec = REGISTER_SPECS[kind];
  const columns = spec.columns as readonly Column<unknown>[];
  const rows = (spec.rows(registers) as readonly unknown[]).map((r) => columns.map((c) => c.value(r)));
  return new Uint8Array(Buffer.from('\uFEFF' + csvText([columns.map((c) => c.header), ...rows], CSV_SEPARATOR), 'utf8'));
}
