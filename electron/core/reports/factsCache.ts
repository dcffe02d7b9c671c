/**
 * The report facts of every case a report has read (`CaseFacts`, computeReport.ts), kept in memory
 * for the core's life and in `report-facts.jsonl` between starts, so a report folds only the cases
 * written since the last one (issue 11 "Speed": a year over 20,000 cases ≤ 1 s; reading and checking
 * 20,000 case files alone takes several seconds).
 *
 * Derived data, like index.json: a row is used only while its source has the stamp it was folded
 * from (a case file's size and mtime; a bag's tag-manifest digest). A file that is missing, torn,
 * damaged, of another format or another `FACTS_VERSION` is ignored and written anew; the case files
 * stay the source of truth. It holds what the case files hold (names, NIPs, reasons), in the same
 * data folder.
 *
 * Loading and saving run in slices with yields between them, so a 20,000-row file never holds the
 * core's event loop for long (issue 11: no stall over 50 ms).
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { writeFileDurable } from '../store/durableWrite';
import type { CaseFacts } from './computeReport';

export const FACTS_FILE = 'report-facts.jsonl';
/** Bump whenever `CaseFacts` or `caseFacts()` changes what a row means: older rows are then refolded. */
export const FACTS_VERSION = 1;
const FORMAT = 'loket-report-facts';
/** Rows of the office archive's bags are keyed by their folder, apart from this PC's case ids. */
const BAG_PREFIX = 'bag:';
export const bagKey = (bag: string): string => `${BAG_PREFIX}${bag}`;
export const isBagKey = (key: string): boolean => key.startsWith(BAG_PREFIX);
/** Rows parsed or written between two yields. */
const SLICE = 1_000;

interface Head {
  format?: unknown;
  version?: unknown;
  rows?: unknown;
  sha1?: unknown;
}

interface Row {
  key: string;
  stamp: string;
  facts: CaseFacts;
}

/** SHA-1 detects damage, not an adversary: whoever can write this file can write the case files. */
const sha1 = () => createHash('sha1');

function isRow(r: unknown): r is Row {
  if (typeof r !== 'object' || r === null) return false;
  const row = r as { key?: unknown; stamp?: unknown; facts?: { id?: unknown; visits?: unknown; loop?: unknown } | null };
  return typeof row.key === 'string' && typeof row.stamp === 'string' && typeof row.facts === 'object' && row.facts !== null
    && typeof row.facts.id === 'string' && Array.isArray(row.facts.visits) && Array.isArray(row.facts.loop);
}

export class ReportFactsCache {
  readonly #file: string;
  readonly #rows = new Map<string, Row>();
  #loading: Promise<void> | null = null;
  #saving: Promise<void> = Promise.resolve();
  #dirty = false;

  constructor(file: string) {
    this.#file = file;
  }

  /** Reads the file once (later calls wait for that read); an unusable file leaves the cache empty. */
  load(): Promise<void> {
    return (this.#loading ??= this.#read());
  }

  /** The facts folded from `key`'s source at `stamp`, if they are still that source's. */
  get(key: string, stamp: string): CaseFacts | undefined {
    const row = this.#rows.get(key);
    return row && row.stamp === stamp ? row.facts : undefined;
  }

  set(key: string, stamp: string, facts: CaseFacts): void {
    this.#rows.set(key, { key, stamp, facts });
    this.#dirty = true;
  }

  /** Keeps only the rows `keep` accepts (cases removed, bags gone: dropped at the next save). */
  retain(keep: (key: string) => boolean): void {
    for (const key of this.#rows.keys()) {
      if (!keep(key)) {
        this.#rows.delete(key);
        this.#dirty = true;
      }
    }
  }

  get size(): number {
    return this.#rows.size;
  }

  /** Writes the file if anything changed since the last write; saves run one after another. */
  save(): Promise<void> {
    this.#saving = this.#saving.then(() => (this.#dirty ? this.#write() : undefined));
    return this.#saving;
  }

  async #read(): Promise<void> {
    // Line by line from a stream: a 30 MB file is never decoded or split in one piece.
    let head: Head | null = null;
    const hash = sha1();
    const rows: Row[] = [];
    const input = createReadStream(this.#file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    const lines = createInterface({ input, crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        if (head === null) {
          head = JSON.parse(line) as Head;
          if (head.format !== FORMAT || head.version !== FACTS_VERSION || typeof head.rows !== 'number' || typeof head.sha1 !== 'string') return;
          continue;
        }
        hash.update(line).update('\n');
        const row: unknown = JSON.parse(line);
        if (!isRow(row)) return;
        rows.push(row);
      }
    } catch {
      // Missing, unreadable or not JSON: derived data is rebuilt from the case files, never a reason to refuse a report.
      return;
    } finally {
      lines.close();
      input.destroy();
    }
    if (head === null || rows.length !== head.rows || hash.digest('hex') !== head.sha1) return;
    // Rows set meanwhile (a report that ran while the file was read) are newer than the file's.
    for (const row of rows) if (!this.#rows.has(row.key)) this.#rows.set(row.key, row);
  }

  async #write(): Promise<void> {
    this.#dirty = false;
    const rows = [...this.#rows.values()];
    const hash = sha1();
    // Encoded a slice at a time and written in chunks: no single 30 MB string or buffer is made.
    const chunks: Buffer[] = [];
    for (let i = 0; i < rows.length; i += SLICE) {
      const chunk = Buffer.from(rows.slice(i, i + SLICE).map((r) => `${JSON.stringify(r)}\n`).join(''), 'utf8');
      hash.update(chunk);
      chunks.push(chunk);
      await yieldToLoop();
    }
    const head = JSON.stringify({ format: FORMAT, version: FACTS_VERSION, rows: rows.length, sha1: hash.digest('hex') });
    try {
      await writeFileDurable(this.#file, async (write) => {
        await write(Buffer.from(`${head}\n`, 'utf8'));
        for (const chunk of chunks) await write(chunk);
      });
    } catch {
      // A cache that could not be written is written again after the next report.
      this.#dirty = true;
    }
  }
}
