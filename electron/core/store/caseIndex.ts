/**
 * `index.json`: the derived register (one summary per case plus the size and mtime of the case file
 * it came from), so start-up reads one file instead of 20,000. It is never the source of truth:
 * missing, unreadable or stale rows are rebuilt from the case files. It is written in the background
 * (debounced, and on close), never as part of a save — a save costs the same with 20 or 20,000 cases.
 *
 * Version 2 seals the rows instead of re-validating them on every start (issue 9: zod over 20,000
 * summaries was about a quarter of start-up): the head names the summary schema (a digest of its JSON
 * Schema) and a SHA-1 of the rows' exact bytes. Sealed and same schema → only the fields the open
 * itself relies on are checked. A wrong digest (torn, edited, damaged) → unreadable → rebuilt from
 * the case files. Another summary schema, or a version 1 file → the rows go through the schema as
 * before (defaults fill fields an older app did not write) and the index is rewritten at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { caseSummarySchema } from '../../../shared/domain/case';
import type { StoreContext } from './context';
import { writeFileDurable } from './durableWrite';
import type { Register, RegisterRow } from './register';
import { toRow } from './register';
import { errnoCode, toStorageError } from './storageError';

export const INDEX_FILE = 'index.json';
export const INDEX_SCHEMA_VERSION = 2;

const indexRowSchema = z.object({ size: z.number(), mtimeMs: z.number(), summary: caseSummarySchema });
type IndexRow = z.infer<typeof indexRowSchema>;
/** Versions 1 and 2 hold the same rows; 1 had no head. */
const indexFileSchema = z.object({ schemaVersion: z.union([z.literal(1), z.literal(INDEX_SCHEMA_VERSION)]), rows: z.array(indexRowSchema) });
/** The head a version 2 file starts with; the rows' JSON follows, then the closing brace. */
const SEALED_HEAD = new RegExp(`^\\{"schemaVersion":${INDEX_SCHEMA_VERSION},"summaries":"([0-9a-f]{40})","sha1":"([0-9a-f]{40})","rows":`);
const HEAD_MAX_BYTES = 160;

/**
 * SHA-1 detects damage, not an adversary: whoever can write index.json can write the case files
 * themselves. It is four times faster than SHA-256 here (about 6 ms for 20,000 rows).
 */
const sha1 = (data: string | Uint8Array) => createHash('sha1').update(data).digest('hex');

let summaryFingerprint: string | undefined;
/** Changes whenever the summary schema does (a field, an enum value, a default), so an older index is never trusted as current. */
function summariesDigest(): string {
  return (summaryFingerprint ??= sha1(JSON.stringify(z.toJSONSchema(caseSummarySchema))));
}

/** `outdated`: read through the schema (older version or summary schema); the caller rewrites it. */
export type IndexRead = { status: 'ok'; rows: RegisterRow[]; outdated: boolean } | { status: 'missing' } | { status: 'unreadable' };

/**
 * The index's bytes, null when there is none; read apart from `parseIndex` so the open can start
 * the case file stats in between. Synchronously: one read of a few MB that the open parses straight
 * after anyway (fs.promises reads it in 512 KB rounds through the thread pool, several times slower).
 */
export function readIndexFile(ctx: StoreContext): Buffer | null {
  const file = path.join(ctx.dataDir, INDEX_FILE);
  try {
    return readFileSync(file);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return null;
    throw toStorageError(e, file);
  }
}

export function parseIndex(bytes: Buffer | null): IndexRead {
  if (!bytes) return { status: 'missing' };
  const head = SEALED_HEAD.exec(bytes.toString('latin1', 0, HEAD_MAX_BYTES));
  if (!head) return readChecked(bytes);
  const [prefix, summaries, digest] = head;
  // The head is ASCII, so its length in characters is its length in bytes.
  const rowsBytes = bytes.subarray(prefix.length, bytes.length - 1);
  if (bytes[bytes.length - 1] !== 0x7d || sha1(rowsBytes) !== digest) return { status: 'unreadable' };
  if (summaries !== summariesDigest()) return readChecked(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(rowsBytes.toString('utf8'));
  } catch {
    return { status: 'unreadable' };
  }
  if (!Array.isArray(raw) || !raw.every(isSealedRow)) return { status: 'unreadable' };
  return { status: 'ok', rows: raw.map((r) => toRow(r.summary, r)), outdated: false };
}

/** The careful path: the whole file through the schema, as every version 1 index was read. */
function readChecked(bytes: Buffer): IndexRead {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { status: 'unreadable' };
  }
  const parsed = indexFileSchema.safeParse(raw);
  if (!parsed.success) return { status: 'unreadable' };
  return { status: 'ok', rows: parsed.data.rows.map((r) => toRow(r.summary, r)), outdated: true };
}

/**
 * A sealed row of the current summary schema is a row this app wrote from a schema-checked case
 * (the digest proves the bytes, the head the schema): checked here are only the fields the open
 * relies on, so a bug can never put a row without an id or a file stamp into the register.
 */
function isSealedRow(r: unknown): r is IndexRow {
  if (typeof r !== 'object' || r === null) return false;
  const row = r as { size?: unknown; mtimeMs?: unknown; summary?: { id?: unknown } | null };
  return typeof row.size === 'number' && typeof row.mtimeMs === 'number' && typeof row.summary === 'object' && row.summary !== null && typeof row.summary.id === 'string';
}

/** The file's text: the head, then the rows exactly as hashed. */
function sealedIndex(rows: readonly IndexRow[]): string {
  const rowsText = JSON.stringify(rows);
  return `{"schemaVersion":${INDEX_SCHEMA_VERSION},"summaries":"${summariesDigest()}","sha1":"${sha1(rowsText)}","rows":${rowsText}}`;
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
      const text = sealedIndex(rows);
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
