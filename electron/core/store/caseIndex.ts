/**
 * `index.json`: the derived register (one summary per case plus the size and mtime of the case file
 * it came from), so start-up reads one file instead of 20,000. It is never the source of truth:
 * missing, unreadable or stale rows are rebuilt from the case files. It is written in the background
 * (debounced, and on close), never as part of a save — a save costs the same with 20 or 20,000 cases.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { caseSummarySchema } from '../../../shared/domain/case';
import type { StoreContext } from './context';
import { writeFileDurable } from './durableWrite';
import type { Register, RegisterRow } from './register';
import { toRow } from './register';
import { errnoCode, toStorageError } from './storageError';

export const INDEX_FILE = 'index.json';
export const INDEX_SCHEMA_VERSION = 1;

const indexRowSchema = z.object({ size: z.number(), mtimeMs: z.number(), summary: caseSummarySchema });
const indexFileSchema = z.object({ schemaVersion: z.literal(INDEX_SCHEMA_VERSION), rows: z.array(indexRowSchema) });

export type IndexRead = { status: 'ok'; rows: RegisterRow[] } | { status: 'missing' } | { status: 'unreadable' };

export async function readIndex(ctx: StoreContext): Promise<IndexRead> {
  let text: string;
  try {
    text = await fs.readFile(path.join(ctx.dataDir, INDEX_FILE), 'utf8');
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return { status: 'missing' };
    throw toStorageError(e, path.join(ctx.dataDir, INDEX_FILE));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'unreadable' };
  }
  const parsed = indexFileSchema.safeParse(raw);
  if (!parsed.success) return { status: 'unreadable' };
  return { status: 'ok', rows: parsed.data.rows.map((r) => toRow(r.summary, r)) };
}

export interface IndexWriterOptions {
  /** Quiet period after the last change before the index is written. */
  debounceMs?: number;
  /** Upper bound while changes keep coming, so a busy morning still refreshes the index. */
  maxWaitMs?: number;
}

/** Writes the index from the in-memory register, debounced; `flush()` writes now if anything changed. */
export class IndexWriter {
  readonly #file: string;
  readonly #debounceMs: number;
  readonly #maxWaitMs: number;
  #timer: NodeJS.Timeout | undefined;
  #firstDirtyAt = 0;
  #dirty = false;
  /** The last background write failure; kept so `flush()` on close can report it. */
  lastError: unknown;

  constructor(
    private readonly ctx: StoreContext,
    private readonly register: Register,
    options: IndexWriterOptions = {},
  ) {
    this.#file = path.join(ctx.dataDir, INDEX_FILE);
    this.#debounceMs = options.debounceMs ?? 1500;
    this.#maxWaitMs = options.maxWaitMs ?? 10_000;
  }

  get dirty(): boolean {
    return this.#dirty;
  }

  /** Marks the index stale and (re)starts the debounce timer. */
  schedule(): void {
    const now = Date.now();
    if (!this.#dirty) this.#firstDirtyAt = now;
    this.#dirty = true;
    if (this.#timer) clearTimeout(this.#timer);
    const wait = Math.max(0, Math.min(this.#debounceMs, this.#firstDirtyAt + this.#maxWaitMs - now));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch((e: unknown) => {
        this.lastError = e;
      });
    }, wait);
    // A pending index write must not keep a CLI process alive; the next open repairs a stale index.
    this.#timer.unref();
  }

  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Writes the index now if it changed since the last write. */
  flush(): Promise<void> {
    this.cancel();
    return this.ctx.queues.run(this.#file, async () => {
      if (!this.#dirty) return;
      // Cleared before serialising: a save landing during the write marks it dirty again.
      this.#dirty = false;
      const rows = [...this.register.rows()].map((r) => ({ size: r.size, mtimeMs: r.mtimeMs, summary: r.summary }));
      const text = JSON.stringify({ schemaVersion: INDEX_SCHEMA_VERSION, rows });
      try {
        await writeFileDurable(this.#file, text);
        this.lastError = undefined;
      } catch (e) {
        this.#dirty = true;
        throw toStorageError(e, this.#file);
      }
    });
  }
}
