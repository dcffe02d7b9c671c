/**
 * Printable labels for the paper archive (docs/reference.md §3 "Physical filing";
 * docs/sop.md §Pencatatan dan Pendataan, item 2):
 * - folder tab: kode klasifikasi, archive number (the case number) with its QR code, the requester,
 *   kurun waktu — ten per A4 sheet (2 × 5, 90 × 50 mm);
 * - box: box number, the folders inside it, storage location, kode, year(s), QR — two per A4 sheet.
 * A PDF/A-2b (the same finishing as the letters and scans), fonts embedded, QR as vector squares.
 */
import fontkit from '@pdf-lib/fontkit';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/contract/result';
import { kurunWaktu, localDate } from '../../../shared/dates';
import type { ArchiveSettings } from '../../../shared/domain/archive';
import type { CaseRecord } from '../../../shared/domain/case';
import { pdfAssets } from '../documents/assets';
import { drawQr } from '../letters/pdf/qr';
import { PDFA_SAVE_OPTIONS, finishPdfA } from '../pdfa/finishPdfA';
import type { Store } from '../store/openStore';
import { closingOf, type Closing } from '../../../shared/domain/closing';
import { closedCases } from './closedCases';

export type LabelKind = 'folder' | 'box';

const MM = 72 / 25.4;
const A4: [number, number] = [595.28, 841.89];

/** What a folder tab's QR carries: the archive number, which the register's search finds. */
export const folderQrText = (caseNumber: string) => caseNumber;
/** What a box label's QR carries: box, its folders and the classification code. */
export const boxQrText = (box: string, folders: readonly string[], kode: string) => `Boks ${box}; Folder ${folders.join(', ')}; ${kode}`;

interface FolderLabel {
  kode: string;
  caseNumber: string;
  name: string;
  kurunWaktu: string;
  folder: string;
}

interface BoxLabel {
  box: string;
  folders: string[];
  location: string;
  kode: string;
  years: string;
}

/** Splits `text` into lines no wider than `width` (words longer than a line are cut). */
function wrap(text: string, font: PDFFont, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width) line = next;
    else {
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]?.replace(/.$/, '') ?? ''}…`;
    return kept;
  }
  return lines;
}

/** The largest size in [min, max] at which `text` fits `width` (min when nothing fits). */
function fitSize(text: string, font: PDFFont, max: number, min: number, width: number): number {
  let size = max;
  while (size > min && font.widthOfTextAtSize(text, size) > width) size -= 0.5;
  return size;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

function frame(page: PDFPage, x: number, y: number, w: number, h: number): void {
  page.drawRectangle({ x, y, width: w, height: h, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
}

function drawFolderLabel(page: PDFPage, f: Fonts, l: FolderLabel, x: number, y: number, w: number, h: number): void {
  frame(page, x, y, w, h);
  const pad = 4 * MM;
  const qr = 26 * MM;
  drawQr(page, folderQrText(l.caseNumber), { x: x + w - pad - qr, y: y + (h - qr) / 2, size: qr }, { level: 'Q', margin: 2 });
  const textW = w - 2.5 * pad - qr;
  let cy = y + h - pad - 10;
  page.drawText(`Kode: ${l.kode}`, { x: x + pad, y: cy, size: 10, font: f.bold });
  cy -= 17;
  // The archive number on one line (it is what the clerk reads and searches): shrink to fit, down to 7 pt.
  const numberSize = fitSize(l.caseNumber, f.bold, 12, 7, textW);
  page.drawText(l.caseNumber, { x: x + pad, y: cy, size: numberSize, font: f.bold });
  cy -= 16;
  for (const line of wrap(l.name, f.regular, 9, textW, 2)) {
    page.drawText(line, { x: x + pad, y: cy, size: 9, font: f.regular });
    cy -= 11;
  }
  page.drawText(`Kurun waktu: ${l.kurunWaktu}`, { x: x + pad, y: y + pad + 11, size: 7.5, font: f.regular });
  if (l.folder) page.drawText(`Folder: ${l.folder}`, { x: x + pad, y: y + pad, size: 7.5, font: f.regular });
}

function drawBoxLabel(page: PDFPage, f: Fonts, l: BoxLabel, x: number, y: number, w: number, h: number): void {
  frame(page, x, y, w, h);
  const pad = 8 * MM;
  const qr = 55 * MM;
  drawQr(page, boxQrText(l.box, l.folders, l.kode), { x: x + w - pad - qr, y: y + h - pad - qr, size: qr }, { level: 'Q', margin: 2 });
  const textW = w - 3 * pad - qr;
  let cy = y + h - pad - 14;
  page.drawText('BOKS ARSIP', { x: x + pad, y: cy, size: 14, font: f.bold });
  cy -= 44;
  page.drawText(l.box, { x: x + pad, y: cy, size: 40, font: f.bold });
  cy -= 26;
  const rows: Array<[string, string]> = [
    ['Kode klasifikasi', l.kode],
    ['Tahun', l.years],
    ['Lokasi simpan', l.location],
  ];
  for (const [k, v] of rows) {
    page.drawText(`${k}: ${v}`, { x: x + pad, y: cy, size: 12, font: f.regular, maxWidth: textW });
    cy -= 18;
  }
  cy = Math.min(cy, y + h - 2 * pad - qr) - 6;
  page.drawText(`Nomor folder (${l.folders.length}):`, { x: x + pad, y: cy, size: 12, font: f.bold });
  cy -= 16;
  for (const line of wrap(l.folders.join(', '), f.regular, 12, w - 2 * pad, Math.max(1, Math.floor((cy - y - pad) / 15) + 1))) {
    page.drawText(line, { x: x + pad, y: cy, size: 12, font: f.regular });
    cy -= 15;
  }
}

const byNumber = (a: string, b: string) => a.localeCompare(b, 'id', { numeric: true });

async function folderLabels(store: Store, archive: ArchiveSettings, ids: readonly string[]): Promise<FolderLabel[]> {
  const zone = store.settings.get().timeZone;
  const labels: FolderLabel[] = [];
  for (const id of ids) {
    const record = await store.cases.get(id);
    const closing = closingOf(record, zone);
    // An open case already has its folder (SOP *Pencatatan* 2: the number goes on the folder at step 1).
    const received = localDate(new Date(record.intake.receivedAt), zone);
    labels.push({
      kode: archive.classificationCode,
      caseNumber: record.caseNumber,
      name: record.intake.requester.name,
      kurunWaktu: kurunWaktu(received, closing ? closing.closedDate : null),
      folder: closing?.physical.folder ?? '',
    });
  }
  return labels;
}

async function boxLabels(store: Store, archive: ArchiveSettings, ids: readonly string[]): Promise<BoxLabel[]> {
  const zone = store.settings.get().timeZone;
  const wanted = new Set<string>();
  const open: CaseRecord[] = [];
  for (const id of ids) {
    const record = await store.cases.get(id);
    const closing = closingOf(record, zone);
    if (!closing) open.push(record);
    else wanted.add(closing.physical.box);
  }
  if (open.length > 0)
    throw new AppError(
      'invalid_input',
      `Label boks hanya untuk berkas yang sudah diarsipkan (langkah 9); belum: ${open.map((r) => r.caseNumber).join(', ')}.`,
    );
  // The folders inside a box are every archived case filed in it, not only the ones selected.
  const inBox = new Map<string, Closing[]>();
  for (const { closing } of await closedCases(store, (c) => wanted.has(c.physical.box))) inBox.set(closing.physical.box, [...(inBox.get(closing.physical.box) ?? []), closing]);
  return [...wanted].sort(byNumber).map((box) => {
    const cs = inBox.get(box) ?? [];
    const years = [...new Set(cs.map((c) => c.closedDate.slice(0, 4)))].sort();
    const locations = [...new Set(cs.map((c) => c.physical.shelf).filter(Boolean))];
    return {
      box,
      folders: [...new Set(cs.map((c) => c.physical.folder))].sort(byNumber),
      location: locations.join('; '),
      kode: archive.classificationCode,
      years: years.length > 1 ? `${years[0]}–${years.at(-1)}` : (years[0] ?? ''),
    };
  });
}

export async function renderLabels(store: Store, archive: ArchiveSettings, ids: readonly string[], kind: LabelKind): Promise<Uint8Array> {
  const assets = pdfAssets();
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Liberation Serif (SIL OFL, shipped in build/fonts beside DejaVu): the letters' face, with a real bold.
  const fontDir = path.dirname(assets.fontFile);
  const fonts: Fonts = {
    regular: await doc.embedFont(await readFile(path.join(fontDir, 'LiberationSerif-Regular.ttf')), { subset: true }),
    bold: await doc.embedFont(await readFile(path.join(fontDir, 'LiberationSerif-Bold.ttf')), { subset: true }),
  };
  const margin = 12 * MM;
  if (kind === 'folder') {
    const labels = await folderLabels(store, archive, ids);
    const [cols, rows, w, h] = [2, 5, 90 * MM, 50 * MM];
    const gapX = (A4[0] - 2 * margin - cols * w) / (cols - 1);
    const gapY = (A4[1] - 2 * margin - rows * h) / (rows - 1);
    labels.forEach((l, i) => {
      const slot = i % (cols * rows);
      if (slot === 0) doc.addPage(A4);
      const page = doc.getPage(doc.getPageCount() - 1);
      const c = slot % cols;
      const r = Math.floor(slot / cols);
      drawFolderLabel(page, fonts, l, margin + c * (w + gapX), A4[1] - margin - (r + 1) * h - r * gapY, w, h);
    });
  } else {
    const labels = await boxLabels(store, archive, ids);
    const w = A4[0] - 2 * margin;
    const h = (A4[1] - 3 * margin) / 2;
    labels.forEach((l, i) => {
      if (i % 2 === 0) doc.addPage(A4);
      const page = doc.getPage(doc.getPageCount() - 1);
      drawBoxLabel(page, fonts, l, margin, i % 2 === 0 ? A4[1] - margin - h : margin, w, h);
    });
  }
  const createdAt = store.ctx.now().toISOString();
  await finishPdfA(
    doc,
    {
      title: kind === 'folder' ? 'Label folder arsip' : 'Label boks arsip',
      subject: `${kind === 'folder' ? 'Label folder' : 'Label boks'} — ${archive.classificationCode}`,
      keywords: `label arsip, ${archive.classificationCode}`,
      createdAt,
      fileId: randomBytes(16).toString('hex'),
      properties: [{ name: 'labelKind', value: kind, description: 'Jenis label arsip (folder/boks)' }],
    },
    assets.iccFile,
  );
  return doc.save(PDFA_SAVE_OPTIONS);
}
