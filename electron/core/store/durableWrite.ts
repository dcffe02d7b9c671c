/**
 * The one way the store puts bytes on disk (docs/architecture.md principle 4, "nothing is lost"):
 * write a temp file in the same folder → fsync it → keep the current file as `<file>.bak` (hard link,
 * so a final file exists at every instant) → rename the temp over the file → fsync the folder so the
 * rename itself survives a power cut (POSIX; Windows cannot open folders for flushing).
 * A crash at any point leaves either the old or the new complete file, never a torn one.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { errnoCode } from './storageError';

export interface DurableWriteOptions {
  /** Keep the file being replaced as `<file>.bak` (the previous good copy). */
  keepBackup?: boolean;
}

export interface WrittenFile {
  size: number;
  mtimeMs: number;
}

export const TEMP_SUFFIX = '.tmp';
let tempCounter = 0;

/** A unique temp name beside `file`, so the final rename stays on one file system (atomic). */
export function tempPathFor(file: string): string {
  tempCounter += 1;
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${tempCounter}${TEMP_SUFFIX}`);
}

/** A file's bytes whole, or handed over in chunks (a large file written without one long conversion). */
export type FileContent = string | Uint8Array | ((write: (chunk: Uint8Array) => Promise<void>) => Promise<void>);

async function writeTemp(tmp: string, data: FileContent): Promise<void> {
  if (typeof data !== 'function') return writeNewFileSynced(tmp, data);
  const { synced } = await writeNewFileSyncing(tmp, data);
  await synced;
}

export async function writeFileDurable(file: string, data: FileContent, options: DurableWriteOptions = {}): Promise<WrittenFile> {
  const tmp = tempPathFor(file);
  // The .bak link and the temp write are independent; both only have to finish before the rename.
  const [written, backup] = await Promise.allSettled([writeTemp(tmp, data), options.keepBackup ? keepPreviousCopy(file) : Promise.resolve()]);
  try {
    if (written.status === 'rejected') throw written.reason;
    if (backup.status === 'rejected') throw backup.reason;
    await renameReplacing(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  // Stat the final path (what the derived index compares against on the next start) while the
  // folder is flushed.
  const [st] = await Promise.all([fs.stat(file), syncDirectory(path.dirname(file))]);
  return { size: st.size, mtimeMs: st.mtimeMs };
}

/** Writes a file that must not exist yet ('wx') and fsyncs it; the caller makes its folder entry durable. */
export async function writeNewFileSynced(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * writeNewFileSynced for bytes that arrive in chunks (a file copied as it is read): `fill` hands them
 * to `write` in order, each written in as few calls as the OS allows. Returns once they are written;
 * `synced` is the fsync (then close) still running, so the next file can be written meanwhile — the
 * file is durable only when `synced` has settled, and the caller must await it.
 */
export async function writeNewFileSyncing<T>(file: string, fill: (write: (chunk: Uint8Array) => Promise<void>) => Promise<T>): Promise<{ result: T; synced: Promise<void> }> {
  const handle = await fs.open(file, 'wx');
  let result: T;
  try {
    let position = 0;
    result = await fill(async (chunk) => {
      const at = position;
      position += chunk.byteLength;
      for (let done = 0; done < chunk.byteLength; ) done += (await handle.write(chunk, done, chunk.byteLength - done, at + done)).bytesWritten;
    });
  } catch (e) {
    await handle.close();
    throw e;
  }
  return { result, synced: handle.sync().finally(() => handle.close()) };
}

/**
 * `<file>.bak` ← current `<file>`. Linked under a temp name first and renamed over the old `.bak`, so
 * there is always a `.bak` once there has been one. File systems without hard links (FAT32 flash
 * drives) get a copy instead.
 */
async function keepPreviousCopy(file: string): Promise<void> {
  const bakTmp = tempPathFor(`${file}.bak`);
  try {
    await fs.link(file, bakTmp);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT') return; // first write: nothing to keep
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EOPNOTSUPP' && code !== 'EMLINK') throw e;
    await fs.copyFile(file, bakTmp);
  }
  await renameReplacing(bakTmp, `${file}.bak`);
}

/**
 * rename() replaces atomically on POSIX and NTFS. On Windows an antivirus or indexer briefly holding
 * the target makes it fail with EPERM/EACCES/EBUSY: retry for up to ~1 s (as graceful-fs does).
 */
async function renameReplacing(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const code = errnoCode(e);
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 10) throw e;
      await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
    }
  }
}

/** fsync a folder so a rename in it is durable. Not possible on Windows; some file systems refuse it. */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch (e) {
    const code = errnoCode(e);
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EBADF') throw e;
  } finally {
    await handle.close();
  }
}
