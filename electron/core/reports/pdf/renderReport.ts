/**
 * A report document (reportPdfContent.ts) → PDF/A-2b (ISO 19005-2 level B) with pdf-lib, in the
 * documents worker thread, laid out with the letters' naskah dinas machinery (letters/pdf/): the
 * letterhead, the title and the report's fields, its tables (header repeated on each page), the
 * signature block kept with what precedes it, then the appendix of case numbers ("Lampiran") on its
 * own page; every page has a footer with the document, the period and the page number.
 * A4 landscape: the tables have up to ten columns. Fonts: Liberation Serif, embedded and subset
 * (§6.2.11.4); finished by pdfa/finishPdfA.ts like every PDF of the app.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { A4_LANDSCAPE, Flow, GREY, LEADING, PARAGRAPH_AFTER, SAMPLE_MARK, wrapText, type FlowTable, type Fonts, type PageGeometry } from '../../letters/pdf/flow';
import { letterhead, type LetterheadText } from '../../letters/pdf/letterhead';
import type { LetterFonts } from '../../letters/pdf/renderLetter';
import { signatures, signingNeed, type Signing } from '../../letters/pdf/signatureBlock';
import { PDFA_SAVE_OPTIONS, finishPdfA, type LoketXmpProperty } from '../../pdfa/finishPdfA';

/** What a report's PDF prints, built in the core from the report (reportPdfContent.ts). */
export interface ReportPdfContent {
  /** The heading, centred under the letterhead. */
  title: string;
  /** Label/value lines under it (SOP, unit, period, evaluator). */
  fields: [string, string][];
  agency: LetterheadText;
  blocks: ({ type: 'table'; table: FlowTable } | { type: 'note'; text: string })[];
  appendixTitle: string;
  appendix: FlowTable;
  signing: Signing;
  /** Left of every page's footer. */
  footer: string;
  /** From a demo folder: marked "CONTOH" on every page. */
  sample: boolean;
  /** PDF/A metadata. */
  subject: string;
  keywords: string;
  properties: LoketXmpProperty[];
}

export interface RenderReportInput {
  content: ReportPdfContent;
  logo: Uint8Array | null;
  createdAt: string;
  fileId: string;
  fonts: LetterFonts;
  iccFile: string;
}

const PAGE: PageGeometry = { size: A4_LANDSCAPE, left: 50, right: A4_LANDSCAPE[0] - 50, top: A4_LANDSCAPE[1] - 36, bottom: 58 };
const NOTE_SIZE = 9.5;

export async function renderReport(input: RenderReportInput): Promise<{ pdf: Uint8Array; pages: number }> {
  const c = input.content;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const embed = async (file: string) => doc.embedFont(await readFile(file), { subset: true });
  const [regular, bold, italic] = await Promise.all([embed(input.fonts.regular), embed(input.fonts.bold), embed(input.fonts.italic)]);
  const f: Fonts = { regular, bold, italic, sans: regular };
  const flow = new Flow(doc, f, PAGE, c.sample ? `${SAMPLE_MARK} — data contoh untuk pelatihan, bukan laporan resmi` : null);
  await letterhead(flow, c.agency, input.logo);
  flow.centered(c.title, f.bold, 12.5, true);
  flow.y -= 8;
  flow.fields(c.fields, 110, 10);
  // The signature never stands alone on a page (tata naskah dinas): the last block goes with it.
  const signing = signingNeed(flow, c.signing);
  const noteHeight = (text: string) => wrapText(text, f.regular, NOTE_SIZE, flow.width).length * NOTE_SIZE * LEADING + PARAGRAPH_AFTER;
  const closing = c.blocks.at(-1);
  c.blocks.forEach((b, i) => {
    const last = i === c.blocks.length - 1;
    if (b.type === 'table') {
      // A table followed only by its closing note keeps its last row with the note and the signature:
      // the evaluator signs under the figures, not on a page of its own.
      const beforeClosingNote = i === c.blocks.length - 2 && closing?.type === 'note';
      flow.table(b.table, last ? signing : beforeClosingNote ? noteHeight(closing.text) + signing : 0);
      return;
    }
    if (last) flow.ensure(noteHeight(b.text) + signing);
    flow.paragraph(b.text, { size: NOTE_SIZE, justify: false });
  });
  signatures(flow, c.signing);
  flow.newPage();
  flow.centered(c.appendixTitle, f.bold, 12, true);
  flow.y -= 8;
  flow.table(c.appendix);
  footers(flow, c.footer);
  await finishPdfA(
    doc,
    {
      title: `${c.sample ? `${SAMPLE_MARK}: ` : ''}${c.title}`,
      subject: c.subject,
      keywords: c.keywords,
      createdAt: input.createdAt,
      fileId: input.fileId,
      properties: [...c.properties, ...(c.sample ? [{ name: 'sample', value: SAMPLE_MARK, description: 'Laporan dari folder data latihan; bukan laporan resmi' }] : [])],
    },
    input.iccFile,
  );
  const pdf = await doc.save(PDFA_SAVE_OPTIONS);
  return { pdf, pages: flow.pages.length };
}

function footers(flow: Flow, text: string): void {
  const { f, left, right } = flow;
  const total = flow.pages.length;
  flow.pages.forEach((page, i) => {
    const base = 30;
    page.drawLine({ start: { x: left, y: base + 14 }, end: { x: right, y: base + 14 }, thickness: 0.5, color: GREY });
    const label = `Halaman ${i + 1} dari ${total}`;
    const labelW = f.regular.widthOfTextAtSize(label, 8.5);
    const line = wrapText(text, f.regular, 8, right - left - labelW - 20)[0] ?? '';
    page.drawText(line, { x: left, y: base, font: f.regular, size: 8, color: GREY });
    page.drawText(label, { x: right - labelW, y: base, font: f.regular, size: 8.5, color: GREY });
  });
}
