/**
 * One incoming file → its page images, fully validated before anything is stored: type from the
 * magic bytes, page count and pixel sizes from the headers (bombs refused before decoding), then
 * decoding (sharp for images, pdf.js in the document worker for PDFs).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/contract/features/documents';
import { appRoot } from './assets';
import { normalizePage, tiffPageCount, type PageImage } from './images';
import { imageHeaders, LIMITS, refuse, sniffKind, type FileKind } from './sniff';
import { cancelledError, type DocumentWorker } from './worker/pool';

/** PDFs are rendered at the resolution scans are made at, for the OCR and the archive. */
const PDF_DPI = 300;

export interface Ingested {
  kind: FileKind;
  pages: PageImage[];
}

export interface IngestOptions {
  worker: DocumentWorker;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** pdf.js standard fonts (also used by the inbox preview). */
export function standardFontDir(): string {
  const require = createRequire(path.join(appRoot(), 'package.json'));
  return `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;
}

export async function ingest(bytes: Buffer, opts: IngestOptions): Promise<Ingested> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw refuse(`Berkas terlalu besar (${Math.ceil(bytes.byteLength / 1024 / 1024)} MB; paling besar ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Pisahkan berkasnya atau pindai dengan resolusi lebih rendah.`);
  const kind = sniffKind(bytes.subarray(0, 1024));
  const progress = opts.onProgress ?? (() => undefined);
  if (kind === 'pdf') {
    // Copy: the worker takes ownership of the buffer it is sent.
    const pdf = new Uint8Array(bytes);
    const result = await opts.worker.run(
      { task: 'renderPdf', pdf, dpi: PDF_DPI, maxPages: LIMITS.pages, maxPixels: LIMITS.pagePixels, standardFontDir: standardFontDir() },
      { transfer: [pdf.buffer], onProgress: progress, signal: opts.signal },
    );
    if (result.task !== 'renderPdf') throw new Error('unexpected worker result');
    const pages: PageImage[] = [];
    for (const p of result.pages) pages.push(await normalizePage(Buffer.from(p.png.buffer, p.png.byteOffset, p.png.byteLength), 'png', undefined, PDF_DPI));
    return { kind, pages };
  }
  const headers = imageHeaders(kind, bytes);
  const count = kind === 'tiff' ? await tiffPageCount(bytes) : 1;
  if (count !== headers.length) throw refuse('Berkas TIFF rusak (jumlah halamannya tidak konsisten). Salin ulang atau pindai ulang.');
  const pages: PageImage[] = [];
  for (let i = 0; i < count; i++) {
    if (opts.signal?.aborted) throw cancelledError();
    pages.push(await normalizePage(bytes, kind, kind === 'tiff' ? i : undefined));
    progress(i + 1, count);
  }
  return { kind, pages };
}
