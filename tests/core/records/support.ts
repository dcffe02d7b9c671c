/** Closed cases with documents for the records and backup tests: through the contract and the real SOP engine. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { defaultArchiveSettings, type ArchiveSettings } from '../../../shared/domain/archive';
import type { RequestKind } from '../../../shared/domain/case';
import type { Outcome } from '../../../shared/sop/definition';
import type { Core } from '../../../electron/core/core';
import { storeOf } from '../../../electron/core/createCore';
import { ARCHIVE_SETTINGS_FILE } from '../../../electron/core/archive/archiveSettingsFile';
import { demoPagePng } from '../../../electron/core/demo/demoPage';
import { documentsOf } from '../../../electron/core/documents/service';
import { call } from '../support/core';
import { drive, intakeOf, type TestClock } from '../workflow/support';

export const SERVED: readonly Outcome[] = ['complete', 'valid', 'reset_done', 'notified', 'archived'];
export const REJECTED: readonly Outcome[] = ['complete', 'invalid', 'rejection_sent', 'archived'];

/** archive.json as the settings screen saves it (written before the core opens). */
export async function writeArchiveSettings(dataDir: string, patch: Partial<ArchiveSettings>): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(path.join(dataDir, ARCHIVE_SETTINGS_FILE), JSON.stringify({ ...defaultArchiveSettings(), ...patch }, null, 2));
}

/** Registers a case, attaches a scanned request letter (a real PNG through the documents service) and walks it by `outcomes`. */
export async function closedCase(core: Core, clock: TestClock, kind: RequestKind = 'both', outcomes: readonly Outcome[] = SERVED): Promise<string> {
  const created = await call(core, 'cases.create', intakeOf(kind));
  const png = await demoPagePng('SURAT PERMOHONAN', [`Nomor: ${created.intake.letter.number}`, `Nama: ${created.intake.requester.name}`]);
  await documentsOf(storeOf(core)).addPages(created.id, [{ bytes: png, name: 'surat.png' }], {
    type: 'request_letter',
    source: 'file',
    developmentLevel: 'asli',
    receivedDate: created.intake.receivedAt.slice(0, 10),
  });
  await drive(core, created.id, outcomes, clock, kind);
  return created.id;
}
