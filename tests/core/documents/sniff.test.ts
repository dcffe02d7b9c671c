/** Type and size from the headers alone (sniff.ts): the checks that run before any decoder. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageHeaders, LIMITS, sniffKind } from '../../../electron/core/documents/sniff';
import { pngDeclaring, run } from './files';

describe('sniff', () => {
  it('names the type from the magic bytes, whatever the name', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#fff' } }).greyscale().png().toBuffer();
    expect(sniffKind(jpeg)).toBe('jpeg');
    expect(sniffKind(png)).toBe('png');
    expect(sniffKind(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffKind(Buffer.from('P5\n10 10\n255\n'))).toBe('pnm');
    expect(sniffKind(Buffer.from([0x49, 0x49, 42, 0]))).toBe('tiff');
    expect(() => sniffKind(Buffer.from('GIF89a'))).toThrow(/Jenis berkas tidak dikenali/);
    expect(imageHeaders('jpeg', jpeg)).toEqual([{ width: 40, height: 30 }]);
    expect(imageHeaders('png', png)).toEqual([{ width: 40, height: 30 }]);
  });

  it('reads every page of a multi-page TIFF and refuses too many pages or a bomb page before decoding', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-sniff-'));
    try {
      const file = path.join(dir, 'a.tif');
      await run('convert', ['-size', '50x70', 'xc:white', '-size', '60x80', 'xc:black', '-compress', 'Group4', file]);
      expect(imageHeaders('tiff', await fs.readFile(file))).toEqual([{ width: 50, height: 70 }, { width: 60, height: 80 }]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    expect(() => imageHeaders('png', pngDeclaring(8000, 8000))).toThrow(/terlalu besar/);
    expect(() => imageHeaders('png', pngDeclaring(LIMITS.side + 1, 10))).toThrow(/terlalu besar/);
    expect(imageHeaders('png', pngDeclaring(4960, 7016))).toEqual([{ width: 4960, height: 7016 }]); // A4 at 600 dpi passes
  });
});
