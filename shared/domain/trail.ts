/**
 * One event of a case's audit trail (owned by the guided SOP): appended, never edited,
 * hash-chained (each event carries the hash of the one before), with the operator who did it.
 * The case's SOP state is derived from these events (electron/core/workflow/engine.ts).
 */
import { z } from 'zod';

export const operatorRefSchema = z.object({ id: z.string(), name: z.string(), nip: z.string() });
export type OperatorRef = z.infer<typeof operatorRefSchema>;

/**
 * - `registered`: SOP step 1 (genesis), payload { step, receivedAt, receivedBy, case: { id, caseNumber }, intake }
 *   (the whole intake as registered; cases registered before it lack `case` and `intake`);
 * - `step_opened` / `step_paused` / `step_resumed`: the step clock, payload { step };
 * - `step_completed`: a step form submitted, payload { step, outcome, data, overrunReason, standardMinutes }
 *   (`standardMinutes`: the standard in force for an admin step, recorded since the reports; absent before);
 * - `intake_corrected`: registered data corrected, payload { changes };
 * - `documents_changed`: scans attached or edited, payload { action, documents, removed } (core: documents/trailPayload.ts).
 */
export const TRAIL_EVENT_TYPES = ['registered', 'step_opened', 'step_paused', 'step_resumed', 'step_completed', 'intake_corrected', 'documents_changed'] as const;
export type TrailEventType = (typeof TRAIL_EVENT_TYPES)[number];

export const TRAIL_EVENT_LABELS: Record<TrailEventType, { id: string; en: string }> = {
  registered: { id: 'Berkas diterima dan didaftarkan', en: 'File received and registered' },
  step_opened: { id: 'Langkah dimulai', en: 'Step started' },
  step_paused: { id: 'Langkah dijeda', en: 'Step paused' },
  step_resumed: { id: 'Langkah dilanjutkan', en: 'Step resumed' },
  step_completed: { id: 'Langkah selesai', en: 'Step completed' },
  intake_corrected: { id: 'Data pencatatan dikoreksi', en: 'Registered data corrected' },
  documents_changed: { id: 'Dokumen berkas diubah', en: 'Documents changed' },
};

/** The admin's document actions the trail records (`documents_changed`). */
export const DOCUMENT_ACTIONS = [
  'pages_added', 'meta_changed', 'pages_rotated', 'pages_reordered', 'pages_deleted', 'document_split', 'pages_moved', 'document_deleted', 'pdf_built',
] as const;
export const DOCUMENT_ACTION_LABELS: Record<(typeof DOCUMENT_ACTIONS)[number], { id: string; en: string }> = {
  pages_added: { id: 'Halaman ditambahkan (impor/pindai)', en: 'Pages added (import/scan)' },
  meta_changed: { id: 'Keterangan dokumen diubah', en: 'Document details changed' },
  pages_rotated: { id: 'Halaman diputar', en: 'Pages rotated' },
  pages_reordered: { id: 'Urutan halaman diubah', en: 'Pages reordered' },
  pages_deleted: { id: 'Halaman dihapus', en: 'Pages deleted' },
  document_split: { id: 'Dokumen dipisah', en: 'Document split' },
  pages_moved: { id: 'Halaman dipindahkan', en: 'Pages moved' },
  document_deleted: { id: 'Dokumen dihapus', en: 'Document deleted' },
  pdf_built: { id: 'PDF arsip dibuat', en: 'Archival PDF built' },
};

export const caseEventSchema = z.object({
  /** 0-based position in the trail. */
  seq: z.number().int().nonnegative(),
  at: z.iso.datetime({ offset: true }),
  type: z.enum(TRAIL_EVENT_TYPES),
  /** Null only for events the app records by itself (e.g. a genesis added to a case registered before the trail existed). */
  operator: operatorRefSchema.nullable(),
  payload: z.record(z.string(), z.unknown()),
  /** sha256 (hex) of the canonical JSON of `payload`. */
  payloadDigest: z.string().regex(/^[0-9a-f]{64}$/),
  /** `hash` of the previous event; 64 zeros for the first. */
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** sha256 of the canonical JSON of { seq, at, type, operator, payloadDigest, prevHash }. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

/** What `verifyTrail` reports: ok, or the first broken link and why (Indonesian). */
export const trailVerdictSchema = z.object({
  ok: z.boolean(),
  events: z.number().int().nonnegative(),
  /** seq position of the first broken event; null when ok. */
  brokenAt: z.number().int().nonnegative().nullable(),
  problem: z.enum(['', 'seq', 'prev_hash', 'payload_digest', 'hash', 'genesis', 'status', 'record']),
  message: z.string(),
  /** `record`: the fields of the stored record that differ from what the trail implies ("intake.requester.name"). */
  fields: z.array(z.string()).default([]),
});
export type TrailVerdict = z.infer<typeof trailVerdictSchema>;
