import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, storeOf } from '../../../electron/core/createCore';
import { ArchiveSettingsFile } from '../../../electron/core/archive/archiveSettingsFile';
import { BackupService } from '../../../electron/core/backup/backupService';
import type { BackupStatus } from '../../../shared/domain/archive';
import { BACKUP_MANIFEST, backupManifestSchema } from '../../../electron/core/backup/backupManifest';
import { restoreBackup } from '../../../electron/core/backup/restoreBackup';
import { stagingNameOf, writeBackup } from '../../../electron/core/backup/writeBackup';
import { listFiles } from '../../../electron/core/backup/backupFiles';
import { demoPagePng } from '../../../electron/core/demo/demoPage';
import { documentsOf } from '../../../electron/core/documents/service';
import { call, callError, openCore } from '../support/core';
import { closeAfterTest, tempDir } from '../support/tempDir';
import { needlesFor, searchTree } from '../workflow/byteSearch';
import { drive, intakeOf, setUpOperator, TestClock } from '../workflow/support';
import { closedCase, REJECTED, writeArchiveSettings } from '../records/support';
import { testNow } from '../../support/clock';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function backupDirs(root: string): Promise<string[]> {
  return (await fs.readdir(root)).filter((n) => n.startsWith('loket-cadangan_')).sort();
}

describe('backups', () => {
  it('backs up the data folder while it is used, restores it into an empty folder intact, and never carries the password', async () => {
    const dataDir = await tempDir();
    const root = await tempDir('loket-backup-root-');
    await writeArchiveSettings(dataDir, { backup: { root, intervalHours: 24, keep: 2 } });
    const clock = new TestClock();
    const core = await openCore(dataDir, clock.now);
    await setUpOperator(core);
    const closedIds = [await closedCase(core, clock, 'both'), await closedCase(core, clock, 'reset_password', REJECTED)];
    // An open case at step 6 with its temporary password in memory.
    const open = await call(core, 'cases.create', intakeOf('reset_password'));
    await drive(core, open.id, ['complete', 'valid'], clock, 'reset_password');
    await call(core, 'workflow.open', { id: open.id, step: 6 });
    const { password } = await call(core, 'workflow.password.generate', { id: open.id });
    // Half-written things that must not be copied: a temp file of a write in flight, an import in staging.
    await fs.writeFile(path.join(dataDir, 'cases', `.${open.id}.json.999-1.tmp`), 'half');
    await fs.mkdir(path.join(dataDir, 'staging'), { recursive: true });
    await fs.writeFile(path.join(dataDir, 'staging', 'upload.part'), 'partial upload');

    const changed: unknown[] = [];
    core.events.on('backup.changed', (s) => changed.push(s));
    // A document is imported while the backup runs: the backup holds a consistent state either way.
    const png = await demoPagePng('SK', ['Salinan SK']);
    const [status] = await Promise.all([
      call(core, 'backup.run', {}),
      documentsOf(storeOf(core)).addPages(open.id, [{ bytes: png, name: 'sk.png' }], { type: 'sk', source: 'file', developmentLevel: 'salinan', receivedDate: '2026-11-02' }),
    ]);
    expect(status).toMatchObject({ configured: true, running: false, lastError: '' });
    expect(status.backups).toHaveLength(1);
    expect(changed.length).toBeGreaterThanOrEqual(2);
    const [name] = await backupDirs(root);
    expect(name).toMatch(/^loket-cadangan_WS01_\d{4}-\d{2}-\d{2}_\d{6}$/);
    const dir = path.join(root, name as string);
    const files = await listFiles(dir);
    expect(files).toContain(BACKUP_MANIFEST);
    expect(files).not.toContain('index.json');
    expect(files.some((f) => f.startsWith('staging/') || f.endsWith('.tmp'))).toBe(false);
    expect(status.backups[0]).toMatchObject({ name, cases: 3 });
    expect((await fs.readdir(root)).filter((n) => n.endsWith('.partial'))).toEqual([]);

    // The password lives in memory only: no form of it anywhere in the backup.
    const search = await searchTree(root, needlesFor(password));
    expect(search.files).toBeGreaterThan(5);
    expect(search.hits).toEqual([]);

    // Every case in the backup names only blobs that are in the backup (cases read before blobs were listed).
    const manifest = backupManifestSchema.parse(JSON.parse(await fs.readFile(path.join(dir, BACKUP_MANIFEST), 'utf8')));
    const blobsInBackup = new Set(manifest.files.filter((f) => f.path.startsWith('blobs/')).map((f) => f.path.split('/').at(-1)));
    for (const f of manifest.files.filter((x) => x.path.startsWith('cases/'))) {
      const text = await fs.readFile(path.join(dir, f.path), 'utf8');
      for (const [, blob] of text.matchAll(/"blob": "([0-9a-f]{64})"/g)) expect(blobsInBackup.has(blob)).toBe(true);
    }

    // Restore into an empty folder and open a core there.
    const target = path.join(await tempDir(), 'pulih');
    await restoreBackup(dir, target, false);
    const restored = await openCore(target, clock.now);
    expect((await call(restored, 'app.problems', {})).problems.map((p) => p.file)).toContain('index.json');
    expect(storeOf(restored).cases.openStats.indexStatus).toBe('missing');
    const listed = await call(restored, 'cases.list', { limit: 100 });
    expect(listed.total).toBe(3);
    for (const id of [...closedIds, open.id]) {
      const original = await fs.readFile(path.join(dir, 'cases', `${id}.json`));
      expect(sha256(await fs.readFile(path.join(target, 'cases', `${id}.json`)))).toBe(sha256(original));
      expect((await call(restored, 'workflow.trail', { id })).ok).toBe(true);
    }
    const restoredBlobs = (await listFiles(target)).filter((f) => f.startsWith('blobs/'));
    expect(restoredBlobs.length).toBe(blobsInBackup.size);
    expect(restoredBlobs.length).toBeGreaterThanOrEqual(2);
    for (const b of restoredBlobs) expect(sha256(await fs.readFile(path.join(target, b)))).toBe(b.split('/').at(-1));
    expect((await call(restored, 'registers.build', { from: '2000-01-01', to: '2100-12-31' })).daftarBerkas.map((r) => r.caseId)).toEqual(closedIds);

    // Keep the last 2: a third backup removes the oldest, only after the new one is complete.
    clock.advance(1);
    await call(core, 'backup.run', {});
    clock.advance(1);
    const third = await call(core, 'backup.run', {});
    expect(third.backups).toHaveLength(2);
    expect(await backupDirs(root)).toHaveLength(2);
    expect(await backupDirs(root)).not.toContain(name);
    expect(Date.parse(third.nextDueAt ?? '')).toBe(Date.parse(third.lastBackupAt ?? '') + 24 * 3_600_000);
  });

  it('reports a missing or unusable destination in Indonesian and leaves nothing under a final name', async () => {
    const dataDir = await tempDir();
    const parent = await tempDir('loket-backup-root-');
    const missing = path.join(parent, 'belum-ada');
    await writeArchiveSettings(dataDir, { backup: { root: missing, intervalHours: 24, keep: 3 } });
    const core = await openCore(dataDir);
    await call(core, 'cases.create', intakeOf('reset_password'));
    const err = await callError(core, 'backup.run', {});
    expect(err.code).toBe('storage');
    expect(err.message).toContain(`Folder cadangan ${missing} tidak ditemukan`);
    const st = await call(core, 'backup.status', {});
    expect(st).toMatchObject({ configured: true, running: false, lastBackupAt: null, backups: [] });
    expect(st.lastError).toBe(err.message);
    expect(await fs.readdir(parent)).toEqual([]);

    // A file where the folder should be.
    const fileRoot = path.join(parent, 'berkas');
    await fs.writeFile(fileRoot, 'x');
    await writeArchiveSettings(dataDir, { backup: { root: fileRoot, intervalHours: 24, keep: 3 } });
    await core.close();
    const again = await openCore(dataDir);
    expect((await callError(again, 'backup.run', {})).message).toContain('bukan folder');
    expect(await fs.readdir(parent)).toEqual(['berkas']);

    // Inside the data folder: refused before anything is written.
    const inside = path.join(dataDir, 'cadangan');
    await fs.mkdir(inside);
    await writeArchiveSettings(dataDir, { backup: { root: inside, intervalHours: 24, keep: 3 } });
    await again.close();
    const third = await openCore(dataDir);
    expect(await callError(third, 'backup.run', {})).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('di dalam folder data') });
    expect(await fs.readdir(inside)).toEqual([]);

    // Not configured.
    const plain = await openCore(await tempDir());
    expect((await call(plain, 'backup.status', {})).configured).toBe(false);
    expect((await callError(plain, 'backup.run', {})).message).toContain('Folder cadangan belum diatur');
  });

  it('restores only a verified backup, and never over a non-empty folder without force', async () => {
    const dataDir = await tempDir();
    const root = await tempDir('loket-backup-root-');
    await writeArchiveSettings(dataDir, { backup: { root, intervalHours: 24, keep: 3 } });
    const clock = new TestClock();
    const core = await openCore(dataDir, clock.now);
    await setUpOperator(core);
    await closedCase(core, clock, 'reset_password');
    await call(core, 'backup.run', {});
    const [name] = await backupDirs(root);
    const dir = path.join(root, name as string);

    const occupied = await tempDir();
    await fs.writeFile(path.join(occupied, 'catatan.txt'), 'jangan hilang');
    await expect(restoreBackup(dir, occupied, false)).rejects.toMatchObject({ code: 'conflict' });
    expect(await fs.readdir(occupied)).toEqual(['catatan.txt']);
    const forced = await restoreBackup(dir, occupied, true);
    expect(forced.movedAside).not.toBeNull();
    expect(await fs.readFile(path.join(forced.movedAside as string, 'catatan.txt'), 'utf8')).toBe('jangan hilang');
    expect(await fs.readdir(occupied)).toContain('cases');
    await fs.rm(forced.movedAside as string, { recursive: true, force: true });

    // One changed byte in a blob: refused, naming the file; the target stays empty.
    const manifest = backupManifestSchema.parse(JSON.parse(await fs.readFile(path.join(dir, BACKUP_MANIFEST), 'utf8')));
    const blob = manifest.files.find((f) => f.path.startsWith('blobs/'));
    if (!blob) throw new Error('no blob in backup');
    const bytes = await fs.readFile(path.join(dir, blob.path));
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
    await fs.writeFile(path.join(dir, blob.path), bytes);
    const empty = path.join(await tempDir(), 'kosong');
    await expect(restoreBackup(dir, empty, false)).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining(blob.path) });
    await expect(fs.access(empty)).rejects.toThrow();
    // A missing file is named too.
    await fs.rm(path.join(dir, blob.path));
    await expect(restoreBackup(dir, empty, false)).rejects.toMatchObject({ message: expect.stringContaining('hilang') });
    expect((await fs.readdir(path.dirname(empty))).filter((n) => n.includes('pemulihan'))).toEqual([]);
  });
});

describe('backup schedule', () => {
  it('backs up at start in the desktop hosts, then only when the newest backup is older than the interval', async () => {
    const dataDir = await tempDir();
    const root = await tempDir('loket-backup-root-');
    await writeArchiveSettings(dataDir, { backup: { root, intervalHours: 24, keep: 5 } });
    const clock = new TestClock();
    // The CLI host never schedules.
    const cli = await openCore(dataDir, clock.now);
    await new Promise((r) => setTimeout(r, 200));
    expect(await backupDirs(root)).toEqual([]);
    await cli.close();

    const core = await createCore({ dataDir, host: 'harness', now: clock.now });
    closeAfterTest(() => core.close());
    const first = await new Promise<BackupStatus>((resolve) => core.events.on('backup.changed', (s) => !s.running && resolve(s)));
    expect(first.backups).toHaveLength(1);
    expect(await backupDirs(root)).toHaveLength(1);

    const service = new BackupService({ store: storeOf(core), settings: new ArchiveSettingsFile(storeOf(core).ctx), events: core.events, appVersion: 'test' });
    clock.advance(23 * 60);
    expect(await service.runIfDue()).toBe(false);
    clock.advance(61);
    expect(await service.runIfDue()).toBe(true);
    expect(await backupDirs(root)).toHaveLength(2);
    await service.stop();
  });
});

describe('backup destination lost mid-copy', () => {
  it('leaves no backup under a final name when the destination disappears, and the next run completes', async () => {
    const dataDir = await tempDir();
    await fs.mkdir(path.join(dataDir, 'cases'));
    // Enough files that the copy is still running when the destination goes.
    await Promise.all(Array.from({ length: 1500 }, (_, i) => fs.writeFile(path.join(dataDir, 'cases', `2026-WS01-${String(i + 1).padStart(5, '0')}.json`), JSON.stringify({ i, pad: 'x'.repeat(2000) }))));
    const parent = await tempDir('loket-backup-root-');
    const root = path.join(parent, 'cadangan');
    await fs.mkdir(root);
    const options = { dataDir, root, name: 'loket-cadangan_WS01_2026-11-25_170000', workstation: 'WS01', appVersion: 'test', now: testNow };
    // Settled into a value at once, so the rejection is never "unhandled" while the test waits.
    const running = writeBackup(options).then(() => null, (e: unknown) => e);
    // Wait until the staging folder holds some files, then pull the destination away.
    const staging = path.join(root, stagingNameOf(options.name));
    for (;;) {
      const copied = await fs.readdir(path.join(staging, 'cases')).catch(() => [] as string[]);
      if (copied.length > 20) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    // (The copy keeps writing into the folder being removed: retry until it is gone.)
    await fs.rm(root, { recursive: true, force: true, maxRetries: 50, retryDelay: 5 });
    expect(await running).toMatchObject({ code: 'storage', message: expect.stringContaining('Folder cadangan') });
    expect(await fs.readdir(parent)).toEqual([]);

    // The drive is back: the next run completes and verifies.
    await fs.mkdir(root);
    const done = await writeBackup(options);
    expect(done.manifest.files).toHaveLength(1500);
    expect(await fs.readdir(root)).toEqual([options.name]);
    const target = path.join(await tempDir(), 'pulih');
    expect((await restoreBackup(done.dir, target, false)).manifest.cases).toBe(1500);
  });
});
