/**
 * Test files made on the spot (nothing big is committed): scanner-like pages with ImageMagick,
 * multi-page TIFFs (CCITT G4), PDFs with pdf-lib, an encrypted PDF with qpdf, hostile files by hand.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

export const run = promisify(execFile);

/** An A4 page at `dpi` with a few lines of text, as a grayscale PNG (what a scanner delivers). */
export async function textPage(file: string, lines: readonly string[], opts: { dpi?: number; format?: string } = {}): Promise<string> {
  const dpi = opts.dpi ?? 300;
  const w = Math.round(8.27 * dpi);
  const h = Math.round(11.69 * dpi);
  const pt = Math.round((12 * dpi) / 72);
  const args = ['-size', `${w}x${h}`, 'xc:white', '-font', 'DejaVu-Sans', '-pointsize', String(pt), '-fill', 'black'];
  lines.forEach((l, i) => args.push('-annotate', `+${Math.round(dpi)}+${Math.round(dpi * 1.2 + i * pt * 1.6)}`, l));
  args.push('-colorspace', 'Gray', '-depth', '8', '-density', String(dpi), '-units', 'PixelsPerInch', file);
  await run('convert', args);
  return file;
}

export async function blankPage(file: string, dpi = 300): Promise<string> {
  await run('convert', ['-size', `${Math.round(8.27 * dpi)}x${Math.round(11.69 * dpi)}`, 'xc:white', '-attenuate', '0.3', '+noise', 'Gaussian', '-colorspace', 'Gray', '-depth', '8', file]);
  return file;
}

/** A multi-page bilevel TIFF compressed with CCITT Group 4 (what office MFPs send). */
export async function g4Tiff(file: string, pages: readonly string[]): Promise<string> {
  await run('convert', [...pages, '-threshold', '50%', '-compress', 'Group4', file]);
  return file;
}

/** A PDF whose pages are the given PNGs (as a scanning app makes them). */
export async function imagePdf(file: string, pngs: readonly string[]): Promise<string> {
  const doc = await PDFDocument.create();
  for (const p of pngs) {
    const jpg = await sharp(p).jpeg({ quality: 70 }).toBuffer();
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  await fs.writeFile(file, await doc.save());
  return file;
}

export async function textPdf(file: string, text: string, pages = 1): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([595.28, 841.89]).drawText(`${text} ${i + 1}`, { x: 72, y: 720, size: 14, font });
  await fs.writeFile(file, await doc.save());
  return file;
}

export async function encryptedPdf(file: string, from: string): Promise<string> {
  await run('qpdf', ['--encrypt', 'rahasia', 'pemilik', '256', '--', from, file]);
  return file;
}

/** A valid, tiny PNG that declares width × height pixels (a decompression bomb). */
export function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth 1
  ihdr[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1000))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** Every file under `dir` (relative paths), for "nothing left behind" checks. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  await walk(dir);
  return out.sort();
}
