import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { storeOf } from '../../../electron/core/createCore';
import { ArchiveSettingsFile } from '../../../electron/core/archive/archiveSettingsFile';
import { boxQrText, renderLabels } from '../../../electron/core/records/labels';
import { call, callError, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { intakeOf, setUpOperator, TestClock } from '../workflow/support';
import { closedCase } from './support';

const run = promisify(execFile);

/** Every QR code jsQR finds on a PNG page, scanning tiles (jsQR reads one code per image). */
async function qrTexts(png: Buffer, tiles: { cols: number; rows: number }): Promise<string[]> {
  const img = sharp(png);
  const { width = 0, height = 0 } = await img.metadata();
  const found: string[] = [];
  const tw = Math.floor(width / tiles.cols);
  const th = Math.floor(height / tiles.rows);
  for (let r = 0; r < tiles.rows; r++)
    for (let c = 0; c < tiles.cols; c++) {
      const { data, info } = await sharp(png).extract({ left: c * tw, top: r * th, width: tw, height: th }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
      if (code) found.push(code.data);
    }
  return found;
}

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** The records clerk's span, written out independently of the product: "24 s.d. 25 November 2026", else both dates whole. */
function kurunWaktu(fromMs: number, toMs: number): string {
  const wib = (ms: number) => new Date(ms + 7 * 3_600_000);
  const [a, b] = [wib(fromMs), wib(toMs)];
  const whole = (d: Date) => `${d.getUTCDate()} ${BULAN[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) return `${a.getUTCDate()} s.d. ${whole(b)}`;
  return `${whole(a)} s.d. ${whole(b)}`;
}

describe('folder and box labels', () => {
  it('prints folder tabs and box labels as a PDF/A whose QR codes decode, with the text a records clerk needs', async () => {
    const clock = new TestClock();
    const dir = await tempDir();
    const core = await openCore(dir, clock.now);
    await setUpOperator(core);
    // Received the suite's "today", closed the next working day: a span, across a month's or a
    // year's end when the suite runs on one (LOKET_TEST_NOW).
    clock.advance(24 * 60);
    await setUpOperator(core); // the screen locked overnight
    const ids = [await closedCase(core, clock, 'both'), await closedCase(core, clock, 'reset_password'), await closedCase(core, clock, 'change_info')];
    const open = await call(core, 'cases.create', intakeOf('reset_password'));
    const store = storeOf(core);
    const archive = await new ArchiveSettingsFile(store.ctx).load();
    const records = await Promise.all(ids.map((id) => call(core, 'cases.get', { id })));

    const work = await tempDir('loket-labels-');
    for (const kind of ['folder', 'box'] as const) {
      const pdf = await renderLabels(store, archive, [...ids, ...(kind === 'folder' ? [open.id] : [])], kind);
      const file = path.join(work, `${kind}.pdf`);
      await fs.writeFile(file, pdf);
      await run('qpdf', ['--check', file]);
      const info = (await run('pdfinfo', [file])).stdout;
      expect(info).toMatch(/Pages:\s+1\b/);
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
      const fonts = (await run('pdffonts', [file])).stdout;
      // Every font embedded, with a ToUnicode map: PDF/A-2b §6.2.11.4, §6.2.11.7.
      const fontLines = fonts.split('\n').slice(2).filter(Boolean);
      expect(fontLines.length).toBeGreaterThan(0);
      expect(fontLines.filter((l) => !/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/.test(l))).toEqual([]);
      const text = (await run('pdftotext', ['-layout', file, '-'])).stdout;
      expect(Buffer.from(pdf).toString('latin1')).toMatch(/pdfaid:part>2<|pdfaid:part="2"/);
      await run('pdftoppm', ['-r', '200', '-png', '-singlefile', file, path.join(work, kind)]);
      const png = await fs.readFile(path.join(work, `${kind}.png`));
      if (kind === 'folder') {
        for (const r of [...records, open]) {
          expect(text).toContain(r.caseNumber);
          expect(text).toContain(r.intake.requester.name);
        }
        expect(text).toContain(`Kode: ${archive.classificationCode}`);
        expect(text).toContain('Folder: F-034');
        const [first] = records;
        expect(text).toContain(`Kurun waktu: ${kurunWaktu(Date.parse(first?.intake.receivedAt ?? ''), clock.t)}`);
        // Two columns, five rows of tabs: one code per tab.
        expect((await qrTexts(png, { cols: 2, rows: 5 })).sort()).toEqual([...records, open].map((r) => r.caseNumber).sort());
      } else {
        // All three cases went into box B-12, folder F-034 (the test form): one box label.
        expect(text).toContain('BOKS ARSIP');
        expect(text).toContain('B-12');
        expect(text).toContain('Lokasi simpan: Lemari 2 rak 3');
        expect(text).toContain(`Kode klasifikasi: ${archive.classificationCode}`);
        expect(text).toMatch(/Tahun: \d{4}/);
        expect(await qrTexts(png, { cols: 1, rows: 2 })).toEqual([boxQrText('B-12', ['F-034'], archive.classificationCode)]);
      }
    }

    // Through the contract: PNG pages for the screen; a box label needs archived cases.
    const preview = await call(core, 'labels.preview', { ids, kind: 'folder' });
    expect(preview.pages).toHaveLength(1);
    expect(Math.abs(preview.pageWidthPt - 595.28)).toBeLessThan(1); // A4, as measured from the rendered page
    const first = Buffer.from((preview.pages[0]?.dataUrl ?? '').replace(/^data:image\/png;base64,/, ''), 'base64');
    expect((await qrTexts(first, { cols: 2, rows: 5 })).sort()).toEqual(records.map((r) => r.caseNumber).sort());
    const err = await callError(core, 'labels.preview', { ids: [open.id], kind: 'box' });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain(open.caseNumber);
  });
});
