/**
 * PDF pages → PNG images with pdf.js (pdfjs-dist, in this worker thread) and @napi-rs/canvas.
 * Chosen over poppler's pdftoppm because it is pure npm: Windows office PCs have no poppler.
 * Page sizes are checked against the pixel limit before a page is rendered (bomb guard).
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { RenderedPage } from './protocol';
import { Refusal } from './refusal';

export async function renderPdf(
  data: Uint8Array,
  opts: { dpi: number; maxPages: number; maxPixels: number; standardFontDir: string },
  progress: (done: number, total: number) => void,
): Promise<RenderedPage[]> {
  let doc: pdfjs.PDFDocumentProxy;
  try {
    doc = await pdfjs.getDocument({
      data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: opts.standardFontDir,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException')
      throw new Refusal('PDF ini terkunci kata sandi (terenkripsi), sehingga tidak dapat dibuka dan diarsipkan. Minta berkas tanpa kata sandi, atau cetak lalu pindai dokumennya.');
    throw new Refusal('PDF rusak atau terpotong sehingga tidak dapat dibaca. Salin ulang berkasnya dari sumber asli, atau cetak lalu pindai dokumennya.');
  }
  try {
    if (doc.numPages > opts.maxPages)
      throw new Refusal(`PDF berisi ${doc.numPages} halaman; paling banyak ${opts.maxPages} halaman sekali impor. Pisahkan berkasnya.`);
    const scale = opts.dpi / 72;
    const pages: RenderedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n).catch(() => {
        throw new Refusal(`Halaman ${n} PDF rusak sehingga tidak dapat dibaca. Salin ulang berkasnya dari sumber asli.`);
      });
      const vp = page.getViewport({ scale });
      const width = Math.max(1, Math.round(vp.width));
      const height = Math.max(1, Math.round(vp.height));
      if (width * height > opts.maxPixels)
        throw new Refusal(`Halaman ${n} PDF terlalu besar (${width} × ${height} piksel pada ${opts.dpi} dpi). Berkas ditolak agar komputer tidak kehabisan memori.`);
      const { canvas, context } = (doc.canvasFactory as CanvasFactoryLike).create(width, height);
      // pdf.js paints on a transparent canvas: start from white paper.
      const ctx = context as { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      // pdf.js types name DOM canvases; in Node its own factory made these (@napi-rs/canvas).
      const params = { canvasContext: context, viewport: vp, canvas } as unknown as Parameters<typeof page.render>[0];
      await page.render(params).promise.catch(() => {
        throw new Refusal(`Halaman ${n} PDF rusak sehingga tidak dapat digambar. Salin ulang berkasnya dari sumber asli.`);
      });
      const png = await canvas.encode('png');
      pages.push({ png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width, height });
      page.cleanup();
      progress(n, doc.numPages);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** pdf.js's Node canvas factory (over @napi-rs/canvas); its declared type is a bare Object. */
interface CanvasFactoryLike {
  create(width: number, height: number): { canvas: { encode(format: 'png'): Promise<Buffer> }; context: unknown };
}
