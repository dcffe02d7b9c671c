/**
 * A QR code drawn as vector squares on a pdf-lib page (letters, folder and box labels): sharp at any
 * print size, no image to embed, and `pdftoppm` renders it for the decoding tests. The symbol comes
 * from `qrcode`'s `QRCode.create` (ISO/IEC 18004); one path of module squares, filled once.
 */
import { fill, popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor, type PDFOperator, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';

export interface QrBox {
  /** Lower-left corner of the box, PDF points. */
  x: number;
  y: number;
  /** Side of the square box, PDF points, quiet zone included. */
  size: number;
}

export interface QrOptions {
  /** Error correction: M (15 %) by default; labels that may get scuffed can ask for Q or H. */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules on each side, inside `size` (ISO/IEC 18004 asks for 4). */
  margin?: number;
}

/** The module matrix of `text` (true = dark), row by row from the top. */
export function qrModules(text: string, level: QrOptions['level'] = 'M'): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: level });
  const rows: boolean[][] = [];
  for (let r = 0; r < modules.size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < modules.size; c++) row.push(modules.get(r, c) === 1);
    rows.push(row);
  }
  return rows;
}

/**
 * Draws the QR code of `text` in `box` (quiet zone included, so keep it clear of other marks).
 * Returns the module size in points (callers check it prints large enough: ≥ 0.5 mm reads well).
 */
export function drawQr(page: PDFPage, text: string, box: QrBox, opts: QrOptions = {}): number {
  const rows = qrModules(text, opts.level ?? 'M');
  const margin = opts.margin ?? 4;
  const n = rows.length;
  const unit = box.size / (n + 2 * margin);
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0)];
  const top = box.y + box.size - margin * unit;
  rows.forEach((row, r) => {
    // Runs of dark modules in a row become one rectangle (fewer operators, no hairline seams).
    let c = 0;
    while (c < n) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && row[c]) c++;
      const x = box.x + (margin + start) * unit;
      const y = top - (r + 1) * unit;
      ops.push(rectangle(round(x), round(y), round((c - start) * unit), round(unit)));
    }
  });
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
  return unit;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
