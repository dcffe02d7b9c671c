/**
 * Every CSV cell and XLSX string the app writes from what someone typed passes here, so a spreadsheet
 * never runs it (OWASP "CSV Injection"): a text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return — or their full-width forms, which Excel in East Asian locales reads the same way — gets a
 * leading `'`, and shows as the text it is. Real numbers (typed `number`) stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function neutraliseFormula(value: string | number): string | number {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
