/**
 * Page JPEGs (+ OCR words) → one PDF/A-2b (ISO 19005-2, level B) with pdf-lib, in the worker thread:
 * - each page an image XObject (DCTDecode: the JPEG bytes as they are) sized from its dpi;
 * - an invisible text layer (text render mode 3, ISO 32000-1 §9.3.6) in an embedded, subset TrueType
 *   font (DejaVu Sans; §6.2.11.4: every font embedded), each word scaled onto its OCR box, so
 *   `pdftotext` and viewers find and select the words where they are printed;
 * - an OutputIntent GTS_PDFA1 with the sRGB ICC profile (§6.2.4.2: DeviceGray/RGB need one);
 * - XMP metadata (§6.6.2) with pdfaid:part 2, conformance B, title, case number and document type,
 *   dates and producer matching the Info dictionary (§6.6.3); a trailer /ID (§6.1.3); no encryption.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import {
  PDFDocument, PDFHexString, PDFName, PDFString, TextRenderingMode, beginText, endText, popGraphicsState,
  pushGraphicsState, setCharacterSqueeze, setFontAndSize, setTextMatrix, setTextRenderingMode, showText,
  type PDFFont,
} from 'pdf-lib';
import type { OcrWord, PdfMeta, PdfPageInput } from './protocol';

const PRODUCER = 'Loket Akun SPSE (pdf-lib)';

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
  const created = new Date(meta.createdAt);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(`${meta.documentType} — ${meta.caseNumber}`);
  // One keyword string, identical to pdf:Keywords in the XMP (ISO 19005-2 §6.6.3).
  doc.setKeywords([`${meta.caseNumber}, ${meta.documentType}`]);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  doc.setLanguage('id-ID');
  await addOutputIntent(doc, assets.iccFile);
  addXmp(doc, meta, created);
  const id = PDFHexString.of(meta.fileId);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
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

async function addOutputIntent(doc: PDFDocument, iccFile: string): Promise<void> {
  const icc = await readFile(iccFile);
  const stream = doc.context.flateStream(icc, { N: 3 });
  const iccRef = doc.context.register(stream);
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: iccRef,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([doc.context.register(intent)]));
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function addXmp(doc: PDFDocument, meta: PdfMeta, created: Date): void {
  // pdf-lib writes Info dates as D:YYYYMMDDHHmmSSZ (UTC); XMP gets the same instant.
  const date = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const keywords = `${meta.caseNumber}, ${meta.documentType}`;
  const packet = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"
    xmlns:loket="https://loket-akun.invalid/ns/1.0/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(`${meta.documentType} — ${meta.caseNumber}`)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>id-ID</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${PRODUCER}</xmp:CreatorTool>
   <pdf:Producer>${PRODUCER}</pdf:Producer>
   <pdf:Keywords>${xml(keywords)}</pdf:Keywords>
   <loket:caseNumber>${xml(meta.caseNumber)}</loket:caseNumber>
   <loket:documentType>${xml(meta.documentType)}</loket:documentType>
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>Loket Akun SPSE</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>https://loket-akun.invalid/ns/1.0/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>loket</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>caseNumber</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>Nomor berkas permohonan</pdfaProperty:description>
        </rdf:li>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>documentType</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>Jenis dokumen</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  // Uncompressed, so archive tools can read it without a PDF parser (ISO 19005-2 §6.6.2.1 recommends it).
  const stream = doc.context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
