/**
 * Archive figures (issue 5, Speed; issue 12: ≤ 2.5× the baseline): a closed case with 50 MB of scans
 * exported to another folder — staging on the destination, every file read once and hashed while
 * written, fsync, the bag re-read there once and checked, atomic rename — against `cp -r` +
 * `sha256sum` of the same payload files in the same round, and `loket verify`'s check of that bag.
 * The case is real: scanned pages imported and built into the archival PDF, the SOP walked to step 9
 * through the contract, the letters from the letters service.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { archiveOf } from '../../electron/core/archive/archiveService';
import { verifyArchiveBag } from '../../electron/core/archive/verifyArchiveBag';
import type { Core } from '../../electron/core/core';
import { createCore, storeOf } from '../../electron/core/createCore';
import { generateIntakes } from '../../electron/core/demo/generateIntakes';
import { documentsOf } from '../../electron/core/documents/service';
import { readLetterStamp } from '../../electron/core/letters/stamp';
import type { MethodName } from '../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { intakeSchema, type Intake } from '../../shared/domain/case';
import { CHECKLIST_LINES, type StepPayloadInput } from '../../shared/domain/workflow';
import { isTimedStep } from '../../shared/sop/definition';
import { median, round, type Figure } from './figure';
import { SHIM_MS, slowFileSystem } from './slowFileSystem';
import { atTheKeyboard } from '../core/support/operator';
import { testSettingsInput } from '../fixtures/profile';

const run = promisify(execFile);
const ROUNDS = 3;
/** A4 at 300 dpi, grayscale noise: about 3.9 MB per page once the archive re-encodes it (JPEG q60). */
const PAGE = { width: 2480, height: 3508 };
const TARGET_BYTES = 50 * 1024 * 1024;

async function call<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

/** The reset-password path of the SOP (steps 2, 5, 6, 8, 9), as the admin fills the forms. */
function formFor(step: number, at: Date, requester: Intake['requester']): StepPayloadInput {
  const iso = new Date(at.getTime() - 60_000).toISOString();
  switch (step) {
    case 2:
      return { step: 2, checklist: { ...Object.fromEntries(CHECKLIST_LINES.map((l) => [l, 'yes'])), changes_stated: 'na' } as Extract<StepPayloadInput, { step: 2 }>['checklist'], decision: 'complete' };
    case 5:
      return { step: 5, spse: { name: requester.name, nip: requester.nip, userId: requester.userId, email: requester.email, phone: requester.phone, agency: requester.agency }, confirmations: [{ channel: 'phone', contact: requester.name, at: iso, result: 'confirmed' }], decision: 'valid' };
    case 6:
      return { step: 6, passwordReset: true, changedFields: [], doneAt: iso };
    case 8:
      return { step: 8, channel: 'in_person', receivedBy: requester.name, at: iso, mustChangeReminder: true };
    default:
      return { step: 9, physical: { box: 'B-01', folder: 'F-001', shelf: 'Lemari 1 rak 1' }, electronic: 'pending' };
  }
}

/**
 * A closed case whose request letter is scanned pages of about `bytes` in all, its archival PDF
 * built (the operator is at the keyboard: atTheKeyboard). Also the office bench's bag source.
 */
export async function closedCaseWithScans(core: Core, dir: string, bytes = TARGET_BYTES): Promise<string> {
  // The bag names the agency: an export waits while the profile is empty (issue 10 §2).
  await call(core, 'settings.save', testSettingsInput());
  const intake = intakeSchema.parse({ ...generateIntakes(1, 11)[0], kind: 'reset_password', changes: [] });
  const c = await call(core, 'cases.create', intake);
  const docs = documentsOf(storeOf(core));
  const files: string[] = [];
  for (let i = 0; i * 3.7 * 1024 * 1024 < bytes; i++) {
    const file = path.join(dir, `scan-${i}.jpg`);
    await sharp(randomBytes(PAGE.width * PAGE.height), { raw: { ...PAGE, channels: 1 } }).jpeg({ quality: 90 }).withMetadata({ density: 300 }).toFile(file);
    files.push(file);
  }
  const { document } = await docs.addPages(c.id, files.map((file) => ({ file })), { type: 'request_letter', source: 'scanner', developmentLevel: 'asli', receivedDate: intake.letter.date });
  await docs.buildPdf(c.id, document.id, false);
  let state = await call(core, 'workflow.state', { id: c.id });
  while (state.step !== null) {
    const step = state.step;
    if (isTimedStep(step)) state = await call(core, 'workflow.open', { id: c.id, step });
    if (step === 6 && !state.password.held) await call(core, 'workflow.password.generate', { id: c.id });
    state = await call(core, 'workflow.complete', { id: c.id, revision: state.revision, payload: formFor(step, new Date(), intake.requester), overrunReason: '' });
  }
  return c.id;
}

export async function archiveBench(): Promise<Figure[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-bench-archive-'));
  const core = await createCore({ dataDir: path.join(dir, 'data'), host: 'cli' });
  await atTheKeyboard(core);
  try {
    const id = await closedCaseWithScans(core, dir);
    const archive = archiveOf(storeOf(core));
    // Warm-up: letters issued for the archive, workers started, files in the page cache.
    await archive.export(id, { root: await fs.mkdtemp(path.join(dir, 'warm-')) });

    const ours: number[] = [];
    const verifies: number[] = [];
    const ratios: number[] = [];
    /** Longest event-loop stall during an export: hashing runs in slices, so the app stays responsive. */
    const stalls: number[] = [];
    let bagBytes = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const root = path.join(dir, `root-${r}`);
      await fs.mkdir(root);
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      let t = performance.now();
      const status = await archive.export(id, { root });
      const exportMs = performance.now() - t;
      loop.disable();
      stalls.push(loop.max / 1e6);
      const bag = status.bags.at(-1);
      if (status.state !== 'exported' || !bag) throw new Error(`export failed: ${status.lastError}`);
      const bagDir = path.join(root, ...bag.path.split('/'));
      bagBytes = Number(bag.payloadOxum.split('.')[0]);

      t = performance.now();
      const report = await verifyArchiveBag(bagDir, readLetterStamp);
      const verifyMs = performance.now() - t;
      if (!report.ok) throw new Error(`verify failed: ${JSON.stringify(report.problems)}`);

      // The baseline: copy the same payload files and hash them, in the same round.
      const copy = path.join(dir, `cp-${r}`);
      t = performance.now();
      await run('cp', ['-r', path.join(bagDir, 'data'), copy]);
      await run('sh', ['-c', 'sha256sum "$0"/* > /dev/null', copy]);
      const cpMs = performance.now() - t;

      ours.push(exportMs);
      verifies.push(verifyMs);
      ratios.push(exportMs / cpMs);
      console.log(`  round ${r + 1}: export ${round(exportMs, 0)} ms (${round(bagBytes / 1048576, 1)} MB), verify ${round(verifyMs, 0)} ms, cp -r + sha256sum ${round(cpMs, 0)} ms`);
      await fs.rm(copy, { recursive: true, force: true });
    }
    // Once more to a share that answers each file operation about 5 ms late (issue 12 "Speed").
    const slowRoot = path.join(dir, 'root-slow');
    await fs.mkdir(slowRoot);
    const restore = slowFileSystem(SHIM_MS);
    let slowMs: number;
    try {
      const t = performance.now();
      const status = await archive.export(id, { root: slowRoot });
      slowMs = performance.now() - t;
      if (status.state !== 'exported') throw new Error(`export through the shim failed: ${status.lastError}`);
    } finally {
      restore();
    }
    console.log(`  through the ${SHIM_MS} ms shim: export ${round(slowMs, 0)} ms`);
    return [
      { name: 'export.ms@50mb', value: round(median(ours), 0), unit: 'ms' },
      { name: `export.ms@50mb+smb${SHIM_MS}ms`, value: round(slowMs, 0), unit: 'ms' },
      { name: 'export.vs_cp_sha256_ratio', value: round(median(ratios)), unit: 'x', max: 2.5 },
      { name: 'verify.ms@50mb', value: round(median(verifies), 0), unit: 'ms' },
      { name: 'export.max_loop_stall_ms@50mb', value: round(median(stalls), 0), unit: 'ms' },
    ];
  } finally {
    await core.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
