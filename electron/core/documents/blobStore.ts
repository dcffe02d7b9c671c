/**
 * Content-addressed blob store (docs/architecture.md §The data folder): `blobs/ab/cd/<sha256>`,
 * written once with the store's durable write (temp → fsync → rename → fsync folder), never
 * rewritten; the same bytes are stored once. Hashing uses WebCrypto, which runs on the thread pool
 * (the event loop never waits on a big file). A blob's name is its content hash, so every read is
 * checked against it (NDSA fixity: verify on use): damaged bytes are never handed on as if they
 * were the document.
 */
import { webcrypto } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { syncDirectory, writeFileDurable } from '../store/durableWrite';
import { errnoCode, toStorageError } from '../store/storageError';

export const BLOBS_DIR = 'blobs';
const SHA256 = /^[0-9a-f]{64}$/;

/** "blobs/ab/cd/<sha256>": how messages and reports name a blob (relative to the data folder). */
export const blobRelativePath = (sha256: string) => `${BLOBS_DIR}/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;

/** The sha256 a blob's relative path names, or null for anything else under blobs/ (a temp file). */
export function blobNameOf(relative: string): string | null {
  const m = /^blobs\/([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(relative);
  return m && m[3]?.startsWith(`${m[1]}${m[2]}`) ? m[3] : null;
}

/** A blob whose bytes no longer hash to its name (truncated, overwritten, bit rot). */
export class DamagedBlobError extends AppError {
  constructor(
    readonly sha256: string,
    readonly actualSha256: string,
    readonly bytes: number,
  ) {
    super(
      'corrupt',
      `Dokumen tersimpan ${blobRelativePath(sha256)} rusak: isinya (${bytes} bita) tidak sama dengan sidik sha256 pada namanya. Laporkan ke petugas TI: perintah "loket fixity" menyebut berkas yang memakainya dan salinan baiknya di cadangan.`,
    );
  }
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  // A view of the same memory (WebCrypto's types want an ArrayBuffer-backed view; no copy is made).
  const view = new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
  const digest = await webcrypto.subtle.digest('SHA-256', view);
  return Buffer.from(digest).toString('hex');
}

/**
 * A stored blob handed on as a file rather than bytes (the archive export copies it as it reads it):
 * whoever reads it checks the bytes against `sha256` and reports with these errors.
 */
export interface BlobFile {
  file: string;
  sha256: string;
  unreadable: (e: unknown) => AppError;
  damaged: (actualSha256: string, bytes: number) => DamagedBlobError;
}

export interface PutResult {
  sha256: string;
  bytes: number;
  /** False when the same content was already stored. */
  created: boolean;
}

export class BlobStore {
  readonly dir: string;
  /** Blobs written by operations still in flight: a failed operation must not remove what another one needs. */
  readonly #claims = new Map<string, number>();

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, BLOBS_DIR);
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
    return path.join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  /** Stores `data` (if new) and claims it for the caller until `release`. */
  async put(data: Uint8Array): Promise<PutResult> {
    const sha256 = await sha256Hex(data);
    this.#claim(sha256);
    const file = this.pathOf(sha256);
    try {
      // The same bytes again: a stored copy that is damaged is replaced by these good ones (and,
      // being named by records already, is never `created`: a failed operation must not remove it).
      const existed = await this.has(sha256);
      if (existed && (await this.#intact(sha256))) return { sha256, bytes: data.byteLength, created: false };
      const folder = path.dirname(file);
      await fs.mkdir(folder, { recursive: true });
      await writeFileDurable(file, data);
      // The fan-out folders may be new: make their entries durable too.
      await syncDirectory(path.dirname(folder));
      return { sha256, bytes: data.byteLength, created: !existed };
    } catch (e) {
      this.#unclaim(sha256);
      throw toStorageError(e, file);
    }
  }

  /** The blob's bytes, checked against its name; a damaged blob throws DamagedBlobError. */
  async read(sha256: string): Promise<Buffer> {
    let data: Buffer;
    try {
      data = await fs.readFile(this.pathOf(sha256));
    } catch (e) {
      throw toStorageError(e, this.pathOf(sha256));
    }
    const actual = await sha256Hex(data);
    if (actual !== sha256) throw new DamagedBlobError(sha256, actual, data.byteLength);
    return data;
  }

  /** The blob as a file to read in chunks (no copy in memory); the reader checks it against its name. */
  file(sha256: string): BlobFile {
    const file = this.pathOf(sha256);
    return { file, sha256, unreadable: (e) => toStorageError(e, file), damaged: (actual, bytes) => new DamagedBlobError(sha256, actual, bytes) };
  }

  async #intact(sha256: string): Promise<boolean> {
    return this.read(sha256).then(
      () => true,
      (e: unknown) => {
        if (e instanceof DamagedBlobError) return false;
        throw e;
      },
    );
  }

  /**
   * Ends the caller's claims. With `discard` (the operation failed before any record referenced its
   * blobs), blobs it created and nobody else claims are removed: a failed import leaves no orphan.
   */
  async release(results: readonly PutResult[], discard: boolean): Promise<void> {
    for (const r of results) {
      const last = this.#unclaim(r.sha256);
      if (discard && r.created && last) {
        await fs.rm(this.pathOf(r.sha256), { force: true }).catch((e: unknown) => {
          if (errnoCode(e) !== 'ENOENT') throw toStorageError(e, this.pathOf(r.sha256));
        });
      }
    }
  }

  #claim(sha256: string): void {
    this.#claims.set(sha256, (this.#claims.get(sha256) ?? 0) + 1);
  }

  /** True when this was the last claim. */
  #unclaim(sha256: string): boolean {
    const n = (this.#claims.get(sha256) ?? 1) - 1;
    if (n <= 0) this.#claims.delete(sha256);
    else this.#claims.set(sha256, n);
    return n <= 0;
  }
}
