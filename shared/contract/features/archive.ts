/**
 * The archive's methods and events (zod schemas); names in archive.names.ts.
 *
 * How the UI uses them:
 * - Settings → Arsip: `archive.settings.get/save` (archive root on the shared drive, classification
 *   code, JRA retention, security class, backup folder/interval/keep).
 * - Case page: `archive.status {id}` → not closed / waiting in the outbox (with the last error and the
 *   next retry) / exporting / exported (bag folders). Closing the case (step 9) queues the export by
 *   itself; `archive.export {id}` tries now (a re-export after a change makes a new version, never an
 *   overwrite; an unchanged case answers with its existing bag). `archive.verify {id}` re-verifies the
 *   latest bag on the shared drive and reports, with its trail head compared to this PC's export
 *   record and letters register (`copies`).
 * - Archive page: `archive.outbox` (every case waiting), `archive.retryAll`; `backup.status`,
 *   `backup.run`; registers: `registers.build {from, to}` (rows for the screen), `registers.export
 *   {from, to, format}` → a file (base64) the UI offers as a download; `registers.retentionDue`;
 *   `labels.preview {ids, kind}` → PNG pages of folder/box labels with QR for printing.
 * - Events: `archive.changed {ids}` when an export state changes; `backup.changed` after a backup.
 */
import { z } from 'zod';
import { caseIdSchema } from '../../domain/case';
import {
  archiveSettingsInputSchema, archiveSettingsSchema, backupStatusSchema, exportStatusSchema, registersSchema, retentionDueSchema,
} from '../../domain/archive';
import { pdfPreviewSchema } from '../../domain/letters';
import { isoDate } from '../../domain/fields';
import type { ARCHIVE_EVENTS, ARCHIVE_METHODS } from './archive.names';
import type { MethodSpec } from './spec';
import { messageToken } from '../../messages/format';

const none = z.object({}).strict();
const period = z.object({ from: isoDate('label.periodFrom'), to: isoDate('label.periodTo') }).refine((p) => p.from <= p.to, {
  path: ['to'],
  error: messageToken('schema.periodToBeforeFrom'),
});

/** One problem `loket verify` / `archive.verify` found in a bag, named so the officer can act on it. */
export const bagProblemSchema = z.object({
  code: z.enum([
    'missing_bagit_txt', 'bad_bagit_txt', 'missing_payload_dir', 'missing_manifest', 'bad_manifest_line',
    'missing_file', 'unlisted_file', 'checksum_mismatch', 'bad_tag_manifest', 'oxum_mismatch',
    'missing_profile_field', 'bad_profile_field', 'audit_trail_broken', 'letter_hash_mismatch', 'unreadable',
    'trail_copy_mismatch',
  ]),
  /** The file or field concerned, relative to the bag ('' for the bag itself). */
  path: z.string(),
  message: z.string(),
});
export type BagProblem = z.infer<typeof bagProblemSchema>;

/**
 * The copies of a bag's trail head kept out of the share's reach (docs/operators.md, "The trail head
 * and its copies"): the data folder's export record and letters register, and the printed control sheet.
 */
export const TRAIL_COPIES = ['export_record', 'letters_register', 'control_sheet', 'office_catalogue'] as const;
export const TRAIL_COPY_LABELS: Record<(typeof TRAIL_COPIES)[number], string> = {
  export_record: 'Catatan ekspor (exports.json)',
  letters_register: 'Register surat keluar (letters-register.json)',
  control_sheet: 'Lembar Kendali tercetak',
  office_catalogue: 'Katalog arsip kantor (.loket/catalogue)',
};
/** One copy compared with a bag: the same, different (a problem), read but silent on this bag, or not reachable here. */
export const TRAIL_COPY_STATUSES = ['match', 'mismatch', 'absent', 'unreachable'] as const;
export const trailCopyCheckSchema = z.object({
  copy: z.enum(TRAIL_COPIES),
  status: z.enum(TRAIL_COPY_STATUSES),
  /** The file read (full path), '' when none was. */
  source: z.string(),
  message: z.string(),
});
export type TrailCopyCheck = z.infer<typeof trailCopyCheckSchema>;
export const bagReportSchema = z.object({
  bag: z.string(),
  ok: z.boolean(),
  /** RFC 8493 §3: complete (every file present and listed) and valid (every checksum matches). */
  complete: z.boolean(),
  valid: z.boolean(),
  payloadFiles: z.number().int().nonnegative(),
  payloadBytes: z.number().int().nonnegative(),
  problems: z.array(bagProblemSchema),
  /** Each independent copy of the trail head: compared, or why not (a mismatch is also in `problems`). */
  copies: z.array(trailCopyCheckSchema).default([]),
});
export type BagReport = z.infer<typeof bagReportSchema>;

export const archiveContract = {
  'archive.settings.get': { access: 'session', input: none, output: archiveSettingsSchema },
  'archive.settings.save': { access: 'operator', input: archiveSettingsInputSchema, output: archiveSettingsSchema },
  'archive.status': { access: 'session', input: z.object({ id: caseIdSchema }), output: exportStatusSchema },
  'archive.outbox': { access: 'session', input: none, output: z.object({ items: z.array(exportStatusSchema.extend({ caseNumber: z.string(), name: z.string() })) }) },
  'archive.export': { access: 'operator', input: z.object({ id: caseIdSchema }), output: exportStatusSchema },
  'archive.retryAll': { access: 'operator', input: none, output: z.object({ attempted: z.number().int(), exported: z.number().int(), waiting: z.number().int() }) },
  'archive.verify': { access: 'session', input: z.object({ id: caseIdSchema }), output: bagReportSchema },
  'backup.status': { access: 'session', input: none, output: backupStatusSchema },
  'backup.run': { access: 'operator', input: none, output: backupStatusSchema },
  'registers.build': { access: 'session', input: period, output: registersSchema },
  'registers.export': {
    access: 'session',
    input: z.object({
      from: isoDate('label.periodFrom'),
      to: isoDate('label.periodTo'),
      /** xlsx: one workbook with a sheet per register; csv: the one `register` named. */
      format: z.enum(['xlsx', 'csv']),
      register: z.enum(['daftar_berkas', 'daftar_isi_berkas', 'fisik']).default('daftar_berkas'),
    }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), base64: z.string() }),
  },
  'registers.retentionDue': { access: 'session', input: z.object({ asOf: isoDate('label.asOf').optional() }), output: z.object({ items: z.array(retentionDueSchema) }) },
  'labels.preview': {
    access: 'session',
    input: z.object({ ids: z.array(caseIdSchema).min(1, { error: messageToken('schema.pickAtLeastOneCase') }).max(200), kind: z.enum(['folder', 'box']) }),
    output: pdfPreviewSchema,
  },
} as const satisfies Record<(typeof ARCHIVE_METHODS)[number], MethodSpec>;

export const archiveEvents = {
  'archive.changed': z.object({ ids: z.array(caseIdSchema) }),
  'backup.changed': backupStatusSchema,
} as const satisfies Record<(typeof ARCHIVE_EVENTS)[number], z.ZodType>;
