/**
 * Restores a backup into a data folder (issue 5 §7): the manifest is checked first — every file
 * present, its size and sha256 as recorded, no path leaving the folder — then the files are copied
 * into a temp folder beside the target and that folder is renamed into place, so the data folder is
 * either untouched or the complete backup. A non-empty target is refused unless `force`; then it is
 * moved aside (kept, never deleted). A blob is also checked against its own name (its content hash):
 * a backup made by an older version may list a damaged blob with the hash of its damaged bytes, and
 * is refused naming the blob and its cases; blobs a backup left out as damaged are reported.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { casesUsage, casesUsingBlobs, describeCases } from '../documents/blobFixity';
import { blobNameOf, sha256Hex } from '../documents/blobStore';
import { syncDirectory } from '../store/durableWrite';
import { errnoCode, toStorageError } from '../store/storageError';
import { BACKUP_MANIFEST, isSafeRelativePath, type BackupManifest } from './backupManifest';
import { readManifest } from './backupList';

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where a non-empty target was moved with `force`, else null. */
  movedAside: string | null;
}

/** Reads and checks a backup; throws `corrupt` naming the first bad file. */
export async function verifyBackup(from: string): Promise<BackupManifest> {
  const manifest = await readManifest(from);
  if (!manifest) {
    const exists = await fs.stat(from).then((s) => s.isDirectory()).catch(() => false);
    throw exists
      ? new AppError('corrupt', 'restore.notABackup', { from, manifest: BACKUP_MANIFEST })
      : new AppError('not_found', 'restore.folderMissing', { from });
  }
  for (const f of manifest.files) {
    if (!isSafeRelativePath(f.path)) throw new AppError('corrupt', 'restore.unsafePath', { path: f.path });
    let data: Buffer;
    try {
      data = await fs.readFile(path.join(from, ...f.path.split('/')));
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') throw new AppError('corrupt', 'restore.fileMissing', { path: f.path });
      throw toStorageError(e, path.join(from, f.path));
    }
    const sha256 = await sha256Hex(data);
    if (data.byteLength !== f.bytes || sha256 !== f.sha256)
      throw new AppError('corrupt', 'restore.fileDamaged', { path: f.path });
    const name = blobNameOf(f.path);
    if (name !== null && name !== sha256) {
      const cases = (await casesUsingBlobs(from, [name])).get(name) ?? [];
      throw new AppError('corrupt', 'restore.blobDamaged', { path: f.path, usage: casesUsage(cases) });
    }
  }
  return manifest;
}

/** Blobs the backup left out because they were already damaged, one Indonesian line each (empty when none). */
export function damagedInBackup(manifest: BackupManifest): string[] {
  return manifest.damaged.map(
    (d) => `${d.path} tidak ada di cadangan ini (sudah rusak saat dicadangkan; ${describeCases(d.cases.map((id) => ({ id, caseNumber: '' })))}${d.goodCopy ? `; salinan baik: ${d.goodCopy}` : ''})`,
  );
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length === 0;
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return true;
    if (errnoCode(e) === 'ENOTDIR') throw new AppError('invalid_input', 'restore.targetIsFile', { dir });
    throw toStorageError(e, dir);
  }
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

export async function restoreBackup(from: string, dataDir: string, force: boolean, now: () => Date = () => new Date()): Promise<RestoreResult> {
  const target = path.resolve(dataDir);
  const manifest = await verifyBackup(from);
  const empty = await isEmptyOrMissing(target);
  if (!empty && !force)
    throw new AppError('conflict', 'restore.targetNotEmpty', { target });
  const parent = path.dirname(target);
  await fs.mkdir(parent, { recursive: true }).catch((e: unknown) => {
    throw toStorageError(e, parent);
  });
  const staging = path.join(parent, `.${path.basename(target)}.pemulihan-${process.pid}.tmp`);
  try {
    await fs.mkdir(staging);
    for (const f of manifest.files) {
      const dest = path.join(staging, ...f.path.split('/'));
      await fs.mkdir(path.dirname(dest), { recursive: true });
      await fs.copyFile(path.join(from, ...f.path.split('/')), dest, fs.constants.COPYFILE_EXCL);
      const handle = await fs.open(dest, 'r+');
      await handle.sync().finally(() => handle.close());
    }
    await syncDirectory(staging);
    let movedAside: string | null = null;
    if (!empty) {
      movedAside = `${target}.sebelum-pemulihan-${stamp(now())}`;
      await fs.rename(target, movedAside);
    } else {
      await fs.rmdir(target).catch((e: unknown) => {
        if (errnoCode(e) !== 'ENOENT') throw e;
      });
    }
    await fs.rename(staging, target);
    await syncDirectory(parent);
    return { manifest, movedAside };
  } catch (e) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw e instanceof AppError ? e : toStorageError(e, target);
  }
}
