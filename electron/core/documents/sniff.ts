/**
 * What a file is, from its bytes (never its name), and how big its pages claim to be, from the
 * headers alone: a decompression bomb (a tiny PNG declaring 100000×100000) is refused before any
 * decoder allocates its pixels. PNG: IHDR (ISO/IEC 15948 §11.2.2); JPEG: SOFn (ITU T.81 §B.2.2);
 * TIFF: every IFD's ImageWidth/ImageLength (TIFF 6.0 §2, tags 256/257); PNM: the text header.
 * PDF page sizes come from pdf.js in the worker (pages × 300 dpi).
 */
import { AppError } from '../../../shared/contract/result';
import type { DocumentOriginal } from '../../../shared/domain/document';

export type FileKind = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'pnm';

export const MEDIA_TYPES: Record<FileKind, DocumentOriginal['mediaType']> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
  pnm: 'image/x-portable-anymap',
};

export const LIMITS = {
  /** Pixels of one page: A4 at 600 dpi in colour is 35 MP; 60 MP leaves room for A3 at 400 dpi. */
  pagePixels: 60_000_000,
  pages: 300,
  /** Longest side of a page in pixels (A3 at 600 dpi is 9,921). */
  side: 12_000,
} as const;

export interface PageHeader {
  width: number;
  height: number;
}

export const refuse = (message: string): AppError => new AppError('invalid_input', message);

const SUPPORTED = 'Berkas yang dapat diimpor: PDF, JPEG, PNG, atau TIFF.';

export function sniffKind(head: Uint8Array): FileKind {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length === 0) throw refuse(`Berkas kosong (0 bita). Pindai atau simpan ulang dokumennya. ${SUPPORTED}`);
  // The PDF header may follow up to 1024 bytes of junk (ISO 32000-1 Annex H.3 note 3 tolerates it).
  if (b.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 42 && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 42)))
    return 'tiff';
  if (b.length >= 3 && b[0] === 0x50 && b[1] !== undefined && b[1] >= 0x31 && b[1] <= 0x36 && /\s/.test(String.fromCharCode(b[2] ?? 0))) return 'pnm';
  throw refuse(`Jenis berkas tidak dikenali dari isinya (bukan PDF atau gambar pindaian). ${SUPPORTED} Bila namanya berakhiran .pdf/.jpg tetapi isinya lain, simpan ulang dari aplikasi asalnya.`);
}

const truncated = (what: string) =>
  refuse(`Berkas ${what} terpotong atau rusak (data gambar tidak lengkap). Salin ulang berkasnya dari sumber asli atau pindai ulang.`);

/** Page sizes from the headers of an image file (all pages of a TIFF). Throws the Indonesian refusal. */
export function imageHeaders(kind: Exclude<FileKind, 'pdf'>, bytes: Uint8Array): PageHeader[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pages = kind === 'png' ? [pngHeader(b)] : kind === 'jpeg' ? [jpegHeader(b)] : kind === 'pnm' ? [pnmHeader(b)] : tiffHeaders(b);
  checkPages(pages);
  return pages;
}

export function checkPages(pages: readonly PageHeader[]): void {
  if (pages.length === 0) throw refuse('Berkas tidak berisi halaman. Periksa berkasnya atau pindai ulang.');
  if (pages.length > LIMITS.pages)
    throw refuse(`Berkas berisi ${pages.length} halaman; paling banyak ${LIMITS.pages} halaman sekali impor. Pisahkan berkasnya.`);
  for (const [i, p] of pages.entries()) {
    if (p.width <= 0 || p.height <= 0) throw truncated('gambar');
    if (p.width > LIMITS.side || p.height > LIMITS.side || p.width * p.height > LIMITS.pagePixels)
      throw refuse(
        `Halaman ${i + 1} terlalu besar (${p.width} × ${p.height} piksel; paling besar ${LIMITS.pagePixels / 1_000_000} juta piksel). ` +
          'Berkas ini ditolak sebelum dibuka agar komputer tidak kehabisan memori. Pindai ulang dengan resolusi 300 dpi.',
      );
  }
}

function pngHeader(b: Buffer): PageHeader {
  if (b.length < 33 || b.toString('latin1', 12, 16) !== 'IHDR') throw truncated('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function jpegHeader(b: Buffer): PageHeader {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) throw truncated('JPEG');
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte (T.81 §B.1.1.2)
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const len = b.readUInt16BE(i + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > b.length) throw truncated('JPEG');
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    if (marker === 0xd9 || marker === 0xda) break;
    i += 2 + len;
  }
  throw truncated('JPEG');
}

function pnmHeader(b: Buffer): PageHeader {
  const text = b.toString('latin1', 0, Math.min(b.length, 512)).replace(/#[^\n]*\n/g, ' ');
  const m = /^P[1-6]\s+(\d+)\s+(\d+)/.exec(text);
  if (!m) throw truncated('PNM');
  return { width: Number(m[1]), height: Number(m[2]) };
}

function tiffHeaders(b: Buffer): PageHeader[] {
  if (b.length < 8) throw truncated('TIFF');
  const le = b[0] === 0x49;
  const u16 = (o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const pages: PageHeader[] = [];
  const seen = new Set<number>();
  let ifd = u32(4);
  while (ifd !== 0) {
    // A loop of IFDs is a classic hostile TIFF; so is an IFD past the end.
    if (seen.has(ifd) || ifd + 2 > b.length) throw truncated('TIFF');
    seen.add(ifd);
    if (pages.length > LIMITS.pages) break; // checkPages reports it
    const n = u16(ifd);
    if (ifd + 2 + n * 12 + 4 > b.length) throw truncated('TIFF');
    let width = 0;
    let height = 0;
    for (let k = 0; k < n; k++) {
      const e = ifd + 2 + k * 12;
      const tag = u16(e);
      const type = u16(e + 2);
      const value = type === 3 ? u16(e + 8) : u32(e + 8);
      if (tag === 256) width = value;
      else if (tag === 257) height = value;
    }
    pages.push({ width, height });
    ifd = u32(ifd + 2 + n * 12);
  }
  return pages;
}
