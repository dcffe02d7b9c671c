/**
 * A letter's content → PDF/A-2b (ISO 19005-2 level B) with pdf-lib, in the documents worker thread, in
 * the form of an Indonesian *naskah dinas*: letterhead (*kop surat*) with a double rule, the number
 * block (surat: Nomor/Sifat/Lampiran/Hal + place and date + "Yth." recipient; naskah: centred title
 * and number), body, the kind's tables, closing, signature block (position, space to sign, name,
 * NIP), *Tembusan*, and on every page a footer with the verification QR code and page numbers.
 * Fonts: Liberation Serif (SIL OFL, build/fonts) embedded and subset (§6.2.11.4); the password (printed
 * copy only) in DejaVu Sans, whose glyphs tell look-alike characters apart.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import { PDFDocument, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { PDFA_SAVE_OPTIONS, finishPdfA } from '../../pdfa/finishPdfA';
import type { LetterContent, LetterTable } from '../content';
import { drawCode128 } from './code128';
import { drawQr } from './qr';
import { TRAIL_HEAD_BLOCK_HEIGHT, drawTrailHeadBlock } from './trailHeadBlock';

export interface LetterFonts {
  regular: string;
  bold: string;
  italic: string;
  /** DejaVu Sans, for the password. */
  sans: string;
}

export interface RenderLetterInput {
  content: LetterContent;
  contentHash: string;
  /** The QR payload: LOKET-AKUN|<caseNumber>|<number or kind>|<contentHash>. */
  qrText: string;
  /** Letterhead logo (PNG/JPEG bytes) or null. */
  logo: Uint8Array | null;
  /** The temporary password, printed copy only (memory only; SOP.md Decided). */
  password: string | null;
  /** Not issued yet (preview): marked as a draft. */
  draft: boolean;
  /** The kind takes a number when first printed: a draft says where it will go (an unnumbered one says nothing). */
  numbered: boolean;
  createdAt: string;
  fileId: string;
  fonts: LetterFonts;
  iccFile: string;
}

const A4: [number, number] = [595.28, 841.89];
const LEFT = 70;
const RIGHT = A4[0] - 57;
const WIDTH = RIGHT - LEFT;
const TOP = A4[1] - 40;
/** Content stops above the footer band. */
const BOTTOM = 106;
const BODY = 11;
const LEADING = 1.32;
/** Space after a paragraph. */
const PARAGRAPH_AFTER = 6;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  sans: PDFFont;
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

/** Printed across every page of a letter from a demo folder. */
export const SAMPLE_MARK = 'CONTOH';
const SAMPLE_GREY = rgb(0.86, 0.86, 0.86);

/**
 * A demo folder's letter (demo/demoMarker.ts): "CONTOH" diagonally across the page in light grey,
 * drawn first so the text stays readable over it, and a line above the letterhead.
 */
function sampleMarks(page: PDFPage, f: Fonts): void {
  const size = 120;
  const angle = 50;
  const rad = (angle * Math.PI) / 180;
  const w = f.bold.widthOfTextAtSize(SAMPLE_MARK, size);
  const h = size * 0.66;
  // The baseline's start, so that the word's centre is the page's centre.
  const x = A4[0] / 2 - (w / 2) * Math.cos(rad) + (h / 2) * Math.sin(rad);
  const y = A4[1] / 2 - (w / 2) * Math.sin(rad) - (h / 2) * Math.cos(rad);
  page.drawText(SAMPLE_MARK, { x, y, size, font: f.bold, color: SAMPLE_GREY, rotate: degrees(angle) });
  page.drawText(`${SAMPLE_MARK} — data contoh untuk pelatihan, bukan surat resmi`, { x: LEFT - 8, y: A4[1] - 24, size: 9, font: f.bold, color: GREY });
}

class Flow {
  page!: PDFPage;
  y = TOP;
  readonly pages: PDFPage[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly f: Fonts,
    private readonly sample = false,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = TOP;
    if (this.sample) sampleMarks(this.page, this.f);
  }

  /** Starts a new page when `height` does not fit above the footer. */
  ensure(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  text(s: string, x: number, y: number, font: PDFFont, size: number, color = BLACK): void {
    if (s) this.page.drawText(s, { x, y, font, size, color });
  }

  centered(s: string, font: PDFFont, size: number, underline = false, x0 = LEFT, x1 = RIGHT): void {
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
    const x = opts.x ?? LEFT;
    const width = opts.width ?? WIDTH;
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
      const lines = wrapText(value, valueFont ?? this.f.regular, size, WIDTH - labelWidth - 10);
      this.ensure(size * LEADING * Math.min(lines.length, 3));
      this.y -= size;
      this.text(label, LEFT, this.y, this.f.regular, size);
      this.text(':', LEFT + labelWidth, this.y, this.f.regular, size);
      lines.forEach((line, i) => {
        if (i > 0) {
          this.ensure(size * LEADING);
          this.y -= size;
        }
        this.text(line, LEFT + labelWidth + 10, this.y, valueFont ?? this.f.regular, size);
        this.y -= size * (LEADING - 1);
      });
    }
    this.y -= 6;
  }

  /** A table; `keepWithLast` more points must fit under its last row (what follows stays on its page). */
  table(t: LetterTable, keepWithLast = 0): void {
    const size = 9.5;
    const pad = 3.5;
    const widths = t.widths.map((w) => w * WIDTH);
    const rowHeight = (cells: string[], font: PDFFont) => {
      const wrapped = cells.map((c, i) => wrapText(c, font, size, (widths[i] ?? 40) - 2 * pad));
      return { wrapped, height: Math.max(...wrapped.map((w) => w.length)) * size * 1.22 + 2 * pad };
    };
    const drawRow = (cells: string[], font: PDFFont, header: boolean) => {
      const { wrapped, height } = rowHeight(cells, font);
      let x = LEFT;
      const top = this.y;
      if (header) this.page.drawRectangle({ x: LEFT, y: top - height, width: WIDTH, height, color: rgb(0.9, 0.9, 0.9) });
      wrapped.forEach((lines, i) => {
        const w = widths[i] ?? 40;
        this.page.drawRectangle({ x, y: top - height, width: w, height, borderColor: BLACK, borderWidth: 0.5 });
        lines.forEach((line, k) => this.text(line, x + pad, top - pad - size * 0.9 - k * size * 1.22, font, size));
        x += w;
      });
      this.y -= height;
    };
    if (t.caption) {
      this.ensure(BODY * LEADING + 40);
      this.paragraph(t.caption, { justify: false, after: 3 });
    }
    const header = rowHeight(t.columns, this.f.bold).height;
    this.ensure(header + 20);
    drawRow(t.columns, this.f.bold, true);
    t.rows.forEach((row, i) => {
      // The last row keeps `keepWithLast` below it, after the table's own gap.
      const h = rowHeight(row, this.f.regular).height + (i === t.rows.length - 1 ? TABLE_AFTER + keepWithLast : 0);
      if (this.y - h < BOTTOM) {
        this.newPage();
        drawRow(t.columns, this.f.bold, true);
      }
      drawRow(row, this.f.regular, false);
    });
    this.y -= TABLE_AFTER;
  }
}

/** The gap after a table. */
const TABLE_AFTER = 10;

export async function renderLetter(input: RenderLetterInput): Promise<{ pdf: Uint8Array; pages: number }> {
  const { content: c } = input;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const embed = async (file: string) => doc.embedFont(await readFile(file), { subset: true });
  const [regular, bold, italic] = await Promise.all([embed(input.fonts.regular), embed(input.fonts.bold), embed(input.fonts.italic)]);
  // The password font only on the printed step-8 copy (an unused font would still be written).
  const f: Fonts = { regular, bold, italic, sans: input.password ? await embed(input.fonts.sans) : regular };
  const flow = new Flow(doc, f, c.sample === true);
  await letterhead(flow, c, input.logo);
  const awaitingNumber = input.draft && input.numbered;
  if (c.form === 'surat') suratHeading(flow, c, awaitingNumber);
  else naskahHeading(flow, c, awaitingNumber);
  for (const p of c.paragraphs) flow.paragraph(p);
  if (c.fields.length) flow.fields(c.fields, 150);
  if (c.kind === 'notification' && c.password !== null) passwordBox(flow, input.password, c.password);
  // The signature never stands alone on a page (tata naskah dinas): the closing line (else the
  // last note) goes with it to the next page, or — a letter with neither — the last table row.
  const tail = c.closing || (c.kind !== 'receipt' ? (c.notes.at(-1) ?? '') : '');
  // The control sheet's trail-head block stands between the closing line and the signatures.
  const signing = trailHeadHeight(c) + signaturesNeed(flow, c);
  const tailNeed = () => wrapText(tail, f.regular, BODY, WIDTH).length * BODY * LEADING + PARAGRAPH_AFTER + signing;
  c.tables.forEach((t, i) => flow.table(t, !tail && c.notes.length === 0 && i === c.tables.length - 1 ? signing : 0));
  c.notes.forEach((n, i) => {
    if (!c.closing && n === tail && i === c.notes.length - 1) flow.ensure(tailNeed());
    flow.paragraph(n);
  });
  if (c.kind === 'receipt') archiveNumberMarks(flow, c.caseNumber);
  if (c.closing) {
    flow.ensure(tailNeed());
    flow.paragraph(c.closing);
  }
  if (c.trailHead) trailHead(flow, c, c.trailHead);
  signatures(flow, c);
  copies(flow, c.copies);
  footers(flow, input);
  await finishPdfA(
    doc,
    {
      title: `${c.sample ? `${SAMPLE_MARK}: ` : ''}${c.title} — ${c.caseNumber}`,
      subject: c.subject,
      keywords: `${c.caseNumber}, ${c.title}${c.number ? `, ${c.number}` : ''}`,
      createdAt: input.createdAt,
      fileId: input.fileId,
      properties: [
        { name: 'caseNumber', value: c.caseNumber, description: 'Nomor berkas permohonan' },
        { name: 'documentType', value: c.title, description: 'Jenis dokumen' },
        { name: 'letterKind', value: c.kind, description: 'Jenis surat (kode aplikasi)' },
        { name: 'letterNumber', value: c.number, description: 'Nomor surat' },
        { name: 'contentHash', value: input.contentHash, description: 'SHA-256 JSON kanonis isi surat' },
        ...(c.sample ? [{ name: 'sample', value: SAMPLE_MARK, description: 'Surat contoh dari folder data latihan; bukan surat resmi' }] : []),
      ],
    },
    input.iccFile,
  );
  const pdf = await doc.save(PDFA_SAVE_OPTIONS);
  return { pdf, pages: flow.pages.length };
}

async function letterhead(flow: Flow, c: LetterContent, logo: Uint8Array | null): Promise<void> {
  const { page, f } = flow;
  const top = flow.y;
  // With a logo on the left, the text is centred in the space beside it (it would overlap otherwise).
  let x0 = LEFT;
  if (logo) {
    const isPng = logo[0] === 0x89 && logo[1] === 0x50;
    const image = isPng ? await flow.doc.embedPng(logo) : await flow.doc.embedJpg(logo);
    const scale = Math.min(60 / image.width, 64 / image.height);
    page.drawImage(image, { x: LEFT - 8, y: top - image.height * scale - 2, width: image.width * scale, height: image.height * scale });
    x0 = LEFT - 8 + image.width * scale + 6;
  }
  const x1 = logo ? RIGHT + 8 - (x0 - LEFT) / 3 : RIGHT;
  flow.centered(c.agency.institution.toUpperCase(), f.bold, 14, false, x0, x1);
  flow.centered(c.agency.unit.toUpperCase(), f.bold, 15, false, x0, x1);
  flow.y -= 1;
  flow.centered(c.agency.address, f.regular, 10, false, x0, x1);
  for (const line of c.agency.lines) flow.centered(line, f.regular, 9.5, false, x0, x1);
  flow.y = (logo ? Math.min(flow.y, top - 66) : flow.y) - 4;
  // The double rule under the letterhead (thick over thin), as in naskah dinas letterheads.
  page.drawLine({ start: { x: LEFT - 8, y: flow.y }, end: { x: RIGHT + 8, y: flow.y }, thickness: 2.2, color: BLACK });
  page.drawLine({ start: { x: LEFT - 8, y: flow.y - 3.2 }, end: { x: RIGHT + 8, y: flow.y - 3.2 }, thickness: 0.7, color: BLACK });
  flow.y -= 18;
}

const draftNumber = '(nomor diberikan saat diterbitkan)';
/** An archive copy of a letter never printed has no number (issue 10 §8). */
const archiveCopyNumber = '— (tidak pernah dicetak; salinan arsip)';

function suratHeading(flow: Flow, c: LetterContent, awaitingNumber: boolean): void {
  const { f } = flow;
  const size = BODY;
  const placeDate = c.placeDate;
  const pdW = f.regular.widthOfTextAtSize(placeDate, size);
  flow.text(placeDate, RIGHT - pdW, flow.y - size, f.regular, size);
  const label = 62;
  const valueW = 250;
  const rows: [string, string, PDFFont][] = [
    ['Nomor', c.number || (awaitingNumber ? draftNumber : c.archiveCopy ? archiveCopyNumber : '-'), f.regular],
    ['Sifat', c.nature, f.regular],
    ['Lampiran', c.attachment, f.regular],
    ['Hal', c.subject, f.bold],
  ];
  for (const [i, [k, v, font]] of rows.entries()) {
    // Only the first line shares its row with the place and date.
    const lines = wrapText(v, font, size, i === 0 ? valueW : WIDTH - label - 8);
    flow.y -= size;
    flow.text(k, LEFT, flow.y, f.regular, size);
    flow.text(':', LEFT + label, flow.y, f.regular, size);
    lines.forEach((line, i) => {
      if (i > 0) flow.y -= size * LEADING;
      flow.text(line, LEFT + label + 8, flow.y, font, size);
    });
    flow.y -= size * (LEADING - 1);
  }
  flow.y -= 12;
  for (const line of c.recipient) {
    flow.y -= size;
    flow.text(line, LEFT, flow.y, line.startsWith('Yth.') ? f.bold : f.regular, size);
    flow.y -= size * (LEADING - 1);
  }
  flow.y -= 10;
}

function naskahHeading(flow: Flow, c: LetterContent, awaitingNumber: boolean): void {
  const { f } = flow;
  flow.centered(c.subject.toUpperCase(), f.bold, 12.5, true);
  flow.y -= 2;
  if (c.number || awaitingNumber) flow.centered(`NOMOR: ${c.number || draftNumber}`, f.regular, BODY);
  else if (c.archiveCopy) flow.centered(`NOMOR: ${archiveCopyNumber}`, f.regular, BODY);
  flow.y -= 14;
}

/** SOP step 8: the temporary password in a clear box (printed copy) or redacted (archived copy). */
function passwordBox(flow: Flow, password: string | null, redacted: string): void {
  const { f } = flow;
  const height = 62;
  flow.ensure(height + 10);
  const top = flow.y;
  flow.page.drawRectangle({ x: LEFT, y: top - height, width: WIDTH, height, borderColor: BLACK, borderWidth: 1.2 });
  flow.text('Password sementara (default):', LEFT + 12, top - 20, f.bold, BODY);
  if (password) {
    flow.text(password, LEFT + 12, top - 40, f.sans, 16);
  } else {
    flow.text(redacted, LEFT + 12, top - 38, f.italic, BODY);
  }
  const hint = 'Wajib diganti pada saat pertama kali masuk (login) ke SPSE.';
  flow.text(hint, LEFT + 12, top - 54, f.italic, 9.5);
  flow.y = top - height - 10;
}

const trailHeadHeight = (c: LetterContent) => (c.trailHead ? TRAIL_HEAD_BLOCK_HEIGHT + 10 : 0);

/** Control sheet: the trail head block (trailHeadBlock.ts) just above the signature, on its page. */
function trailHead(flow: Flow, c: LetterContent, head: NonNullable<LetterContent['trailHead']>): void {
  flow.ensure(trailHeadHeight(c) + signaturesNeed(flow, c));
  drawTrailHeadBlock(flow.page, flow.f, { x: LEFT, top: flow.y, width: WIDTH }, c.caseNumber, head);
  flow.y -= trailHeadHeight(c);
}

/** Receipt: the archive number as QR code and Code 128 barcode, for the paper folder (SOP Pencatatan 2). */
function archiveNumberMarks(flow: Flow, caseNumber: string): void {
  const { f } = flow;
  const qr = 70;
  flow.ensure(qr + 14);
  const top = flow.y;
  drawQr(flow.page, caseNumber, { x: LEFT - 8, y: top - qr, size: qr }, { level: 'M' });
  const module = 0.9;
  const barX = LEFT + qr + 20;
  const width = drawCode128(flow.page, caseNumber, { x: barX, y: top - 52, module, height: 40 });
  flow.text(caseNumber, barX + (width - f.regular.widthOfTextAtSize(caseNumber, 10)) / 2, top - 65, f.regular, 10);
  flow.text('Nomor arsip (cantumkan pada map berkas)', barX, top - 8, f.italic, 9);
  flow.y = top - qr - 10;
}

/** Lines above the name: place and date (naskah), caption, position — wrapped to the block's width. */
function headLines(flow: Flow, s: LetterContent['signatory'], placeDate: string | null, width: number): string[] {
  return [placeDate ?? '', s.caption, s.position].filter((l) => l !== '').flatMap((l) => wrapText(l, flow.f.regular, BODY, width));
}

const SIGN_SPACE = 46;
/** Space above the signatures and under each row of them. */
const SIGN_BEFORE = 8;
const SIGN_AFTER = 10;

/** One signature placed on the page: its lines left-aligned at `x`, or centred over `width`. */
interface PlacedSignature {
  s: LetterContent['signatory'];
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

const SIGN_X = LEFT + WIDTH * 0.52;

/**
 * The rows of signatures: the signatory on the right (under the place and date on a naskah); on the
 * left the requester (receipt) or, else, the one under "Mengetahui,"; when the receipt has both, the
 * acknowledgement centred in a second row (tata naskah dinas).
 */
function signatureRows(flow: Flow, c: LetterContent): PlacedSignature[][] {
  const right: PlacedSignature = { s: c.signatory, x: SIGN_X, width: RIGHT - SIGN_X, head: headLines(flow, c.signatory, c.form === 'naskah' ? c.placeDate : null, RIGHT - SIGN_X), center: false };
  const leftSig = c.counterpart ?? c.acknowledger;
  // The left block starts a line lower: level with the caption under the date.
  const left: PlacedSignature[] = leftSig ? [{ s: leftSig, x: LEFT, width: WIDTH * 0.45, head: ['', ...headLines(flow, leftSig, null, WIDTH * 0.45)], center: false }] : [];
  const rows = [[right, ...left]];
  if (c.counterpart && c.acknowledger) {
    const width = WIDTH * 0.5;
    rows.push([{ s: c.acknowledger, x: LEFT + (WIDTH - width) / 2, width, head: headLines(flow, c.acknowledger, null, width), center: true }]);
  }
  return rows;
}

const rowHeadHeight = (row: readonly PlacedSignature[]) => Math.max(...row.map((p) => p.head.length)) * BODY * LEADING;
/** From a row's top to under its NIP line. */
const rowHeight = (row: readonly PlacedSignature[]) => rowHeadHeight(row) + SIGN_SPACE + BODY + BODY * LEADING;

/** Everything `signatures` and `copies` draw, so what must go with them can be kept on their page. */
function signaturesNeed(flow: Flow, c: LetterContent): number {
  const rows = signatureRows(flow, c);
  return SIGN_BEFORE + rows.reduce((h, row) => h + rowHeight(row) + SIGN_AFTER, 0) + copiesHeight(c.copies);
}

/** The signature rows, names of a row on one line; kept on one page with the *tembusan*. */
function signatures(flow: Flow, c: LetterContent): void {
  flow.ensure(signaturesNeed(flow, c));
  flow.y -= SIGN_BEFORE;
  for (const row of signatureRows(flow, c)) {
    const top = flow.y;
    const nameY = top - rowHeadHeight(row) - SIGN_SPACE - BODY;
    for (const p of row) signatureBlock(flow, p, top, nameY);
    flow.y = top - rowHeight(row) - SIGN_AFTER;
  }
}

const copiesHeight = (list: readonly string[]) => (list.length === 0 ? 0 : 10 * LEADING * (list.length + 1));

function copies(flow: Flow, list: readonly string[]): void {
  if (list.length === 0) return;
  flow.ensure(copiesHeight(list));
  flow.paragraph('Tembusan:', { justify: false, after: 0, size: 10 });
  list.forEach((item, i) => flow.paragraph(list.length > 1 ? `${i + 1}. ${item}` : item, { justify: false, after: 0, size: 10 }));
}

function footers(flow: Flow, input: RenderLetterInput): void {
  const { f } = flow;
  const total = flow.pages.length;
  const c = input.content;
  flow.pages.forEach((page, i) => {
    const qr = 66;
    const base = 30;
    page.drawLine({ start: { x: LEFT, y: base + qr + 6 }, end: { x: RIGHT, y: base + qr + 6 }, thickness: 0.5, color: GREY });
    drawQr(page, input.qrText, { x: LEFT - 6, y: base, size: qr }, { level: 'M' });
    const tx = LEFT + qr + 6;
    const lines = [
      'Dokumen ini diterbitkan melalui aplikasi Loket Akun SPSE. Pindai kode QR untuk mencocokkan isi',
      'dokumen dengan arsip elektronik berkas.',
      `Nomor berkas: ${c.caseNumber}${c.number ? ` · Nomor surat: ${c.number}` : ''}`,
      `Sidik isi (SHA-256): ${input.contentHash.slice(0, 16)}`,
    ];
    lines.forEach((l, k) => page.drawText(l, { x: tx, y: base + qr - 14 - k * 10.5, font: f.regular, size: 8, color: GREY }));
    if (input.draft) page.drawText('DRAF — belum diterbitkan', { x: tx, y: base + 6, font: f.bold, size: 8, color: GREY });
    else if (c.archiveCopy) page.drawText('SALINAN ARSIP — tidak pernah dicetak', { x: tx, y: base + 6, font: f.bold, size: 8, color: GREY });
    else if (c.sample) page.drawText(`${SAMPLE_MARK} — bukan surat resmi`, { x: tx, y: base + 6, font: f.bold, size: 8, color: GREY });
    if (total > 1) {
      const label = `Halaman ${i + 1} dari ${total}`;
      page.drawText(label, { x: RIGHT - f.regular.widthOfTextAtSize(label, 9), y: base + 6, font: f.regular, size: 9, color: GREY });
    }
  });
}
