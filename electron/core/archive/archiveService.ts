/**
 * The export of closed cases to the archive on the shared drive (issue 5 §4; SOP step 9): closing a
 * case queues its export; an attempt builds the bag (caseBag), publishes it atomically (publishBag)
 * and records the result in the outbox. A missing, read-only or full destination leaves the case
 * `waiting` with the reason and the next retry (backoff 1 → 30 minutes); the desktop app retries on a
 * timer, the CLI only when asked. Every state change emits `archive.changed`.
 */
import { agencyProfileSchema } from '../../../shared/domain/settings';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import type { BagReport } from '../../../shared/contract/features/archive';
import type { ExportStatus } from '../../../shared/domain/archive';
import type { CaseRecord } from '../../../shared/domain/case';
import { localDate } from '../../../shared/dates';
import { trailHeadOf } from '../../../shared/domain/trailHead';
import type { HostKind } from '../core';
import { DamagedBlobError } from '../documents/blobStore';
import type { DocumentService } from '../documents/service';
import type { CoreEvents } from '../events';
import type { LetterArchiveSource } from '../letters/archiveLetter';
import { LETTERS_REGISTER_FILE } from '../letters/register';
import type { OfficeService } from '../office/officeService';
import type { Store } from '../store/openStore';
import type { ArchiveSettingsFile } from './archiveSettingsFile';
import { bagBaseName } from './bagName';
import { caseBagPlan, closedAt, sourceFingerprint } from './caseBag';
import { EXPORTS_FILE, ExportOutbox, toStatus, type OutboxEntry } from './exportOutbox';
import { destinationError, publishBag } from './publishBag';
import { findPublishedCopy } from './publishedCopy';
import { withCatalogueCopy } from '../office/catalogueCopy';
import { trailCopiesIn } from './trailHeadCopies';
import { verifyArchiveBag } from './verifyArchiveBag';

export interface ArchiveServiceDeps {
  store: Store;
  documents: Pick<DocumentService, 'archivalPdf'>;
  letters: LetterArchiveSource;
  settings: ArchiveSettingsFile;
  events: CoreEvents;
  host: HostKind;
  /** "Loket Akun SPSE 0.5.0" for Bag-Software-Agent. */
  softwareAgent: string;
  /** The office on the share: the workstation claim before an export, the catalogue line after it (issue 12). */
  office?: Pick<OfficeService, 'ensureClaim' | 'published'>;
  /** Progress of the payload being written (tests use it to pull the drive away mid-export). */
  onPayloadWritten?: (caseId: string, done: number, total: number) => Promise<void> | void;
}

export interface ExportOptions {
  /** Archive root for this export only (`loket export --to`); the configured one otherwise. */
  root?: string;
}

const MINUTE = 60_000;

const withTrailHead = (record: CaseRecord) => {
  const head = trailHeadOf(record.events);
  return head ? { trailHead: head } : {};
};
/** Retry after 1, 2, 4, 8, 16, then every 30 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30 * MINUTE, MINUTE * 2 ** Math.max(0, attempts - 1));
}

export class ArchiveService {
  readonly outbox: ExportOutbox;
  readonly #deps: ArchiveServiceDeps;
  /** Per case: the attempt running now (a second request waits for it, then runs). */
  readonly #queues = new Map<string, Promise<unknown>>();
  #timer: NodeJS.Timeout | undefined;
  #closed = false;
  readonly #unsubscribe: () => void;

  constructor(deps: ArchiveServiceDeps) {
    this.#deps = deps;
    this.outbox = new ExportOutbox(deps.store.ctx);
    // SOP step 9 completed → the case is closed → its export is queued by itself. Only in the app:
    // a CLI command exports when asked, and the app queues what the CLI closed when it next starts.
    this.#unsubscribe = deps.host === 'cli' ? () => undefined : deps.events.on('cases.changed', ({ ids }) => {
      for (const id of ids) void this.#onCaseChanged(id).catch(() => undefined);
    });
    if (deps.host !== 'cli')
      void this.outbox.load().then(async () => {
        await this.#queue(this.#unqueued());
        this.#schedule();
      }).catch(() => undefined);
  }

  /** Closed cases with no outbox entry yet (closed by `loket demo`, or before this version). */
  #unqueued(): string[] {
    const ids: string[] = [];
    for (let offset = 0; ; ) {
      const page = this.#deps.store.cases.list({ text: '', status: ['closed'], kind: [], receivedFrom: '', receivedTo: '', offset, limit: 1000 });
      ids.push(...page.items.map((c) => c.id).filter((id) => !this.outbox.get(id)));
      offset += page.items.length;
      if (page.items.length === 0 || offset >= page.total) return ids;
    }
  }

  /** Puts cases in the outbox as waiting, due now (one write for all of them). */
  async #queue(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const due = this.#deps.store.ctx.now().toISOString();
    const entries: OutboxEntry[] = [];
    for (const id of ids) entries.push({ ...this.#fresh(await this.#deps.store.cases.get(id), 'waiting'), nextRetryAt: due });
    await this.outbox.putMany(entries);
    this.#deps.events.emit('archive.changed', { ids: [...ids] });
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#unsubscribe();
    if (this.#timer) clearTimeout(this.#timer);
    await Promise.allSettled([...this.#queues.values()]);
  }

  async status(id: string): Promise<ExportStatus> {
    await this.outbox.load();
    const e = this.outbox.get(id);
    if (e) return toStatus(e);
    const record = await this.#deps.store.cases.get(id);
    return toStatus(this.#fresh(record, record.status === 'closed' ? 'waiting' : 'not_closed'));
  }

  async waiting(): Promise<OutboxEntry[]> {
    await this.outbox.load();
    return this.outbox.all().filter((e) => e.state === 'waiting' || e.state === 'exporting');
  }

  /** Tries the export now (after any attempt already running for this case). */
  export(id: string, options: ExportOptions = {}): Promise<ExportStatus> {
    if (this.#closed) return Promise.reject(new AppError('internal', 'archive.serviceClosed'));
    const prev = this.#queues.get(id) ?? Promise.resolve();
    const run = prev.catch(() => undefined).then(() => this.#attempt(id, options));
    this.#queues.set(id, run);
    const done = () => {
      if (this.#queues.get(id) === run) this.#queues.delete(id);
    };
    run.then(done, done);
    return run;
  }

  async retryAll(): Promise<{ attempted: number; exported: number; waiting: number }> {
    await this.outbox.load();
    await this.#queue(this.#unqueued());
    const ids = (await this.waiting()).map((e) => e.caseId);
    let exported = 0;
    for (const id of ids) if ((await this.export(id)).state === 'exported') exported += 1;
    return { attempted: ids.length, exported, waiting: ids.length - exported };
  }

  /** Re-verifies the latest bag of a case where it sits on the shared drive. */
  async verify(id: string, options: ExportOptions = {}): Promise<BagReport> {
    await this.outbox.load();
    const bag = this.outbox.get(id)?.bags.at(-1);
    if (!bag) throw new AppError('not_found', 'archive.notExportedYet');
    const root = options.root ?? (await this.#deps.settings.load()).archiveRoot;
    if (!root) throw new AppError('invalid_input', 'archive.noRoot');
    // This data folder's export record and letters register are copies of the trail head the share cannot reach.
    // They are read from disk once the writes queued on them have landed: archive.status answers from
    // memory while the outbox's save of "exported" may still be under way.
    const { ctx } = this.#deps.store;
    await Promise.all([EXPORTS_FILE, LETTERS_REGISTER_FILE].map((file) => ctx.queues.run(path.join(ctx.dataDir, file), () => Promise.resolve())));
    return verifyArchiveBag(path.join(root, ...bag.path.split('/')), (pdf) => this.#deps.letters.readStamp(pdf), withCatalogueCopy(await trailCopiesIn(ctx.dataDir)));
  }

  #fresh(record: CaseRecord, state: OutboxEntry['state']): OutboxEntry {
    return {
      caseId: record.id, caseNumber: record.caseNumber, name: record.intake.requester.name, state, attempts: 0, lastError: '', lastAttemptAt: null,
      nextRetryAt: null, bags: [],
    };
  }

  async #save(entry: OutboxEntry): Promise<void> {
    await this.outbox.put(entry);
    this.#deps.events.emit('archive.changed', { ids: [entry.caseId] });
  }

  async #onCaseChanged(id: string): Promise<void> {
    if (this.#closed) return;
    await this.outbox.load();
    if (this.outbox.get(id)) return;
    // The in-memory register knows the status: no file is read on every save of an open case.
    if (this.#deps.store.cases.register.get(id)?.summary.status !== 'closed') return;
    // Durable first: the case is in the outbox even if the app stops before the attempt.
    await this.#queue([id]);
    await this.export(id);
  }

  async #attempt(id: string, options: ExportOptions): Promise<ExportStatus> {
    await this.outbox.load();
    let record = await this.#deps.store.cases.get(id);
    if (record.status !== 'closed')
      throw new AppError('conflict', 'archive.notClosed');
    const now = () => this.#deps.store.ctx.now();
    let entry: OutboxEntry = { ...(this.outbox.get(id) ?? this.#fresh(record, 'waiting')) };
    entry = { ...entry, state: 'exporting', attempts: entry.attempts + 1, lastAttemptAt: now().toISOString() };
    await this.#save(entry);
    try {
      const root = options.root ?? (await this.#deps.settings.load()).archiveRoot;
      if (!root) throw new AppError('invalid_input', 'archive.noRootForExport');
      // The bag names the agency (bag-info Source-Organization, Organization-Address): never an empty or made-up one (issue 10 §2).
      if (!agencyProfileSchema.safeParse(this.#deps.store.settings.get().agency).success)
        throw new AppError('invalid_input', 'archive.agencyIncomplete');
      // The drive first: a missing share is the common failure, and it needs no PDF work to find out.
      await fs.stat(root).then((st) => {
        if (!st.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      }).catch((e: unknown) => {
        throw destinationError(e, root);
      });
      // Issue 12 §3: a second PC with this workstation code would publish bags under the same names.
      await this.#deps.office?.ensureClaim(root).catch((e: unknown) => {
        throw destinationError(e, root);
      });
      const letters = await this.#deps.letters.lettersForArchive(record);
      // Issuing missing letters may have saved the case: fingerprint what the bag will hold.
      record = await this.#deps.store.cases.get(id);
      const fingerprint = sourceFingerprint(record, letters);
      const latest = entry.bags.at(-1);
      const present = latest && (await fs.stat(path.join(root, ...latest.path.split('/'), 'bagit.txt')).then(() => true, () => false));
      if (!latest || latest.sourceHash !== fingerprint || !present) {
        const settings = this.#deps.store.settings.get();
        const at = now();
        const closedDay = localDate(new Date(closedAt(record)), settings.timeZone);
        const where = { root, year: closedDay.slice(0, 4), baseName: bagBaseName(record.caseNumber, closedDay), fromVersion: (latest?.version ?? 0) + 1 };
        // Published before a crash kept it out of exports.json: recorded as it is, never again as _vN+1.
        const published =
          (await findPublishedCopy({ ...where, record, letters }).catch(() => null)) ??
          (await publishBag({
            ...where,
            plan: await caseBagPlan({
              record, letters, documentPdf: (r, docId) => this.#deps.documents.archivalPdf(r, docId), agency: settings.agency, zone: settings.timeZone,
              archive: await this.#deps.settings.load(), softwareAgent: this.#deps.softwareAgent, now: at,
            }),
            onPayloadWritten: (done, total) => this.#deps.onPayloadWritten?.(id, done, total),
          }));
        entry.bags = [...entry.bags, {
          version: published.version, path: published.path, exportedAt: at.toISOString(), payloadOxum: published.payloadOxum,
          tagManifestSha256: published.tagManifestSha256, sourceHash: fingerprint,
          // The head of the trail the bag carries (the record it was made from): a copy out of the share's reach.
          ...withTrailHead(record),
        }];
        // The office catalogue's line (issue 12 §1). The bag is published either way; a line that
        // could not be written is appended by the next sync from exports.json.
        await this.#deps.office
          ?.published(root, record, { bag: published.path, version: published.version, payloadOxum: published.payloadOxum, tagManifestSha256: published.tagManifestSha256, publishedAt: at.toISOString() })
          .catch(() => undefined);
      }
      entry = { ...entry, state: 'exported', lastError: '', nextRetryAt: null };
    } catch (e) {
      entry = {
        ...entry,
        state: 'waiting',
        lastError:
          e instanceof DamagedBlobError
            ? `Arsip elektronik berkas ${record.caseNumber} (${record.id}) tidak dibuat: ${e.message}`
            : e instanceof AppError
              ? e.message
              : 'Ekspor gagal karena kesalahan tak terduga. Ekspor akan dicoba lagi; bila berulang, laporkan ke petugas TI.',
        nextRetryAt: new Date(now().getTime() + retryDelayMs(entry.attempts)).toISOString(),
      };
    }
    await this.#save(entry);
    this.#schedule();
    return toStatus(entry);
  }

  /** One timer for the earliest retry; the desktop app only (a CLI command exits when done). */
  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#closed || this.#deps.host === 'cli') return;
    const due = this.outbox.all().filter((e) => e.state === 'waiting' && e.nextRetryAt).map((e) => Date.parse(e.nextRetryAt as string));
    if (due.length === 0) return;
    const delay = Math.min(Math.max(1000, Math.min(...due) - this.#deps.store.ctx.now().getTime()), 2 ** 31 - 1);
    this.#timer = setTimeout(() => void this.#retryDue(), delay);
    this.#timer.unref();
  }

  async #retryDue(): Promise<void> {
    const t = this.#deps.store.ctx.now().getTime();
    for (const e of await this.waiting()) if (!this.#closed && e.nextRetryAt && Date.parse(e.nextRetryAt) <= t) await this.export(e.caseId).catch(() => undefined);
    this.#schedule();
  }
}

const services = new WeakMap<Store, ArchiveService>();

export function openArchive(deps: ArchiveServiceDeps): ArchiveService {
  const s = new ArchiveService(deps);
  services.set(deps.store, s);
  return s;
}

/** The archive service of an open store (`loket export` uses it with its own `--to`). */
export function archiveOf(store: Store): ArchiveService {
  const s = services.get(store);
  if (!s) throw new Error('archiveOf: archive service not opened for this store');
  return s;
}
