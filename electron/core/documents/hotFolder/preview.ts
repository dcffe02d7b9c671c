/**
 * A small picture of one page of an inbox file, so the admin sees what the MFP delivered before
 * assigning it. Images through sharp (libvips threads); PDFs rendered by pdf.js in a document worker
 * thread at a low resolution. Never blocks the core's event loop.
 */
import { AppError } from '../../../../shared/contract/result';
import type { InboxItem } from '../../../../shared/contract/features/scanning';
import { open, tiffPageCount } from '../images';
import { standardFontDir } from '../ingest';
import { LIMITS } from '../sniff';
import type { DocumentWorker } from '../worker/pool';

export interface InboxPreview {
  page: number;
  pageCount: number | null;
  image: string;
  width: number;
  height: number;
}

/** An A4 page at 60 dpi is about 500 × 700 px: enough for any preview size asked (≤ 1600 is resized down anyway). */
const PDF_PREVIEW_DPI = 60;

export async function renderPreview(item: InboxItem, bytes: Buffer, page: number, maxSize: number, worker: DocumentWorker): Promise<InboxPreview> {
  if (!item.mediaType) throw new AppError('invalid_input', item.problem ?? 'Berkas ini tidak dapat ditampilkan.');
  let source: Buffer;
  let pageCount: number;
  try {
    if (item.mediaType === 'application/pdf') {
      const pdf = new Uint8Array(bytes);
      const dpi = Math.min(150, Math.max(PDF_PREVIEW_DPI, Math.ceil((maxSize / 11.7) * 1.1)));
      const result = await worker.run(
        { task: 'renderPdf', pdf, dpi, maxPages: LIMITS.pages, maxPixels: LIMITS.pagePixels, standardFontDir: standardFontDir() },
        { transfer: [pdf.buffer] },
      );
      if (result.task !== 'renderPdf') throw new Error('unexpected worker result');
      pageCount = result.pages.length;
      const p = result.pages[Math.min(page, pageCount) - 1];
      if (!p) throw new AppError('invalid_input', 'inbox.pdfNoPages');
      source = Buffer.from(p.png.buffer, p.png.byteOffset, p.png.byteLength);
    } else {
      pageCount = item.mediaType === 'image/tiff' ? await tiffPageCount(bytes) : 1;
      source = bytes;
    }
    const index = Math.min(page, pageCount);
    const img = item.mediaType === 'image/tiff' ? open(source, index - 1) : open(source);
    const { data, info } = await img.rotate().resize(maxSize, maxSize, { fit: 'inside', withoutEnlargement: true }).png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true });
    return { page: index, pageCount, image: `data:image/png;base64,${data.toString('base64')}`, width: info.width, height: info.height };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('invalid_input', 'inbox.damaged');
  }
}

