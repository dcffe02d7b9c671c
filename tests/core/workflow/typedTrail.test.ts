/**
 * The typed trail (issue 9 §2, §3): each event type has its payload schema; a trail written before
 * the union (tests/fixtures/trails/preIssue9.json, written by commit d847962) still parses unchanged
 * and verifies; a malformed payload is refused with a clear message; every new event records where
 * it came from (app, CLI, hot folder, demo), hashed with it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseRecordSchema, intakeSchema, type CaseRecord } from '../../../shared/domain/case';
import { caseEventSchema } from '../../../shared/domain/trail';
import { foldTrail, lastCompletion } from '../../../shared/domain/workflowFold';
import { closingOf } from '../../../shared/domain/closing';
import { createCore, storeOf } from '../../../electron/core/createCore';
import { documentsOf } from '../../../electron/core/documents/service';
import { demoPagePng } from '../../../electron/core/demo/demoPage';
import { fillDemo } from '../../../electron/core/demo/fillDemo';
import { chainEvent, verifyTrail } from '../../../electron/core/workflow/trail';
import { runningClock } from '../../support/clock';
import { validIntake } from '../../fixtures/intake';
import { atTheKeyboard, call, openCore } from '../support/core';
import { closeAfterTest, tempDir } from '../support/tempDir';
import { TestClock, drive, must } from './support';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/trails/preIssue9.json');

async function storedRecords(): Promise<Record<string, unknown>> {
  const file = JSON.parse(await fs.readFile(FIXTURE, 'utf8')) as { records: Record<string, unknown> };
  return file.records;
}

describe('a trail written before the typed trail', () => {
  it('parses without a member added or dropped, verifies, and keeps every hash', async () => {
    const records = await storedRecords();
    expect(Object.keys(records)).toEqual(['full', 'withDoc', 'rejected', 'expired', 'legacy']);
    for (const [name, stored] of Object.entries(records)) {
      const parsed = caseRecordSchema.parse(stored);
      // What was read is what was stored: the payload digests are over exactly these bytes.
      expect(JSON.parse(JSON.stringify(parsed.events)), name).toEqual((stored as { events: unknown[] }).events);
      expect(parsed.events.every((e) => e.source === undefined), name).toBe(true);
      expect(verifyTrail(parsed), name).toMatchObject({ ok: true, problem: '' });
    }
  });

  it('folds into the same state, the step data typed', async () => {
    const records = await storedRecords();
    const full = caseRecordSchema.parse(records['full']);
    const f = foldTrail(full.events);
    expect(f).toMatchObject({ step: null, status: 'closed', result: 'completed', lastFailedLines: [] });
    expect(lastCompletion(f, 2, 1)?.payload.data.failedLines).toEqual(['letter_signed_stamped', 'sk_present']);
    expect(f.completions.map((c) => `${c.payload.step}:${c.payload.outcome}#${c.visit}`)).toEqual([
      '2:incomplete#1', '3:notice_sent#1', '4:supplemented#1', '2:complete#2', '5:valid#1', '6:reset_done#1', '8:notified#1', '9:archived#1',
    ]);
    expect(lastCompletion(f, 3)?.payload.data.deadline).toBe('2026-12-01');
    expect(closingOf(full, 'WIB')?.physical).toEqual({ box: 'B-12', folder: 'F-034', shelf: 'Lemari 2 rak 3' });
    expect(foldTrail(caseRecordSchema.parse(records['expired']).events).result).toBe('not_completed');
    expect(foldTrail(caseRecordSchema.parse(records['rejected']).events).result).toBe('rejected');
    const legacy = caseRecordSchema.parse(records['legacy']);
    expect(legacy.events[0]?.type === 'registered' && legacy.events[0].payload.intake).toBeUndefined();
    expect(foldTrail(legacy.events).status).toBe('ready_reset');
  });

  it('still names a tampered payload (the digest is over the payload as stored)', async () => {
    const stored = structuredClone((await storedRecords())['full']) as { events: { payload: { data?: { deadline?: string } } }[] };
    must(stored.events.find((e) => e.payload.data?.deadline)).payload.data = { ...must(stored.events.find((e) => e.payload.data?.deadline)).payload.data, deadline: '2027-01-31' };
    expect(verifyTrail(caseRecordSchema.parse(stored))).toMatchObject({ ok: false, problem: 'payload_digest' });
  });
});

describe('the event union', () => {
  const record = async () => structuredClone((await storedRecords())['full']) as { events: Record<string, unknown>[] };

  it('refuses a malformed payload, naming the event type and the field', async () => {
    const r = await record();
    const notice = must(r.events.find((e) => (e['payload'] as { step?: number }).step === 3 && e['type'] === 'step_completed'));
    const payload = notice['payload'] as { data: Record<string, unknown> };
    delete payload.data['deadline'];
    const result = caseEventSchema.safeParse(notice);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Isi peristiwa jejak audit "step_completed" tidak sesuai bentuknya pada "data\.deadline"/);
    expect(result.error?.issues[0]?.path).toEqual(['payload', 'data', 'deadline']);
  });

  it('refuses an outcome that is not the step\'s, and an unknown event type', async () => {
    const r = await record();
    const checked = must(r.events.find((e) => e['type'] === 'step_completed'));
    expect(caseEventSchema.safeParse({ ...checked, payload: { ...(checked['payload'] as object), outcome: 'archived' } }).success).toBe(false);
    const unknown = caseEventSchema.safeParse({ ...checked, type: 'case_deleted' });
    expect(unknown.error?.issues[0]?.message).toBe('Jenis peristiwa jejak audit tidak dikenal: "case_deleted".');
  });

  it('hashes the source of a new event: a changed source breaks the chain', async () => {
    const legacy = caseRecordSchema.parse((await storedRecords())['withDoc']);
    const next = chainEvent(legacy.events, { at: '2026-11-24T03:10:00.000Z', type: 'step_opened', operator: null, source: 'cli', payload: { step: 2 } });
    const r: CaseRecord = { ...legacy, status: 'checking', events: [...legacy.events, next] };
    expect(verifyTrail(r)).toMatchObject({ ok: true });
    expect(verifyTrail({ ...r, events: [...legacy.events, { ...next, source: 'app' }] })).toMatchObject({ ok: false, brokenAt: 2, problem: 'hash' });
    const { source: _dropped, ...withoutSource } = next;
    expect(verifyTrail({ ...r, events: [...legacy.events, withoutSource] })).toMatchObject({ ok: false, brokenAt: 2, problem: 'hash' });
  });
});

describe('every event records its source', () => {
  it('the app (Electron, harness): "app"; a scan from the hot folder: "hot_folder"', async () => {
    const dir = await tempDir();
    const clock = new TestClock();
    const core = await createCore({ dataDir: dir, host: 'harness', now: clock.now });
    closeAfterTest(() => core.close());
    await atTheKeyboard(core);
    const c = await call(core, 'cases.create', validIntake());
    const png = await demoPagePng('SURAT PERMOHONAN', [c.caseNumber]);
    await documentsOf(storeOf(core)).addPages(c.id, [{ bytes: png, name: 'scan.png' }], { type: 'request_letter', source: 'hot_folder', developmentLevel: 'asli', receivedDate: c.intake.receivedAt.slice(0, 10) });
    await drive(core, c.id, ['complete'], clock, 'reset_password');
    const r = await call(core, 'cases.get', { id: c.id });
    expect(r.events.map((e) => `${e.type}:${e.source ?? '-'}`)).toEqual([
      'registered:app', 'documents_changed:hot_folder', 'step_opened:app', 'step_completed:app',
    ]);
    expect(verifyTrail(r)).toMatchObject({ ok: true });
  });

  it('the CLI\'s core: "cli"', async () => {
    const dir = await tempDir();
    const clock = new TestClock();
    const core = await openCore(dir, clock.now); // the core `loket` opens (host 'cli', electron/cli/coreSession.ts)
    const c = await call(core, 'cases.create', validIntake());
    await call(core, 'cases.update', { id: c.id, revision: c.revision, intake: { ...c.intake, requester: { ...c.intake.requester, phone: '081298765432' } } });
    await drive(core, c.id, ['complete'], clock, 'reset_password');
    const r = await call(core, 'cases.get', { id: c.id });
    expect(new Set(r.events.map((e) => e.source))).toEqual(new Set(['cli']));
    expect(r.events.map((e) => e.type)).toContain('intake_corrected');
  });

  it('`loket demo`: "demo", for open and closed sample cases alike', async () => {
    const dir = await tempDir();
    const core = await openCore(dir, runningClock().now, { operator: false });
    expect(await fillDemo(core, 6, 3, { closed: 2 })).toMatchObject({ created: 6, closed: 2 });
    // Read from the store: the demo's own operator, not the test's, is set up in this folder.
    const { cases } = storeOf(core);
    const rows = [...cases.register.rows()];
    expect(rows.filter((row) => row.summary.status === 'closed')).toHaveLength(2);
    for (const row of rows) {
      const r = await cases.get(row.summary.id);
      expect(new Set(r.events.map((e) => e.source)), r.caseNumber).toEqual(new Set(['demo']));
      expect(verifyTrail(r), r.caseNumber).toMatchObject({ ok: true });
    }
    // The host's source is back once the demo is written.
    const own = await cases.create(intakeSchema.parse(validIntake()));
    expect(own.events[0]?.source).toBe('cli');
  });
});
