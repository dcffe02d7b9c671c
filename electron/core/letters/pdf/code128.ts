/**
 * Code 128, code set B (ISO/IEC 15417) for the archive number on the receipt: printable ASCII only,
 * which is what case numbers are. Encoded by hand (a few lines; no dependency) and drawn as vector
 * bars on a pdf-lib page, so a handheld scanner at the records desk reads the number off the paper.
 */
import { fill, popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor, type PDFOperator, type PDFPage } from 'pdf-lib';

/**
 * Bar/space widths (in modules, starting with a bar) of symbol values 0–106, ISO/IEC 15417 Table 1;
 * 103–105 = Start A/B/C, 106 = Stop (with its final 2-module bar).
 */
export const CODE128_PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

const START_B = 104;
const STOP = 106;

/** Symbol values of `text` in code set B: Start B, data, check symbol (mod 103 weighted sum), Stop. */
export function code128BValues(text: string): number[] {
  if (text.length === 0) throw new Error('Code 128: empty text');
  const data = [...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (ch.length !== 1 || code < 32 || code > 126) throw new Error(`Code 128-B: character not encodable: ${JSON.stringify(ch)}`);
    return code - 32;
  });
  const check = data.reduce((sum, v, i) => sum + v * (i + 1), START_B) % 103;
  return [START_B, ...data, check, STOP];
}

/** The bar/space widths of the whole symbol, without quiet zones (each symbol 11 modules, Stop 13). */
export function code128BWidths(text: string): number[] {
  return code128BValues(text).flatMap((v) => [...(CODE128_PATTERNS[v] as string)].map(Number));
}

/**
 * Draws the barcode of `text` with its bottom-left bar at (x, y); `module` is the narrowest bar's
 * width in points (≥ 0.7 pt ≈ 0.25 mm prints reliably on office lasers). Keep 10 modules clear on each
 * side (quiet zone). Returns the symbol's width in points.
 */
export function drawCode128(page: PDFPage, text: string, at: { x: number; y: number; module: number; height: number }): number {
  const widths = code128BWidths(text);
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0)];
  let x = at.x;
  widths.forEach((w, i) => {
    const width = w * at.module;
    if (i % 2 === 0) ops.push(rectangle(x, at.y, width, at.height));
    x += width;
  });
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
  return x - at.x;
}
