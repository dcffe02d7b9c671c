/**
 * The archive (issue "Paper out and the archive" §3–§5, §7; SOP step 9 and *Pencatatan*): where the
 * archive bundles go, the agency's records classification (ANRI: kode klasifikasi, JRA retention,
 * security class), the export outbox, backups and the registers. Settings live in `archive.json`.
 */
import { z } from 'zod';
import { optionalText, requiredText } from './fields';
import { messageToken } from '../messages/format';

/** JRA *keterangan akhir* (final disposition) — docs/reference.md §3. */
export const FINAL_DISPOSITIONS = ['musnah', 'permanen', 'dinilai_kembali'] as const;
export const FINAL_DISPOSITION_LABELS: Record<(typeof FINAL_DISPOSITIONS)[number], string> = {
  musnah: 'Musnah',
  permanen: 'Permanen',
  dinilai_kembali: 'Dinilai Kembali',
};
/** SKKAD security classes — docs/reference.md §3. */
export const SECURITY_CLASSES = ['biasa', 'terbatas', 'rahasia'] as const;
export const SECURITY_CLASS_LABELS: Record<(typeof SECURITY_CLASSES)[number], string> = {
  biasa: 'Biasa/Terbuka',
  terbatas: 'Terbatas',
  rahasia: 'Rahasia',
};

export const ARCHIVE_SETTINGS_VERSION = 1;
export const archiveSettingsInputSchema = z.object({
  /** The archive root on the shared drive (a UNC path such as \\server\arsip on Windows); '' = not set yet. */
  archiveRoot: optionalText('label.archiveFolder', 500).default(''),
  classificationCode: requiredText('label.classificationCode', 40),
  /** *Uraian informasi berkas* prefix, e.g. "Permohonan reset password dan perubahan informasi User ID Pokja Pemilihan". */
  description: requiredText('label.caseDescription', 300),
  retentionActiveYears: z.number({ error: messageToken('schema.retentionActiveRequired') }).int().min(0).max(100),
  retentionInactiveYears: z.number({ error: messageToken('schema.retentionInactiveRequired') }).int().min(0).max(100),
  finalDisposition: z.enum(FINAL_DISPOSITIONS),
  securityClass: z.enum(SECURITY_CLASSES),
  /** *Unit pengolah* and Contact-Name of bag-info.txt. */
  contactName: requiredText('label.archivistName', 120),
  backup: z.object({
    /** Backup folder on the shared drive; '' = backups off. */
    root: optionalText('label.backupFolder', 500).default(''),
    intervalHours: z.number().int().min(1, { error: messageToken('schema.intervalMinHour') }).max(24 * 30).default(24),
    keep: z.number().int().min(1, { error: messageToken('schema.keepMinOne') }).max(365).default(7),
  }),
});
export type ArchiveSettingsInput = z.input<typeof archiveSettingsInputSchema>;
export const archiveSettingsSchema = archiveSettingsInputSchema.extend({ schemaVersion: z.literal(ARCHIVE_SETTINGS_VERSION) });
export type ArchiveSettings = z.output<typeof archiveSettingsSchema>;

export function defaultArchiveSettings(): ArchiveSettings {
  return {
    schemaVersion: ARCHIVE_SETTINGS_VERSION,
    archiveRoot: '',
    // Permendagri 83/2022 scheme: 000.3 = pengadaan; the agency sets its own code.
    classificationCode: '000.3.3',
    description: 'Permohonan reset password dan/atau perubahan informasi User ID Pokja Pemilihan pada SPSE',
    retentionActiveYears: 2,
    retentionInactiveYears: 3,
    finalDisposition: 'musnah',
    // The file holds personal data (NIP, phone, e-mail): not public.
    securityClass: 'terbatas',
    contactName: 'Admin Agency UKPBJ',
    backup: { root: '', intervalHours: 24, keep: 7 },
  };
}

/**
 * A closed case's electronic archive (SOP step 9): `waiting` in the outbox until the shared drive
 * takes it, `exported` once a verified bag sits under its final name.
 */
export const EXPORT_STATES = ['not_closed', 'waiting', 'exporting', 'exported'] as const;
export const EXPORT_STATE_LABELS: Record<(typeof EXPORT_STATES)[number], { id: string; en: string }> = {
  not_closed: { id: 'Belum ditutup', en: 'Not closed yet' },
  waiting: { id: 'Menunggu ekspor', en: 'Waiting to export' },
  exporting: { id: 'Sedang diekspor', en: 'Exporting' },
  exported: { id: 'Tersimpan di arsip', en: 'Archived' },
};

export const exportedBagSchema = z.object({
  version: z.number().int().positive(),
  /** Folder of the bag relative to the archive root, with "/" (e.g. "2026/0007-WS01-RP-UKPBJ-XI-2026_2026-11-25"). */
  path: z.string(),
  exportedAt: z.iso.datetime({ offset: true }),
  /** RFC 8493 §2.2.2 "<octets>.<streams>". */
  payloadOxum: z.string(),
  /** sha256 of tagmanifest-sha256.txt: names this exact bag. */
  tagManifestSha256: z.string(),
});
export type ExportedBag = z.infer<typeof exportedBagSchema>;

export const exportStatusSchema = z.object({
  caseId: z.string(),
  state: z.enum(EXPORT_STATES),
  attempts: z.number().int().nonnegative(),
  /** Indonesian: why the last attempt failed (drive missing, read-only, full…), '' when none. */
  lastError: z.string(),
  lastAttemptAt: z.string().nullable(),
  nextRetryAt: z.string().nullable(),
  bags: z.array(exportedBagSchema),
});
export type ExportStatus = z.infer<typeof exportStatusSchema>;

export const backupInfoSchema = z.object({
  /** Folder name under the backup root. */
  name: z.string(),
  at: z.iso.datetime({ offset: true }),
  cases: z.number().int().nonnegative(),
  blobs: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupStatusSchema = z.object({
  configured: z.boolean(),
  running: z.boolean(),
  lastBackupAt: z.string().nullable(),
  nextDueAt: z.string().nullable(),
  lastError: z.string(),
  backups: z.array(backupInfoSchema),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

// ---------------------------------------------------------------------------------------------
// Registers (ANRI columns, docs/reference.md §3).

/** *Daftar Berkas*: one row per case (berkas). */
export const daftarBerkasRowSchema = z.object({
  no: z.number().int().positive(),
  kodeKlasifikasi: z.string(),
  nomorBerkas: z.string(),
  caseId: z.string(),
  unitPengolah: z.string(),
  uraianInformasi: z.string(),
  /** "YYYY-MM-DD s.d. YYYY-MM-DD" (received → closed). */
  kurunWaktu: z.string(),
  jumlahItem: z.number().int().nonnegative(),
  /** "Tekstual dan elektronik" etc. */
  keterangan: z.string(),
  klasifikasiKeamanan: z.string(),
  hasilAkhir: z.string(),
});
/** *Daftar Isi Berkas*: one row per item (document or letter) inside a case. */
export const daftarIsiBerkasRowSchema = z.object({
  nomorBerkas: z.string(),
  nomorItem: z.number().int().positive(),
  kodeKlasifikasi: z.string(),
  uraianInformasi: z.string(),
  tanggal: z.string(),
  jumlah: z.string(),
  /** asli/salinan; "elektronik" for generated letters. */
  keterangan: z.string(),
});
/** The physical archive register (SOP *Pencatatan* 2): where the paper sits. */
export const physicalRowSchema = z.object({
  nomorBerkas: z.string(),
  caseId: z.string(),
  uraianInformasi: z.string(),
  tingkatPerkembangan: z.string(),
  boks: z.string(),
  folder: z.string(),
  lokasi: z.string(),
  retensiAktifSampai: z.string(),
});
export const registersSchema = z.object({
  from: z.string(),
  to: z.string(),
  daftarBerkas: z.array(daftarBerkasRowSchema),
  daftarIsiBerkas: z.array(daftarIsiBerkasRowSchema),
  physical: z.array(physicalRowSchema),
});
export type Registers = z.infer<typeof registersSchema>;

/** A closed case whose active retention has ended (moves to the records centre, JRA). */
export const retentionDueSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  name: z.string(),
  closedAt: z.string(),
  activeUntil: z.string(),
  inactiveUntil: z.string(),
  finalDisposition: z.enum(FINAL_DISPOSITIONS),
  box: z.string(),
  folder: z.string(),
  shelf: z.string(),
});
export type RetentionDue = z.infer<typeof retentionDueSchema>;
