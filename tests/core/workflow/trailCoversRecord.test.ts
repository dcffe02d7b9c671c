/**
 * The trail covers the record (issue 9 §2): a case file edited outside the app — the requester's
 * name, the User ID, a document's page — is named field by field by `workflow.trail` and
 * `loket verify-trail`, even though every hash in the chain still holds.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/domain/case';
import { documentsOf } from '../../../electron/core/documents/service';
import { storeOf } from '../../../electron/core/createCore';
import { demoPagePng } from '../../../electron/core/demo/demoPage';
import { recordDifferences } from '../../../electron/core/workflow/trail';
import { call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { runLoket } from '../../support/cliIo';
import { validIntake } from '../../fixtures/intake';
import { TestClock, drive, must, setUpOperator } from './support';

async function closedCaseWithPage(dir: string, clock: TestClock): Promise<CaseRecord> {
  const core = await openCore(dir, clock.now);
  await setUpOperator(core);
  const c = await call(core, 'cases.create', validIntake());
  // A correction through the app: the trail records it, so it is not a difference.
  await call(core, 'cases.update', { id: c.id, revision: c.revision, intake: { ...c.intake, requester: { ...c.intake.requester, position: 'Analis Pengadaan Ahli Muda' } } });
  const png = await demoPagePng('SURAT PERMOHONAN', [c.caseNumber]);
  await documentsOf(storeOf(core)).addPages(c.id, [{ bytes: png, name: 'surat.png' }], { type: 'request_letter', source: 'file', developmentLevel: 'asli', receivedDate: c.intake.receivedAt.slice(0, 10) });
  await drive(core, c.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
  const closed = await call(core, 'cases.get', { id: c.id });
  await core.close();
  return closed;
}

async function editCaseFile(dir: string, id: string, edit: (r: CaseRecord) => void): Promise<void> {
  const file = path.join(dir, 'cases', `${id}.json`);
  const record = JSON.parse(await fs.readFile(file, 'utf8')) as CaseRecord;
  edit(record);
  await fs.writeFile(file, JSON.stringify(record, null, 2));
  await fs.rm(`${file}.bak`, { force: true });
}

describe('the trail covers the record', () => {
  it('an untouched closed case, corrected and scanned through the app, matches its trail', async () => {
    const dir = await tempDir();
    const c = await closedCaseWithPage(dir, new TestClock());
    expect(c.events[0]?.payload).toMatchObject({ case: { id: c.id, caseNumber: c.caseNumber }, intake: { requester: { name: c.intake.requester.name } } });
    expect(recordDifferences(c)).toEqual([]);
    const core = await openCore(dir);
    expect(await call(core, 'workflow.trail', { id: c.id })).toMatchObject({ ok: true, fields: [] });
  });

  it('names the requester’s name, the User ID and a document page edited in the case file, with every hash intact', async () => {
    const clock = new TestClock();
    const dir = await tempDir();
    const c = await closedCaseWithPage(dir, clock);
    const docId = must(c.documents[0]).id;
    await editCaseFile(dir, c.id, (r) => {
      r.intake.requester.name = 'Siti Nurhaliza Palsu';
      r.intake.requester.userId = 'akun.lain';
      const page = must(must(r.documents[0]).pages[0]);
      page.blob = 'f'.repeat(64);
    });
    const core = await openCore(dir, clock.now);
    const verdict = await call(core, 'workflow.trail', { id: c.id });
    expect(verdict).toMatchObject({ ok: false, problem: 'record', brokenAt: null });
    expect(verdict.fields).toEqual(['intake.requester.name', 'intake.requester.userId', `documents.${docId}`]);
    expect(verdict.message).toContain('intake.requester.name');
    await core.close();

    const cli = await runLoket(['verify-trail', '--data-dir', dir, c.id]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('intake.requester.name, intake.requester.userId');
  });

  it('names a changed case number', async () => {
    const dir = await tempDir();
    const c = await closedCaseWithPage(dir, new TestClock());
    await editCaseFile(dir, c.id, (r) => {
      r.caseNumber = '0999/WS01/RP-UKPBJ/XI/2026';
    });
    const core = await openCore(dir);
    expect((await call(core, 'workflow.trail', { id: c.id })).fields).toEqual(['caseNumber']);
  });
});
