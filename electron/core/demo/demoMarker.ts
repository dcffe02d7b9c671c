/**
 * `demo.json`: this data folder was filled by `loket demo` (training, previews, benchmarks). Written
 * before the first sample case, so an interrupted fill still marks the folder. What follows from it:
 * every letter rendered here reads "CONTOH" (electron/core/letters/), `loket demo` may refill it, and
 * a first operator may be set up beside its cases. The file is taken by backups and kept by a
 * restore, so a demo folder stays one. Deleting it does not make demo cases real records (their
 * trail says demo); it only stops `loket demo` from refilling the folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurable } from '../store/durableWrite';
import { errnoCode, toStorageError } from '../store/storageError';

export const DEMO_MARKER_FILE = 'demo.json';

/** True when `loket demo` has filled this folder. Takes the store context (or anything with `dataDir`). */
export async function isDemoFolder(ctx: { dataDir: string }): Promise<boolean> {
  try {
    await fs.access(path.join(ctx.dataDir, DEMO_MARKER_FILE));
    return true;
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return false;
    throw toStorageError(e, path.join(ctx.dataDir, DEMO_MARKER_FILE));
  }
}

/** Marks the folder as a demo folder (durably; kept as it is when already marked). */
export async function markDemoFolder(ctx: { dataDir: string; now: () => Date }): Promise<void> {
  if (await isDemoFolder(ctx)) return;
  const file = path.join(ctx.dataDir, DEMO_MARKER_FILE);
  const doc = { schemaVersion: 1, demo: true, markedAt: ctx.now().toISOString(), note: 'Folder data contoh (loket demo). Bukan data pelayanan sungguhan.' };
  try {
    await writeFileDurable(file, `${JSON.stringify(doc, null, 2)}\n`);
  } catch (e) {
    throw toStorageError(e, file);
  }
}
