/**
 * Indonesian names of the request kinds and case statuses for the CLI register. Same wording as
 * the app's register (renderer/i18n/id.ts `status`/`kind`), so IT staff and the admin read the
 * same words; the CLI cannot import the renderer's i18n module (separate TypeScript project).
 */
import type { CaseStatus, RequestKind } from '../../shared/domain/case';

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
