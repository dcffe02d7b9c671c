/**
 * The page flow of a *naskah dinas* with pdf-lib, shared by the letters (renderLetter.ts) and the
 * reports (reports/pdf/renderReport.ts): page geometry (A4 portrait or landscape), text wrapping,
 * paragraphs, label/value lines and framed tables whose header row is repeated on every page.
 */
import { degrees, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

export const A4: [number, number] = [595.28, 841.89];
export const A4_LANDSCAPE: [number, number] = [A4[1], A4[0]];

/** A page's size and the box the content flows in (points); `bottom` stops it above the footer band. */
export interface PageGeometry {
  size: [number, number];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The letters' page: A4 portrait, the footer band (QR code) under 106 pt. */
export const LETTER_PAGE: PageGeometry = { size: A4, left: 70, right: A4[0] - 57, top: A4[1] - 40, bottom: 106 };

export const BODY = 11;
export const LEADING = 1.32;
/** Space after a paragraph. */
export const PARAGRAPH_AFTER = 6;
/** The gap after a table. */
export const TABLE_AFTER = 10;
export const BLACK = rgb(0, 0, 0);
export const GREY = rgb(0.35, 0.35, 0.35);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  sans: PDFFont;
}

/** A framed table. `groups`, when given, is a header row above `columns`: a group spanning one column with an empty label leaves that column's header over both rows. */
export interface FlowTable {
  caption: string;
  columns: string[];
  /** Relative column widths (sum 1). */
  widths: number[];
  rows: string[][];
  groups?: { label: string; span: number }[];
  /** Per column; left by default. */
  align?: ('left' | 'center')[];
  /** Font size of the cells (9.5 by default). */
  size?: number;
  /** Header labels centred (else left-aligned, as the letters have them). */
  centerHeader?: boolean;
}

/** Wraps `text` into lines no wider than `width` (long words are broken by characters). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let n = rest.length - 1;
        while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > width) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** Printed across every page of a document from a demo folder. */
export const SAMPLE_MARK = 'CONTOH';
const SAMPLE_GREY = rgb(0.86, 0.86, 0.86);

/**
 * A demo folder's document (demo/demoMarker.ts): "CONTOH" diagonally across the page in light grey,
 * drawn first so the text stays readable over it, and `line` above the letterhead.
 */
function sampleMarks(page: PDFPage, f: Fonts, geo: PageGeometry, line: string): void {
  const size = 120;
  const angle = 50;
  const rad = (angle * Math.PI) / 180;
  const w = f.bold.widthOfTextAtSize(SAMPLE_MARK, size);
  const h = size * 0.66;
  const [pw, ph] = geo.size;
  // The baseline's start, so that the word's centre is the page's centre.
  const x = pw / 2 - (w / 2) * Math.cos(rad) + (h / 2) * Math.sin(rad);
  const y = ph / 2 - (w / 2) * Math.sin(rad) - (h / 2) * Math.cos(rad);
  page.drawText(SAMPLE_MARK, { x, y, size, font: f.bold, color: SAMPLE_GREY, rotate: degrees(angle) });
  page.drawText(line, { x: geo.left - 8, y: ph - 24, size: 9, font: f.bold, color: GREY });
}

const TABLE_SIZE = 9.5;
const CELL_PAD = 3.5;
const CELL_LEADING = 1.22;

export class Flow {
  page!: PDFPage;
  y: number;
  readonly pages: PDFPage[] = [];

  /** `sampleLine`: the document comes from a demo folder; the line printed above each page's content. */
  constructor(
    readonly doc: PDFDocument,
    readonly f: Fonts,
    readonly geo: PageGeometry = LETTER_PAGE,
    private readonly sampleLine: string | null = null,
  ) {
    this.y = geo.top;
    this.newPage();
  }

  get left(): number {
    return this.geo.left;
  }

  get right(): number {
    return this.geo.right;
  }

  get width(): number {
    return this.geo.right - this.geo.left;
  }

  newPage(): void {
    this.page = this.doc.addPage(this.geo.size);
    this.pages.push(this.page);
    this.y = this.geo.top;
    if (this.sampleLine !== null) sampleMarks(this.page, this.f, this.geo, this.sampleLine);
  }

  /** Starts a new page when `height` does not fit above the footer. */
  ensure(height: number): void {
    if (this.y - height < this.geo.bottom) this.newPage();
  }

  text(s: string, x: number, y: number, font: PDFFont, size: number, color = BLACK): void {
    if (s) this.page.drawText(s, { x, y, font, size, color });
  }

  centered(s: string, font: PDFFont, size: number, underline = false, x0 = this.left, x1 = this.right): void {
    for (const line of wrapText(s, font, size, x1 - x0)) {
      this.ensure(size * LEADING);
      const w = font.widthOfTextAtSize(line, size);
      const x = x0 + (x1 - x0 - w) / 2;
      this.y -= size;
      this.text(line, x, this.y, font, size);
      if (underline) this.page.drawLine({ start: { x, y: this.y - 1.5 }, end: { x: x + w, y: this.y - 1.5 }, thickness: 0.7, color: BLACK });
      this.y -= size * (LEADING - 1);
    }
  }

  /** A paragraph, justified (all lines but the last) or left-aligned, from `x` over `width`. */
  paragraph(s: string, opts: { font?: PDFFont; size?: number; x?: number; width?: number; justify?: boolean; after?: number } = {}): void {
    const font = opts.font ?? this.f.regular;
    const size = opts.size ?? BODY;
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.width;
    const lines = wrapText(s, font, size, width);
    lines.forEach((line, i) => {
      this.ensure(size * LEADING);
      this.y -= size;
      const words = line.split(' ');
      const last = i === lines.length - 1;
      const natural = words.reduce((w, word) => w + font.widthOfTextAtSize(word, size), 0);
      const gap = words.length > 1 ? (width - natural) / (words.length - 1) : 0;
      // A line broken before a long word (a case number) would get gaping spaces: leave it ragged.
      if ((opts.justify ?? true) && !last && words.length > 1 && gap < 3.5 * font.widthOfTextAtSize(' ', size)) {
        let cx = x;
        for (const word of words) {
          this.text(word, cx, this.y, font, size);
          cx += font.widthOfTextAtSize(word, size) + gap;
        }
      } else this.text(line, x, this.y, font, size);
      this.y -= size * (LEADING - 1);
    });
    this.y -= opts.after ?? PARAGRAPH_AFTER;
  }

  /** "Label : value" lines, the value wrapped in its own column. */
  fields(rows: readonly [string, string][], labelWidth: number, size = BODY, valueFont?: PDFFont): void {
    for (const [label, value] of rows) {
      const lines = wrapText(value, valueFont ?? this.f.regular, size, this.width - labelWidth - 10);
      this.ensure(size * LEADING * Math.min(lines.length, 3));
      this.y -= size;
      this.text(label, this.left, this.y, this.f.regular, size);
      this.text(':', this.left + labelWidth, this.y, this.f.regular, size);
      lines.forEach((line, i) => {
        if (i > 0) {
          this.ensure(size * LEADING);
          this.y -= size;
        }
        this.text(line, this.left + labelWidth + 10, this.y, valueFont ?? this.f.regular, size);
        this.y -= size * (LEADING - 1);
      });
    }
    this.y -= 6;
  }

  /** A table; `keepWithLast` more points must fit under its last row (what follows stays on its page). */
  table(t: FlowTable, keepWithLast = 0): void {
    const size = t.size ?? TABLE_SIZE;
    const pad = CELL_PAD;
    const line = size * CELL_LEADING;
    const widths = t.widths.map((w) => w * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const linesOf = (text: string, font: PDFFont, width: number) => wrapText(text, font, size, width - 2 * pad);
    const heightOf = (n: number) => n * line + 2 * pad;
    const rowHeight = (cells: string[], font: PDFFont) => {
      const wrapped = cells.map((c, i) => linesOf(c, font, widths[i] ?? 40));
      return { wrapped, height: heightOf(Math.max(...wrapped.map((w) => w.length))) };
    };
    /** One framed cell at (x, top); its lines left-aligned or centred. */
    const cell = (lines: string[], x: number, top: number, w: number, height: number, font: PDFFont, center: boolean, fill: boolean) => {
      if (fill) this.page.drawRectangle({ x, y: top - height, width: w, height, color: rgb(0.9, 0.9, 0.9) });
      this.page.drawRectangle({ x, y: top - height, width: w, height, borderColor: BLACK, borderWidth: 0.5 });
      lines.forEach((l, k) => {
        const lx = center ? x + (w - font.widthOfTextAtSize(l, size)) / 2 : x + pad;
        this.text(l, lx, top - pad - size * 0.9 - k * line, font, size);
      });
    };
    const drawRow = (cells: string[], font: PDFFont, header: boolean) => {
      const { wrapped, height } = rowHeight(cells, font);
      const top = this.y;
      const center = (i: number) => (header ? t.centerHeader === true : t.align?.[i] === 'center');
      wrapped.forEach((lines, i) => cell(lines, xs[i] ?? this.left, top, widths[i] ?? 40, height, font, center(i), header));
      this.y -= height;
    };
    // A grouped header: the groups' row, then the columns under the groups; a lone column spans both.
    const groups = t.groups ?? [];
    const spans: { label: string; first: number; span: number }[] = [];
    groups.reduce((first, g) => (spans.push({ ...g, first }), first + g.span), 0);
    const grouped = (g: (typeof spans)[number]) => g.span > 1 || g.label !== '';
    const groupWidth = (g: (typeof spans)[number]) => widths.slice(g.first, g.first + g.span).reduce((a, b) => a + b, 0);
    const bold = this.f.bold;
    const headerHeight = (): number => {
      if (spans.length === 0) return rowHeight(t.columns, bold).height;
      const top = Math.max(0, ...spans.filter(grouped).map((g) => linesOf(g.label, bold, groupWidth(g)).length));
      const under = Math.max(0, ...spans.filter(grouped).flatMap((g) => t.columns.slice(g.first, g.first + g.span).map((c, k) => linesOf(c, bold, widths[g.first + k] ?? 40).length)));
      const lone = Math.max(0, ...spans.filter((g) => !grouped(g)).map((g) => linesOf(t.columns[g.first] ?? '', bold, widths[g.first] ?? 40).length));
      return Math.max(heightOf(top) + heightOf(under), heightOf(lone));
    };
    const drawHeader = () => {
      if (spans.length === 0) return drawRow(t.columns, bold, true);
      const top = this.y;
      const height = headerHeight();
      const topHeight = heightOf(Math.max(0, ...spans.filter(grouped).map((g) => linesOf(g.label, bold, groupWidth(g)).length)));
      for (const g of spans) {
        const x = xs[g.first] ?? this.left;
        if (!grouped(g)) {
          cell(linesOf(t.columns[g.first] ?? '', bold, widths[g.first] ?? 40), x, top, widths[g.first] ?? 40, height, bold, t.centerHeader === true, true);
          continue;
        }
        cell(linesOf(g.label, bold, groupWidth(g)), x, top, groupWidth(g), topHeight, bold, t.centerHeader === true, true);
        for (let k = 0; k < g.span; k++) {
          const i = g.first + k;
          cell(linesOf(t.columns[i] ?? '', bold, widths[i] ?? 40), xs[i] ?? x, top - topHeight, widths[i] ?? 40, height - topHeight, bold, t.centerHeader === true, true);
        }
      }
      this.y -= height;
    };
    // Neither the caption nor the header stands alone at a page's foot: the first row (with what
    // must follow a lone row) goes with them.
    const firstRow = t.rows[0] ? rowHeight(t.rows[0], this.f.regular).height + (t.rows.length === 1 ? TABLE_AFTER + keepWithLast : 0) : 0;
    const start = headerHeight() + Math.max(20, firstRow);
    if (t.caption) {
      this.ensure(Math.max(BODY * LEADING + 40, wrapText(t.caption, this.f.regular, BODY, this.width).length * BODY * LEADING + 3 + start));
      this.paragraph(t.caption, { justify: false, after: 3 });
    }
    this.ensure(start);
    drawHeader();
    t.rows.forEach((row, i) => {
      // The last row keeps `keepWithLast` below it, after the table's own gap.
      const h = rowHeight(row, this.f.regular).height + (i === t.rows.length - 1 ? TABLE_AFTER + keepWithLast : 0);
      if (this.y - h < this.geo.bottom) {
        this.newPage();
        drawHeader();
      }
      drawRow(row, this.f.regular, false);
    });
    this.y -= TABLE_AFTER;
  }
}
