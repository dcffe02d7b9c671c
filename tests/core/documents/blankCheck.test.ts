/**
 * The blank-page suggestion (issue 4 §4) on decoded pixels must agree with the sharp pipeline it
 * replaced on the import path, and see coloured ink (a red stamp) that a first-channel reading misses.
 */
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isBlank, isBlankPixels } from '../../../electron/core/documents/images';
import { tempDir } from '../support/tempDir';
import { blankPage, textPage } from './files';

async function gray(file: string) {
  const { data, info } = await sharp(file).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

describe('blank-page check on decoded pixels', () => {
  it('agrees with the image-pipeline check on a noisy blank scan and on a letter', { timeout: 60_000 }, async () => {
    const dir = await tempDir('loket-blank-');
    for (const [file, blank] of [
      [await blankPage(path.join(dir, 'blank.png')), true],
      [
        await textPage(path.join(dir, 'text.png'), [
          'SURAT PERMOHONAN RESET PASSWORD',
          'Nomor : 800/123/BKPSDM/2026',
          'Yth. Kepala UKPBJ Kabupaten Sukamaju',
          'Dengan hormat, bersama ini kami mengajukan permohonan',
          'reset password akun SPSE atas nama Budi Santoso.',
        ]),
        false,
      ],
    ] as const) {
      const px = await gray(file);
      expect(px.channels).toBe(1);
      expect(isBlankPixels(px.data, px.width, px.height, px.channels)).toBe(blank);
      expect(await isBlank(sharp(file))).toBe(blank);
    }
  });

  it('ignores specks in the margins but sees a red stamp on a colour page', () => {
    const w = 2480;
    const h = 3508;
    const page = (channels: number) => new Uint8Array(w * h * channels).fill(255);
    const margin = page(1);
    // A punch hole in the left margin (inside the 6 % cut-off): still blank.
    for (let y = 1700; y < 1800; y++) for (let x = 40; x < 140; x++) margin[y * w + x] = 0;
    expect(isBlankPixels(margin, w, h, 1)).toBe(true);
    // A red stamp (R high, G and B low) of 500 × 300 px in the middle of an RGB page: ink.
    const rgb = page(3);
    for (let y = 1600; y < 1900; y++)
      for (let x = 1000; x < 1500; x++) {
        const i = (y * w + x) * 3;
        rgb[i + 1] = 20;
        rgb[i + 2] = 30;
      }
    expect(isBlankPixels(rgb, w, h, 3)).toBe(false);
  });
});
