/**
 * Office tests: workstations (data folders) that close real cases through the core — operator,
 * intake, a scanned page, the SOP to step 9 — and publish them into one archive root, as the app does.
 */
import path from 'node:path';
import type { Core } from '../../../electron/core/core';
import { storeOf } from '../../../electron/core/createCore';
import { documentsOf } from '../../../electron/core/documents/service';
import type { Requester } from '../../../shared/domain/case';
import { testSettingsInput } from '../../fixtures/profile';
import { validIntake } from '../../fixtures/intake';
import { call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { textPage } from '../documents/files';
import { drive, TestClock } from '../workflow/support';

export interface Workstation {
  code: string;
  dir: string;
  core: Core;
  clock: TestClock;
}

/** A data folder set to `code`, its profile filled and `root` as its archive (nothing read yet). */
export async function workstation(code: string, root: string, clock = new TestClock()): Promise<Workstation> {
  const dir = await tempDir(`loket-office-${code.toLowerCase()}-`);
  const core = await openCore(dir, clock.now);
  await call(core, 'settings.save', testSettingsInput({ workstationCode: code }));
  await call(core, 'archive.settings.save', { ...(await call(core, 'archive.settings.get', {})), archiveRoot: root });
  return { code, dir, core, clock };
}

/** Registers a request of `who`, walks it to step 9 (archived) and exports it: the bag's path. */
export async function publishCase(ws: Workstation, who: Partial<Requester> = {}): Promise<{ id: string; caseNumber: string; bag: string }> {
  const base = validIntake();
  const c = await call(ws.core, 'cases.create', { ...base, requester: { ...base.requester, ...who } });
  const page = await textPage(path.join(ws.dir, `page-${c.id}.png`), ['Surat permohonan', c.caseNumber], { dpi: 100 });
  await documentsOf(storeOf(ws.core)).addPages(c.id, [{ file: page }], { type: 'request_letter', source: 'scanner', developmentLevel: 'asli', receivedDate: '2026-11-20' });
  await drive(ws.core, c.id, ['complete'], ws.clock, 'reset_password');
  await call(ws.core, 'workflow.open', { id: c.id, step: 5 });
  await completeStepFive(ws, c.id);
  await drive(ws.core, c.id, ['reset_done', 'notified', 'archived'], ws.clock, 'reset_password');
  const exported = await call(ws.core, 'archive.export', { id: c.id });
  if (exported.state !== 'exported') throw new Error(`export of ${c.id} failed: ${exported.lastError}`);
  const bag = exported.bags.at(-1)?.path ?? '';
  return { id: c.id, caseNumber: c.caseNumber, bag };
}

/** Step 5 (open) judged valid: SPSE shows what this person's letter says (the workflow fixture's step 5 knows one person only). */
export async function completeStepFive(ws: Workstation, id: string): Promise<void> {
  const record = await call(ws.core, 'cases.get', { id });
  const state = await call(ws.core, 'workflow.state', { id });
  const r = record.intake.requester;
  const at = ws.clock.advance(2).toISOString();
  await call(ws.core, 'workflow.complete', {
    id,
    revision: state.revision,
    overrunReason: '',
    payload: { step: 5, spse: { name: r.name, nip: r.nip, userId: r.userId, email: r.email, phone: r.phone, agency: r.agency }, confirmations: [{ channel: 'phone', contact: `${r.name} (${r.phone})`, at, result: 'confirmed' }], decision: 'valid' },
  });
}
