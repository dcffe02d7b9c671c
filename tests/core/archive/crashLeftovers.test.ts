/**
 * Crash leftovers (issue 9 §8), each crash simulated by leaving on disk what it would leave: a backup
 * cut off mid-copy (its `.partial` folder), an export cut off mid-write (its folder under
 * `.loket-staging`), and an export cut off after publishing the bag but before recording it in
 * exports.json.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/run';
import { bagBaseName } from '../../../electron/core/archive/bagName';
import { closedAt } from '../../../electron/core/archive/caseBag';
import { EXPORTS_FILE } from '../../../electron/core/archive/exportOutbox';
import { STAGING_DIR } from '../../../electron/core/archive/publishBag';
import { localDate } from '../../../shared/dates';
import { tempDir } from '../support/tempDir';
import { call, openCore } from '../support/core';
import { closedCase, writeArchiveSettings } from '../records/support';
import { must, setUpOperator, TestClock } from '../workflow/support';
import { makeClosedCase, openArchiveOn, setRoot, TestLetters } from './support';
import { testSettingsInput } from '../../fixtures/profile';

async function run(...argv: string[]) {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function exported() {
  const dataDir = await tempDir('loket-arc-data-');
  const root = await tempDir('loket-arc-root-');
  const c = await makeClosedCase(dataDir);
  const h = await openArchiveOn(dataDir);
  await setRoot(h, root);
  return { dataDir, root, c, h };
}

describe('crash leftovers', () => {
  it('`loket backup` removes the partial folder an interrupted backup of this workstation left, never another PC\'s', async () => {
    const dataDir = await tempDir('loket-arc-data-');
    await makeClosedCase(dataDir);
    const root = await tempDir('loket-backup-root-');
    // Power cut mid-copy: the staging folder of this PC's backup, and another PC's running one.
    const mine = path.join(root, '.loket-cadangan_WS01_2026-11-24_090000.partial');
    await fs.mkdir(path.join(mine, 'cases'), { recursive: true });
    await fs.writeFile(path.join(mine, 'cases', '2026-WS01-00001.json'), '{"terpotong":');
    const theirs = path.join(root, '.loket-cadangan_WS02_2026-11-24_090000.partial');
    await fs.mkdir(theirs);

    const backup = await run('backup', '--data-dir', dataDir, '--to', root);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    const names = await fs.readdir(root);
    expect(names).not.toContain(path.basename(mine));
    expect(names).toContain(path.basename(theirs));
    expect(names.filter((n) => n.startsWith('loket-cadangan_WS01_'))).toHaveLength(1);
  });

  it('`loket verify` on the archive root names the staging leftovers of an interrupted export', async () => {
    // Real letters (their QR stamps are what `loket verify` reads), through the core as the CLI exports.
    const clock = new TestClock();
    const dataDir = await tempDir('loket-arc-data-');
    const root = await tempDir('loket-arc-root-');
    await writeArchiveSettings(dataDir, { archiveRoot: root });
    const core = await openCore(dataDir, clock.now);
    await setUpOperator(core);
    await call(core, 'settings.save', testSettingsInput());
    const id = await closedCase(core, clock, 'reset_password');
    expect((await call(core, 'archive.export', { id })).state).toBe('exported');
    const record = await call(core, 'cases.get', { id });
    const base = bagBaseName(record.caseNumber, localDate(new Date(closedAt(record)), 'WIB'));
    const leftover = path.join(root, STAGING_DIR, `${base}.abc123`);
    await fs.mkdir(path.join(leftover, 'data'), { recursive: true });
    await fs.writeFile(path.join(leftover, 'data', '01-surat-permohonan.pdf'), '%PDF-1.7 terpotong');

    const verified = await run('verify', root);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('Semua bag utuh (1)');
    expect(verified.stderr).toContain(`sisa ekspor yang belum selesai: ${leftover}`);
    expect(verified.stderr).toContain('bukan bag arsip');

    // Without leftovers, nothing is said.
    await fs.rm(leftover, { recursive: true });
    expect(await run('verify', root)).toMatchObject({ code: 0, stderr: '' });
  });

  it('records a bag published just before a crash instead of publishing the same content again as _v2', async () => {
    const { dataDir, root, c, h } = await exported();
    const first = await h.service.export(c.id);
    const bag = must(first.bags[0]);
    await h.service.close();
    await h.store.close();
    // The crash: the bag is on the share, exports.json still says the export was running with no bag.
    const file = path.join(dataDir, EXPORTS_FILE);
    const outbox = JSON.parse(await fs.readFile(file, 'utf8')) as { entries: Record<string, { state: string; bags: unknown[] }> };
    const entry = must(outbox.entries[c.id]);
    entry.state = 'exporting';
    entry.bags = [];
    await fs.writeFile(file, JSON.stringify(outbox));

    // The document PDF is assembled again at export time (a new file ID): the source decides, not the bytes.
    const h2 = await openArchiveOn(dataDir);
    const retried = await h2.service.export(c.id);
    expect(retried.state).toBe('exported');
    expect(retried.bags).toHaveLength(1);
    expect(retried.bags[0]).toMatchObject({ version: 1, path: bag.path, payloadOxum: bag.payloadOxum, tagManifestSha256: bag.tagManifestSha256 });
    expect(await fs.readdir(path.join(root, bag.path.split('/')[0] as string))).toEqual([path.basename(bag.path)]);
    expect((await h2.service.verify(c.id)).ok).toBe(true);

    // A bag of changed content after the crash is still a new version (never an overwrite).
    const changed = JSON.parse(await fs.readFile(file, 'utf8')) as { entries: Record<string, { state: string; bags: unknown[] }> };
    await h2.service.close();
    await h2.store.close();
    must(changed.entries[c.id]).bags = [];
    await fs.writeFile(file, JSON.stringify(changed));
    const h3 = await openArchiveOn(dataDir, new TestLetters(['receipt', 'reset_report', 'notification', 'control_sheet']));
    const third = await h3.service.export(c.id);
    expect(third.bags.map((b) => b.path)).toEqual([`${bag.path}_v2`]);
  });
});
