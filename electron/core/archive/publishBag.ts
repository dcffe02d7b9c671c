/**
 * Puts a bag on the shared drive without ever showing a partial one (issue 5 §4): the bag is written
 * into `<root>/.loket-staging/<name>.<random>` on the destination itself, every file and folder
 * fsynced, every checksum re-read and verified there, and only then renamed into `<root>/<year>/<name>`
 * — one rename on one volume, atomic. A re-export takes the next free `_vN`: never an overwrite.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { errnoCode } from '../store/storageError';
import { syncDirectory } from '../store/durableWrite';
import { validateBag } from './bagValidator';
import { bagFolderName, isSafeFolderName } from './bagName';
import { writeBag, type BagPlan, type WrittenBag } from './bagWriter';

export const STAGING_DIR = '.loket-staging';
const MAX_VERSIONS = 99;

export interface PublishInput {
  root: string;
  /** Year folder under the root, e.g. "2026". */
  year: string;
  /** Version-1 folder name (bagName.ts). */
  baseName: string;
  /** Lowest version to use (after the versions already exported). */
  fromVersion: number;
  plan: BagPlan;
  /** Called after each payload file is written (progress; tests pull the drive away here). */
  onPayloadWritten?: (done: number, total: number) => Promise<void> | void;
}

export interface Published extends WrittenBag {
  version: number;
  /** "<year>/<folder>", with "/" (exportedBagSchema.path). */
  path: string;
}

/** What went wrong on the shared drive, in words the admin can act on; the export waits and retries. */
export function destinationError(e: unknown, root: string): AppError {
  if (e instanceof AppError) return e;
  switch (errnoCode(e)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('storage', 'archive.rootMissing', { root });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('storage', 'archive.rootNotWritable', { root });
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('storage', 'archive.noSpace', { root });
    case 'EBUSY':
      return new AppError('storage', 'archive.rootBusy', { root });
    default: {
      const code = errnoCode(e);
      return new AppError('storage', code ? 'archive.writeFailedCode' : 'archive.writeFailed', { root, code: code ?? '' });
    }
  }
}

async function mkdirOne(dir: string): Promise<void> {
  // Never recursive: a missing root means the drive is gone, and must not be recreated locally.
  await fs.mkdir(dir).catch((e: unknown) => {
    if (errnoCode(e) !== 'EEXIST') throw e;
  });
}

const exists = (p: string) => fs.lstat(p).then(() => true, (e: unknown) => (errnoCode(e) === 'ENOENT' ? false : Promise.reject(e)));

/** Staging folders of this bag left by an export that crashed (only this case's: other PCs may be exporting theirs). */
export async function removeLeftovers(root: string, baseName: string): Promise<number> {
  const staging = path.join(root, STAGING_DIR);
  const names = await fs.readdir(staging).catch(() => [] as string[]);
  const mine = names.filter((n) => n.startsWith(`${baseName}.`));
  for (const n of mine) await fs.rm(path.join(staging, n), { recursive: true, force: true });
  return mine.length;
}

/**
 * The staging folders under an archive root ("<STAGING_DIR>/<name>", sorted): an export running now
 * on some PC, or what one that crashed left (`loket verify` reports them; the next export of that
 * case removes its own). Never a bag of the archive.
 */
export async function stagingLeftovers(root: string): Promise<string[]> {
  const names = await fs.readdir(path.join(root, STAGING_DIR)).catch(() => [] as string[]);
  return names.sort().map((n) => `${STAGING_DIR}/${n}`);
}

export async function publishBag(input: PublishInput): Promise<Published> {
  const { root } = input;
  if (!isSafeFolderName(input.baseName) || !/^\d{4}$/.test(input.year)) throw new Error(`unsafe bag name ${input.year}/${input.baseName}`);
  let stagingDir: string | null = null;
  try {
    const st = await fs.stat(root);
    if (!st.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await mkdirOne(path.join(root, STAGING_DIR));
    await removeLeftovers(root, input.baseName);
    stagingDir = path.join(root, STAGING_DIR, `${input.baseName}.${randomBytes(6).toString('hex')}`);
    await fs.mkdir(stagingDir);
    const total = input.plan.payload.length;
    let done = 0;
    const written = await writeBag(stagingDir, input.plan, async () => input.onPayloadWritten?.(++done, total));
    // NDSA fixity practice: re-read every file from the destination once and check it before
    // publishing. The payload against its SHA-256 alone: writeBag took both digests from the same
    // bytes in one pass, so a matching SHA-256 proves the SHA-512 too (issue 12, Speed).
    const { report } = await validateBag(stagingDir, { payloadAlgorithms: ['sha256'] });
    if (!report.ok) {
      const first = report.problems[0];
      // A problem of the destination itself (the drive went away while reading) is reported as such.
      if (!(await exists(stagingDir))) throw Object.assign(new Error('staging vanished'), { code: 'ENOENT' });
      throw new AppError('corrupt', 'archive.recheckFailed', { root, path: String(first?.path), problem: String(first?.message) });
    }
    const yearDir = path.join(root, input.year);
    await mkdirOne(yearDir);
    for (let v = Math.max(1, input.fromVersion); v <= MAX_VERSIONS; v += 1) {
      const name = bagFolderName(input.baseName, v);
      const final = path.join(yearDir, name);
      if (await exists(final)) continue;
      try {
        await fs.rename(stagingDir, final);
      } catch (e) {
        // Another PC published the same name in between: take the next version, never replace it.
        if (errnoCode(e) === 'EEXIST' || errnoCode(e) === 'ENOTEMPTY') continue;
        throw e;
      }
      stagingDir = null;
      await syncDirectory(yearDir);
      await syncDirectory(path.join(root, STAGING_DIR));
      return { ...written, version: v, path: `${input.year}/${name}` };
    }
    throw new AppError('conflict', 'archive.tooManyVersions', { max: MAX_VERSIONS, root });
  } catch (e) {
    throw destinationError(e, root);
  } finally {
    if (stagingDir) await fs.rm(stagingDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
