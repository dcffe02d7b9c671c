/**
 * Where a good copy of a damaged or missing bag is (issue 12 §4): a bag is made from a case record
 * that stays in the data folder of the workstation that published it, so that PC can publish it
 * again (a new version; the damaged bag is kept aside as evidence), and its backups on the share
 * hold the same record if that data folder is lost too (docs/operations.md §5).
 */
import type { ZonaWaktu } from '../../../shared/dates';
import { listBackups, type BackupInfoCache } from '../backup/backupList';
import { when } from './bagAudit';

export interface CopyHints {
  /** Workstation code → computer name, from the claims on the share. */
  computers: ReadonlyMap<string, string>;
  /** The backup folder this PC knows ('' none). */
  backupRoot: string;
  zone: ZonaWaktu;
}

/** What the audit knows of a bag's origin. */
export interface BagOrigin {
  workstation: string;
  caseNumber: string;
  publishedAt: string;
}

export class GoodCopies {
  readonly #hints: CopyHints;
  /** Backup summaries, read once per pass (a manifest of a big data folder is megabytes). */
  readonly #backups: BackupInfoCache = new Map();

  constructor(hints: CopyHints) {
    this.#hints = hints;
  }

  /** The sentences naming the good copies and what to do with them; `present`: the damaged bag is still on the share. */
  async of(origin: BagOrigin | null, present = true): Promise<string> {
    if (!origin?.workstation)
      return 'Workstation asalnya tidak diketahui (bag tidak tercatat di katalog dan data berkasnya tidak terbaca). Cari berkas ini di folder data dan cadangan setiap workstation, lalu ekspor ulang dari sana.';
    const ws = origin.workstation;
    const computer = this.#hints.computers.get(ws);
    const number = origin.caseNumber || 'ini';
    const republish = `ekspor ulang berkas itu di ${ws} (loket export --case ${number}): bag versi baru dibuat dari data tersebut.`;
    const parts = [
      `Salinan baik: data berkas ${number} tersimpan di folder data workstation ${ws}${computer ? ` (komputer ${computer})` : ''} yang menerbitkannya.`,
      present ? `Pindahkan bag ini keluar dari folder arsip (jangan dihapus: bukti), lalu ${republish}` : `Cari dulu folder bag itu (mungkin dipindahkan); bila tidak ada, ${republish}`,
    ];
    const backup = await this.#newestBackup(ws, origin.publishedAt);
    if (backup) parts.push(`Cadangan folder data ${ws} yang memuat berkas itu: ${backup.dir} (${when(backup.at, this.#hints.zone)}).`);
    else if (this.#hints.backupRoot) parts.push(`Belum ada cadangan ${ws} di ${this.#hints.backupRoot} yang dibuat setelah bag diterbitkan.`);
    return parts.join(' ');
  }

  /** The newest complete backup of `ws` made after the bag was published (it holds the record). */
  async #newestBackup(ws: string, publishedAt: string): Promise<{ dir: string; at: string } | null> {
    if (!this.#hints.backupRoot) return null;
    const found = (await listBackups(this.#hints.backupRoot, ws, this.#backups)).find((b) => b.info.at >= publishedAt);
    return found ? { dir: found.dir, at: found.info.at } : null;
  }
}
