/**
 * The Indonesian names of the domain's enums, one wording for every place they are read: the
 * app (renderer/i18n/id.ts uses these), the CLI and, later, the letters and registers.
 */
import type { CaseStatus, ChangeField, RequestKind } from './case';

export const KIND_LABELS: Record<RequestKind, string> = {
  reset_password: 'Reset password',
  change_info: 'Perubahan informasi User ID',
  both: 'Reset password dan perubahan informasi',
};

export const STATUS_LABELS: Record<CaseStatus, string> = {
  registered: 'Terdaftar',
  checking: 'Dalam pemeriksaan',
  waiting_pokja: 'Menunggu kelengkapan dari Pokja',
  ready_reset: 'Siap direset',
  to_notify: 'Pemberitahuan',
  to_archive: 'Pengarsipan',
  closed: 'Selesai',
};

export const CHANGE_FIELD_LABELS: Record<ChangeField, string> = {
  name: 'Nama',
  nip: 'NIP',
  email: 'Email',
  phone: 'Nomor telepon',
  position: 'Jabatan',
  workUnit: 'Unit kerja',
  userId: 'User ID',
  other: 'Lainnya',
};
