/**
 * The hot folder: the office MFP scans into a shared folder; this watches it and copies each finished
 * file into the inbox (docs/reference.md §5).
 * - Discovery: chokidar events (polling when the folder is on a network share, where file events are
 *   unreliable), plus a directory sweep every poll interval as a safety net.
 * - A file is taken only once its size and mtime are stable for `stableSeconds` (stability.ts) and it
 *   reads back unchanged; system, hidden and temp files are ignored (ignoreRules.ts).
 * - Safety: the copy is fsynced into the inbox before the original is touched; the original is then
 *   moved into `diambil/` (or left, and remembered so it is not taken twice). Nothing is deleted.
 * - The folder may vanish (USB drive pulled, share offline): status `unavailable`, retried every poll
 *   interval; files not yet taken simply wait in the folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { HotFolderStatus, ScanningSettings } from '../../../../shared/contract/features/scanning';
import { sha256Hex } from '../blobStore';
import { sanitizeFileName } from '../names';
import { errnoCode } from '../../store/storageError';
import type { Inbox } from './inbox';
import { TAKEN_FOLDER, isIgnoredName } from './ignoreRules';
import { SNIFF_BYTES, inboxMediaType } from './mediaType';
import { StabilityTracker } from './stability';

export type HotFolderSettings = ScanningSettings['hotFolder'];

export interface HotFolderWatcherOptions {
  inbox: Inbox;
  now: () => Date;
  /** Largest file taken; bigger ones stay in the folder with a notice (the import's limit). */
  maxBytes: number;
  onStatus: (status: HotFolderStatus) => void;
  onTaken: (count: number) => void;
}

/** Network paths (\\server\share, //server/share): file events are unreliable there, so poll. */
export function isNetworkPath(p: string): boolean {
  return /^(\\\\|\/\/)[^\\/]/.test(p);
}

export class HotFolderWatcher {
  #settings: HotFolderSettings | null = null;
  #watcher: FSWatcher | null = null;
  #timer: NodeJS.Timeout | null = null;
  #tracker = new StabilityTracker(5000);
  /** Files found too big or unreadable: not retried until they change (key: name|size|mtime). */
  readonly #refused = new Set<string>();
  #status: HotFolderStatus;
  /** The state's own message; `#notice` (a file left behind, a failed copy) is appended while watching. */
  #baseMessage = '';
  #notice = '';
  #busy = false;
  #lastSweep = 0;
  #generation = 0;

  constructor(private readonly options: HotFolderWatcherOptions) {
    this.#status = { state: 'off', path: '', message: 'Folder pindai tidak aktif.', since: options.now().toISOString(), lastTakenAt: null, pending: 0 };
  }

  get status(): HotFolderStatus {
    return this.#status;
  }

  /** (Re)starts with new settings; off when disabled. */
  async configure(settings: HotFolderSettings): Promise<HotFolderStatus> {
    await this.stop();
    this.#settings = settings;
    this.#tracker = new StabilityTracker(settings.stableSeconds * 1000);
    this.#refused.clear();
    this.#notice = '';
    if (!settings.enabled || settings.path === '') {
      this.#setStatus('off', 'Folder pindai tidak aktif.');
      return this.#status;
    }
    await this.#attach();
    this.#schedule();
    return this.#status;
  }

  /** Checks the folder again now (the admin plugged the drive back in). */
  async retry(): Promise<HotFolderStatus> {
    if (!this.#settings?.enabled) return this.#status;
    this.#refused.clear();
    this.#notice = '';
    if (this.#status.state === 'watching') this.#setStatus('watching', this.#baseMessage);
    else await this.#attach();
    await this.#tick(true);
    return this.#status;
  }

  async stop(): Promise<void> {
    this.#generation += 1;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#detach();
    // Let a take in progress finish: its copy is fsynced before the original moves.
    while (this.#busy) await new Promise((r) => setTimeout(r, 20));
  }

  #folder(): string {
    return path.resolve(this.#settings?.path ?? '');
  }

  #polling(): boolean {
    const s = this.#settings;
    return Boolean(s && (s.usePolling || isNetworkPath(s.path)));
  }

  async #attach(): Promise<void> {
    const folder = this.#folder();
    try {
      const st = await fs.stat(folder);
      if (!st.isDirectory()) {
        this.#setStatus('error', `"${folder}" bukan folder. Pilih folder tujuan pindai mesin fotokopi/pemindai di Pengaturan.`);
        return;
      }
      await fs.access(folder, fs.constants.R_OK | fs.constants.W_OK);
    } catch (e) {
      this.#unavailable(e);
      return;
    }
    if (!this.#watcher) {
      const interval = (this.#settings?.pollIntervalSeconds ?? 5) * 1000;
      const watcher = watch(folder, {
        depth: 0,
        usePolling: this.#polling(),
        interval,
        binaryInterval: interval,
        ignoreInitial: false,
        ignored: (p: string) => p !== folder && isIgnoredName(path.basename(p)),
      });
      watcher.on('add', (p) => this.#seen(p));
      watcher.on('change', (p) => this.#seen(p));
      watcher.on('unlink', (p) => this.#tracker.forget(path.basename(p)));
      watcher.on('error', () => void this.#tick(true));
      this.#watcher = watcher;
    }
    this.#setStatus('watching', `Memantau folder ${folder}. Hasil pindai masuk ke kotak masuk setelah selesai ditulis.`);
  }

  async #detach(): Promise<void> {
    const w = this.#watcher;
    this.#watcher = null;
    if (w) await w.close().catch(() => undefined);
  }

  #unavailable(e: unknown): void {
    const folder = this.#folder();
    const every = this.#settings?.pollIntervalSeconds ?? 5;
    const code = errnoCode(e);
    if (code === 'EACCES' || code === 'EPERM')
      this.#setStatus('error', `Aplikasi tidak diizinkan membaca atau menulis folder pindai ${folder}. Minta petugas TI memberi hak baca/tulis folder itu; aplikasi mencoba lagi setiap ${every} detik.`);
    else
      this.#setStatus('unavailable', `Folder pindai ${folder} tidak dapat dibuka (flashdisk dicabut atau jaringan terputus?). Aplikasi mencoba lagi setiap ${every} detik; berkas yang belum diambil tetap aman di folder itu.`);
  }

  #seen(p: string): void {
    const name = path.basename(p);
    if (path.dirname(path.resolve(p)) !== this.#folder() || isIgnoredName(name)) return;
    if (!this.#tracker.has(name)) this.#tracker.observe(name, { size: -1, mtimeMs: -1 }, Date.now());
  }

  #schedule(): void {
    const generation = this.#generation;
    const s = this.#settings;
    if (!s) return;
    // Check pending files a few times within the stability window; never slower than the poll interval.
    const tickMs = Math.max(200, Math.min(1000, (s.stableSeconds * 1000) / 4, s.pollIntervalSeconds * 1000));
    this.#timer = setTimeout(() => {
      void this.#tick(false).finally(() => {
        if (generation === this.#generation) this.#schedule();
      });
    }, tickMs);
    this.#timer.unref();
  }

  async #tick(force: boolean): Promise<void> {
    if (this.#busy || !this.#settings?.enabled) return;
    this.#busy = true;
    try {
      const s = this.#settings;
      const now = Date.now();
      if (force || now - this.#lastSweep >= s.pollIntervalSeconds * 1000) {
        this.#lastSweep = now;
        if (!(await this.#sweep())) return;
      }
      for (const name of this.#tracker.keys()) await this.#check(name);
      this.#updatePending();
    } finally {
      this.#busy = false;
    }
  }

  /** Lists the folder (safety net for missed events) and notices a vanished folder. False when unavailable. */
  async #sweep(): Promise<boolean> {
    const folder = this.#folder();
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (e) {
      if (this.#status.state === 'watching' || this.#watcher) await this.#detach();
      this.#unavailable(e);
      return false;
    }
    if (this.#status.state !== 'watching') await this.#attach();
    for (const name of names) if (!isIgnoredName(name)) this.#seen(path.join(folder, name));
    return this.#status.state === 'watching';
  }

  async #check(name: string): Promise<void> {
    const full = path.join(this.#folder(), name);
    let st;
    try {
      st = await fs.stat(full);
    } catch {
      this.#tracker.forget(name); // gone (moved away by someone) or the folder vanished: the sweep says which
      return;
    }
    if (!st.isFile()) {
      this.#tracker.forget(name);
      return;
    }
    const key = `${name}|${st.size}|${st.mtimeMs}`;
    if (this.#refused.has(key)) return;
    if (!this.#tracker.observe(name, { size: st.size, mtimeMs: st.mtimeMs }, Date.now())) return;
    if (this.#settings?.afterTake === 'leave' && this.options.inbox.wasTaken(name, st.size, st.mtimeMs)) return;
    if (st.size > this.options.maxBytes) {
      this.#refused.add(key);
      this.#setNotice(`Berkas "${sanitizeFileName(name)}" terlalu besar (${Math.ceil(st.size / 1024 / 1024)} MB) dan dibiarkan di folder pindai. Pindai ulang dengan resolusi lebih rendah atau pisahkan berkasnya.`);
      return;
    }
    await this.#take(name, full, { size: st.size, mtimeMs: st.mtimeMs });
  }

  async #take(name: string, full: string, seen: { size: number; mtimeMs: number }): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(full);
      const again = await fs.stat(full);
      // Written to while we read it: wait for it to settle again.
      if (again.size !== seen.size || again.mtimeMs !== seen.mtimeMs || bytes.length !== seen.size) {
        this.#tracker.observe(name, { size: again.size, mtimeMs: again.mtimeMs }, Date.now());
        return;
      }
    } catch (e) {
      // Locked by the writer (Windows EBUSY) or gone: try again on the next tick.
      if (errnoCode(e) === 'ENOENT') this.#tracker.forget(name);
      return;
    }
    const sha256 = await sha256Hex(bytes);
    const { mediaType, problem } = inboxMediaType(bytes.subarray(0, SNIFF_BYTES));
    const move = this.#settings?.afterTake === 'move';
    const receivedAt = this.options.now().toISOString();
    const item = { id: sha256, originalName: sanitizeFileName(name), sha256, bytes: bytes.length, mediaType, receivedAt, originalAt: name, problem };
    let added: boolean;
    try {
      added = await this.options.inbox.add(item, bytes, move ? undefined : { name, size: seen.size, mtimeMs: seen.mtimeMs, sha256 });
    } catch (e) {
      // The data folder could not take the copy (disk full…): the original stays where it is, and is
      // tried again when it changes or the admin presses "Coba lagi" (retry), not on every tick.
      this.#refused.add(`${name}|${seen.size}|${seen.mtimeMs}`);
      this.#setNotice(`Berkas "${item.originalName}" belum dapat disalin ke kotak masuk: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    this.#tracker.forget(name);
    if (move) await this.#moveOriginal(name, full, added ? item.id : null, seen);
    this.#status = { ...this.#status, lastTakenAt: receivedAt };
    this.options.onTaken(this.options.inbox.count);
    this.#emit();
  }

  /** The copy is safe in the inbox; only now does the original leave the hot folder (never deleted). */
  async #moveOriginal(name: string, full: string, id: string | null, seen: { size: number; mtimeMs: number }): Promise<void> {
    const takenDir = path.join(this.#folder(), TAKEN_FOLDER);
    try {
      await fs.mkdir(takenDir, { recursive: true });
      const target = await freeName(takenDir, name);
      await fs.rename(full, target);
      if (id) await this.options.inbox.setOriginalAt(id, `${TAKEN_FOLDER}/${path.basename(target)}`);
    } catch {
      // Cannot move it (read-only share): leave it and remember it, so it is not taken again.
      await this.options.inbox.remember({ name, size: seen.size, mtimeMs: seen.mtimeMs, sha256: id ?? '' }).catch(() => undefined);
      this.#setNotice(`Berkas "${sanitizeFileName(name)}" sudah disalin ke kotak masuk, tetapi tidak dapat dipindahkan ke subfolder "${TAKEN_FOLDER}". Berkas asli dibiarkan di folder pindai.`);
    }
  }

  #updatePending(): void {
    const pending = this.#tracker.size;
    if (pending !== this.#status.pending) {
      this.#status = { ...this.#status, pending };
      this.#emit();
    }
  }

  #setNotice(notice: string): void {
    this.#notice = notice;
    this.#setStatus(this.#status.state, this.#baseMessage);
  }

  #setStatus(state: HotFolderStatus['state'], message: string): void {
    this.#baseMessage = message;
    const full = state === 'watching' && this.#notice ? `${message} ${this.#notice}` : message;
    if (state === this.#status.state && full === this.#status.message) return;
    this.#status = {
      ...this.#status,
      state,
      path: this.#settings?.path ?? '',
      message: full,
      since: state === this.#status.state ? this.#status.since : this.options.now().toISOString(),
    };
    this.#emit();
  }

  #emit(): void {
    this.options.onStatus(this.#status);
  }
}

/** "scan.pdf" → "scan.pdf", or "scan (2).pdf" when diambil/ already has one. */
async function freeName(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 10_000; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
  return path.join(dir, `${stem} (${Date.now()})${ext}`);
}
