/**
 * A real core, with its letters service and password vault in the test's hands (featuresOf): the printed step-8 PDF (password included) is only ever in memory, and the tests
 * read its text from those bytes (pdftotext on stdin) instead of from a file.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { createCore, featuresOf, storeOf } from '../../../electron/core/createCore';
import type { LettersService } from '../../../electron/core/letters/service';
import type { Store } from '../../../electron/core/store/openStore';
import type { PasswordVault } from '../../../electron/core/workflow/passwords';
import { closeAfterTest } from '../support/tempDir';

export interface LettersCore {
  core: Core;
  store: Store;
  letters: LettersService;
  vault: PasswordVault;
}

export async function openLettersCore(dataDir: string, now: () => Date): Promise<LettersCore> {
  const core = await createCore({ dataDir, host: 'cli', now });
  closeAfterTest(() => core.close());
  const { letters, vault } = featuresOf(core);
  return { core, store: storeOf(core), letters, vault };
}

const run = promisify(execFile);

/** Runs a poppler/qpdf tool with the PDF on stdin (never a file: it may carry the password). */
export function pipeTool(cmd: string, args: readonly string[], input: Uint8Array): Promise<{ stdout: Buffer; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: err, code: code ?? -1 }));
    child.stdin.end(Buffer.from(input));
  });
}

export async function pdfText(pdf: Uint8Array): Promise<string> {
  return (await pipeTool('pdftotext', ['-layout', '-', '-'], pdf)).stdout.toString('utf8');
}

/** qpdf --check on a file (qpdf reads no stdin). */
export async function qpdfCheck(file: string): Promise<string> {
  const { stdout } = await run('qpdf', ['--check', file]);
  return stdout;
}

/** A PDF/A-2b as the app makes them: qpdf --check passes, every font embedded, XMP pdfaid part 2 / B. Answers the XMP. */
export async function expectPdfA2b(file: string, what: string): Promise<string> {
  expect((await run('qpdf', ['--check', file])).stdout, what).toMatch(/No syntax or stream encoding errors/);
  const fonts = (await run('pdffonts', [file])).stdout.split('\n').slice(2).filter((l) => l.trim());
  expect(fonts.length, what).toBeGreaterThanOrEqual(2);
  for (const line of fonts) expect(line.split(/\s+/).at(-5), `${what}: ${line}`).toBe('yes');
  const meta = (await run('pdfinfo', ['-meta', file])).stdout;
  expect(meta, what).toContain('<pdfaid:part>2</pdfaid:part>');
  expect(meta, what).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  return meta;
}

export { run };
