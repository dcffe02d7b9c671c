/** Reading the printed marks back as a scanner would: the page rendered by poppler, decoded by jsQR / zbar. */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { pipeTool } from './support';

/** Page `page` (1-based) as PNG at `dpi`, rendered from the bytes on stdin (no file). */
export async function pagePng(pdf: Uint8Array, page = 1, dpi = 200): Promise<Buffer> {
  const { stdout, code, stderr } = await pipeTool('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', '-'], pdf);
  if (code !== 0) throw new Error(`pdftoppm: ${stderr}`);
  return stdout;
}

/** The QR code in the footer band (bottom left) of a page. */
export async function footerQr(pdf: Uint8Array, page = 1): Promise<string | null> {
  const png = await pagePng(pdf, page);
  const img = sharp(png);
  const { width = 0, height = 0 } = await img.metadata();
  const band = Math.round(height * 0.14);
  const { data, info } = await img
    .extract({ left: 0, top: height - band, width: Math.round(width * 0.35), height: band })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null;
}

export const ZBAR = '/usr/bin/zbarimg';

/** Every symbol zbar finds on the page ("QR-Code:…", "CODE-128:…"). */
export async function zbarSymbols(pdf: Uint8Array, page = 1): Promise<string[]> {
  const png = await pagePng(pdf, page);
  const { stdout } = await pipeTool(ZBAR, ['-q', '--xml', '-'], png);
  return [...stdout.toString('utf8').matchAll(/<symbol type='([^']+)'[^>]*>.*?<data><!\[CDATA\[(.*?)\]\]><\/data>/gs)].map((m) => `${m[1]}:${m[2]}`);
}
