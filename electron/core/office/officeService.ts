/**
 * The office on the shared drive for one data folder (issue 12; docs/office.md): keeps this PC's
 * claim of its workstation code, publishes its catalogue entries, reads everyone's catalogues and
 * answers the office-wide search. A share that is gone or crawls never fails a search: the answer
 * then comes from the local cache with a note saying how old it is (issue 12 §6).
 */
import { AppError } from '../../../shared/contract/result';
import { summarize, type CaseRecord } from '../../../shared/domain/case';
import { summaryOfEntry, type ArchivedCase, type CatalogueEntry, type IncomingHandover, type OfficeMatch, type OfficeQuery, type OfficeStatus, type WorkstationClaim } from '../../../shared/domain/office';
import { formatWaktu } from '../../../shared/dates';
import { normalizeNip } from '../../../shared/nip';
import { normalizeFor } from '../../../shared/domain/workflowCompare';
import type { ArchiveSearch } from '../../../shared/domain/trailPayloads';
import type { Store } from '../store/openStore';
import { errnoCode } from '../store/storageError';
import fs from 'node:fs/promises';
import { writeFileDurable } from '../store/durableWrite';
import { entryOfBag, entryOfRecord, workstationOfCase, type PublishedFacts } from './bagEntry';
import { listBags, OfficeCatalogue } from './officeCatalogue';
import { appendCatalogue, catalogueLogPath, catalogueSnapshotPath, ensureOfficeDir, withShareTimeout } from './officeFiles';
import { claimWorkstation, installIdOf, listClaims } from './workstationClaims';
import { handoverProgress, incomingPackages, markHandedOver, publishPackage, receivePackage, removeReceivedPackages, type HandoverContext } from './handover';
import { handedOverTo } from '../../../shared/domain/workflowFold';
import type { MessageRef } from '../../../shared/messages/format';
import { readArchivedCase, readBagPdf } from './archivedCase';

/** A search reads the share again when the last read is older than this. */
const FRESH_MS = 30_000;
/** Matches returned per search at most (newest first). */
const MAX_MATCHES = 50;

export interface OfficeDeps {
  store: Store;
  archiveRoot: () => Promise<string>;
  /** The bags this data folder exported (exports.json), to put back any its catalogue lacks. */
  exportedBags: () => Promise<{ path: string; exportedAt: string }[]>;
  /** Step timers and turnaround of a record, as the case page computes them (workflow engine). */
  timing: (record: CaseRecord) => ArchivedCase['timing'];
}

/** What the admin is told when the share does not answer while an archived case is opened. */
const OPEN_LATE: MessageRef = { key: 'office.archivedNotShownYet' };

export interface FindResult {
  matches: OfficeMatch[];
  /** '' when the share was read now; else why not and how old the answer is. */
  note: string;
  /** Whether the office archive was searched now (step 5 records it: docs/sop.md §Decided: Step 5 sources). */
  archive: ArchiveSearch;
}

export class OfficeService {
  readonly #deps: OfficeDeps;
  readonly catalogue: OfficeCatalogue;
  #claims: WorkstationClaim[] = [];
  /** The known conflict over this PC's code ('' none), from the last claim check. */
  #conflict = '';
  #note = '';
  #lastSyncMs = 0;
  #running: Promise<void> | null = null;
  /** An archive root given on the command line instead of the configured one. */
  #rootOverride: string | undefined;

  constructor(deps: OfficeDeps) {
    this.#deps = deps;
    this.catalogue = new OfficeCatalogue(deps.store.ctx.dataDir);
  }

  async #root(): Promise<string> {
    return this.#rootOverride ?? (await this.#deps.archiveRoot());
  }

  get #now(): Date {
    return this.#deps.store.ctx.now();
  }

  #code(): string {
    return this.#deps.store.settings.get().workstationCode;
  }

  /** Issue 12 §3: numbering a case while another PC holds this code would give both the same numbers. */
  assertCanNumber(): void {
    if (this.#conflict) throw new AppError('conflict', this.#conflict);
  }

  /** Claims this PC's code on `root` (export and sync); throws `conflict` naming the other PC. */
  async ensureClaim(root: string, takeOver = false): Promise<void> {
    const code = this.#code();
    try {
      await claimWorkstation({ root, code, installId: await installIdOf(this.#deps.store.ctx.dataDir), now: this.#now, takeOver, zone: this.#deps.store.settings.get().timeZone });
      this.#conflict = '';
    } catch (e) {
      if (e instanceof AppError && e.code === 'conflict') this.#conflict = e.message;
      throw e;
    }
  }

  /** `office.claim`: claims (or takes over) this PC's code on the archive root, then reads the office. */
  async claim(takeOver: boolean): Promise<OfficeStatus> {
    const root = await this.#root();
    if (!root) throw new AppError('invalid_input', 'office.noArchiveRoot');
    await withShareTimeout(this.ensureClaim(root, takeOver), root);
    await this.sync();
    return this.status();
  }

  /** Reads the share now (one read at a time; a caller arriving meanwhile waits for it). */
  sync(): Promise<void> {
    this.#running ??= this.#sync().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #sync(): Promise<void> {
    const root = await this.#root();
    if (!root) {
      this.#note = '';
      return;
    }
    try {
      await withShareTimeout(this.#syncShare(root), root);
      this.#note = '';
      this.#lastSyncMs = this.#now.getTime();
    } catch (e) {
      this.#note = shareNote(e, root, this.catalogue.view().syncedAt, this.#deps.store.settings.get().timeZone);
    }
  }

  async #syncShare(root: string): Promise<void> {
    await this.ensureClaim(root).catch((e: unknown) => {
      // A conflict is remembered (numbering and export refuse) but does not stop reading the office.
      if (!(e instanceof AppError && e.code === 'conflict')) throw e;
    });
    await this.catalogue.sync(root, this.#now.toISOString());
    this.#deps.store.cases.reserveIds(this.catalogue.entries().map((e) => e.caseId));
    this.#claims = await listClaims(root);
    await this.#reconcileOwn(root);
    // Packages of hand-overs the receiver has confirmed are no longer needed.
    if (!this.#conflict) await removeReceivedPackages(root, this.#code());
  }

  /**
   * Bags this PC exported that its catalogue does not name (the share went away between the
   * publish and the append, or the catalogue was lost): appended from the bags themselves.
   */
  async #reconcileOwn(root: string): Promise<void> {
    if (this.#conflict) return;
    const code = this.#code();
    const mine = new Set(this.catalogue.logOf(code).map((e) => e.bag));
    const missing: CatalogueEntry[] = [];
    for (const b of await this.#deps.exportedBags()) {
      if (mine.has(b.path)) continue;
      const e = await entryOfBag(root, b.path, b.exportedAt);
      if (e) missing.push({ ...e, workstation: code });
    }
    if (missing.length === 0) return;
    await appendCatalogue(root, code, missing);
    this.catalogue.noteAppended(missing);
  }

  /**
   * Rewrites this workstation's catalogue from its bags on the share (`loket catalogue rebuild`):
   * the bags its data folder exported and those of cases it numbered. Only its own file.
   */
  async rebuildOwn(root: string): Promise<{ code: string; entries: number }> {
    const code = this.#code();
    await this.ensureClaim(root);
    const exported = new Set((await this.#deps.exportedBags()).map((b) => b.path));
    const entries: CatalogueEntry[] = [];
    for (const bag of await listBags(root)) {
      const e = await entryOfBag(root, bag);
      if (e && (exported.has(bag) || workstationOfCase(e.caseId) === code)) entries.push({ ...e, workstation: code });
    }
    await ensureOfficeDir(root, 'catalogue');
    await writeFileDurable(catalogueLogPath(root, code), entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    // The old snapshot describes the old file.
    await fs.rm(catalogueSnapshotPath(root, code), { force: true });
    return { code, entries: entries.length };
  }

  #handoverContext(root: string): HandoverContext {
    const cases = this.#deps.store.cases;
    return { store: this.#deps.store, root, code: this.#code(), operator: cases.activeOperator(), source: cases.activeSource() === 'cli' ? 'cli' : 'app' };
  }

  async #requireRoot(): Promise<string> {
    const root = await this.#root();
    if (!root) throw new AppError('invalid_input', 'office.noArchiveRoot');
    return root;
  }

  /**
   * "Serahkan ke komputer lain" (issue 12 §5): the case becomes read-only here, then its package goes to
   * the share. The share is read first, so a share that is away leaves the case as it was; a share
   * lost after the marking is told, and handing over again resumes.
   */
  async handOver(id: string, to: string): Promise<{ caseNumber: string; to: string }> {
    const root = await this.#requireRoot();
    const code = this.#code();
    if (to === code) throw new AppError('invalid_input', 'office.handOverToSelf', undefined, { to: { key: 'office.pickOtherWorkstation' } });
    await withShareTimeout(this.#syncShare(root), root).catch((e: unknown) => {
      throw e instanceof AppError ? e : new AppError('storage', `${shareProblem(e, root)}. Berkas tidak diserahkan dan tetap dapat dikerjakan di komputer ini.`);
    });
    if (this.#conflict) throw new AppError('conflict', this.#conflict);
    if (!this.#claims.some((c) => c.code === to))
      throw new AppError('invalid_input', 'office.unknownWorkstation', { to }, { to: { key: 'office.unknownWorkstationField' } });
    const ctx = this.#handoverContext(root);
    let record = await this.#deps.store.cases.get(id);
    const already = handedOverTo(record.events);
    if (already && already !== to) throw new AppError('conflict', 'office.alreadyHandedOver', { caseNumber: record.caseNumber, already });
    if (!already) record = await markHandedOver(ctx, id, to);
    try {
      await withShareTimeout(publishPackage(ctx, record), root);
    } catch (e) {
      const why = e instanceof AppError ? e.message : errnoCode(e) ?? 'kesalahan tak terduga';
      throw new AppError(
        'storage',
        `Berkas ${record.caseNumber} sudah ditandai diserahkan ke ${to} (di komputer ini tidak dapat diubah lagi), tetapi paketnya belum tersimpan di drive bersama: ${why}. Ulangi "Serahkan ke komputer lain" setelah drive tersambung; berkas tetap utuh di komputer ini.`,
      );
    }
    return { caseNumber: record.caseNumber, to };
  }

  /** Where a hand-over from here stands: its package on the share, received (and when), or neither (to resume). */
  async handoverStatus(id: string): Promise<{ to: string; published: boolean; receivedAt: string | null }> {
    const record = await this.#deps.store.cases.get(id);
    const to = handedOverTo(record.events) ?? '';
    const root = await this.#root();
    if (!to || !root) return { to, published: false, receivedAt: null };
    return withShareTimeout(handoverProgress(root, record), root).catch(() => ({ to, published: false, receivedAt: null }));
  }

  /** Cases other workstations handed over to this one, waiting to be received. */
  async incoming(): Promise<{ items: IncomingHandover[]; note: string }> {
    const root = await this.#root();
    if (!root) return { items: [], note: '' };
    try {
      const packages = await withShareTimeout(incomingPackages(root, this.#code()), root);
      return { items: packages.map(({ caseId, caseNumber, from, computer, at, requesterName, step }) => ({ caseId, caseNumber, from, computer, at, requesterName, step })), note: '' };
    } catch (e) {
      return { items: [], note: e instanceof AppError ? e.message : `Folder arsip ${root} tidak dapat dibaca; penyerahan berkas dari komputer lain belum terlihat.` };
    }
  }

  /** Takes a handed-over case after verifying it (handover.ts). */
  async receive(caseId: string): Promise<CaseRecord> {
    const root = await this.#requireRoot();
    this.assertCanNumber();
    return withShareTimeout(receivePackage(this.#handoverContext(root), caseId), root, 60_000).catch((e: unknown) => {
      throw e instanceof AppError ? e : new AppError('storage', `${shareProblem(e, root)}. Berkas belum diterima; tidak ada yang disimpan setengah jadi. Coba lagi setelah drive tersambung.`);
    });
  }

  /** After a bag is published: this PC's catalogue line for it (the export stays done if this fails; the next sync appends it). */
  async published(root: string, record: CaseRecord, facts: PublishedFacts): Promise<void> {
    const entry = entryOfRecord(record, this.#code(), facts);
    await appendCatalogue(root, this.#code(), [entry]);
    this.catalogue.noteAppended([entry]);
  }

  /** The office as last seen (no share I/O). */
  async status(): Promise<OfficeStatus> {
    const root = await this.#root();
    if (root) await this.catalogue.load(root);
    const v = this.catalogue.view();
    const code = this.#code();
    const uncatalogued = v.uncatalogued;
    return {
      root,
      syncedAt: v.syncedAt,
      note: this.#note,
      workstations: this.#claims.map((c) => ({ code: c.code, computer: c.computer, claimedAt: c.claimedAt, mine: c.code === code && !this.#conflict })),
      conflict: this.#conflict,
      bags: v.bags.length,
      uncatalogued: uncatalogued.slice(0, 50),
      uncataloguedCount: uncatalogued.length,
      missingBags: v.missingBags.slice(0, 50),
      damaged: v.damaged,
    };
  }

  /**
   * The office's bags as the catalogue names them, after reading the share now (issue 11 §5: the
   * report over the office archive reads the bags themselves, so a share that is away is an error).
   */
  async readArchive(): Promise<{ root: string; entries: readonly CatalogueEntry[] }> {
    const root = await this.#requireRoot();
    await this.sync();
    if (this.#note)
      throw new AppError('storage', 'office.shareAwayForReport', { root });
    return { root, entries: this.catalogue.entries() };
  }

  /** Reads another archive root than the configured one from now on (`loket find --archive`). */
  useRoot(root: string): void {
    this.#rootOverride = root;
  }

  /**
   * An archived case from its bag on the share, read-only (issue 12 §2): `bag` as a search named it.
   * Compared with the catalogue line as this PC last read it; nothing is written anywhere.
   */
  async openBag(bag: string): Promise<ArchivedCase> {
    const root = await this.#requireRoot();
    await this.catalogue.load(root);
    const recorded = this.catalogue.catalogued().get(bag) ?? null;
    const computers = new Map(this.#claims.map((c) => [c.code, c.computer]));
    const zone = this.#deps.store.settings.get().timeZone;
    return withShareTimeout(readArchivedCase(root, bag, { recorded, computerOf: (code) => computers.get(code) ?? '', zone, timing: this.#deps.timing }), root, undefined, OPEN_LATE);
  }

  /** One PDF of a bag's data/ (`file` as `openBag` listed it), for the viewer. */
  async bagPdf(bag: string, file: string): Promise<Uint8Array> {
    const root = await this.#requireRoot();
    return withShareTimeout(readBagPdf(root, bag, file), root, undefined, OPEN_LATE);
  }

  /** Office-wide search (issue 12 §2): this PC's store and every bag of the office archive. */
  async find(q: OfficeQuery, options: { excludeId?: string } = {}): Promise<FindResult> {
    const root = await this.#root();
    if (root && this.#now.getTime() - this.#lastSyncMs > FRESH_MS) await this.sync();
    else if (root) await this.catalogue.load(root);
    const want = matcher(q);
    const matches: OfficeMatch[] = [];
    const seen = new Set<string>(options.excludeId ? [options.excludeId] : []);
    const local = [...this.#deps.store.cases.register.rows()]
      .map((r) => r.summary)
      .map((s) => ({ s, on: want({ nip: s.nip, userId: s.userId, name: s.name, caseNumber: s.caseNumber, id: s.id }) }))
      .filter((x) => x.on.length > 0 && !seen.has(x.s.id))
      .sort((a, b) => b.s.receivedAt.localeCompare(a.s.receivedAt))
      .slice(0, MAX_MATCHES);
    for (const { s, on } of local) {
      seen.add(s.id);
      const record = await this.#deps.store.cases.get(s.id);
      matches.push({ source: 'local', workstation: this.#code(), bag: '', summary: summarize(record), requester: { ...record.intake.requester }, matchedOn: on });
    }
    if (root) {
      // Newest case first; of a case exported twice (v1, v2), the newest bag.
      // A NIP alone is looked up in the catalogue's NIP index; anything else scans every entry.
      const candidates = q.nip && !q.userId && !q.text ? this.catalogue.byNip(normalizeNip(q.nip)) : this.catalogue.entries();
      const archived = candidates
        .map((e) => ({ e, on: want({ ...e.requester, caseNumber: e.caseNumber, id: e.caseId }) }))
        .filter((x) => x.on.length > 0)
        .sort((a, b) => b.e.receivedAt.localeCompare(a.e.receivedAt) || b.e.version - a.e.version || b.e.bag.localeCompare(a.e.bag));
      for (const { e, on } of archived) {
        if (seen.has(e.caseId) || matches.length >= MAX_MATCHES * 2) continue;
        seen.add(e.caseId);
        matches.push({ source: 'archive', workstation: e.workstation, bag: e.bag, summary: summaryOfEntry(e), requester: e.requester, matchedOn: on });
      }
    }
    return { matches, note: this.#note, archive: !root ? 'not_configured' : this.#note ? 'unreachable' : 'searched' };
  }
}

type Who = { nip: string; userId: string; name: string; caseNumber: string; id: string };

/**
 * What a query matches on: NIP exactly, User ID without case, every name word (titles and case
 * ignored), and the text as a whole case number or id (an old receipt in hand).
 */
function matcher(q: OfficeQuery): (who: Who) => OfficeMatch['matchedOn'] {
  const nip = q.nip ? normalizeNip(q.nip) : '';
  const userId = q.userId.toLowerCase();
  const words = q.text ? normalizeFor('name', q.text).split(' ').filter((w) => w !== '') : [];
  const number = q.text.trim().toLowerCase();
  return (who) => {
    const on: OfficeMatch['matchedOn'] = [];
    if (number && (who.caseNumber.toLowerCase() === number || who.id.toLowerCase() === number)) on.push('caseNumber');
    if (nip && normalizeNip(who.nip) === nip) on.push('nip');
    if (userId && who.userId.toLowerCase() === userId) on.push('userId');
    if (words.length > 0) {
      const name = ` ${normalizeFor('name', who.name)} `;
      if (words.every((w) => name.includes(` ${w}`))) on.push('name');
    }
    return on;
  };
}

/** What went wrong with the share, in words (no final full stop). */
function shareProblem(e: unknown, root: string): string {
  if (e instanceof AppError) return e.message.split('. ')[0] ?? e.message;
  const code = errnoCode(e);
  return code === 'ENOENT' || code === 'ENOTDIR' ? `Folder arsip ${root} tidak dapat dibuka (drive bersama terputus?)` : `Folder arsip ${root} tidak dapat dibaca${code ? ` (${code})` : ''}`;
}

/** Why the share was not read, and how old the answer is. */
function shareNote(e: unknown, root: string, syncedAt: string | null, zone: Parameters<typeof formatWaktu>[1]): string {
  const age = syncedAt ? `Hasil dari salinan terakhir di komputer ini (${formatWaktu(syncedAt, zone)}).` : 'Belum ada salinan di komputer ini; berkas di arsip belum ikut dicari.';
  return `${shareProblem(e, root)}. ${age}${e instanceof AppError ? '' : ' Periksa sambungan lalu muat ulang.'}`;
}

export type { FindResult as OfficeFindResult };
