/**
 * The control sheet's trail-head block (Lembar Kendali): the head of the case's audit trail when the
 * sheet was issued — its position, the hash shortened (as `loket verify` prints it) and in full — and
 * a QR code of case number + hash. The paper is a copy of the chain that no one editing the PC or the
 * share can reach (docs/operators.md, "The trail head and its copies"); scanning the QR and comparing
 * it with the archived bag's trail needs no typing of 64 characters.
 */
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { shortHash, type TrailHead } from '../../../../shared/domain/trailHead';
import { drawQr } from './qr';

/** Height of the block in points (the caller keeps it on one page, with the signature). */
export const TRAIL_HEAD_BLOCK_HEIGHT = 74;
/** The QR's box, quiet zone included: about 1.3 pt a module, as the letters' footer QR. */
const QR_SIZE = 70;
const QR_PREFIX = 'LOKET-JEJAK';

/** The QR payload: LOKET-JEJAK|<case number>|<seq>|<hash> (seq 0-based, as in audit-trail.jsonl). */
export function trailHeadQrText(caseNumber: string, head: TrailHead): string {
  return `${QR_PREFIX}|${caseNumber}|${head.seq}|${head.hash}`;
}

/** What `trailHeadQrText` encoded, or null for another QR code. */
export function parseTrailHeadQr(text: string): { caseNumber: string; head: TrailHead } | null {
  const m = /^LOKET-JEJAK\|(.+)\|(\d+)\|([0-9a-f]{64})$/.exec(text.trim());
  return m ? { caseNumber: m[1] as string, head: { seq: Number(m[2]), hash: m[3] as string } } : null;
}

/** Draws the block with its top-left at (`x`, `top`), `width` wide, TRAIL_HEAD_BLOCK_HEIGHT high. */
export function drawTrailHeadBlock(page: PDFPage, fonts: { regular: PDFFont; bold: PDFFont }, at: { x: number; top: number; width: number }, caseNumber: string, head: TrailHead): void {
  const { x, top, width } = at;
  const h = TRAIL_HEAD_BLOCK_HEIGHT;
  page.drawRectangle({ x, y: top - h, width, height: h, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
  drawQr(page, trailHeadQrText(caseNumber, head), { x: x + 3, y: top - h + 3, size: QR_SIZE }, { level: 'M' });
  const tx = x + QR_SIZE + 10;
  const lines: Array<[string, PDFFont, number]> = [
    [`Kepala jejak audit berkas saat lembar ini diterbitkan: peristiwa ke-${head.seq + 1}`, fonts.bold, 9],
    [`Hash ringkas: ${shortHash(head.hash)}`, fonts.regular, 9],
    ['Hash lengkap (SHA-256):', fonts.regular, 8],
    [head.hash, fonts.regular, 7.6],
    ['Jejak audit arsip elektronik berkas ini harus memuat hash ini pada peristiwa tersebut; pindai kode QR', fonts.regular, 7],
    ['di kiri dan cocokkan dengan hasil loket verify.', fonts.regular, 7],
  ];
  let y = top - 13;
  for (const [text, font, size] of lines) {
    page.drawText(text, { x: tx, y, font, size, color: rgb(0, 0, 0) });
    y -= size + 2.8;
  }
}
