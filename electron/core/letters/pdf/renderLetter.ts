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
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { PDFA_SAVE_OPTIONS, finishPdfA } from '../../pdfa/finishPdfA';
import type { LetterContent } from '../content';
import { drawCode128 } from './code128';
import { BODY, Flow, GREY, LEADING, LETTER_PAGE, PARAGRAPH_AFTER, SAMPLE_MARK, BLACK, wrapText, type Fonts } from './flow';
import { letterhead } from './letterhead';
import { drawQr } from './qr';
import { signatures, signingNeed, type Signing } from './signatureBlock';
import { TRAIL_HEAD_BLOCK_HEIGHT, drawTrailHeadBlock } from './trailHeadBlock';

export { SAMPLE_MARK, wrapText };

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
  /** The temporary password, printed copy only (memory only; docs/sop.md §Decided: Password never stored). */
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

const { left: LEFT, right: RIGHT } = LETTER_PAGE;
const WIDTH = RIGHT - LEFT;

/** The letter's signatures (the place and date above them on a naskah). */
const signingOf = (c: LetterContent): Signing => ({ ...c, placeDate: c.form === 'naskah' ? c.placeDate : null });
const signaturesNeed = (flow: Flow, c: LetterContent) => signingNeed(flow, signingOf(c));

export async function renderLetter(input: RenderLetterInput): Promise<{ pdf: Uint8Array; pages: number }> {
  const { content: c } = input;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const embed = async (file: string) => doc.embedFont(await readFile(file), { subset: true });
  const [regular, bold, italic] = await Promise.all([embed(input.fonts.regular), embed(input.fonts.bold), embed(input.fonts.italic)]);
  // The password font only on the printed step-8 copy (an unused font would still be written).
  const f: Fonts = { regular, bold, italic, sans: input.password ? await embed(input.fonts.sans) : regular };
  const flow = new Flow(doc, f, LETTER_PAGE, c.sample ? `${SAMPLE_MARK} — data contoh untuk pelatihan, bukan surat resmi` : null);
  await letterhead(flow, c.agency, input.logo);
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
  signatures(flow, signingOf(c));
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
