/**
 * The letterhead logo (kop surat): a PNG or JPEG the admin uploads, checked from its bytes (never
 * its name), decoded with the pixel limit, and kept as a PNG of at most LOGO_SIDE pixels — enough
 * for a 2.5 cm crest at 600 dpi, and small in every letter. Transparency is kept (PDF/A-2 allows
 * soft masks, ISO 19005-2 §6.4).
 */
import { AppError } from '../../../shared/contract/result';
import { open } from '../documents/images';

const LOGO_SIDE = 600;

const refuse = (message: string) => new AppError('invalid_input', message, { logo: message });

export async function prepareLogo(bytes: Buffer): Promise<{ png: Buffer; width: number; height: number }> {
  const png = bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!png && !jpeg) throw refuse('Logo harus berupa gambar PNG atau JPEG. Simpan logonya sebagai PNG, lalu unggah lagi.');
  try {
    const { data, info } = await open(bytes)
      .resize(LOGO_SIDE, LOGO_SIDE, { fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height };
  } catch (e) {
    if (e instanceof Error && /pixel limit/i.test(e.message)) throw refuse('Gambar logo terlalu besar untuk dibuka dengan aman. Perkecil gambarnya, lalu unggah lagi.');
    throw refuse('Gambar logo rusak atau terpotong sehingga tidak dapat dibaca. Simpan ulang logonya, lalu unggah lagi.');
  }
}
