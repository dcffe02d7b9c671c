/**
 * The signature rows of a naskah dinas (letters and reports): the signatory on the right (under the
 * place and date when the document has them there); on the left the counterpart (the requester on
 * the receipt) or, else, the one under "Mengetahui,"; with both, the acknowledgement centred in a
 * second row. Kept on one page with the *tembusan*; `signingNeed` tells a caller how much must fit
 * so that what goes with the signatures (the closing line) is kept with them (tata naskah dinas).
 */
import type { PDFFont } from 'pdf-lib';
import type { LetterSignature } from '../signers';
import { BLACK, BODY, LEADING, wrapText, type Flow } from './flow';

export interface Signing {
  signatory: LetterSignature;
  counterpart: LetterSignature | null;
  acknowledger: LetterSignature | null;
  /** Printed above the signatory's caption ("Sukamaju, 24 November 2026"), or null. */
  placeDate: string | null;
  copies: readonly string[];
}

/** Lines above the name: place and date, caption, position — wrapped to the block's width. */
function headLines(flow: Flow, s: LetterSignature, placeDate: string | null, width: number): string[] {
  return [placeDate ?? '', s.caption, s.position].filter((l) => l !== '').flatMap((l) => wrapText(l, flow.f.regular, BODY, width));
}

const SIGN_SPACE = 46;
/** Space above the signatures and under each row of them. */
const SIGN_BEFORE = 8;
const SIGN_AFTER = 10;

/** One signature placed on the page: its lines left-aligned at `x`, or centred over `width`. */
interface PlacedSignature {
  s: LetterSignature;
  x: number;
  width: number;
  head: string[];
  center: boolean;
}

function signatureBlock(flow: Flow, p: PlacedSignature, top: number, nameY: number): void {
  const { f } = flow;
  const at = (text: string, font: PDFFont) => (p.center ? p.x + Math.max(0, (p.width - font.widthOfTextAtSize(text, BODY)) / 2) : p.x);
  p.head.forEach((l, i) => flow.text(l, at(l, f.regular), top - BODY - i * BODY * LEADING, f.regular, BODY));
  const nameX = at(p.s.name, f.bold);
  const nameW = Math.min(f.bold.widthOfTextAtSize(p.s.name, BODY), p.width);
  flow.text(p.s.name, nameX, nameY, f.bold, BODY);
  flow.page.drawLine({ start: { x: nameX, y: nameY - 1.6 }, end: { x: nameX + nameW, y: nameY - 1.6 }, thickness: 0.7, color: BLACK });
  const nip = `NIP. ${p.s.nip}`;
  flow.text(nip, p.center ? at(nip, f.regular) : p.x, nameY - BODY * LEADING, f.regular, BODY);
}

/** The right-hand block starts a little past the middle, and is at most 300 pt wide (a landscape page). */
function signX(flow: Flow): number {
  return Math.max(flow.left + flow.width * 0.52, flow.right - 300);
}

function signatureRows(flow: Flow, c: Signing): PlacedSignature[][] {
  const x = signX(flow);
  const right: PlacedSignature = { s: c.signatory, x, width: flow.right - x, head: headLines(flow, c.signatory, c.placeDate, flow.right - x), center: false };
  const leftSig = c.counterpart ?? c.acknowledger;
  const leftWidth = Math.min(flow.width * 0.45, 300);
  // The left block starts a line lower: level with the caption under the date.
  const left: PlacedSignature[] = leftSig ? [{ s: leftSig, x: flow.left, width: leftWidth, head: ['', ...headLines(flow, leftSig, null, leftWidth)], center: false }] : [];
  const rows = [[right, ...left]];
  if (c.counterpart && c.acknowledger) {
    const width = flow.width * 0.5;
    rows.push([{ s: c.acknowledger, x: flow.left + (flow.width - width) / 2, width, head: headLines(flow, c.acknowledger, null, width), center: true }]);
  }
  return rows;
}

const rowHeadHeight = (row: readonly PlacedSignature[]) => Math.max(...row.map((p) => p.head.length)) * BODY * LEADING;
/** From a row's top to under its NIP line. */
const rowHeight = (row: readonly PlacedSignature[]) => rowHeadHeight(row) + SIGN_SPACE + BODY + BODY * LEADING;

const copiesHeight = (list: readonly string[]) => (list.length === 0 ? 0 : 10 * LEADING * (list.length + 1));

/** Everything `signatures` draws, so what must go with them can be kept on their page. */
export function signingNeed(flow: Flow, c: Signing): number {
  const rows = signatureRows(flow, c);
  return SIGN_BEFORE + rows.reduce((h, row) => h + rowHeight(row) + SIGN_AFTER, 0) + copiesHeight(c.copies);
}

/** The signature rows, names of a row on one line, then the *tembusan*; all on one page. */
export function signatures(flow: Flow, c: Signing): void {
  flow.ensure(signingNeed(flow, c));
  flow.y -= SIGN_BEFORE;
  for (const row of signatureRows(flow, c)) {
    const top = flow.y;
    const nameY = top - rowHeadHeight(row) - SIGN_SPACE - BODY;
    for (const p of row) signatureBlock(flow, p, top, nameY);
    flow.y = top - rowHeight(row) - SIGN_AFTER;
  }
  copies(flow, c.copies);
}

function copies(flow: Flow, list: readonly string[]): void {
  if (list.length === 0) return;
  flow.ensure(copiesHeight(list));
  flow.paragraph('Tembusan:', { justify: false, after: 0, size: 10 });
  list.forEach((item, i) => flow.paragraph(list.length > 1 ? `${i + 1}. ${item}` : item, { justify: false, after: 0, size: 10 }));
}
