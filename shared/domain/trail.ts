/**
 * One event of a case's audit trail (owned by the guided SOP): appended, never edited,
 * hash-chained (each event carries the hash of the one before), with the operator who did it.
 * The case's SOP state is derived from these events (electron/core/workflow/engine.ts).
 */
import { z } from 'zod';
import { textIn } from '../messages/format';
import {
  DOCUMENT_ACTIONS, documentsChangedSchema, handedOverSchema, handoverReceivedSchema, intakeCorrectedSchema, registeredSchema, stepClockSchema, stepCompletedSchema,
} from './trailPayloads';

export const operatorRefSchema = z.object({ id: z.string(), name: z.string(), nip: z.string() });
export type OperatorRef = z.infer<typeof operatorRefSchema>;

/**
 * Where a change came from (issue 9 §3): the app (Electron or the harness), the `loket` CLI, the
 * hot folder (scans that arrived there), a scheduled job, or `loket demo`. Recorded and hashed with
 * every event since issue 9; events recorded before it have none.
 */
export const EVENT_SOURCES = ['app', 'cli', 'hot_folder', 'scheduler', 'demo'] as const;
export const eventSourceSchema = z.enum(EVENT_SOURCES);
export type EventSource = z.infer<typeof eventSourceSchema>;

/**
 * - `registered`: SOP step 1 (genesis), payload `registeredSchema` (the whole intake as registered;
 *   cases registered before it lack `case` and `intake`);
 * - `step_opened` / `step_paused` / `step_resumed`: the step clock, payload { step };
 * - `step_completed`: a step form judged, payload `stepCompletedSchema` { step, outcome, data, overrunReason, standardMinutes },
 *   the data named by what happened (checklist judged, notice sent, validity judged, account reset,
 *   notice handed over, file archived with its physical location);
 *   (`standardMinutes`: the standard in force for an admin step, recorded since the reports; absent before);
 * - `intake_corrected`: registered data corrected, payload { changes };
 * - `documents_changed`: scans attached or edited, payload { action, documents, removed } (core: documents/trailPayload.ts);
 * - `handed_over` / `handover_received`: the case moved to another workstation through the shared
 *   drive, payload { to | from, computer } (issue 12 §5; docs/office.md).
 * The type strings are stored: never renamed.
 */
export const TRAIL_EVENT_TYPES = [
  'registered', 'step_opened', 'step_paused', 'step_resumed', 'step_completed', 'intake_corrected', 'documents_changed', 'handed_over', 'handover_received',
] as const;
export type TrailEventType = (typeof TRAIL_EVENT_TYPES)[number];

export const TRAIL_EVENT_LABELS: Record<TrailEventType, { id: string; en: string }> = {
  registered: { id: 'Berkas diterima dan didaftarkan', en: 'File received and registered' },
  step_opened: { id: 'Langkah dimulai', en: 'Step started' },
  step_paused: { id: 'Langkah dijeda', en: 'Step paused' },
  step_resumed: { id: 'Langkah dilanjutkan', en: 'Step resumed' },
  step_completed: { id: 'Langkah selesai', en: 'Step completed' },
  intake_corrected: { id: 'Data pencatatan dikoreksi', en: 'Registered data corrected' },
  documents_changed: { id: 'Dokumen berkas diubah', en: 'Documents changed' },
  handed_over: { id: 'Berkas diserahkan ke komputer lain', en: 'File handed over to another PC' },
  handover_received: { id: 'Berkas diterima dari komputer lain', en: 'File taken over from another PC' },
};

export { DOCUMENT_ACTIONS };
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

/**
 * A payload checked against its schema but kept exactly as stored: `payloadDigest` is over the
 * canonical JSON of the payload as written, so reading must neither drop an unknown member nor add
 * a default. Problems are named by their path, in Indonesian.
 */
function storedPayload<S extends z.ZodType>(type: TrailEventType, schema: S): z.ZodType<z.input<S>, z.input<S>> {
  const checked = z.unknown().superRefine((value, ctx) => {
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const where = issue.path.length > 0 ? ` pada "${issue.path.map(String).join('.')}"` : '';
      ctx.addIssue({ code: 'custom', path: issue.path, message: `Isi peristiwa jejak audit "${type}" tidak sesuai bentuknya${where}: ${textIn('id', issue.message)}` });
    }
  });
  return checked as unknown as z.ZodType<z.input<S>, z.input<S>>;
}

const eventFields = {
  /** 0-based position in the trail. */
  seq: z.number().int().nonnegative(),
  at: z.iso.datetime({ offset: true }),
  /** Null only for events the app records by itself (e.g. a genesis added to a case registered before the trail existed). */
  operator: operatorRefSchema.nullable(),
  /** Where the change came from; absent in events recorded before issue 9 (then not in their hash). */
  source: eventSourceSchema.optional(),
  /** sha256 (hex) of the canonical JSON of `payload`. */
  payloadDigest: z.string().regex(/^[0-9a-f]{64}$/),
  /** `hash` of the previous event; 64 zeros for the first. */
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** sha256 of the canonical JSON of { seq, at, type, operator, source (when present), payloadDigest, prevHash }. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
};

const eventOf = <T extends TrailEventType, S extends z.ZodType>(type: T, payload: S) =>
  z.object({ ...eventFields, type: z.literal(type), payload: storedPayload(type, payload) });

/** One event, by `type`, with the payload that type carries (shared/domain/trailPayloads.ts). */
export const caseEventSchema = z.discriminatedUnion(
  'type',
  [
    eventOf('registered', registeredSchema),
    eventOf('step_opened', stepClockSchema),
    eventOf('step_paused', stepClockSchema),
    eventOf('step_resumed', stepClockSchema),
    eventOf('step_completed', stepCompletedSchema),
    eventOf('intake_corrected', intakeCorrectedSchema),
    eventOf('documents_changed', documentsChangedSchema),
    eventOf('handed_over', handedOverSchema),
    eventOf('handover_received', handoverReceivedSchema),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? `Jenis peristiwa jejak audit tidak dikenal: "${String((issue.input as { type?: unknown } | undefined)?.type ?? '')}".` : undefined) },
);
export type CaseEvent = z.infer<typeof caseEventSchema>;

/** What an event says (its type and the payload of that type), before it is chained. */
export type EventBody = { [T in TrailEventType]: { type: T; payload: Extract<CaseEvent, { type: T }>['payload'] } }[TrailEventType];
/** An event of one type, e.g. `EventOf<'step_completed'>`. */
export type EventOf<T extends TrailEventType> = Extract<CaseEvent, { type: T }>;

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
