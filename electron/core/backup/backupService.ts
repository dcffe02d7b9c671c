/**
 * Backups of the data folder to the shared drive (issue 5 §7): on demand (`backup.run`) and on a
 * schedule — at start and then hourly the service checks whether the newest backup is older than
 * `intervalHours` and makes one if so. The timer is unref'd (it never keeps a process alive) and
 * stopped when the core closes. One run at a time; each run announces `backup.changed`.
 */
import type { BackupStatus } from '../../../shared/domain/archive';
import { AppError } from '../../../shared/contract/result';
import type { ArchiveSettingsFile } from '../archive/archiveSettingsFile';
import type { CoreEvents } from '../events';
import type { Store } from '../store/openStore';
import { backupName, localStampOf } from './backupManifest';
import { listBackups, pruneBackups, type BackupInfoCache } from './backupList';
import { writeBackup } from './writeBackup';

export const CHECK_EVERY_MS = 60 * 60_000;

export interface BackupServiceDeps {
  store: Store;
  settings: ArchiveSettingsFile;
  events: CoreEvents;
  appVersion: string;
}

export class BackupService {
  #running: Promise<BackupStatus> | null = null;
  #lastError = '';
  #timer: NodeJS.Timeout | null = null;
  readonly #known: BackupInfoCache = new Map();

  constructor(private readonly deps: BackupServiceDeps) {}

  async status(): Promise<BackupStatus> {
    const s = (await this.deps.settings.load()).backup;
    const configured = s.root !== '';
    const backups = configured ? (await listBackups(s.root, this.#workstation(), this.#known)).map((b) => b.info) : [];
    const last = backups[0]?.at ?? null;
    const nextDueAt = !configured ? null : last ? new Date(Date.parse(last) + s.intervalHours * 3_600_000).toISOString() : this.deps.store.ctx.now().toISOString();
    return { configured, running: this.#running !== null, lastBackupAt: last, nextDueAt, lastError: this.#lastError, backups };
  }

  /** Makes a backup now (or joins the one running). A failure is kept as `lastError` and thrown. */
  run(): Promise<BackupStatus> {
    return (this.#running ??= this.#run().finally(() => {
      this.#running = null;
    }));
  }

  async #run(): Promise<BackupStatus> {
    const { store } = this.deps;
    const settings = await this.deps.settings.load();
    if (settings.backup.root === '')
      throw new AppError('invalid_input', 'backup.noFolder');
    const ws = this.#workstation();
    const name = backupName(ws, localStampOf(store.ctx.now(), store.settings.get().timeZone));
    this.deps.events.emit('backup.changed', { ...(await this.status()), running: true });
    try {
      await writeBackup({ dataDir: store.ctx.dataDir, root: settings.backup.root, name, workstation: ws, appVersion: this.deps.appVersion, now: store.ctx.now });
      this.#lastError = '';
      await pruneBackups(settings.backup.root, ws, settings.backup.keep);
    } catch (e) {
      this.#lastError = e instanceof AppError ? e.message : 'Pencadangan gagal karena kesalahan yang tidak terduga. Laporkan ke petugas TI.';
      this.deps.events.emit('backup.changed', { ...(await this.status()), running: false });
      throw e;
    }
    const status = { ...(await this.status()), running: false };
    this.deps.events.emit('backup.changed', status);
    return status;
  }

  /** Backs up when due: configured and the newest backup is older than the interval (or there is none). */
  async runIfDue(): Promise<boolean> {
    const st = await this.status();
    if (!st.configured || st.running || st.nextDueAt === null || Date.parse(st.nextDueAt) > this.deps.store.ctx.now().getTime()) return false;
    await this.run();
    return true;
  }

  /** The schedule of the desktop app: a check now and every hour. Failures are shown as `lastError`. */
  start(): void {
    if (this.#timer) return;
    const check = () => void this.runIfDue().catch(() => undefined);
    this.#timer = setInterval(check, CHECK_EVERY_MS);
    this.#timer.unref();
    check();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running?.catch(() => undefined);
  }

  #workstation(): string {
    return this.deps.store.settings.get().workstationCode;
  }
}
