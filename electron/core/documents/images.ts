/**
 * Image work with sharp (libvips runs it on its own threads; the event loop only waits): decoding
 * imported files into page images, blank-page detection, thumbnails, and the JPEG/PNG renditions
 * the archive and the OCR read. Decoding always sets `limitInputPixels` (bomb guard, second line
 * after the header check in sniff.ts) and fails on truncated data.
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import type { Rotation } from '../../../shared/domain/document';
import { LIMITS, refuse } from './sniff';

export interface PageImage {
  data: Buffer;
  mediaType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  dpi: number;
  blankSuggested: boolean;
  /** The archive rendition (unrotated), made from the same decode when that was free: scan → PDF decodes once. */
  archive?: Rendition;
}

export interface Rendition {
  data: Buffer;
  width: number;
  height: number;
}

const DEFAULT_DPI = 300;

export function open(input: Buffer, page?: number): Sharp {
  return sharp(input, { limitInputPixels: LIMITS.pagePixels, failOn: 'error', ...(page === undefined ? {} : { page }) });
}

/** Scanner resolution from the file, when plausible; else 300 dpi (the office standard for letters). */
function dpiOf(meta: Metadata): number {
  const d = meta.density;
  return d && d >= 72 && d <= 1200 ? Math.round(d) : DEFAULT_DPI;
}

const corrupt = () => refuse('Gambar rusak atau terpotong sehingga tidak dapat dibaca. Salin ulang berkasnya dari sumber asli atau pindai ulang.');

/**
 * One decoded page → what the store keeps: a JPEG stays byte-for-byte (no second lossy pass) unless
 * it is CMYK or turned by EXIF; everything else becomes an 8-bit PNG without alpha (lossless).
 */
export async function normalizePage(input: Buffer, kind: 'jpeg' | 'png' | 'pnm' | 'tiff', page?: number, dpiOverride?: number): Promise<PageImage> {
  let meta: Metadata;
  try {
    meta = await open(input, page).metadata();
  } catch {
    throw corrupt();
  }
  const dpi = dpiOverride ?? dpiOf(meta);
  const keepJpeg = kind === 'jpeg' && meta.space !== 'cmyk' && (meta.orientation ?? 1) === 1;
  const keepPng = kind === 'png' && !meta.hasAlpha && meta.depth === 'uchar' && meta.space !== 'cmyk' && !meta.isPalette;
  try {
    if (keepJpeg) {
      // Decode it fully once (truncation shows here) while measuring ink for blank detection.
      const blank = await isBlank(open(input, page));
      return { data: input, mediaType: 'image/jpeg', width: meta.width ?? 0, height: meta.height ?? 0, dpi, blankSuggested: blank };
    }
    let img = open(input, page);
    let gray = isGray(meta);
    if (!keepPng) {
      img = img.autoOrient();
      if (meta.hasAlpha) img = img.flatten({ background: '#ffffff' });
      if (meta.space === 'cmyk') img = img.toColourspace('srgb');
      gray ||= meta.channels === 2 && meta.hasAlpha;
    }
    if (gray) img = img.toColourspace('b-w');
    if (kind === 'jpeg') {
      const { data, info } = await img.jpeg({ quality: 92 }).toBuffer({ resolveWithObject: true });
      return { data, mediaType: 'image/jpeg', width: info.width, height: info.height, dpi, blankSuggested: await isBlank(open(data)) };
    }
    // Decoded once (truncation shows here): the stored PNG, the blank check and the archive rendition
    // are all made from these pixels (a scan → PDF decodes each page once).
    const px = await img.raw().toBuffer({ resolveWithObject: true });
    const { width, height, channels } = px.info;
    const pixels = () => {
      const p = sharp(px.data, { raw: { width, height, channels }, limitInputPixels: LIMITS.pagePixels });
      return gray ? p.toColourspace('b-w') : p;
    };
    // Raw pixels carry no resolution: the scanner's goes into the PNG again. zlib level 2: the same
    // pixels, about a quarter less CPU than level 4 on noisy scans for 1–6 % more bytes.
    const stored = pixels().png({ compressionLevel: 2 });
    const blank = isBlankPixels(px.data, width, height, channels);
    const [data, archive] = await Promise.all([
      keepPng ? input : (meta.density ? stored.withDensity(meta.density) : stored).toBuffer(),
      toArchiveJpeg(pixels(), gray),
    ]);
    return { data, mediaType: 'image/png', width, height, dpi, blankSuggested: blank, archive };
  } catch (e) {
    if (e instanceof Error && /pixel limit/i.test(e.message))
      throw refuse('Gambar terlalu besar untuk dibuka dengan aman. Pindai ulang dengan resolusi 300 dpi.');
    if (e instanceof Error && e.name === 'AppError') throw e;
    throw corrupt();
  }
}

/**
 * Blank-page suggestion for ADF/duplex batches: almost no ink once the margins (where scanners leave
 * shadows and punch holes) are cut off. Nearest-neighbour downscaling keeps thin strokes dark.
 */
export async function isBlank(img: Sharp): Promise<boolean> {
  const { data, info } = await img.greyscale().resize({ width: BLANK_GRID, kernel: 'nearest' }).raw().toBuffer({ resolveWithObject: true });
  return isBlankPixels(data, info.width, info.height, 1);
}

/** Width of the sampling grid of the blank check (about one sample every 4 pixels at 300 dpi A4). */
const BLANK_GRID = 600;

/**
 * The blank check on decoded pixels (gray, or the darkest of R, G, B so a red stamp counts as ink), sampled on a BLANK_GRID-wide grid by
 * nearest neighbour — the same samples `isBlank` takes — without a second image pipeline: a scan's
 * pixels are already in memory when it is imported.
 */
export function isBlankPixels(data: Uint8Array, width: number, height: number, channels: number): boolean {
  const gw = Math.min(width, BLANK_GRID);
  const gh = Math.max(1, Math.round((height * gw) / width));
  const mx = Math.round(gw * 0.06);
  const my = Math.round(gh * 0.06);
  const sx = width / gw;
  const sy = height / gh;
  let dark = 0;
  let n = 0;
  for (let y = my; y < gh - my; y++) {
    const row = Math.min(height - 1, Math.floor(y * sy)) * width;
    for (let x = mx; x < gw - mx; x++) {
      n += 1;
      const i = (row + Math.min(width - 1, Math.floor(x * sx))) * channels;
      const v = channels >= 3 ? Math.min(data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255) : (data[i] ?? 255);
      if (v < 128) dark += 1;
    }
  }
  return n > 0 && dark / n < 0.002;
}

export async function thumbnail(blob: Buffer, rotation: Rotation, size: number): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await open(blob).rotate(rotation).resize(size, size, { fit: 'inside' }).jpeg({ quality: 72 }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * The archive's rendition of a page: rotated, JPEG. Quality 60 with 4:2:0 chroma keeps a 300 dpi A4
 * grayscale letter well under 300 KB while text stays crisp at print size.
 */
export async function archiveJpeg(blob: Buffer, rotation: Rotation): Promise<Rendition> {
  return toArchiveJpeg(open(blob).rotate(rotation), isGray(await open(blob).metadata()));
}

const isGray = (meta: Metadata) => meta.channels === 1 || meta.space === 'b-w';

async function toArchiveJpeg(img: Sharp, gray: boolean): Promise<Rendition> {
  // A grayscale scan stays one-channel (sharp would write sRGB): a third of the size, DeviceGray in the PDF.
  const { data, info } = await (gray ? img.toColourspace('b-w') : img).jpeg({ quality: 60, chromaSubsampling: '4:2:0' }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * The OCR's input: rotated, grayscale, at most 300 dpi (more only slows Tesseract down), with its
 * contrast evened out tile by tile (CLAHE): a phone photo's page darkens towards its corners, and
 * Tesseract's one global threshold then loses the words at the margins ("Nomor" read as "or").
 */
export async function ocrImage(blob: Buffer, rotation: Rotation, dpi: number): Promise<{ data: Buffer; width: number; height: number; scale: number }> {
  const meta = await open(blob).metadata();
  const scale = dpi > 300 ? 300 / dpi : 1;
  let img = open(blob).rotate(rotation).greyscale();
  if (scale < 1) img = img.resize({ width: Math.round((rotation % 180 === 0 ? meta.width ?? 0 : meta.height ?? 0) * scale) });
  img = img.clahe({ width: 48, height: 48, maxSlope: 3 });
  const { data, info } = await img.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, scale };
}

/** Multi-page TIFF: how many pages sharp sees (matches the IFD count checked in sniff.ts). */
export async function tiffPageCount(input: Buffer): Promise<number> {
  try {
    return (await open(input).metadata()).pages ?? 1;
  } catch {
    throw corrupt();
  }
}
