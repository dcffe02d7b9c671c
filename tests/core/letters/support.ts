/**
 * A core wired as createHandlers wires it, but with the letters service and the password vault in
 * the test's hands: the printed step-8 PDF (password included) is only ever in memory, and the tests
 * read its text from those bytes (pdftotext on stdin) instead of from a file.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { Core } from '../../../electron/core/core';
import { openDocuments } from '../../../electron/core/documents/service';
import { CoreEvents } from '../../../electron/core/events';
import { appHandlers } from '../../../electron/core/handlers/appHandlers';
import { archiveHandlers } from '../../../electron/core/handlers/archiveHandlers';
import { caseHandlers } from '../../../electron/core/handlers/caseHandlers';
import { documentHandlers } from '../../../electron/core/handlers/documentHandlers';
import { lettersHandlers } from '../../../electron/core/handlers/lettersHandlers';
import { scanningHandlers } from '../../../electron/core/handlers/scanningHandlers';
import { settingsHandlers } from '../../../electron/core/handlers/settingsHandlers';
import { workflowHandlers } from '../../../electron/core/handlers/workflowHandlers';
import { openLetters, type LettersService } from '../../../electron/core/letters/service';
import { openStore, type Store } from '../../../electron/core/store/openStore';
import { PasswordVault } from '../../../electron/core/workflow/passwords';
import type { Handlers } from '../../../shared/contract/contract';
import { closeAfterTest } from '../support/tempDir';

export interface LettersCore {
  core: Core;
  store: Store;
  letters: LettersService;
  vault: PasswordVault;
}

export async function openLettersCore(dataDir: string, now: () => Date): Promise<LettersCore> {
  const events = new CoreEvents();
  const store = await openStore({ dataDir, now, onCaseChanged: (ids) => events.emit('cases.changed', { ids }) });
  const closers: Array<() => Promise<void>> = [];
  const deps = { host: 'cli' as const, events, onClose: (fn: () => Promise<void>) => closers.push(fn) };
  const documents = openDocuments(store, events);
  const vault = new PasswordVault();
  const letters = openLetters(store, { documents, vault });
  const handlers: Handlers = {
    ...appHandlers(store, deps),
    ...settingsHandlers(store),
    ...caseHandlers(store),
    ...workflowHandlers(store, vault),
    ...documentHandlers(store, documents),
    ...scanningHandlers(store, deps),
    ...lettersHandlers(store, letters),
    ...archiveHandlers(store, { ...deps, documents, letters }),
  };
  let closing: Promise<void> | undefined;
  const core: Core = {
    handlers,
    events,
    dataDir,
    close: () =>
      (closing ??= (async () => {
        for (const c of closers.reverse()) await c().catch(() => undefined);
        await letters.close();
        await documents.close();
        await store.close();
      })()),
  };
  closeAfterTest(() => core.close());
  return { core, store, letters, vault };
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

export { run };
