/**
 * PDF/A-2b finishing (ISO 19005-2, level B; docs/reference.md §4) for every PDF the app makes with pdf-lib
 * — archival scans, letters, labels — so the rules live in one place:
 * - an OutputIntent GTS_PDFA1 with the sRGB ICC profile (§6.2.4.2: DeviceGray/RGB need one);
 * - XMP metadata (§6.6.2) with pdfaid:part 2, conformance B, title, description, keywords, dates and
 *   producer matching the Info dictionary (§6.6.3), plus our own `loket:` properties declared in a
 *   PDF/A extension schema (§6.6.2.3.3), so tools read them back without a PDF parser;
 * - a trailer /ID (§6.1.3); no encryption (pdf-lib never encrypts).
 * The caller embeds every font (§6.2.11.4) and saves with `PDFA_SAVE_OPTIONS`.
 */
import { readFile } from 'node:fs/promises';
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

export const PDFA_PRODUCER = 'Loket Akun SPSE (pdf-lib)';

/** Namespace of our XMP properties (`loket:caseNumber`, `loket:contentHash`…). */
export const LOKET_XMP_NS = 'https://loket-akun.invalid/ns/1.0/';

/** One `loket:` XMP property: name (XML NCName), value, and its description for the extension schema. */
export interface LoketXmpProperty {
  name: string;
  value: string;
  description: string;
}

export interface PdfAMeta {
  title: string;
  /** Info /Subject = dc:description. */
  subject: string;
  /** Info /Keywords = pdf:Keywords (one string, identical in both: §6.6.3). */
  keywords: string;
  /** ISO instant: CreationDate/ModDate and xmp:CreateDate/ModifyDate agree (§6.6.3). */
  createdAt: string;
  /** 16 bytes hex: the trailer /ID (ISO 32000-1 §14.4). */
  fileId: string;
  /** Our own properties, in the `loket:` namespace. */
  properties: readonly LoketXmpProperty[];
  /** dc:language and the catalog /Lang; Indonesian by default. */
  language?: string;
}

/** Save options for a PDF/A: classic xref (no object streams), no default page, no form appearances. */
export const PDFA_SAVE_OPTIONS = { useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false } as const;

/**
 * Makes `doc` a PDF/A-2b: Info dictionary, XMP, OutputIntent, trailer /ID. Create the document with
 * `PDFDocument.create({ updateMetadata: false })` so pdf-lib does not overwrite the Info dates on save.
 */
export async function finishPdfA(doc: PDFDocument, meta: PdfAMeta, iccFile: string): Promise<void> {
  for (const p of meta.properties) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name)) throw new Error(`bad XMP property name: ${p.name}`);
  const created = new Date(meta.createdAt);
  const language = meta.language ?? 'id-ID';
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setKeywords([meta.keywords]);
  doc.setProducer(PDFA_PRODUCER);
  doc.setCreator(PDFA_PRODUCER);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  doc.setLanguage(language);
  await addOutputIntent(doc, iccFile);
  addXmp(doc, meta, created, language);
  const id = PDFHexString.of(meta.fileId);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
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
const unxml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function addXmp(doc: PDFDocument, meta: PdfAMeta, created: Date, language: string): void {
  // pdf-lib writes Info dates as D:YYYYMMDDHHmmSSZ (UTC); XMP gets the same instant.
  const date = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const values = meta.properties.map((p) => `   <loket:${p.name}>${xml(p.value)}</loket:${p.name}>`).join('\n');
  const declared = meta.properties
    .map(
      (p) => `        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>${p.name}</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>${xml(p.description)}</pdfaProperty:description>
        </rdf:li>`,
    )
    .join('\n');
  const extension =
    meta.properties.length === 0
      ? ''
      : `
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>Loket Akun SPSE</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>${LOKET_XMP_NS}</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>loket</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
${declared}
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>`;
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
    xmlns:loket="${LOKET_XMP_NS}">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${PDFA_PRODUCER}</xmp:CreatorTool>
   <pdf:Producer>${PDFA_PRODUCER}</pdf:Producer>
   <pdf:Keywords>${xml(meta.keywords)}</pdf:Keywords>
${values}${extension}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  // Uncompressed, so archive tools can read it without a PDF parser (ISO 19005-2 §6.6.2.1 recommends it).
  const stream = doc.context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/**
 * The `loket:` properties of a PDF made by `finishPdfA`, read from its uncompressed XMP packet (no PDF
 * parser needed); null when the bytes carry no such packet (not one of ours).
 */
export function readLoketXmp(pdf: Uint8Array): Record<string, string> | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const start = text.lastIndexOf('<x:xmpmeta');
  const end = start < 0 ? -1 : text.indexOf('</x:xmpmeta>', start);
  if (start < 0 || end < 0 || !text.includes(LOKET_XMP_NS)) return null;
  // The packet is UTF-8: decode that slice properly (latin1 only served to find it).
  const packet = Buffer.from(text.slice(start, end), 'latin1').toString('utf8');
  const out: Record<string, string> = {};
  for (const m of packet.matchAll(/<loket:([A-Za-z_][A-Za-z0-9_]*)>([^<]*)<\/loket:\1>/g)) out[m[1] as string] = unxml(m[2] ?? '');
  return out;
}
