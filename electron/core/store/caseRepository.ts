/**
 * The cases: one durable JSON file per case under `cases/<id>.json` (the source of truth) and the
 * register of summaries in memory, persisted as the derived `index.json`.
 *
 * Open: list `cases/`, stat each file and compare size+mtime with the index; only files that differ
 * are read again, rows whose file is gone are dropped. In a large folder the stats are taken on a
 * worker thread while this one parses the index (caseFileStats.ts). No or unreadable index → full rebuild
 * (problem `index_rebuilt`). A corrupt case file is quarantined by the adapter and the rest opens.
 */
import fs from 'node:fs/promises';
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Intake } from '../../../shared/domain/case';
import type { EventSource, OperatorRef } from '../../../shared/domain/trail';
import { genesisEvent } from '../workflow/trail';
import { CASE_SCHEMA_VERSION, caseRecordSchema, summarize, type CaseRecord } from '../../../shared/domain/case';
import { handedOverTo } from '../../../shared/domain/workflowFold';
import { caseId, formatCaseNumber } from '../../../shared/domain/caseNumber';
import type { Settings } from '../../../shared/domain/settings';
import { localDate } from '../../../shared/dates';
import { AppError } from '../../../shared/contract/result';
import { CaseFolderError, listOnWorker, STAT_WORKER_MIN_INDEX_BYTES, type CaseFileListing } from './caseFileStats';
import { IndexWriter, parseIndex, readIndexFile, type IndexWriterOptions } from './caseIndex';
import { CASES_DIR, QUARANTINE_DIR, type StoreContext } from './context';
import { TEMP_SUFFIX, type WrittenFile } from './durableWrite';
import { DurableJsonFile, type JsonFileKind } from './jsonFile';
import type { Migration } from './migrations';
import { Register, toRow, type ListPage, type ListQuery } from './register';
import { toStorageError } from './storageError';

/** Case file migrations, oldest first. Version 1 is the first; later versions add steps here. */
export const CASE_MIGRATIONS: readonly Migration[] = [
  // v2: the audit trail and the documents arrive; a v1 case had neither.
  // Its intake is taken as last changed at its current revision (the conservative choice for edits).
  { from: 1, to: 2, migrate: (doc) => ({ ...doc, events: [], documents: [], intakeRevision: doc.revision }) },
];

export const caseFileKind: JsonFileKind<CaseRecord> = {
  schema: caseRecordSchema,
  version: CASE_SCHEMA_VERSION,
  migrations: CASE_MIGRATIONS,
};

const CASE_FILE = /^(\d{4})-([A-Z0-9]{2,8})-(\d{5})\.json$/;
const CASE_ID_IN_NAME = /(\d{4})-([A-Z0-9]{2,8})-(\d{5})\.json/;
/** Temp files left by a crash are removed once clearly abandoned (only this process writes here). */
const STALE_TEMP_MS = 60_000;
/** Parallel reads/writes: enough to keep the disk busy, few enough for a 4 GB office PC. */
const IO_CONCURRENCY = 16;
/** Recently read or written records kept parsed (a case is typically opened, then saved). */
const RECORD_CACHE_SIZE = 256;

export interface CaseRepositoryOptions {
  settings: () => Settings;
  onChanged: (ids: string[]) => void;
  index?: IndexWriterOptions;
}

export interface OpenStats {
  files: number;
  fromIndex: number;
  reread: number;
  dropped: number;
  indexStatus: 'ok' | 'missing' | 'unreadable';
}

export class CaseRepository {
  readonly register = new Register();
  readonly #index: IndexWriter;
  /** Highest sequence seen per "year-workstation", from every case file name ever seen (incl. quarantined). */
  readonly #maxSeq = new Map<string, number>();
  readonly #casesDir: string;
  /** id → the record as last read/written and the size+mtime of its file then; LRU by Map order. */
  readonly #recent = new Map<string, { record: CaseRecord; stat: WrittenFile }>();
  openStats: OpenStats = { files: 0, fromIndex: 0, reread: 0, dropped: 0, indexStatus: 'ok' };
  /** The unlocked operator, recorded on registration (SOP step 1) and corrections; set by the workflow. */
  activeOperator: () => OperatorRef | null = () => null;
  /** Where changes come from (issue 9 §3): the host's ('app', 'cli'), or 'demo' while `loket demo` fills the folder. */
  activeSource: () => EventSource = () => 'app';
  /** Throws when this workstation may not number a case now (issue 12 §3: its code is held by another PC). */
  numberingGuard: () => void = () => undefined;

  private constructor(
    private readonly ctx: StoreContext,
    private readonly options: CaseRepositoryOptions,
  ) {
    this.#casesDir = path.join(ctx.dataDir, CASES_DIR);
    this.#index = new IndexWriter(ctx, this.register, options.index);
  }

  static async open(ctx: StoreContext, options: CaseRepositoryOptions): Promise<CaseRepository> {
    const repo = new CaseRepository(ctx, options);
    await repo.#open();
    return repo;
  }

  get count(): number {
    return this.register.size;
  }

  list(query: ListQuery): ListPage {
    return this.register.list(query, this.options.settings().timeZone);
  }

  async get(id: string): Promise<CaseRecord> {
    const cached = this.#cached(id);
    if (cached) return cached;
    const outcome = await this.#file(id).load();
    switch (outcome.status) {
      case 'ok':
        this.#remember(outcome.data, outcome.stat);
        return outcome.data;
      case 'missing':
        this.#forget(id);
        throw new AppError('not_found', 'case.notFound', { id });
      case 'corrupt':
        this.#forget(id);
        throw new AppError('corrupt', outcome.problem.message);
      case 'unsupported':
        this.#forget(id);
        throw new AppError('unsupported_version', outcome.problem.message);
    }
  }

  /** SOP step 1: registers a received request under the next number of this workstation. */
  async create(intake: Intake): Promise<CaseRecord> {
    const record = this.#newRecord(intake);
    try {
      const stat = await this.#file(record.id).save(record);
      this.#remember(record, stat);
    } catch (e) {
      this.#release(record);
      throw e;
    }
    this.options.onChanged([record.id]);
    return record;
  }

  /**
   * Replaces a case with `change(current)`, bumping the revision. `change` runs inside the case's
   * write queue on the record as stored then, so concurrent changes never lose each other. With a
   * `revision`, the stored one must still be it (optimistic concurrency for whole-record edits);
   * with null, `change` itself decides on the current record (documents, workflow moves, intake
   * corrections). A `change` that returns `current` itself writes nothing. Identity fields (id,
   * number, year, sequence) never change.
   */
  update(id: string, revision: number | null, change: (current: CaseRecord) => CaseRecord): Promise<CaseRecord> {
    return this.ctx.queues.run(`case:${id}`, async () => {
      const current = await this.get(id);
      // A case closes after SOP step 9; its record and trail are final (issue 3: editing a closed case is refused).
      if (current.status === 'closed')
        throw new AppError('conflict', 'case.closed', { caseNumber: current.caseNumber });
      // Issue 12 §5: a case is active on one workstation at a time; the one that handed it over only reads it.
      const handedTo = handedOverTo(current.events);
      if (handedTo)
        throw new AppError('conflict', 'case.handedOverReadOnly', { caseNumber: current.caseNumber, handedTo });
      if (revision !== null && current.revision !== revision)
        throw new AppError(
          'conflict',
          'case.staleRevision', { caseNumber: current.caseNumber, current: current.revision, revision },
        );
      const changed = change(current);
      // Nothing to change (a step already open, a correction that corrects nothing): no write, same revision.
      if (changed === current) return current;
      const next: CaseRecord = {
        ...changed,
        schemaVersion: CASE_SCHEMA_VERSION,
        id: current.id,
        caseNumber: current.caseNumber,
        year: current.year,
        workstation: current.workstation,
        seq: current.seq,
        createdAt: current.createdAt,
        revision: current.revision + 1,
        updatedAt: this.ctx.now().toISOString(),
      };
      const stat = await this.#file(id).save(next);
      this.#remember(next, stat);
      this.options.onChanged([id]);
      return next;
    });
  }

  /**
   * Case ids seen elsewhere (the office archive on the share): numbering continues after them, so a
   * reinstalled PC, or one whose code already has bags on the share, never reuses a number (issue 12 §3).
   */
  reserveIds(ids: Iterable<string>): void {
    for (const id of ids) this.#reserve(`${id}.json`);
  }

  /**
   * A case handed over from another workstation (issue 12 §5), written under its own id and number
   * as it arrived (its trail already verified by the caller). An id already here is refused.
   */
  async adopt(record: CaseRecord): Promise<CaseRecord> {
    return this.ctx.queues.run(`case:${record.id}`, async () => {
      if (this.register.get(record.id)) throw new AppError('conflict', 'case.alreadyHere', { caseNumber: record.caseNumber, id: record.id });
      const stat = await this.#file(record.id).save(record);
      this.#reserve(`${record.id}.json`);
      this.#remember(record, stat);
      this.options.onChanged([record.id]);
      return record;
    });
  }

  /**
   * Registers many intakes at once (demo data, imports): numbers allocated in receipt order, files
   * written durably with bounded concurrency, the index written once at the end.
   */
  async createMany(intakes: readonly Intake[]): Promise<number> {
    const ordered = [...intakes].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
    const records = ordered.map((intake) => this.#newRecord(intake));
    const createdIds: string[] = [];
    try {
      await runLimited(records, IO_CONCURRENCY, async (record) => {
        const stat = await this.#file(record.id).save(record);
        this.#remember(record, stat, false);
        createdIds.push(record.id);
      });
    } finally {
      this.#index.schedule();
      await this.#index.flush();
      // One announcement for the batch: a host forwards each event to the renderer.
      if (createdIds.length > 0) this.options.onChanged(createdIds);
    }
    return createdIds.length;
  }

  /** Writes the index now if it changed (called on close, and by tools that want it current). */
  flushIndex(): Promise<void> {
    return this.#index.flush();
  }

  async close(): Promise<void> {
    this.#index.cancel();
    await this.#index.flush();
  }

  #file(id: string): DurableJsonFile<CaseRecord> {
    return new DurableJsonFile(this.ctx, path.join(this.#casesDir, `${id}.json`), caseFileKind);
  }

  #newRecord(intake: Intake): CaseRecord {
    const s = this.options.settings();
    // The case's year and month are those of its receipt in the agency's zone (SOP step 1, WIB by default).
    const day = localDate(new Date(intake.receivedAt), s.timeZone);
    const year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    const workstation = s.workstationCode;
    this.numberingGuard();
    const seq = this.#allocate(year, workstation);
    const now = this.ctx.now().toISOString();
    const id = caseId({ year, workstation, seq });
    const caseNumber = formatCaseNumber(s.caseNumberPattern, { seq, workstation, year, month });
    const events = [genesisEvent({ intake, id, caseNumber }, this.activeOperator(), this.activeSource(), now)];
    return {
      schemaVersion: CASE_SCHEMA_VERSION,
      id,
      caseNumber,
      year,
      workstation,
      seq,
      status: 'registered',
      createdAt: now,
      updatedAt: now,
      revision: 0,
      intakeRevision: 0,
      intake,
      events,
      documents: [],
    };
  }

  /**
   * Next sequence for (year, workstation). Synchronous read-and-bump: JavaScript runs it without
   * interleaving, so concurrent creates can never get the same number.
   */
  #allocate(year: number, workstation: string): number {
    const key = `${year}-${workstation}`;
    const seq = (this.#maxSeq.get(key) ?? 0) + 1;
    this.#maxSeq.set(key, seq);
    return seq;
  }

  /** A create that failed to write gives its number back, unless a later one was handed out meanwhile. */
  #release(r: CaseRecord): void {
    const key = `${r.year}-${r.workstation}`;
    if (this.#maxSeq.get(key) === r.seq) this.#maxSeq.set(key, r.seq - 1);
  }

  /** A quarantined file's name still holds its case number (quarantine puts a time stamp before it). */
  #reserve(name: string): void {
    const m = CASE_ID_IN_NAME.exec(name);
    if (m) this.#reserveSeq(`${m[1]}-${m[2]}`, Number(m[3]));
  }

  #reserveSeq(key: string, seq: number): void {
    if (seq > (this.#maxSeq.get(key) ?? 0)) this.#maxSeq.set(key, seq);
  }

  /**
   * The cached record if its file still has the size and mtime it had when cached (the same test
   * the index uses at open): saves a read, parse and validation on the get→update path of a save.
   */
  #cached(id: string): CaseRecord | null {
    const entry = this.#recent.get(id);
    if (!entry) return null;
    const now = this.#statOrNull(path.join(this.#casesDir, `${id}.json`));
    if (!now || now.size !== entry.stat.size || now.mtimeMs !== entry.stat.mtimeMs) {
      this.#recent.delete(id);
      return null;
    }
    this.#recent.delete(id);
    this.#recent.set(id, entry);
    return entry.record;
  }

  #remember(record: CaseRecord, stat: WrittenFile, scheduleIndex = true): void {
    if (scheduleIndex) {
      // Bulk creates (demo data) skip the cache: nobody is about to edit those.
      this.#recent.delete(record.id);
      this.#recent.set(record.id, { record, stat });
      if (this.#recent.size > RECORD_CACHE_SIZE) this.#recent.delete(this.#recent.keys().next().value as string);
    }
    const old = this.register.get(record.id);
    if (old && old.size === stat.size && old.mtimeMs === stat.mtimeMs && old.summary.updatedAt === record.updatedAt) return;
    this.register.upsert(toRow(summarize(record), stat));
    if (scheduleIndex) this.#index.schedule();
  }

  #forget(id: string): void {
    this.#recent.delete(id);
    if (!this.register.get(id)) return;
    this.register.remove(id);
    this.#index.schedule();
  }

  async #open(): Promise<void> {
    try {
      await fs.mkdir(this.#casesDir, { recursive: true });
    } catch (e) {
      throw toStorageError(e, this.#casesDir);
    }
    const indexBytes = readIndexFile(this.ctx);
    // A large register: the case files are listed and stat'ed on a worker thread while this thread
    // parses the index (without an index every file is read anyway: no stats needed).
    const onWorker = indexBytes && indexBytes.length >= STAT_WORKER_MIN_INDEX_BYTES ? listOnWorker(this.#casesDir, path.sep, CASE_FILE) : null;
    const quarantine = fs.readdir(path.join(this.ctx.dataDir, QUARANTINE_DIR)).catch(() => [] as string[]);
    const index = parseIndex(indexBytes);
    const [{ names, stat }, quarantined] = await Promise.all([this.#listCaseFiles(onWorker), quarantine]);
    // Numbers once given out stay taken, even when their file was quarantined (a requester may hold it).
    for (const n of quarantined) this.#reserve(n);

    // The index's rows go straight into the register; each is then held against its case file.
    if (index.status === 'ok') this.register.load(index.rows);
    const toRead: string[] = [];
    const temps: string[] = [];
    const ids: string[] = [];
    let fromIndex = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      if (name.endsWith(TEMP_SUFFIX)) {
        temps.push(name);
        continue;
      }
      const m = CASE_FILE.exec(name);
      if (!m) continue;
      this.#reserveSeq(`${m[1]}-${m[2]}`, Number(m[3]));
      const id = name.slice(0, -'.json'.length);
      ids.push(id);
      const row = this.register.get(id);
      if (!row) {
        toRead.push(id);
        continue;
      }
      const st = stat(i);
      if (st && st.size === row.size && st.mtimeMs === row.mtimeMs) {
        fromIndex += 1;
        continue;
      }
      // Stale: out until its file is read again, so a file that no longer reads is not listed.
      this.register.remove(id);
      toRead.push(id);
    }
    // Left over: index rows whose case file is gone (rare; only then is a set of ids built).
    const dropped = this.register.size - fromIndex;
    if (dropped > 0) {
      const present = new Set(ids);
      for (const id of [...this.register.ids()]) if (!present.has(id)) this.register.remove(id);
    }

    await runLimited(toRead, IO_CONCURRENCY, async (id) => {
      const outcome = await this.#file(id).load();
      // Corrupt and newer-version files are reported by the adapter; their ids stay taken (#reserve above).
      if (outcome.status === 'ok') this.register.upsert(toRow(summarize(outcome.data), outcome.stat));
    });
    await this.#removeStaleTemps(temps);

    const files = ids.length;
    this.openStats = { files, fromIndex, reread: toRead.length, dropped, indexStatus: index.status };
    // A new, empty data folder has no index and nothing to rebuild: not a problem worth showing.
    if (index.status === 'unreadable' || (index.status === 'missing' && files > 0)) {
      this.ctx.problems.add({
        file: 'index.json',
        kind: 'index_rebuilt',
        message: `Indeks daftar berkas (index.json) ${index.status === 'missing' ? 'tidak ada' : 'tidak terbaca'} dan telah disusun ulang dari ${this.register.size} berkas permohonan.`,
      });
    }
    if (index.status !== 'ok' || index.outdated || toRead.length > 0 || dropped > 0) this.#index.schedule();
  }

  /** `cases/` with the size and mtime of each case file: the worker's, or taken here (small folder, or no thread could start). */
  async #listCaseFiles(onWorker: Promise<CaseFileListing> | null): Promise<CaseFileListing> {
    if (onWorker) {
      try {
        return await onWorker;
      } catch (e) {
        if (e instanceof CaseFolderError) throw toStorageError(e, e.path ?? this.#casesDir);
      }
    }
    let names: string[];
    try {
      names = await fs.readdir(this.#casesDir);
    } catch (e) {
      throw toStorageError(e, this.#casesDir);
    }
    // Synchronous stat: for 20,000 files it is faster than 20,000 promises through the thread pool.
    // Names come from readdir (no separators), so path.join's normalising is not needed.
    return { names, stat: (i) => this.#statOrNull(`${this.#casesDir}${path.sep}${names[i] as string}`) };
  }

  #statOrNull(file: string): WrittenFile | null {
    let st: Stats | undefined;
    try {
      // A missing file is an answer here, not an error: no exception to build and catch.
      st = statSync(file, { throwIfNoEntry: false });
    } catch (e) {
      throw toStorageError(e, file);
    }
    return st ? { size: st.size, mtimeMs: st.mtimeMs } : null;
  }

  async #removeStaleTemps(names: readonly string[]): Promise<void> {
    const cutoff = Date.now() - STALE_TEMP_MS;
    for (const name of names) {
      const file = path.join(this.#casesDir, name);
      try {
        const st = await fs.stat(file);
        if (st.mtimeMs < cutoff) await fs.rm(file, { force: true });
      } catch {
        // Hygiene only: a temp file that cannot be removed is ignored on every open anyway.
      }
    }
  }
}

/**
 * Runs `task` over `items` with at most `limit` in flight. After a failure no new item starts; it
 * waits for the ones in flight, then rethrows the first error.
 */
export async function runLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      try {
        await task(items[next++] as T);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}
