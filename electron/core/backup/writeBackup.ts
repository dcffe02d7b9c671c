/**
 * Copies the whole data folder to `<root>/<name>` (issue 5 §7): staged under a temp name on the
 * destination, every file read once and in full, hashed and fsynced, the manifest written last,
 * then the folder renamed to its final name. A backup folder under a final name is therefore always
 * complete; a failure leaves at most the temp folder, which is removed — and a temp folder an
 * interrupted run left (power cut, killed process) is removed by the next backup that completes.
 *
 * Blobs are checked against their names as they are copied (NDSA: verify after every copy): a
 * damaged blob is not copied and never gets the hash of its damaged bytes in the manifest. The
 * backup of everything else is still completed, then the run fails naming the blob, the cases that
 * use it and the last good copy in an older backup — and, failing, prunes no older backup, so that
 * good copy is kept until the blob is repaired.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { describeDamage, damageLine, type DamagedBlob } from '../documents/blobFixity';
import { BLOBS_DIR, blobNameOf, sha256Hex } from '../documents/blobStore';
import { CASES_DIR } from '../store/context';
import { syncDirectory, writeNewFileSynced } from '../store/durableWrite';
import { errnoCode, toStorageError } from '../store/storageError';
import { BACKUP_FORMAT, BACKUP_MANIFEST, stagingNameOf, type BackupManifest } from './backupManifest';
import { removePartialBackups } from './backupList';
import { destinationError } from './destinationError';
import { filesInOrder } from './backupFiles';

const COPY_CONCURRENCY = 4;

export interface WriteBackupOptions {
  dataDir: string;
  root: string;
  name: string;
  workstation: string;
  appVersion: string;
  now: () => Date;
}

export interface WrittenBackup {
  dir: string;
  manifest: BackupManifest;
}

export { stagingNameOf };

/** The root must be an existing, writable folder: a backup never creates the shared drive's folder itself. */
export async function checkRoot(root: string): Promise<void> {
  let st;
  try {
    st = await fs.stat(root);
  } catch (e) {
    throw destinationError(e, root);
  }
  if (!st.isDirectory()) throw new AppError('storage', 'backup.rootIsFile', { root });
}

/** A backup folder inside the data folder would copy itself into every later backup. */
function checkOutsideData(dataDir: string, root: string): void {
  const rel = path.relative(path.resolve(dataDir), path.resolve(root));
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)))
    throw new AppError('invalid_input', 'backup.insideDataFolder', { root });
}

export async function writeBackup(o: WriteBackupOptions): Promise<WrittenBackup> {
  checkOutsideData(o.dataDir, o.root);
  await checkRoot(o.root);
  const name = await freeName(o.root, o.name);
  const finalDir = path.join(o.root, name);
  const staging = path.join(o.root, stagingNameOf(name));
  try {
    await fs.mkdir(staging);
  } catch (e) {
    throw destinationError(e, o.root);
  }
  let damaged: DamagedBlob[];
  let written: WrittenBackup;
  try {
    const files: BackupManifest['files'] = [];
    const badBlobs: Omit<DamagedBlob, 'cases' | 'goodCopy'>[] = [];
    const made = new Set<string>();
    const copy = async (rel: string): Promise<void> => {
      let data: Buffer;
      try {
        data = await fs.readFile(path.join(o.dataDir, ...rel.split('/')));
      } catch (e) {
        // Gone between listing and reading: a temp file renamed away or a released blob; not part of any saved state.
        if (errnoCode(e) === 'ENOENT') return;
        throw toStorageError(e, path.join(o.dataDir, rel));
      }
      const sha256 = await sha256Hex(data);
      const name = blobNameOf(rel);
      if (name !== null && name !== sha256) {
        badBlobs.push({ sha256: name, path: rel, actualSha256: sha256, bytes: data.byteLength });
        return;
      }
      const parts = rel.split('/');
      const target = path.join(staging, ...parts);
      await ensureFolders(staging, parts.slice(0, -1), made);
      await writeNewFileSynced(target, data);
      files.push({ path: rel, bytes: data.byteLength, sha256 });
    };
    const order = await filesInOrder(o.dataDir);
    await runLimited(order.records, copy);
    await runLimited(await order.blobs(), copy);
    files.sort((a, b) => a.path.localeCompare(b.path));
    damaged = await describeDamage(o.dataDir, badBlobs.sort((a, b) => a.path.localeCompare(b.path)), o.root);
    for (const folder of made) await syncDirectory(folder);
    // Before the manifest vouches for them: every copy still there, whole (a share can drop files).
    const sizes = new Map(files.map((f) => [f.path, f.bytes]));
    await runLimited([...sizes.keys()], async (rel) => {
      const st = await fs.stat(path.join(staging, ...rel.split('/')));
      if (st.size !== sizes.get(rel)) throw new AppError('storage', 'backup.copyIncomplete', { file: rel, root: o.root });
    });
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: o.now().toISOString(),
      workstation: o.workstation,
      appVersion: o.appVersion,
      cases: files.filter((f) => f.path.startsWith(`${CASES_DIR}/`) && f.path.endsWith('.json')).length,
      blobs: files.filter((f) => f.path.startsWith(`${BLOBS_DIR}/`)).length,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      files,
      damaged: damaged.map((d) => ({ path: d.path, bytes: d.bytes, actualSha256: d.actualSha256, cases: d.cases.map((c) => c.id), goodCopy: d.goodCopy })),
    };
    await writeNewFileSynced(path.join(staging, BACKUP_MANIFEST), JSON.stringify(manifest, null, 1));
    await syncDirectory(staging);
    await fs.rename(staging, finalDir);
    await syncDirectory(o.root);
    written = { dir: finalDir, manifest };
  } catch (e) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw e instanceof AppError ? e : destinationError(e, o.root);
  }
  await removePartialBackups(o.root, o.workstation, name).catch(() => undefined);
  if (damaged.length > 0) throw new DamagedBlobsInBackup(written, damaged);
  return written;
}

/** The backup was made, but without the blobs that failed their check (named with their cases and good copies). */
export class DamagedBlobsInBackup extends AppError {
  constructor(
    readonly backup: WrittenBackup,
    readonly damaged: readonly DamagedBlob[],
  ) {
    super(
      'corrupt',
      `Cadangan ${path.basename(backup.dir)} dibuat, tetapi ${damaged.length} dokumen tersimpan rusak (isinya tidak sama dengan sidik sha256 pada namanya) dan tidak ikut dicadangkan: ${damaged.map(damageLine).join('; ')}. Cadangan lama tidak dihapus sampai dokumen itu dipulihkan; laporkan ke petugas TI (perintah "loket fixity").`,
    );
  }
}

/**
 * Creates the folders of a file below `staging`, one level at a time and never `staging` itself: if
 * the destination vanished, this fails instead of quietly recreating it with part of the copy lost.
 */
async function ensureFolders(staging: string, parts: readonly string[], made: Set<string>): Promise<void> {
  let dir = staging;
  for (const part of parts) {
    dir = path.join(dir, part);
    if (made.has(dir)) continue;
    try {
      await fs.mkdir(dir);
    } catch (e) {
      if (errnoCode(e) !== 'EEXIST') throw e;
    }
    made.add(dir);
  }
}

/** Two backups within one second get "-2", "-3"… (names stay sortable by time). */
async function freeName(root: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name}-${n}`;
    const taken = await Promise.all([fs.access(path.join(root, candidate)), fs.access(path.join(root, stagingNameOf(candidate)))].map((p) => p.then(() => true, () => false)));
    if (!taken.some(Boolean)) return candidate;
  }
}

/**
 * Runs `fn` over `items`, a few at a time. After a failure no worker takes another item, and the
 * first error is thrown only once every worker has stopped: nothing of this run writes into the
 * staging folder after it is removed (or into the next run's staging folder of the same name).
 */
async function runLimited(items: readonly string[], fn: (item: string) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      try {
        await fn(items[next++] as string);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(COPY_CONCURRENCY, items.length) }, worker));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}
