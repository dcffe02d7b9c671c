/**
 * The fixity audit of one data folder's PC (issue 12 §4): a full pass on demand (`office.audit.run`,
 * `loket audit --data-dir`) and the scheduled pass — by default one every month, spread over daily
 * slices of about a twentieth of the bags each (the working days of a month), so a pass never loads
 * the PC at the counter for long. The schedule belongs to the app (never the CLI): its timers are
 * unref'd and stop with the core; the store's clock decides what is due. One run at a time. Each
 * check goes to this workstation's audit log on the share (auditLog.ts); the state to resume from
 * and the last full pass stay in the data folder (auditState.ts).
 */
import fs from 'node:fs/promises';
import { AppError } from '../../../shared/contract/result';
import type { AuditPass, AuditStatus } from '../../../shared/contract/features/office';
import { localDate } from '../../../shared/dates';
import type { Store } from '../store/openStore';
import { auditLogWriter, NO_AUDIT_LOG } from './auditLog';
import { loadAuditState, saveAuditState, type AuditState, type PassProgress } from './auditState';
import { auditSlice, newPass, targetOf, type SliceOptions } from './fixityAudit';
import { GoodCopies } from './goodCopies';
import { withShareTimeout } from './officeFiles';
import type { OfficeService } from './officeService';

export const AUDIT_PERIOD_DAYS = 30;
/** A scheduled pass is spread over this many daily slices: about the working days of a month. */
export const SLICES_PER_PASS = 20;
const DAY_MS = 86_400_000;
/** The first check waits until the app has started and the morning's first requests are in. */
const FIRST_CHECK_MS = 10 * 60_000;
const CHECK_EVERY_MS = 60 * 60_000;

export interface OfficeAuditDeps {
  store: Store;
  office: OfficeService;
  /** The backup folder of this PC (archive.json), where good copies of a data folder are found. */
  backupRoot: () => Promise<string>;
}

export class OfficeAudit {
  readonly #deps: OfficeAuditDeps;
  #queue: Promise<unknown> = Promise.resolve();
  #busy = 0;
  /** The pass being checked now, for the status. */
  #live: PassProgress | null = null;
  #lastError = '';
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;

  constructor(deps: OfficeAuditDeps) {
    this.#deps = deps;
  }

  get #dataDir(): string {
    return this.#deps.store.ctx.dataDir;
  }

  #now(): Date {
    return this.#deps.store.ctx.now();
  }

  async status(): Promise<AuditStatus> {
    const { root } = await this.#deps.office.status();
    const state = await loadAuditState(this.#dataDir);
    const current = this.#live ?? (state.current?.root === root ? state.current : null);
    return {
      root,
      last: state.last,
      current: current && { kind: current.kind, startedAt: current.startedAt, checked: current.checked, total: current.total, failed: current.failed },
      running: this.#busy > 0,
      nextPassAt: !root || current ? null : new Date(this.#nextPassMs(state, root)).toISOString(),
      periodDays: AUDIT_PERIOD_DAYS,
      lastError: this.#lastError,
    };
  }

  /** A full pass now (after a slice in progress); `loket audit` follows its progress and lists every problem. */
  runFull(options: Pick<SliceOptions, 'onBag' | 'listAtMost'> = {}): Promise<AuditPass> {
    return this.#exclusive(async () => {
      const prep = await this.#prepare();
      const p = newPass(prep.target.root, 'manual', this.#now().toISOString());
      this.#live = p;
      const pass = await auditSlice(p, { ...prep, ...options, limit: Number.POSITIVE_INFINITY, now: () => this.#now(), stopped: () => this.#stopped });
      if (!pass) throw new AppError('internal', 'audit.stoppedOnClose');
      // A full pass supersedes a scheduled one in progress: the next is due a period after this one.
      const state = await loadAuditState(this.#dataDir);
      await saveAuditState(this.#dataDir, { ...state, current: null, last: pass });
      return pass;
    });
  }

  /**
   * Today's slice of the scheduled pass, when due: none yet today, and a pass in progress or the
   * last one a period old. Returns whether a slice ran.
   */
  async runDueSlice(): Promise<boolean> {
    if (this.#busy > 0 || this.#stopped) return false;
    return this.#exclusive(async () => {
      const now = this.#now();
      const today = localDate(now, this.#deps.store.settings.get().timeZone);
      let state = await loadAuditState(this.#dataDir);
      const { root } = await this.#deps.office.status();
      if (!root || state.lastSliceDay === today) return false;
      let p = state.current?.root === root ? state.current : null;
      if (!p) {
        if (now.getTime() < this.#nextPassMs(state, root)) return false;
        p = newPass(root, 'scheduled', now.toISOString());
      }
      const prep = await this.#prepare();
      this.#live = p;
      const save = async (q: PassProgress) => {
        state = { ...state, current: q };
        await saveAuditState(this.#dataDir, state);
      };
      const limit = Math.max(1, Math.ceil(prep.target.bags.length / SLICES_PER_PASS));
      const pass = await auditSlice(p, { ...prep, limit, now: () => this.#now(), save, stopped: () => this.#stopped });
      state = { ...state, lastSliceDay: this.#stopped ? state.lastSliceDay : today, current: pass ? null : p, last: pass ?? state.last };
      await saveAuditState(this.#dataDir, state);
      return true;
    });
  }

  /** The app's schedule: a first check some minutes after start, then hourly. */
  start(): void {
    if (this.#timer || this.#stopped) return;
    const check = () => void this.runDueSlice().catch(() => undefined);
    this.#timer = setTimeout(() => {
      check();
      this.#timer = setInterval(check, CHECK_EVERY_MS);
      this.#timer.unref();
    }, FIRST_CHECK_MS);
    this.#timer.unref();
  }

  /** Stops the schedule; a slice or pass under way ends after its current bag, its progress kept. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#queue;
  }

  #nextPassMs(state: AuditState, root: string): number {
    const last = state.last?.root === root ? state.last : null;
    return last ? Date.parse(last.startedAt) + AUDIT_PERIOD_DAYS * DAY_MS : this.#now().getTime();
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.#busy += 1;
    const run = this.#queue.then(work).then(
      (value) => {
        this.#lastError = '';
        return value;
      },
      (e: unknown) => {
        this.#lastError = e instanceof AppError ? e.message : 'Audit gagal karena kesalahan yang tidak terduga. Bila berulang, laporkan ke petugas TI.';
        throw e;
      },
    ).finally(() => {
      this.#busy -= 1;
      this.#live = null;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The share read now: the catalogue synced, the bags listed, where good copies are, where to log. */
  async #prepare(): Promise<Omit<SliceOptions, 'limit' | 'now'>> {
    const office = this.#deps.office;
    const { root } = await office.status();
    if (!root) throw new AppError('invalid_input', 'office.noArchiveRoot');
    await withShareTimeout(fs.stat(root), root).catch((e: unknown) => {
      throw e instanceof AppError ? e : new AppError('storage', 'audit.archiveFolderAway', { root });
    });
    await office.sync();
    const st = await office.status();
    if (st.note) throw new AppError('storage', st.note);
    const settings = this.#deps.store.settings.get();
    const copies = new GoodCopies({ computers: new Map(st.workstations.map((w) => [w.code, w.computer])), backupRoot: await this.#deps.backupRoot(), zone: settings.timeZone });
    // This PC writes only its own log; while another PC holds its code, that file is not its own.
    const log = st.conflict ? NO_AUDIT_LOG : auditLogWriter(root, settings.workstationCode);
    const logNote = st.conflict ? `Tidak dicatat di log audit drive bersama: ${st.conflict}` : '';
    return { target: targetOf(root, office.catalogue), zone: settings.timeZone, copies, log, logNote };
  }
}

