/** The backups of this workstation under the backup root (complete = manifest readable), newest first, and pruning to the last N. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/domain/archive';
import { BACKUP_MANIFEST, backupManifestSchema, isBackupOf, stagingNameOf, type BackupManifest } from './backupManifest';

export async function readManifest(dir: string): Promise<BackupManifest | null> {
  try {
    const parsed = backupManifestSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, BACKUP_MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface ListedBackup {
  info: BackupInfo;
  dir: string;
}

/**
 * A complete backup never changes, so its summary can be remembered by folder (a manifest of a big
 * data folder is megabytes; the Archive page asks for the status often).
 */
export type BackupInfoCache = Map<string, BackupInfo>;

export async function listBackups(root: string, workstation: string, cache?: BackupInfoCache): Promise<ListedBackup[]> {
  let names: string[];
  try {
    names = await fs.readdir(root);
  } catch {
    return [];
  }
  const found: ListedBackup[] = [];
  for (const name of names.filter((n) => isBackupOf(n, workstation)).sort().reverse()) {
    const dir = path.join(root, name);
    const known = cache?.get(dir);
    if (known) {
      found.push({ dir, info: known });
      continue;
    }
    const m = await readManifest(dir);
    if (!m) continue;
    const info = { name, at: m.createdAt, cases: m.cases, blobs: m.blobs, bytes: m.bytes };
    cache?.set(dir, info);
    found.push({ dir, info });
  }
  return found;
}

/**
 * Keeps the newest `keep` complete backups of this workstation and removes the older ones. Runs only
 * after a new backup is complete, so there is never less than one good backup.
 */
export async function pruneBackups(root: string, workstation: string, keep: number): Promise<string[]> {
  const removed: string[] = [];
  for (const old of (await listBackups(root, workstation)).slice(keep)) {
    await fs.rm(old.dir, { recursive: true, force: true });
    removed.push(old.info.name);
  }
  return removed;
}

/**
 * The temp folders (`.loket-cadangan_<WS>_….partial`) a backup of this workstation left when it was
 * interrupted (power cut, killed process): removed by the next backup that completes, whether the
 * app's or `loket backup`'s — never another PC's, never the one being written (`current`).
 */
export async function removePartialBackups(root: string, workstation: string, current: string): Promise<string[]> {
  const removed: string[] = [];
  for (const n of await fs.readdir(root).catch(() => [] as string[])) {
    const m = /^\.(.+)\.partial$/.exec(n);
    if (!m?.[1] || !isBackupOf(m[1], workstation) || n === stagingNameOf(current)) continue;
    await fs.rm(path.join(root, n), { recursive: true, force: true });
    removed.push(n);
  }
  return removed;
}
