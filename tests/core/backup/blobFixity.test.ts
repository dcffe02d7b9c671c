/**
 * Blob fixity (issue 9 §5; NDSA: verify after every copy and on a schedule): a blob truncated on disk
 * — its bytes no longer hash to its name — is reported by the backup, the export, the restore and
 * `loket fixity`, each naming the blob and the case that uses it, with the last good copy in a
 * backup; no manifest ever gets the hash of the damaged bytes.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/run';
import { BACKUP_MANIFEST, backupManifestSchema } from '../../../electron/core/backup/backupManifest';
import { restoreBackup } from '../../../electron/core/backup/restoreBackup';
import { DamagedBlobsInBackup, writeBackup } from '../../../electron/core/backup/writeBackup';
import { sha256OfFile, type FixityReport } from '../../../electron/core/documents/blobFixity';
import { BlobStore, blobRelativePath, DamagedBlobError, sha256Hex } from '../../../electron/core/documents/blobStore';
import type { Core } from '../../../electron/core/core';
import { call, callError, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { must, setUpOperator, TestClock } from '../workflow/support';
import { closedCase, writeArchiveSettings } from '../records/support';
import { atTheKeyboard } from '../support/operator';
import { testSettingsInput } from '../../fixtures/profile';

const GOOD_BACKUP = 'loket-cadangan_WS01_2026-11-25_170000';

async function run(...argv: string[]) {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

interface Damaged {
  dataDir: string;
  backupRoot: string;
  archiveRoot: string;
  core: Core;
  clock: TestClock;
  caseId: string;
  caseNumber: string;
  blob: string;
  /** The good copy in the backup made before the damage. */
  goodCopy: string;
}

/** A closed case with a scanned letter, a good backup, then the blob the export reads truncated on disk. */
async function damagedDataFolder(): Promise<Damaged> {
  const clock = new TestClock();
  const dataDir = await tempDir();
  const backupRoot = await tempDir('loket-backup-root-');
  const archiveRoot = await tempDir('loket-archive-root-');
  // keep 1: a backup run that prunes would remove the good copy.
  await writeArchiveSettings(dataDir, { archiveRoot, backup: { root: backupRoot, intervalHours: 24, keep: 1 } });
  const first = await openCore(dataDir, clock.now);
  await setUpOperator(first);
  await call(first, 'settings.save', testSettingsInput());
  const caseId = await closedCase(first, clock, 'reset_password');
  const record = await call(first, 'cases.get', { id: caseId });
  const doc = must(record.documents[0], 'document');
  // The blob the bag is built from: the archival PDF when one was built, else the page scan.
  const blob = doc.pdf?.blob ?? must(doc.pages[0], 'page').blob;
  await writeBackup({ dataDir, root: backupRoot, name: GOOD_BACKUP, workstation: 'WS01', appVersion: 'test', now: clock.now });
  await first.close();
  const file = path.join(dataDir, ...blobRelativePath(blob).split('/'));
  const bytes = await fs.readFile(file);
  await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
  // A fresh core: nothing of the blob is cached in memory.
  const core = await openCore(dataDir, clock.now);
  return {
    dataDir, backupRoot, archiveRoot, core, clock, caseId, caseNumber: record.caseNumber, blob,
    goodCopy: path.join(backupRoot, GOOD_BACKUP, ...blobRelativePath(blob).split('/')),
  };
}

describe('a blob damaged on disk', () => {
  it('is refused on read, and healed when the same bytes are stored again (which a failed operation then never removes)', async () => {
    const blobs = new BlobStore(await tempDir());
    const data = new TextEncoder().encode('Surat permohonan reset password. '.repeat(500));
    const put = await blobs.put(data);
    await blobs.release([put], false);
    await fs.truncate(blobs.pathOf(put.sha256), 100);
    const refused = await blobs.read(put.sha256).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(DamagedBlobError);
    expect((refused as DamagedBlobError).message).toContain(`${blobRelativePath(put.sha256)} rusak`);
    expect((refused as DamagedBlobError).bytes).toBe(100);

    const again = await blobs.put(data);
    expect(again.created).toBe(false);
    await blobs.release([again], true);
    expect(Buffer.compare(await blobs.read(put.sha256), Buffer.from(data))).toBe(0);
  });

  it('is left out of a new backup (never with the hash of its damaged bytes), named with its case and good copy, and the old backup is kept', async () => {
    const d = await damagedDataFolder();
    const failed = await writeBackup({ dataDir: d.dataDir, root: d.backupRoot, name: 'loket-cadangan_WS01_2026-11-26_170000', workstation: 'WS01', appVersion: 'test', now: d.clock.now }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(DamagedBlobsInBackup);
    const err = failed as DamagedBlobsInBackup;
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain(blobRelativePath(d.blob));
    expect(err.message).toContain(d.caseId);
    expect(err.message).toContain(d.caseNumber);
    expect(err.message).toContain(d.goodCopy);
    // The backup of everything else is there; its manifest never vouches for the damaged bytes.
    const manifest = backupManifestSchema.parse(JSON.parse(await fs.readFile(path.join(err.backup.dir, BACKUP_MANIFEST), 'utf8')));
    expect(manifest.files.map((f) => f.path)).not.toContain(blobRelativePath(d.blob));
    for (const f of manifest.files.filter((x) => x.path.startsWith('blobs/'))) expect(f.sha256).toBe(f.path.split('/').at(-1));
    expect(manifest.damaged).toEqual([expect.objectContaining({ path: blobRelativePath(d.blob), cases: [d.caseId], goodCopy: d.goodCopy })]);
    await expect(fs.access(path.join(err.backup.dir, ...blobRelativePath(d.blob).split('/')))).rejects.toThrow();

    // The app's backup (scheduled or "Cadangkan sekarang") fails the same way and prunes nothing (keep = 1).
    d.clock.advance(60);
    await atTheKeyboard(d.core); // the screen locked meanwhile
    const viaCore = await callError(d.core, 'backup.run', {});
    expect(viaCore.code).toBe('corrupt');
    expect(viaCore.message).toContain(blobRelativePath(d.blob));
    expect((await call(d.core, 'backup.status', {})).lastError).toContain(d.caseNumber);
    expect((await sha256OfFile(d.goodCopy))?.sha256).toBe(d.blob);
    expect((await fs.readdir(d.backupRoot)).filter((n) => n.startsWith('loket-cadangan_'))).toHaveLength(3);
  });

  it('stops the export with an Indonesian message naming the case and the blob, not "kesalahan tak terduga"', async () => {
    const d = await damagedDataFolder();
    const status = await call(d.core, 'archive.export', { id: d.caseId });
    expect(status.state).toBe('waiting');
    expect(status.lastError).not.toContain('tak terduga');
    expect(status.lastError).toContain(`berkas ${d.caseNumber} (${d.caseId})`);
    expect(status.lastError).toContain(blobRelativePath(d.blob));
    expect(status.lastError).toMatch(/rusak/);
    // Nothing was published.
    expect((await fs.readdir(d.archiveRoot)).filter((n) => !n.startsWith('.'))).toEqual([]);
  });

  it('is reported by a restore: a backup listing it with the hash of its damaged bytes is refused, one that left it out says so', async () => {
    const d = await damagedDataFolder();
    // A backup as an older version made it: the damaged bytes copied and their new hash recorded.
    const oldRoot = await tempDir('loket-old-backup-');
    const old = path.join(oldRoot, 'loket-cadangan_WS01_2026-11-26_080000');
    await fs.cp(path.join(d.backupRoot, GOOD_BACKUP), old, { recursive: true });
    const damagedBytes = await fs.readFile(path.join(d.dataDir, ...blobRelativePath(d.blob).split('/')));
    await fs.writeFile(path.join(old, ...blobRelativePath(d.blob).split('/')), damagedBytes);
    const m = JSON.parse(await fs.readFile(path.join(old, BACKUP_MANIFEST), 'utf8')) as { files: { path: string; bytes: number; sha256: string }[] };
    const entry = must(m.files.find((f) => f.path === blobRelativePath(d.blob)), 'manifest entry');
    entry.bytes = damagedBytes.byteLength;
    entry.sha256 = await sha256Hex(damagedBytes);
    await fs.writeFile(path.join(old, BACKUP_MANIFEST), JSON.stringify(m));
    const target = path.join(await tempDir(), 'pulih');
    const refused = await restoreBackup(old, target, false).then(() => null, (e: unknown) => e as Error & { code: string });
    expect(refused?.code).toBe('corrupt');
    expect(refused?.message).toContain(blobRelativePath(d.blob));
    expect(refused?.message).toContain(d.caseId);
    await expect(fs.access(target)).rejects.toThrow();

    // The backup this version makes leaves the blob out; restoring it says so and exits 1.
    await writeBackup({ dataDir: d.dataDir, root: d.backupRoot, name: 'loket-cadangan_WS01_2026-11-26_170000', workstation: 'WS01', appVersion: 'test', now: d.clock.now }).catch(() => undefined);
    const restored = await run('restore', '--from', path.join(d.backupRoot, 'loket-cadangan_WS01_2026-11-26_170000'), '--data-dir', target);
    expect(restored.code).toBe(1);
    expect(restored.stderr).toContain(blobRelativePath(d.blob));
    expect(restored.stderr).toContain(d.goodCopy);
    expect(restored.stderr).toContain('sudah rusak saat dicadangkan');
    expect(restored.stdout).toContain('tetapi 1 dokumen tidak ada di cadangan ini');

    // The good backup restores cleanly.
    const clean = await run('restore', '--from', path.join(d.backupRoot, GOOD_BACKUP), '--data-dir', path.join(await tempDir(), 'pulih'));
    expect(clean).toMatchObject({ code: 0, stderr: '' });
  });

  it('is found by `loket fixity`, with its case and the good copy in the configured backup folder', async () => {
    const d = await damagedDataFolder();
    await d.core.close();
    const text = await run('fixity', '--data-dir', d.dataDir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`RUSAK  ${blobRelativePath(d.blob)}`);
    expect(text.stdout).toContain(`${d.caseNumber} (${d.caseId})`);
    expect(text.stdout).toContain(`salinan baik: ${d.goodCopy}`);
    expect(text.stderr).toMatch(/1 dokumen tersimpan rusak/);

    const json = await run('fixity', '--data-dir', d.dataDir, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as FixityReport;
    expect(report.backupRoot).toBe(d.backupRoot);
    expect(report.checked).toBeGreaterThan(1);
    expect(report.missing).toEqual([]);
    expect(report.damaged).toEqual([
      expect.objectContaining({ sha256: d.blob, path: blobRelativePath(d.blob), cases: [{ id: d.caseId, caseNumber: d.caseNumber }], goodCopy: d.goodCopy }),
    ]);

    // The good copy put back (with the app closed): all is well again, and so is the next backup.
    await fs.copyFile(d.goodCopy, path.join(d.dataDir, ...blobRelativePath(d.blob).split('/')));
    const ok = await run('fixity', '--data-dir', d.dataDir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/semuanya cocok dengan sidik sha256-nya/);

    // A blob the case names that is gone altogether is reported too.
    const reopened = await openCore(d.dataDir, d.clock.now);
    const original = must(must((await call(reopened, 'cases.get', { id: d.caseId })).documents[0], 'document').originals[0], 'original').blob;
    await reopened.close();
    expect(original).not.toBe(d.blob);
    const originalFile = path.join(d.dataDir, ...blobRelativePath(original).split('/'));
    await fs.rename(originalFile, `${originalFile}.weg`);
    const gone = await run('fixity', '--data-dir', d.dataDir);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toContain(`HILANG ${blobRelativePath(original)} hilang; dipakai berkas ${d.caseNumber} (${d.caseId}); salinan baik: ${path.join(d.backupRoot, GOOD_BACKUP)}`);
    await fs.rename(`${originalFile}.weg`, originalFile);
    const again = await run('backup', '--data-dir', d.dataDir, '--to', d.backupRoot);
    expect(again).toMatchObject({ code: 0, stderr: '' });
  });
});
