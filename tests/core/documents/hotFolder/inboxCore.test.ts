/**
 * The hot-folder inbox through the core (as the UI uses it): settings saved to scanning.json start the
 * watcher; a PDF and a two-page TIFF the "MFP" drops appear in the inbox with an event; previews are
 * drawn; one is assigned to a case (it becomes a hot_folder document and leaves the inbox), one is
 * discarded; a restart keeps settings and inbox; the CLI host never takes files.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/createCore';
import type { Core } from '../../../../electron/core/core';
import type { ScanningSettingsInput } from '../../../../shared/contract/features/scanning';
import { atTheKeyboard, call, callError } from '../../support/core';
import { closeAfterTest, tempDir } from '../../support/tempDir';
import { validIntake } from '../../../fixtures/intake';
import { runningClock } from '../../../support/clock';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await sleep(150);
  }
}

async function open(dataDir: string, host: 'harness' | 'cli' = 'harness'): Promise<Core> {
  const core = await createCore({ dataDir, host, now: runningClock().now });
  closeAfterTest(() => core.close());
  await atTheKeyboard(core);
  return core;
}

/** Scanned-looking pages as an MFP delivers them: a TIFF (G4, two pages) from ImageMagick, a PDF from pdf-lib. */
async function makeFiles(dir: string): Promise<{ pdf: string; tiff: string }> {
  const pdf = path.join(dir, 'src-scan.pdf');
  const tiff = path.join(dir, 'src-scan.tif');
  const png = path.join(dir, 'page.png');
  const png2 = path.join(dir, 'page2.png');
  const page = (y: number) => ['-size', '620x877', 'xc:white', '-fill', 'black', '-draw', 'rectangle 60,60 560,120', '-draw', `rectangle 60,${y} 400,${y + 15}`, '-type', 'Bilevel'];
  execFileSync('/usr/bin/convert', [...page(200), png]);
  execFileSync('/usr/bin/convert', [...page(400), png2]);
  // CCITT Group 4, as MFPs save black-and-white scans.
  execFileSync('/usr/bin/convert', [png, png2, '-compress', 'Group4', '-density', '75', tiff]);
  // ImageMagick's default policy forbids writing PDF: pdf-lib builds it (one A4 page holding the image).
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(await fs.readFile(png));
  doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  await fs.writeFile(pdf, await doc.save());
  return { pdf, tiff };
}

const hotSettings = (p: string): ScanningSettingsInput => ({
  hotFolder: { enabled: true, path: p, usePolling: false, pollIntervalSeconds: 1, stableSeconds: 1, afterTake: 'move' },
  preferredScanner: { deviceId: 'sane:test:0', source: 'adf', duplex: false, resolution: 300, mode: 'gray' },
});

describe('hot-folder inbox through the core', () => {
  it('takes files the MFP drops, previews, assigns one to a case and discards the other', async () => {
    const dataDir = await tempDir('loket-inbox-data-');
    const hot = await tempDir('loket-inbox-hot-');
    const src = await makeFiles(await tempDir('loket-inbox-src-'));
    const core = await open(dataDir);
    const created = await call(core, 'cases.create', validIntake());

    const initial = await call(core, 'scanning.settings.get', {});
    expect(initial.settings.hotFolder.enabled).toBe(false);
    expect(initial.hotFolder.state).toBe('off');
    const bad = await callError(core, 'scanning.settings.save', { ...hotSettings(''), hotFolder: { ...hotSettings('').hotFolder, path: '' } });
    expect(bad).toMatchObject({ code: 'invalid_input', fields: { 'hotFolder.path': 'Isi alamat folder pindai, atau matikan folder pindai.' } });

    expect(await callError(core, 'scanning.settings.save', hotSettings('scan'))).toMatchObject({
      code: 'invalid_input', fields: { 'hotFolder.path': 'Tulis alamat folder lengkap, mis. D:\\Pindai atau \\\\server\\pindai.' },
    });
    expect(await callError(core, 'scanning.settings.save', hotSettings(path.join(dataDir, 'inbox')))).toMatchObject({
      fields: { 'hotFolder.path': expect.stringContaining('tidak boleh berada di dalam folder data') },
    });
    const saved = await call(core, 'scanning.settings.save', hotSettings(hot));
    expect(saved.hotFolder).toMatchObject({ state: 'watching', path: hot });
    const changes: number[] = [];
    core.events.on('scanning.inbox.changed', ({ count }) => changes.push(count));

    await fs.copyFile(src.pdf, path.join(hot, 'SCAN_20261125_0001.pdf'));
    await fs.copyFile(src.tiff, path.join(hot, 'SCAN_20261125_0002.tif'));
    // The inbox lists a file as soon as its copy is safe; the event follows once the original has moved.
    await until(async () => (await call(core, 'scanning.inbox.list', {})).items.length === 2 && changes.at(-1) === 2);
    const { items } = await call(core, 'scanning.inbox.list', {});
    const pdfItem = items.find((i) => i.originalName === 'SCAN_20261125_0001.pdf');
    const tifItem = items.find((i) => i.originalName === 'SCAN_20261125_0002.tif');
    expect(pdfItem).toMatchObject({ mediaType: 'application/pdf', problem: null });
    expect(tifItem).toMatchObject({ mediaType: 'image/tiff', problem: null });
    await until(async () => (await fs.readdir(path.join(hot, 'diambil')).catch(() => [])).length === 2);

    const pdfPreview = await call(core, 'scanning.inbox.preview', { id: pdfItem?.id ?? '', maxSize: 200 });
    expect(pdfPreview).toMatchObject({ page: 1, pageCount: 1 });
    expect(pdfPreview.image).toMatch(/^data:image\/png;base64,/);
    expect(Math.max(pdfPreview.width, pdfPreview.height)).toBeLessThanOrEqual(200);
    const tifPreview = await call(core, 'scanning.inbox.preview', { id: tifItem?.id ?? '', page: 2, maxSize: 300 });
    expect(tifPreview).toMatchObject({ page: 2, pageCount: 2, height: 300 });

    const assigned = await call(core, 'scanning.inbox.assign', { id: tifItem?.id ?? '', caseId: created.id, documentType: 'sk', developmentLevel: 'salinan' });
    expect(assigned.caseId).toBe(created.id);
    const { documents } = await call(core, 'documents.list', { caseId: created.id });
    expect(documents).toEqual([expect.objectContaining({ id: assigned.documentId, type: 'sk', source: 'hot_folder', developmentLevel: 'salinan' })]);
    expect(documents[0]?.pages).toHaveLength(2);

    await call(core, 'scanning.inbox.discard', { id: pdfItem?.id ?? '' });
    expect((await call(core, 'scanning.inbox.list', {})).items).toEqual([]);
    expect(await fs.readdir(path.join(dataDir, 'inbox', 'files'))).toEqual([]);
    // The MFP's originals are still there for the admin, in diambil/.
    expect((await fs.readdir(path.join(hot, 'diambil'))).sort()).toEqual(['SCAN_20261125_0001.pdf', 'SCAN_20261125_0002.tif']);
    expect(await callError(core, 'scanning.inbox.assign', { id: pdfItem?.id ?? '', caseId: created.id, documentType: 'sk' })).toMatchObject({ code: 'not_found' });
  });

  it('keeps settings and inbox across a restart; the CLI host does not watch', async () => {
    const dataDir = await tempDir('loket-inbox-data-');
    const hot = await tempDir('loket-inbox-hot-');
    const first = await open(dataDir);
    await call(first, 'scanning.settings.save', hotSettings(hot));
    await fs.writeFile(path.join(hot, 'a.pdf'), '%PDF-1.4\n% not a full pdf, only for the inbox listing\n');
    await until(async () => (await call(first, 'scanning.inbox.list', {})).items.length === 1);
    await first.close();

    const cli = await open(dataDir, 'cli');
    const got = await call(cli, 'scanning.settings.get', {});
    expect(got.settings).toEqual(hotSettings(hot));
    expect(got.hotFolder.state).toBe('off');
    expect((await call(cli, 'scanning.inbox.list', {})).items).toHaveLength(1);
    await fs.writeFile(path.join(hot, 'b.pdf'), '%PDF-1.4\n% second\n');
    await sleep(2500);
    expect((await call(cli, 'scanning.inbox.list', {})).items).toHaveLength(1);
    expect((await fs.readdir(hot)).sort()).toEqual(['b.pdf', 'diambil']);
  });
});
