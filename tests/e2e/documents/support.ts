/**
 * Helpers of the hardcopy e2e tests: a harness with Chromium's fake camera, test files made with
 * real tools (ImageMagick renders a letter; pdf-lib wraps it as an MFP's PDF), a real `drop` event
 * with a DataTransfer built in the page, and direct calls to the core for setting up and checking.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { launchHarness, type Harness } from '../../../harness/harness';
import { runningClock } from '../../support/clock';
import { unlockHarness } from '../harnessFixture';
import type { MethodName } from '../../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../../shared/contract/contract';

const run = promisify(execFile);

/** Chromium's fake media device and auto-accepted permission prompt (camera test). */
export const FAKE_CAMERA_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] as const;

export interface Session {
  dataDir: string;
  harness: Harness;
  dispose(): Promise<void>;
}

export async function startDocumentsHarness(): Promise<Session> {
  const dataDir = await mkdtemp(join(tmpdir(), 'loket-e2e-docs-'));
  const harness = await launchHarness({ dataDir, extraArgs: FAKE_CAMERA_ARGS, now: runningClock().now });
  // An admin at the keyboard: the core refuses scans and imports while locked.
  await unlockHarness(harness);
  return {
    dataDir,
    harness,
    async dispose() {
      await harness.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls the core through the page's bridge, like the UI does; throws on an error result. */
export async function invoke<M extends MethodName>(page: Page, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const r = await page.evaluate(
    async ([m, i]) => (window as unknown as { loket: { invoke(m: string, i: unknown): Promise<unknown> } }).loket.invoke(m, i),
    [method, input] as const,
  );
  const result = r as { ok: true; value: MethodOutput<M> } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** An A4 page at 300 dpi, grayscale, with the given lines of text (DejaVu Sans, like a typed letter). */
export async function renderLetterPng(dir: string, name: string, lines: readonly string[]): Promise<string> {
  const out = join(dir, name);
  await run('/usr/bin/convert', [
    '-size', '2480x3508', 'xc:white', '-font', 'DejaVu-Sans', '-pointsize', '44', '-interline-spacing', '22',
    '-fill', 'black', '-annotate', '+220+300', lines.join('\n'), '-colorspace', 'Gray', '-depth', '8', out,
  ]);
  return out;
}

/** The letter as a scan-to-PDF from an MFP: one JPEG page in a PDF. */
export async function letterPdf(dir: string, lines: readonly string[]): Promise<Buffer> {
  const png = await renderLetterPng(dir, 'surat.png', lines);
  const jpg = join(dir, 'surat.jpg');
  await run('/usr/bin/convert', [png, '-quality', '85', jpg]);
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(await readFile(jpg));
  // A4 in points (595 × 842): the 300 dpi page fills it.
  pdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return Buffer.from(await pdf.save());
}

/** A two-page bilevel TIFF compressed with CCITT G4, as fax-style scanners write it. */
export async function g4Tiff(dir: string): Promise<Buffer> {
  const a = await renderLetterPng(dir, 'lampiran-1.png', ['LAMPIRAN 1', 'Daftar anggota Pokja Pemilihan']);
  const b = await renderLetterPng(dir, 'lampiran-2.png', ['LAMPIRAN 2', 'Daftar paket pengadaan']);
  const out = join(dir, 'lampiran.tif');
  await run('/usr/bin/convert', [a, b, '-monochrome', '-compress', 'Group4', '-adjoin', out]);
  return readFile(out);
}

/** Drops files on an element with a real `drop` event carrying a DataTransfer built in the page. */
export async function dropFiles(page: Page, selector: string, files: { name: string; type: string; bytes: Buffer }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') }));
  await page.evaluate(
    async ([sel, list]) => {
      const target = document.querySelector(sel);
      if (!target) throw new Error(`no ${sel}`);
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: f.type }));
      }
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    [selector, payload] as const,
  );
}

/**
 * Puts a `scanimage` first on PATH that runs the real one with extra SANE test-backend options on
 * scans (not on listings): a jam, or slow pages. The core finds scanimage on PATH like on an office PC.
 */
export async function withScanimageOptions<T>(options: string, body: () => Promise<T>): Promise<T> {
  const bin = await mkdtemp(join(tmpdir(), 'loket-e2e-scanimage-'));
  await writeFile(
    join(bin, 'scanimage'),
    `#!/bin/sh\ncase " $* " in *" --batch"*) exec /usr/bin/scanimage "$@" ${options};; esac\nexec /usr/bin/scanimage "$@"\n`,
    { mode: 0o755 },
  );
  const pathBefore = process.env['PATH'];
  process.env['PATH'] = `${bin}:${pathBefore ?? ''}`;
  try {
    return await body();
  } finally {
    process.env['PATH'] = pathBefore;
    await rm(bin, { recursive: true, force: true });
  }
}
