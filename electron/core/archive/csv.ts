/**
 * CSV as RFC 4180 writes it: a field holding the separator, a quote, CR or LF is quoted with its
 * quotes doubled; CRLF between records. Text only: the caller decides the encoding (the bag's tag
 * file is UTF-8 without BOM, RFC 8493 §2.2; the registers add a BOM for Excel) and the separator.
 * Every field is neutralised against formula injection first (OWASP CSV injection).
 */
import { neutraliseFormula } from '../records/neutraliseFormula';

export function csvField(value: string | number, separator = ','): string {
  const s = String(neutraliseFormula(value));
  return s.includes(separator) || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number>>, separator = ','): string {
  return rows.map((r) => r.map((v) => csvField(v, separator)).join(separator)).join('\r\n') + '\r\n';
}
