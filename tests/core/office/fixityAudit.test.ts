/**
 * Issue 12 §4, the fixity audit, over real bags: WS01 and WS02 each close a case and export it to
 * one archive root (real letters, real bags, their catalogue lines); WS02 also backs up its data
 * folder. A third PC (WS03) audits a copy of that share per test: clean; a payload byte flipped
 * (the manifests catch it); a bag edited and fully re-hashed — valid BagIt again — caught only by
 * the catalogue's copy, naming WS02 and its backup; a bag deleted; a bag no catalogue names; each
 * check in WS03's append-only log; the scheduled pass a slice a day on the store's clock; the CLI.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, featuresOf } from '../../../electron/core/createCore';
import { validateBag } from '../../../electron/core/archive/bagValidator';
import { auditLogLineSchema, type AuditLogLine } from '../../../electron/core/office/auditLog';
import { SLICES_PER_PASS } from '../../../electron/core/office/auditService';
import { auditLogPath, catalogueLogPath } from '../../../electron/core/office/officeFiles';
import { atTheKeyboard, call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { makeClosedCase, reseal } from '../archive/support';
import { TestClock, runningClock } from '../../support/clock';
import { localDate, startOfLocalDay } from '../../../shared/dates';
import { testSettingsInput } from '../../fixtures/profile';
import { captureIo, runLoket } from '../../support/cliIo';

/** The share as both workstations left it, copied for each test. */
let pristine: string;
let backups: string;
const bags: Record<'WS01' | 'WS02', { bag: string; caseNumber: string }> = { WS01: { bag: '', caseNumber: '' }, WS02: { bag: '', caseNumber: '' } };
let setupDir: string;

async function publish(code: 'WS01' | 'WS02'): Promise<void> {
  const dataDir = path.join(setupDir, code);
  const closed = await makeClosedCase(dataDir, { workstationCode: code });
  const core = await createCore({ dataDir, host: 'cli', now: runningClock().now });
  try {
    await atTheKeyboard(core);
    const settings = await call(core, 'archive.settings.get', {});
    await call(core, 'archive.settings.save', { ...settings, archiveRoot: pristine, backup: { ...settings.backup, root: backups } });
    const exported = await call(core, 'archive.export', { id: closed.id });
    expect(exported.state, exported.lastError).toBe('exported');
    bags[code] = { bag: exported.bags[0]?.path ?? '', caseNumber: closed.caseNumber };
    if (code === 'WS02') await call(core, 'backup.run', {});
  } finally {
    await core.close();
  }
}

beforeAll(async () => {
  setupDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-audit-setup-'));
  pristine = path.join(setupDir, 'arsip');
  backups = path.join(setupDir, 'cadangan');
  await fs.mkdir(pristine);
  await fs.mkdir(backups);
  await publish('WS01');
  await publish('WS02');
}, 300_000);

afterAll(async () => {
  await fs.rm(setupDir, { recursive: true, force: true });
});

/** A copy of the share, and WS03 — a PC of the same office — configured to audit it. */
async function office() {
  const root = path.join(await tempDir('loket-audit-share-'), 'arsip');
  await fs.cp(pristine, root, { recursive: true });
  const clock = new TestClock();
  const dataDir = await tempDir('loket-audit-ws03-');
  const core = await openCore(dataDir, clock.now);
  await call(core, 'settings.save', testSettingsInput({ workstationCode: 'WS03' }));
  const settings = await call(core, 'archive.settings.get', {});
  await call(core, 'archive.settings.save', { ...settings, archiveRoot: root, backup: { ...settings.backup, root: backups } });
  const bagDir = (code: 'WS01' | 'WS02') => path.join(root, ...bags[code].bag.split('/'));
  return { root, clock, core, dataDir, audit: featuresOf(core).audit, bagDir };
}

async function logLines(root: string, code: string): Promise<AuditLogLine[]> {
  const text = await fs.readFile(auditLogPath(root, code), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').map((l) => auditLogLineSchema.parse(JSON.parse(l)));
}

async function firstPayloadFile(bagDir: string): Promise<string> {
  const files = (await fs.readdir(path.join(bagDir, 'data'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const f = files.sort((a, b) => a.name.localeCompare(b.name))[0];
  if (!f) throw new Error('bag without payload');
  return path.join(f.parentPath, f.name);
}

describe('fixity audit of the office archive (issue 12 §4)', () => {
  it('passes a sound archive and logs every bag and the pass on the share, append-only', { timeout: 120_000 }, async () => {
    const o = await office();
    const pass = await o.audit.runFull();
    expect(pass).toMatchObject({ kind: 'manual', bags: 2, failed: 0, missing: 0, uncatalogued: 0, problems: [], logNote: '' });
    expect(pass.bytes).toBeGreaterThan(0);
    const status = await call(o.core, 'office.audit.status', {});
    expect(status.last).toEqual(pass);
    expect(status.current).toBeNull();
    expect(status.nextPassAt).toBe(new Date(o.clock.t + 30 * 86_400_000).toISOString());

    const first = await logLines(o.root, 'WS03');
    // Bags in name order, then the pass with its totals.
    const inOrder = [bags.WS01.bag, bags.WS02.bag].sort();
    expect(first.map((l) => (l.type === 'bag' ? `${l.bag}:${l.ok}` : `pass:${l.bags}:${l.failed}`))).toEqual([...inOrder.map((b) => `${b}:true`), 'pass:2:0']);
    // The contract's own run: another pass appended after the first, nothing rewritten.
    o.clock.advance(5);
    await call(o.core, 'office.audit.run', {});
    const both = await logLines(o.root, 'WS03');
    expect(both).toHaveLength(6);
    expect(both.slice(0, 3)).toEqual(first);
    expect(both[5]).toMatchObject({ type: 'pass', at: o.clock.now().toISOString() });
    // Only WS03's own file: the publishers' logs are untouched (they never audited).
    await expect(fs.stat(auditLogPath(o.root, 'WS01'))).rejects.toThrow();
  });

  it('catches a flipped payload byte by the manifests and names the publisher and its backup', { timeout: 120_000 }, async () => {
    const o = await office();
    const file = await firstPayloadFile(o.bagDir('WS02'));
    const bytes = await fs.readFile(file);
    const at = bytes.length >> 1;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    await fs.writeFile(file, bytes);

    const pass = await o.audit.runFull();
    expect(pass).toMatchObject({ bags: 2, failed: 1, missing: 0 });
    const [bad] = pass.problems;
    expect(bad).toMatchObject({ bag: bags.WS02.bag, ok: false, workstation: 'WS02', caseNumber: bags.WS02.caseNumber });
    const rel = path.relative(o.bagDir('WS02'), file).split(path.sep).join('/');
    expect(bad?.problems).toContainEqual(expect.objectContaining({ code: 'checksum_mismatch', path: rel }));
    expect(bad?.goodCopy).toContain('workstation WS02');
    expect(bad?.goodCopy).toContain(`loket export --case ${bags.WS02.caseNumber}`);
    // WS02 backed up its data folder after publishing: that backup holds the record.
    const [backup] = await fs.readdir(backups);
    expect(bad?.goodCopy).toContain(path.join(backups, backup ?? '?'));
    const lines = await logLines(o.root, 'WS03');
    expect(lines.find((l) => l.type === 'bag' && l.bag === bags.WS02.bag)).toMatchObject({ ok: false, problems: bad?.problems });
    expect(lines.at(-1)).toMatchObject({ type: 'pass', bags: 2, failed: 1 });
  });

  it('catches a bag edited and fully re-hashed after publishing only through the catalogue', { timeout: 120_000 }, async () => {
    const o = await office();
    const dir = o.bagDir('WS02');
    const caseJson = path.join(dir, 'case.json');
    const doc = JSON.parse(await fs.readFile(caseJson, 'utf8')) as { record: { intake: { requester: { name: string } } } };
    const before = doc.record.intake.requester.name;
    doc.record.intake.requester.name = 'Orang Lain';
    await fs.writeFile(caseJson, JSON.stringify(doc));
    await reseal(dir);
    // Every manifest and tag manifest agrees again: valid BagIt.
    expect((await validateBag(dir)).report).toMatchObject({ ok: true, valid: true, problems: [] });

    const pass = await o.audit.runFull();
    expect(pass.failed).toBe(1);
    const [bad] = pass.problems;
    expect(bad?.bag).toBe(bags.WS02.bag);
    expect(bad?.problems.map((p) => p.code)).toEqual(['catalogue_mismatch', 'catalogue_mismatch']);
    expect(bad?.problems[0]).toMatchObject({ path: 'tagmanifest-sha256.txt', message: expect.stringContaining('katalog WS02') });
    expect(bad?.problems[1]?.message).toBe(`Nama pemohon di case.json "Orang Lain" berbeda dengan katalog WS02 ("${before}").`);
    expect(bad?.goodCopy).toMatch(new RegExp(`^Salinan baik: data berkas ${bags.WS02.caseNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} tersimpan di folder data workstation WS02 \\(komputer `));
  });

  it('reports a deleted bag as missing and a bag no catalogue names', { timeout: 120_000 }, async () => {
    const o = await office();
    await fs.rm(o.bagDir('WS01'), { recursive: true });
    await fs.rm(catalogueLogPath(o.root, 'WS02'));
    await fs.rm(path.join(o.root, '.loket', 'catalogue', 'WS02.snapshot.json'), { force: true });

    const pass = await o.audit.runFull();
    expect(pass).toMatchObject({ bags: 1, failed: 1, missing: 1, uncatalogued: 1 });
    const byBag = new Map(pass.problems.map((b) => [b.bag, b]));
    expect(byBag.get(bags.WS01.bag)).toMatchObject({ workstation: 'WS01', problems: [{ code: 'bag_missing' }] });
    expect(byBag.get(bags.WS01.bag)?.goodCopy).toContain('workstation WS01');
    // Without its catalogue line, the bag still names its workstation from the case number it carries.
    expect(byBag.get(bags.WS02.bag)).toMatchObject({ workstation: 'WS02', problems: [{ code: 'not_in_catalogue' }] });
  });

  it('spreads the scheduled pass over daily slices on the store clock and starts the next a month later', { timeout: 120_000 }, async () => {
    const o = await office();
    // Two bags, a twentieth each day at least one: one bag a day.
    expect(Math.ceil(2 / SLICES_PER_PASS)).toBe(1);
    expect(await o.audit.runDueSlice()).toBe(true);
    expect((await o.audit.status()).current).toMatchObject({ kind: 'scheduled', checked: 1, total: 2 });
    expect(await o.audit.runDueSlice()).toBe(false);
    // The last minute of the same day (WIB, the store's zone) is still the same day, whatever the hour now.
    o.clock.t = startOfLocalDay(localDate(o.clock.now())) + 86_400_000 - 60_000;
    expect(await o.audit.runDueSlice()).toBe(false);
    expect(await logLines(o.root, 'WS03')).toHaveLength(1);

    o.clock.advance(24 * 60);
    expect(await o.audit.runDueSlice()).toBe(true);
    const status = await o.audit.status();
    expect(status.current).toBeNull();
    expect(status.last).toMatchObject({ kind: 'scheduled', bags: 2, failed: 0 });
    expect((await logLines(o.root, 'WS03')).map((l) => l.type)).toEqual(['bag', 'bag', 'pass']);

    o.clock.advance(24 * 60);
    expect(await o.audit.runDueSlice()).toBe(false);
    o.clock.advance(29 * 24 * 60);
    expect(await o.audit.runDueSlice()).toBe(true);
    expect((await o.audit.status()).current).toMatchObject({ checked: 1 });
  });

  it('loket audit: progress on stderr, the damaged bag on stdout, exit 1; JSON and exit 0 when sound', { timeout: 120_000 }, async () => {
    const o = await office();
    const clean = await runLoket(['audit', o.root, '--json'], captureIo({ now: o.clock.now }));
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ bags: 2, failed: 0, problems: [] });
    expect(clean.stderr).toBe('1/2 bag…\n2/2 bag…\n');

    await fs.rm(path.join(o.bagDir('WS01'), 'bag-info.txt'));
    const bad = await runLoket(['audit', o.root], captureIo({ now: o.clock.now }));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`RUSAK         ${bags.WS01.bag} (${bags.WS01.caseNumber}, WS01)`);
    expect(bad.stdout).toContain('workstation WS01');
    expect(bad.stdout).toContain('2 bag diperiksa');
    expect(bad.stdout).toContain('Tidak dicatat di log audit');
    expect(bad.stderr).toMatch(/2\/2 bag…\nloket: 1 bag bermasalah dan 0 bag hilang/);
    // Without a data folder the command is no workstation: it writes no log on the share.
    await expect(fs.stat(auditLogPath(o.root, 'WS03'))).rejects.toThrow();

    // With WS03's data folder it is WS03's pass: in its log, and on its Arsip screen.
    await o.core.close();
    const logged = await runLoket(['audit', o.root, '--data-dir', o.dataDir], captureIo({ now: o.clock.now }));
    expect(logged.code).toBe(1);
    expect(logged.stdout).not.toContain('Tidak dicatat');
    expect((await logLines(o.root, 'WS03')).at(-1)).toMatchObject({ type: 'pass', bags: 2, failed: 1 });
    const again = await openCore(o.dataDir, o.clock.now);
    expect((await call(again, 'office.audit.status', {})).last).toMatchObject({ root: o.root, failed: 1, problems: [{ bag: bags.WS01.bag }] });
  });
});
