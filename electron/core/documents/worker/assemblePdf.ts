/**
 * Page JPEGs (+ OCR words) → one PDF/A-2b (ISO 19005-2, level B) with pdf-lib, in the worker thread:
 * - each page an image XObject (DCTDecode: the JPEG bytes as they are) sized from its dpi;
 * - an invisible text layer (text render mode 3, ISO 32000-1 §9.3.6) in an embedded, subset TrueType
 *   font (DejaVu Sans; §6.2.11.4: every font embedded), each word scaled onto its OCR box, so
 *   `pdftotext` and viewers find and select the words where they are printed;
 * - the PDF/A finishing shared with the letters (electron/core/pdfa/finishPdfA.ts): OutputIntent,
 *   XMP with pdfaid part 2 / B plus `loket:caseNumber` and `loket:documentType`, trailer /ID.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import {
  PDFDocument, TextRenderingMode, beginText, endText, popGraphicsState,
  pushGraphicsState, setCharacterSqueeze, setFontAndSize, setTextMatrix, setTextRenderingMode, showText,
  type PDFFont,
} from 'pdf-lib';
import { PDFA_SAVE_OPTIONS, finishPdfA } from '../../pdfa/finishPdfA';
import type { OcrWord, PdfMeta, PdfPageInput } from './protocol';

export async function assemblePdf(
  pages: readonly PdfPageInput[],
  meta: PdfMeta,
  assets: { fontFile: string; iccFile: string },
  progress: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const hasText = pages.some((p) => p.words.length > 0);
  let font: PDFFont | undefined;
  let charset: Set<number> | undefined;
  if (hasText) {
    doc.registerFontkit(fontkit);
    font = await doc.embedFont(await readFile(assets.fontFile), { subset: true });
    charset = new Set(font.getCharacterSet());
  }
  for (const [i, p] of pages.entries()) {
    const image = await doc.embedJpg(p.jpeg);
    const w = (p.width * 72) / p.dpi;
    const h = (p.height * 72) / p.dpi;
    const page = doc.addPage([w, h]);
    page.drawImage(image, { x: 0, y: 0, width: w, height: h });
    if (font && charset && p.words.length > 0) addTextLayer(page, font, charset, p, w / p.width);
    progress(i + 1, pages.length);
  }
  await finishPdfA(
    doc,
    {
      title: meta.title,
      subject: `${meta.documentType} — ${meta.caseNumber}`,
      keywords: `${meta.caseNumber}, ${meta.documentType}`,
      createdAt: meta.createdAt,
      fileId: meta.fileId,
      properties: [
        { name: 'caseNumber', value: meta.caseNumber, description: 'Nomor berkas permohonan' },
        { name: 'documentType', value: meta.documentType, description: 'Jenis dokumen' },
      ],
    },
    assets.iccFile,
  );
  return doc.save(PDFA_SAVE_OPTIONS);
}

function addTextLayer(page: ReturnType<PDFDocument['addPage']>, font: PDFFont, charset: ReadonlySet<number>, p: PdfPageInput, ptPerPx: number): void {
  const fontKey = page.node.newFontDictionary(font.name, font.ref);
  const ops = [pushGraphicsState(), beginText(), setTextRenderingMode(TextRenderingMode.Invisible)];
  for (const word of p.words) {
    const text = printable(word, charset);
    if (!text) continue;
    const boxW = (word.x1 - word.x0) * ptPerPx;
    const boxH = (word.y1 - word.y0) * ptPerPx;
    if (boxW <= 0 || boxH <= 0) continue;
    const size = Math.max(1, boxH);
    const natural = font.widthOfTextAtSize(text, size);
    ops.push(
      setFontAndSize(fontKey, size),
      // Horizontal scaling (Tz) stretches the word over its box, so selection matches the print.
      setCharacterSqueeze(natural > 0 ? Math.min(1000, (100 * boxW) / natural) : 100),
      // PDF y grows upwards; the box bottom sits a little under the baseline (descenders).
      setTextMatrix(1, 0, 0, 1, word.x0 * ptPerPx, (p.height - word.y1) * ptPerPx + boxH * 0.2),
      showText(font.encodeText(text)),
    );
  }
  ops.push(endText(), popGraphicsState());
  page.pushOperators(...ops);
}

/**
 * The characters of a word the font has glyphs for: OCR may return odd symbols, and a PDF/A may not
 * show .notdef (ISO 19005-2 §6.2.11.8). Empty when nothing is left.
 */
function printable(word: OcrWord, charset: ReadonlySet<number>): string {
  const drawable = (c: string) => {
    const cp = c.codePointAt(0) ?? 0;
    return cp >= 0x20 && cp !== 0x7f && charset.has(cp);
  };
  return [...word.text].filter(drawable).join('').trim();
}
