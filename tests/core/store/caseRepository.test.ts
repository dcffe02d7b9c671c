import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeOf } from '../../../electron/core/createCore';
import { fillDemo } from '../../../electron/core/demo/fillDemo';
import { STAT_WORKER_MIN_INDEX_BYTES } from '../../../electron/core/store/caseFileStats';
import { openStore } from '../../../electron/core/store/openStore';
import { CASE_SCHEMA_VERSION, type CaseRecord, type CaseSummary } from '../../../shared/domain/case';
import { atTheKeyboard, call, callError, openCore } from '../support/core';
import { receivedAt, demoIntake, demoIntakes } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { testNow } from '../../support/clock';
import { testSettingsInput } from '../../fixtures/profile';

const caseFile = (dir: string, id: string) => path.join(dir, 'cases', `${id}.json`);
const readJson = async (p: string): Promise<unknown> => JSON.parse(await fs.readFile(p, 'utf8'));
const names = (items: CaseSummary[]) => items.map((i) => i.name);

describe('cases.create', () => {
  it('registers the case under the next number of this workstation and writes its file', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const changed: string[] = [];
    core.events.on('cases.changed', ({ ids }) => changed.push(...ids));
    const intake = receivedAt(demoIntake(1), '2026-11-03T02:15:00.000Z');
    const rec = await call(core, 'cases.create', intake);
    expect(rec).toMatchObject({ id: '2026-WS01-00001', caseNumber: '0001/WS01/RP-UKPBJ/XI/2026', year: 2026, seq: 1, workstation: 'WS01', status: 'registered', revision: 0 });
    expect(await readJson(caseFile(dir, rec.id))).toEqual(rec);
    expect(changed).toEqual([rec.id]);
    expect((await call(core, 'cases.get', { id: rec.id })).intake.requester.nip).toBe(intake.requester.nip);
  });

  it('takes the year and month from the receipt time in the configured zone, with a sequence per year', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const base = demoIntake(2);
    // 17:30 UTC on 31 December is 00:30 on 1 January in WIB.
    const newYear = await call(core, 'cases.create', receivedAt(base, '2025-12-31T17:30:00.000Z'));
    const lastYear = await call(core, 'cases.create', receivedAt(base, '2025-12-31T16:30:00.000Z'));
    const again = await call(core, 'cases.create', receivedAt(base, '2026-02-02T03:00:00.000Z'));
    expect([newYear.id, newYear.caseNumber]).toEqual(['2026-WS01-00001', '0001/WS01/RP-UKPBJ/I/2026']);
    expect([lastYear.id, lastYear.caseNumber]).toEqual(['2025-WS01-00001', '0001/WS01/RP-UKPBJ/XII/2025']);
    expect(again.id).toBe('2026-WS01-00002');
  });

  it('numbers per workstation and follows the configured pattern', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const intake = receivedAt(demoIntake(3), '2026-05-04T03:00:00.000Z');
    await call(core, 'cases.create', intake);
    await call(core, 'settings.save', testSettingsInput({ workstationCode: 'ws02', caseNumberPattern: '{tahun}/{ws}/{bulan}/{seq}' }));
    const rec = await call(core, 'cases.create', intake);
    expect([rec.id, rec.caseNumber]).toEqual(['2026-WS02-00001', '2026/WS02/05/0001']);
  });

  it('never hands out the same number to concurrent creates, and continues after reopening', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const intakes = demoIntakes(40, 4).map((i) => receivedAt(i, '2026-06-01T03:00:00.000Z'));
    const recs = await Promise.all(intakes.map((i) => call(core, 'cases.create', i)));
    expect(recs.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(recs.map((r) => r.caseNumber)).size).toBe(40);
    await core.close();
    const reopened = await openCore(dir);
    expect((await call(reopened, 'cases.create', intakes[0] as (typeof intakes)[0])).seq).toBe(41);
  });
});

describe('cases.update', () => {
  it('replaces the intake when the revision matches, bumping revision and updatedAt, keeping identity', async () => {
    const dir = await tempDir();
    let t = testNow().getTime(); // the fixture was received before the suite's "now"
    const core = await openCore(dir, () => new Date((t += 1000)));
    const rec = await call(core, 'cases.create', demoIntake(5));
    const intake = { ...rec.intake, notes: 'Surat asli sudah diterima.' };
    const next = await call(core, 'cases.update', { id: rec.id, revision: 0, intake });
    expect(next).toMatchObject({ id: rec.id, caseNumber: rec.caseNumber, seq: rec.seq, createdAt: rec.createdAt, revision: 1 });
    expect(next.updatedAt > rec.updatedAt).toBe(true);
    expect(next.intake.notes).toBe('Surat asli sudah diterima.');
    expect(await readJson(caseFile(dir, rec.id))).toEqual(next);
    // The previous good copy is kept beside it.
    expect(await readJson(`${caseFile(dir, rec.id)}.bak`)).toEqual(rec);
  });

  it('refuses a stale revision with a conflict that tells the admin what to do, changing nothing', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const rec = await call(core, 'cases.create', demoIntake(6));
    await call(core, 'cases.update', { id: rec.id, revision: 0, intake: { ...rec.intake, notes: 'pertama' } });
    const err = await callError(core, 'cases.update', { id: rec.id, revision: 0, intake: { ...rec.intake, notes: 'kedua' } });
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/Muat ulang berkas/);
    expect((await call(core, 'cases.get', { id: rec.id })).intake.notes).toBe('pertama');
  });

  it('lets exactly one of two concurrent edits of the same revision win', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const rec = await call(core, 'cases.create', demoIntake(7));
    const results = await Promise.allSettled(['a', 'b', 'c'].map((n) => call(core, 'cases.update', { id: rec.id, revision: 0, intake: { ...rec.intake, notes: n } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await call(core, 'cases.get', { id: rec.id })).revision).toBe(1);
  });

  it('answers not_found in Indonesian for an unknown case', async () => {
    const core = await openCore(await tempDir());
    const err = await callError(core, 'cases.update', { id: '2026-WS01-00099', revision: 0, intake: demoIntake(8) });
    expect(err).toMatchObject({ code: 'not_found' });
    expect(err.message).toMatch(/tidak ditemukan/);
  });
});

describe('cases.list', () => {
  it('filters and paginates the register, newest received first', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const intakes = demoIntakes(30, 9);
    for (const i of intakes) await call(core, 'cases.create', i);
    const all = await call(core, 'cases.list', { limit: 1000 });
    expect(all.total).toBe(30);
    const received = all.items.map((i) => Date.parse(i.receivedAt));
    expect(received).toEqual([...received].sort((a, b) => b - a));
    const page2 = await call(core, 'cases.list', { offset: 10, limit: 10 });
    expect(page2.items.map((i) => i.id)).toEqual(all.items.slice(10, 20).map((i) => i.id));
    const target = all.items[7] as CaseSummary;
    const byNip = await call(core, 'cases.list', { text: target.nip });
    expect(byNip.items.map((i) => i.nip).every((n) => n === target.nip)).toBe(true);
    expect(byNip.items.map((i) => i.id)).toContain(target.id);
    const resets = await call(core, 'cases.list', { kind: ['reset_password'], limit: 1000 });
    expect(resets.total).toBe(intakes.filter((i) => i.kind === 'reset_password').length);
    // A status set by the workflow is filterable.
    await storeOf(core).cases.update(target.id, 0, (c) => ({ ...c, status: 'closed' }));
    expect((await call(core, 'cases.list', { status: ['closed'] })).items.map((i) => i.id)).toEqual([target.id]);
  });
});

describe('the derived index', () => {
  async function folderWith(count: number) {
    const dir = await tempDir();
    const core = await openCore(dir);
    const recs: CaseRecord[] = [];
    for (const i of demoIntakes(count, 11)) recs.push(await call(core, 'cases.create', i));
    await core.close();
    return { dir, recs };
  }

  it('is written on close and used on the next open without re-reading case files', async () => {
    const { dir, recs } = await folderWith(5);
    const index = (await readJson(path.join(dir, 'index.json'))) as { rows: unknown[] };
    expect(index.rows).toHaveLength(5);
    const core = await openCore(dir);
    expect(storeOf(core).cases.openStats).toEqual({ files: 5, fromIndex: 5, reread: 0, dropped: 0, indexStatus: 'ok' });
    expect((await call(core, 'cases.list', {})).total).toBe(recs.length);
    expect((await call(core, 'app.problems', {})).problems).toEqual([]);
  });

  it('is not written as part of a save, but shortly after (debounced)', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir, now: testNow, onCaseChanged: () => undefined, index: { debounceMs: 50 } });
    const indexPath = path.join(dir, 'index.json');
    await store.cases.create(demoIntake(12));
    await expect(fs.access(indexPath)).rejects.toThrow(); // save acknowledged, index not yet written
    await new Promise((r) => setTimeout(r, 300));
    expect(((await readJson(indexPath)) as { rows: unknown[] }).rows).toHaveLength(1);
    await store.close();
  });

  it('is rebuilt from the case files when missing, reported as index_rebuilt', async () => {
    const { dir, recs } = await folderWith(4);
    await fs.rm(path.join(dir, 'index.json'));
    const core = await openCore(dir);
    expect((await call(core, 'cases.list', {})).items.map((i) => i.id).sort()).toEqual(recs.map((r) => r.id).sort());
    const problems = (await call(core, 'app.problems', {})).problems;
    expect(problems).toMatchObject([{ file: 'index.json', kind: 'index_rebuilt' }]);
    expect(problems[0]?.message).toMatch(/tidak ada.*4 berkas/);
    await core.close();
    expect(((await readJson(path.join(dir, 'index.json'))) as { rows: unknown[] }).rows).toHaveLength(4);
  });

  it('is rebuilt when unreadable', async () => {
    const { dir } = await folderWith(3);
    await fs.writeFile(path.join(dir, 'index.json'), '{"schemaVersion":1,"rows":[{"size":');
    const core = await openCore(dir);
    expect((await call(core, 'cases.list', {})).total).toBe(3);
    expect((await call(core, 'app.problems', {})).problems[0]?.message).toMatch(/tidak terbaca/);
  });

  it('picks up case files changed, added or removed behind its back, re-reading only those', async () => {
    const { dir, recs } = await folderWith(6);
    const [a, b, c] = recs as [CaseRecord, CaseRecord, CaseRecord];
    const changed = { ...a, intake: { ...a.intake, requester: { ...a.intake.requester, name: 'Nama Diubah Di Luar' } } };
    await fs.writeFile(caseFile(dir, a.id), JSON.stringify(changed, null, 2));
    await fs.rm(caseFile(dir, b.id));
    const added = { ...c, id: '2026-WS09-00001', workstation: 'WS09', caseNumber: '0001/WS09/RP-UKPBJ/I/2026', intake: { ...c.intake, requester: { ...c.intake.requester, name: 'Berkas Tambahan' } } };
    await fs.writeFile(caseFile(dir, added.id), JSON.stringify(added));
    const core = await openCore(dir);
    expect(storeOf(core).cases.openStats).toMatchObject({ files: 6, fromIndex: 4, reread: 2, dropped: 1 });
    const list = await call(core, 'cases.list', { limit: 100 });
    expect(list.total).toBe(6);
    expect(names(list.items)).toContain('Nama Diubah Di Luar');
    expect(names(list.items)).toContain('Berkas Tambahan');
    expect(list.items.map((i) => i.id)).not.toContain(b.id);
    expect((await call(core, 'app.problems', {})).problems).toEqual([]);
  });

  it('checks a large folder (its files listed and stat\'ed on a worker thread) as closely as a small one', async () => {
    const dir = await tempDir();
    const core = await openCore(dir, undefined, { operator: false });
    await fillDemo(core, 2400, 17);
    await atTheKeyboard(core);
    const [a, b] = (await call(core, 'cases.list', { limit: 2 })).items as [CaseSummary, CaseSummary];
    await core.close();
    // Large enough for the worker (about 490 bytes a case).
    expect((await fs.stat(path.join(dir, 'index.json'))).size).toBeGreaterThanOrEqual(STAT_WORKER_MIN_INDEX_BYTES);
    const record = (await readJson(caseFile(dir, a.id))) as CaseRecord;
    const renamed = { ...record, intake: { ...record.intake, requester: { ...record.intake.requester, name: 'Nama Diubah Di Luar' } } };
    await fs.writeFile(caseFile(dir, a.id), JSON.stringify(renamed, null, 2));
    await fs.rm(caseFile(dir, b.id));
    const reopened = await openCore(dir);
    expect(storeOf(reopened).cases.openStats).toEqual({ files: 2399, fromIndex: 2398, reread: 1, dropped: 1, indexStatus: 'ok' });
    const list = await call(reopened, 'cases.list', { limit: 5 });
    expect(list.total).toBe(2399);
    expect(list.items[0]).toMatchObject({ id: a.id, name: 'Nama Diubah Di Luar' });
  }, 60_000);

  /** The head of a sealed index: `{"schemaVersion":2,"summaries":"<digest>","sha1":"<digest>","rows":`. */
  const SEALED = /^\{"schemaVersion":2,"summaries":"([0-9a-f]{40})","sha1":"([0-9a-f]{40})","rows":/;

  it('is sealed: a row changed inside it, even as valid JSON, is caught by the digest and rebuilt from the case files', async () => {
    const { dir, recs } = await folderWith(3);
    const indexPath = path.join(dir, 'index.json');
    const text = await fs.readFile(indexPath, 'utf8');
    expect(text).toMatch(SEALED);
    const [first] = recs as [CaseRecord];
    const name = first.intake.requester.name;
    await fs.writeFile(indexPath, text.replace(JSON.stringify(name), JSON.stringify(`${name} (diubah)`)));
    const core = await openCore(dir);
    expect(storeOf(core).cases.openStats).toMatchObject({ indexStatus: 'unreadable', fromIndex: 0, reread: 3 });
    expect(names((await call(core, 'cases.list', {})).items)).toContain(name);
    expect((await call(core, 'app.problems', {})).problems).toMatchObject([{ file: 'index.json', kind: 'index_rebuilt' }]);
  });

  it('refuses a sealed row without the id and file stamp the open relies on, even with a matching digest', async () => {
    const { dir } = await folderWith(2);
    const indexPath = path.join(dir, 'index.json');
    const head = SEALED.exec(await fs.readFile(indexPath, 'utf8')) as RegExpExecArray;
    const rowsText = JSON.stringify([{ size: 10, summary: { name: 'Tanpa ID' } }]);
    const sha1 = createHash('sha1').update(rowsText).digest('hex');
    await fs.writeFile(indexPath, `{"schemaVersion":2,"summaries":"${head[1] as string}","sha1":"${sha1}","rows":${rowsText}}`);
    const core = await openCore(dir);
    expect(storeOf(core).cases.openStats).toMatchObject({ indexStatus: 'unreadable', reread: 2 });
    expect((await call(core, 'cases.list', {})).total).toBe(2);
  });

  it('is rebuilt when a sealed index is cut short (torn copy)', async () => {
    const { dir } = await folderWith(3);
    const indexPath = path.join(dir, 'index.json');
    const bytes = await fs.readFile(indexPath);
    await fs.writeFile(indexPath, bytes.subarray(0, bytes.length - 40));
    const core = await openCore(dir);
    expect(storeOf(core).cases.openStats).toMatchObject({ indexStatus: 'unreadable', reread: 3 });
    expect((await call(core, 'cases.list', {})).total).toBe(3);
  });

  it('reads a version 1 index (no seal, older rows) through the schema without re-reading cases, and rewrites it sealed', async () => {
    const { dir, recs } = await folderWith(4);
    const indexPath = path.join(dir, 'index.json');
    const { rows } = (await readJson(indexPath)) as { rows: Array<{ size: number; mtimeMs: number; summary: CaseSummary }> };
    // A summary as an older app wrote it: no step, deadline or result yet (the schema's defaults fill them).
    const older = rows.map(({ summary: { step: _s, waitingDeadline: _w, result: _r, ...summary }, ...file }) => ({ ...file, summary }));
    await fs.writeFile(indexPath, JSON.stringify({ schemaVersion: 1, rows: older }));
    const core = await openCore(dir);
    expect(storeOf(core).cases.openStats).toEqual({ files: 4, fromIndex: 4, reread: 0, dropped: 0, indexStatus: 'ok' });
    expect((await call(core, 'cases.list', {})).items.map((i) => i.step)).toEqual([2, 2, 2, 2]);
    expect((await call(core, 'app.problems', {})).problems).toEqual([]);
    await core.close();
    const rewritten = await fs.readFile(indexPath, 'utf8');
    expect(rewritten).toMatch(SEALED);
    expect(((JSON.parse(rewritten) as { rows: unknown[] }).rows)).toHaveLength(recs.length);
  });

  it('reads an index sealed for another summary schema through the schema, and reseals it for this one', async () => {
    const { dir } = await folderWith(2);
    const indexPath = path.join(dir, 'index.json');
    const text = await fs.readFile(indexPath, 'utf8');
    const current = SEALED.exec(text)?.[1] as string;
    await fs.writeFile(indexPath, text.replace(current, '0'.repeat(40)));
    const core = await openCore(dir);
    expect(storeOf(core).cases.openStats).toEqual({ files: 2, fromIndex: 2, reread: 0, dropped: 0, indexStatus: 'ok' });
    await core.close();
    expect(SEALED.exec(await fs.readFile(indexPath, 'utf8'))?.[1]).toBe(current);
  });
});

describe('damaged case files at open', () => {
  it('quarantines a corrupt case file, names it in app.problems, and opens the others', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const recs: CaseRecord[] = [];
    for (const i of demoIntakes(5, 13)) recs.push(await call(core, 'cases.create', i));
    await core.close();
    const bad = recs[2] as CaseRecord;
    await fs.writeFile(caseFile(dir, bad.id), (await fs.readFile(caseFile(dir, bad.id), 'utf8')).slice(0, 100));
    const reopened = await openCore(dir);
    const list = await call(reopened, 'cases.list', {});
    expect(list.total).toBe(4);
    expect(list.items.map((i) => i.id)).not.toContain(bad.id);
    const [problem] = (await call(reopened, 'app.problems', {})).problems;
    expect(problem).toMatchObject({ file: `cases/${bad.id}.json`, kind: 'corrupt' });
    expect(problem?.message).toContain(`cases/${bad.id}.json`);
    await expect(fs.access(path.join(dir, problem?.quarantinedTo ?? 'none'))).resolves.toBeUndefined();
    expect((await callError(reopened, 'cases.get', { id: bad.id })).code).toBe('not_found');
  });

  it('restores an edited case from its .bak when the file is corrupt', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const rec = await call(core, 'cases.create', demoIntake(14));
    await call(core, 'cases.update', { id: rec.id, revision: 0, intake: { ...rec.intake, notes: 'revisi satu' } });
    await core.close();
    await fs.writeFile(caseFile(dir, rec.id), '{"schemaVersion":1,"id":');
    const reopened = await openCore(dir);
    expect((await call(reopened, 'cases.get', { id: rec.id })).revision).toBe(0);
    expect((await call(reopened, 'app.problems', {})).problems).toMatchObject([{ file: `cases/${rec.id}.json`, kind: 'restored_from_backup' }]);
  });

  it('keeps the number of a quarantined case taken: the next case does not reuse it', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const intake = receivedAt(demoIntake(15), '2026-07-01T03:00:00.000Z');
    await call(core, 'cases.create', intake);
    const last = await call(core, 'cases.create', intake);
    await core.close();
    await fs.writeFile(caseFile(dir, last.id), 'rusak');
    const reopened = await openCore(dir);
    expect((await call(reopened, 'cases.create', intake)).seq).toBe(3);
  });

  it('leaves a case written by a newer version untouched and unlisted, with its number still taken', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const rec = await call(core, 'cases.create', receivedAt(demoIntake(16), '2026-07-01T03:00:00.000Z'));
    await core.close();
    const newer = JSON.stringify({ ...rec, schemaVersion: CASE_SCHEMA_VERSION + 1, workflow: { step: 3 } });
    await fs.writeFile(caseFile(dir, rec.id), newer);
    const reopened = await openCore(dir);
    expect((await call(reopened, 'cases.list', {})).total).toBe(0);
    expect((await call(reopened, 'app.problems', {})).problems).toMatchObject([{ file: `cases/${rec.id}.json`, kind: 'unsupported_version' }]);
    expect((await callError(reopened, 'cases.get', { id: rec.id })).code).toBe('unsupported_version');
    expect((await call(reopened, 'cases.create', rec.intake)).seq).toBe(2);
    expect(await fs.readFile(caseFile(dir, rec.id), 'utf8')).toBe(newer);
  });

  it('pushes a store.problem event for damage found after open', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const rec = await call(core, 'cases.create', demoIntake(17));
    const events: string[] = [];
    core.events.on('store.problem', (p) => events.push(`${p.kind} ${p.file}`));
    await fs.writeFile(caseFile(dir, rec.id), '{');
    expect((await callError(core, 'cases.get', { id: rec.id })).code).toBe('corrupt');
    expect(events).toEqual([`corrupt cases/${rec.id}.json`]);
    expect((await call(core, 'cases.list', {})).total).toBe(0);
  });

  it('removes temp files abandoned by a crash and ignores fresh ones', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const rec = await call(core, 'cases.create', demoIntake(18));
    await core.close();
    const old = path.join(dir, 'cases', `.${rec.id}.json.999-1.tmp`);
    const fresh = path.join(dir, 'cases', `.${rec.id}.json.999-2.tmp`);
    await fs.writeFile(old, '{"half":');
    await fs.writeFile(fresh, '{"half":');
    // File times are the machine's: the stale-temp sweep compares mtimes with them.
    const past = new Date(Date.now() - 5 * 60_000);
    await fs.utimes(old, past, past);
    const reopened = await openCore(dir);
    expect((await call(reopened, 'cases.list', {})).total).toBe(1);
    await expect(fs.access(old)).rejects.toThrow();
    await expect(fs.access(fresh)).resolves.toBeUndefined();
    expect((await call(reopened, 'app.problems', {})).problems).toEqual([]);
  });
});

describe('case schema migrations', () => {
  it('a version-1 case (before the trail and documents) opens as version 2, with the v1 file kept', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const rec = await call(core, 'cases.create', demoIntake(3));
    await core.close();
    const { events: _e, documents: _d, ...v1 } = { ...rec, schemaVersion: 1 };
    await fs.writeFile(caseFile(dir, rec.id), JSON.stringify(v1));
    // The index still says size/mtime of the v2 file: the change is picked up and the file re-read.
    const reopened = await openCore(dir);
    expect(await call(reopened, 'cases.get', { id: rec.id })).toEqual({ ...rec, events: [], documents: [] });
    expect(await readJson(`${caseFile(dir, rec.id)}.v1.bak`)).toEqual(v1);
    expect((await readJson(caseFile(dir, rec.id))) as CaseRecord).toMatchObject({ schemaVersion: 2, events: [], documents: [] });
    expect((await call(reopened, 'app.problems', {})).problems).toMatchObject([{ file: `cases/${rec.id}.json`, kind: 'migrated' }]);
  });
});
