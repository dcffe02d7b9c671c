/** The letterhead logo (kop surat): uploaded from its bytes, checked, and drawn on every letter. */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { call, callError } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { TestClock, setUpOperator } from '../workflow/support';
import { openLettersCore, qpdfCheck, run } from './support';

async function setUp() {
  const clock = new TestClock();
  const dir = await tempDir();
  const lc = await openLettersCore(dir, clock.now);
  await setUpOperator(lc.core);
  return { ...lc, dir };
}

describe('letterhead logo', () => {
  it('stores an uploaded PNG (scaled to 600 px), and the receipt draws it as an image in a PDF/A qpdf accepts', async () => {
    const { core, letters, dir } = await setUp();
    // A 1200 × 1200 crest with transparency, as agencies keep their logos.
    const crest = await sharp({ create: { width: 1200, height: 1200, channels: 4, background: { r: 0, g: 90, b: 40, alpha: 0.9 } } }).png().toBuffer();
    const logo = await call(core, 'letters.logo', { data: crest.toString('base64') });
    expect(logo).toMatchObject({ width: 600, height: 600 });
    expect(logo.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    await call(core, 'letters.settings.save', { ...(await call(core, 'letters.settings.get', {})), logo: logo.logo });
    expect((await call(core, 'letters.settings.get', {})).logo).toBe(logo.logo);

    const c = await call(core, 'cases.create', demoIntake());
    const issued = await call(core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 });
    const file = path.join(dir, 'tanda-terima.pdf');
    await fs.writeFile(file, await letters.deps.documents.blobs.read(issued.blob));
    expect(await qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
    const { stdout } = await run('pdfimages', ['-list', file]);
    // The logo (600 × 600, with its soft mask) among the page's images.
    expect(stdout).toMatch(/\s600\s+600\s+rgb/);
    expect(stdout).toMatch(/smask/);
  }, 120_000);

  it('refuses what is not a PNG or JPEG (whatever its name) and a truncated image, storing nothing', async () => {
    const { core } = await setUp();
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    const e1 = await callError(core, 'letters.logo', { data: gif.toString('base64') });
    expect(e1).toMatchObject({ code: 'invalid_input', fields: { logo: expect.stringMatching(/PNG atau JPEG/) } });
    const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#123456' } }).png().toBuffer();
    const e2 = await callError(core, 'letters.logo', { data: png.subarray(0, 60).toString('base64') });
    expect(e2.message).toMatch(/rusak atau terpotong/);
    // A saved setting cannot point at something that is not a stored image either.
    const e3 = await callError(core, 'letters.settings.save', { ...(await call(core, 'letters.settings.get', {})), logo: 'a'.repeat(64) });
    expect(e3.fields?.logo).toMatch(/tidak ditemukan/);
  });
});
