/** Plain-text tables for terminals: left-aligned columns separated by two spaces, a rule under the header. */

/** Width as code points, not UTF-16 units: names with accents or non-BMP letters still line up. */
function cellWidth(s: string): number {
  return [...s].length;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - cellWidth(s)));
}

export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  // Tabs and newlines inside a cell would break the columns; names are free text.
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const body = rows.map((r) => headers.map((_, i) => clean(r[i] ?? '')));
  const widths = headers.map((h, i) => Math.max(cellWidth(h), ...body.map((r) => cellWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n';
}
