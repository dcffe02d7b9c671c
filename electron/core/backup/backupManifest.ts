/**
 * `loket-cadangan.json`: what a backup holds — every file with its size and sha256 — written last,
 * so a backup folder with a readable manifest is complete, and a restore can prove every byte
 * before it touches the data folder.
 */
import { z } from 'zod';
import { TIME_ZONES } from '../../../shared/dates';

export const BACKUP_MANIFEST = 'loket-cadangan.json';
export const BACKUP_FORMAT = 'loket-cadangan/1';
export const BACKUP_PREFIX = 'loket-cadangan_';

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime({ offset: true }),
  workstation: z.string(),
  appVersion: z.string(),
  cases: z.number().int().nonnegative(),
  blobs: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  /** Paths relative to the data folder, "/" separated. */
  files: z.array(z.object({ path: z.string().min(1), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  /**
   * Blobs left out because their bytes no longer hashed to their name when the backup was made
   * (NDSA: verify after every copy); never listed in `files` with the hash of their damaged bytes.
   */
  damaged: z
    .array(z.object({ path: z.string().min(1), bytes: z.number().int().nonnegative(), actualSha256: z.string(), cases: z.array(z.string()), goodCopy: z.string().nullable() }))
    .default([]),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** A manifest path must stay inside the folder it is restored to (no "..", no absolute paths, no drive letters). */
export function isSafeRelativePath(p: string): boolean {
  if (p.startsWith('/') || p.includes('\\') || /^[a-zA-Z]:/.test(p)) return false;
  return p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** A temp name that `isBackupOf` never matches, and that names the backup it will become. */
export const stagingNameOf = (name: string) => `.${name}.partial`;

/** "loket-cadangan_WS01_2026-11-25_143005": workstation and local time of the configured zone. */
export function backupName(workstation: string, localStamp: string): string {
  return `${BACKUP_PREFIX}${workstation}_${localStamp}`;
}

/** The workstation's complete backups are named `loket-cadangan_<WS>_<YYYY-MM-DD_HHmmss>` (sortable by name). */
export function isBackupOf(name: string, workstation: string): boolean {
  return new RegExp(`^${BACKUP_PREFIX}${workstation}_\\d{4}-\\d{2}-\\d{2}_\\d{6}(-\\d+)?$`).test(name);
}

/** "2026-11-25_143005" in the configured zone (the name the office reads on the shared drive). */
export function localStampOf(d: Date, zone: keyof typeof TIME_ZONES): string {
  const s = new Date(d.getTime() + TIME_ZONES[zone].offsetHours * 3_600_000).toISOString();
  return `${s.slice(0, 10)}_${s.slice(11, 13)}${s.slice(14, 16)}${s.slice(17, 19)}`;
}
