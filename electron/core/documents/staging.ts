/**
 * Chunked uploads from the renderer (begin → chunks → finish/abort), staged in the DATA folder's
 * `staging/` — not the OS temp folder: the scans hold personal data and stay where the data is.
 * A staged file is removed on finish, on abort and at every start (leftovers of a crash).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/contract/features/documents';
import { toStorageError } from '../store/storageError';

export const STAGING_DIR = 'staging';
/** An upload nobody finishes (renderer closed mid-way) is dropped after this long without a chunk. */
const IDLE_MS = 10 * 60_000;

export interface Upload {
  id: string;
  caseId: string;
  name: string;
  bytes: number;
  received: number;
  file: string;
  timer: NodeJS.Timeout;
}

const unknownUpload = () => new AppError('not_found', 'upload.unknown');

export class Staging {
  readonly dir: string;
  readonly #uploads = new Map<string, Upload>();

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, STAGING_DIR);
  }

  async clean(): Promise<void> {
    for (const u of this.#uploads.values()) clearTimeout(u.timer);
    this.#uploads.clear();
    await fs.rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
  }

  async begin(caseId: string, name: string, bytes: number): Promise<Upload> {
    const id = randomUUID();
    const file = path.join(this.dir, `${id}.part`);
    try {
      await fs.mkdir(this.dir, { recursive: true });
      await fs.writeFile(file, new Uint8Array(0), { flag: 'wx' });
    } catch (e) {
      throw toStorageError(e, file);
    }
    const upload: Upload = { id, caseId, name, bytes, received: 0, file, timer: this.#idleTimer(id) };
    this.#uploads.set(id, upload);
    return upload;
  }

  async chunk(id: string, offset: number, data: Buffer): Promise<number> {
    const u = this.#uploads.get(id);
    if (!u) throw unknownUpload();
    if (data.byteLength > UPLOAD_CHUNK_BYTES) throw new AppError('invalid_input', 'upload.chunkTooLarge');
    if (offset !== u.received)
      throw new AppError('conflict', 'upload.outOfOrder', { expected: u.received, offset });
    if (u.received + data.byteLength > u.bytes) {
      await this.abort(id);
      throw new AppError('invalid_input', 'upload.largerThanDeclared');
    }
    try {
      await fs.appendFile(u.file, data);
    } catch (e) {
      await this.abort(id);
      throw toStorageError(e, u.file);
    }
    u.received += data.byteLength;
    clearTimeout(u.timer);
    u.timer = this.#idleTimer(id);
    return u.received;
  }

  /** The complete staged upload; the caller must `abort` (remove) it when done with it. */
  take(id: string): Upload {
    const u = this.#uploads.get(id);
    if (!u) throw unknownUpload();
    if (u.received !== u.bytes)
      throw new AppError('invalid_input', 'upload.incomplete', { received: u.received, bytes: u.bytes });
    return u;
  }

  async abort(id: string): Promise<void> {
    const u = this.#uploads.get(id);
    if (!u) return;
    clearTimeout(u.timer);
    this.#uploads.delete(id);
    await fs.rm(u.file, { force: true }).catch(() => undefined);
  }

  #idleTimer(id: string): NodeJS.Timeout {
    const t = setTimeout(() => void this.abort(id), IDLE_MS);
    t.unref();
    return t;
  }
}
