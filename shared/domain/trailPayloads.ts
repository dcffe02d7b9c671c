/**
 * What each event of the audit trail carries (its `payload`), one schema per event type, the step
 * completions named by what happened at the counter (checklist judged, notice sent, validity judged,
 * account reset, notice handed over, file archived). These schemas read what is *stored*: they never
 * add a default or change a value (the payload digest is over the payload as stored, see
 * `storedPayload`), and values the engine took from a form already validated (checklist lines,
 * channels, fields) are checked as text and typed as that form's, so a later revision of the SOP's
 * lists leaves old trails readable (docs/architecture.md, "Audit trail").
 *
 * Imports only leaf modules: `case.ts` imports the trail, so nothing here may import it back.
 */
import { z } from 'zod';
import { STEP_NUMBERS, type Outcome } from '../sop/definition';
import type { ChangeField } from './case';
import type { CheckAnswer, ChecklistLine, ELECTRONIC_ARCHIVE_STATUSES, NOTICE_CHANNELS, SpseField } from './workflow';
import { DEVELOPMENT_LEVELS, DOCUMENT_TYPES } from './document';

/** Text the engine wrote from a validated form value: checked as text, typed as the form's value. */
const formText = <T extends string>() => z.string() as unknown as z.ZodType<T, T>;

const stepNo = z.literal(STEP_NUMBERS);
const noticeChannel = formText<(typeof NOTICE_CHANNELS)[number]>();

// ---------------------------------------------------------------------------------------------
// SOP step 1 (genesis) and the step clock

/** SOP step 1: the file received and registered. `case` and `intake` since the genesis carries the whole intake (absent in older trails). */
export const registeredSchema = z.object({
  step: z.literal(1),
  receivedAt: z.string(),
  receivedBy: z.string(),
  case: z.object({ id: z.string(), caseNumber: z.string() }).optional(),
  /**
   * The intake as registered, compared with the record field by field (`recordDifferences`); not
   * re-validated, because the rules for new input may tighten after it was registered.
   */
  intake: z.record(z.string(), z.unknown()).optional(),
});

/** A step's clock started, paused or resumed. */
export const stepClockSchema = z.object({ step: stepNo });

// ---------------------------------------------------------------------------------------------
// Step completions: what happened, by step

/** SOP step 2: the completeness checklist judged (only the lines that apply to the request kind). */
export const checklistJudgedSchema = z.object({
  checklist: z.partialRecord(formText<ChecklistLine>(), formText<CheckAnswer>()),
  failedLines: z.array(formText<ChecklistLine>()),
  notes: z.string(),
});

/** SOP step 3: the Pokja member told what is missing, with the deadline to complete it. */
export const completionNoticeSentSchema = z.object({
  missingItems: z.array(formText<ChecklistLine>()),
  otherMissing: z.string(),
  channel: noticeChannel,
  sentAt: z.string(),
  /** "YYYY-MM-DD", configured zone. */
  deadline: z.string(),
  notes: z.string(),
});

/** SOP step 4: the supplementary documents received (back to step 2). */
export const supplementReceivedSchema = z.object({ receivedAt: z.string(), items: z.array(z.string()), notes: z.string() });

/** SOP step 4: the deadline passed without the documents (closed as not completed). */
export const waitingExpiredSchema = z.object({ reason: z.string(), deadline: z.string() });

const comparisonRowSchema = z.object({
  field: formText<SpseField>(),
  request: z.string(),
  expected: z.string(),
  spse: z.string(),
  match: z.boolean().nullable(),
  /** Since 2 December 2026 (names equal but for spelling); absent in older trails. */
  variant: z.boolean().optional(),
});

/** SOP step 5: validity judged against the SPSE account (and, if needed, confirmed with the Pokja member). */
/** Step 5's look into the office archive: read now, configured but not reachable, or none configured. */
export const ARCHIVE_SEARCH_STATES = ['searched', 'unreachable', 'not_configured'] as const;
export type ArchiveSearch = (typeof ARCHIVE_SEARCH_STATES)[number];

export const validityJudgedSchema = z.object({
  spse: z.record(formText<SpseField>(), z.string()),
  comparison: z.array(comparisonRowSchema),
  problems: z.array(z.string()),
  comparedCases: z.array(z.string()),
  /**
   * Since 3 December 2026: whether step 5 could search the office archive on the shared drive
   * (ARCHIVE_SEARCH_STATES); absent in older trails, which read as before (docs/sop.md §Decided: Step 5 sources).
   */
  archiveSearch: z.enum(ARCHIVE_SEARCH_STATES).optional(),
  confirmations: z.array(
    z.object({
      channel: formText<'phone' | 'in_person'>(),
      contact: z.string(),
      at: z.string(),
      result: formText<'confirmed' | 'denied' | 'unreachable'>(),
      notes: z.string(),
    }),
  ),
  notes: z.string(),
});

/** SOP step 6: the account reset (password) and/or its information changed in SPSE. Never the password. */
export const accountResetSchema = z.object({
  passwordReset: z.boolean(),
  changedFields: z.array(formText<ChangeField>()),
  doneAt: z.string(),
  /** How the temporary password was made ('' when none was reset). */
  passwordSource: formText<'' | 'generated' | 'typed'>(),
  notes: z.string(),
});

/** SOP step 7: the rejection notice sent. */
export const rejectionSentSchema = z.object({ failedChecks: z.array(z.string()), reason: z.string(), channel: noticeChannel, sentAt: z.string() });

/** SOP step 8: the notice (new password / User ID information) handed over. */
export const noticeHandedOverSchema = z.object({
  channel: formText<'in_person' | 'letter' | 'email'>(),
  receivedBy: z.string(),
  at: z.string(),
  mustChangeReminder: z.boolean(),
  notes: z.string(),
});

/** Where the paper file is kept (SOP *Pencatatan* 2): set when the file is archived (step 9). */
export const physicalLocationSchema = z.object({ box: z.string(), folder: z.string(), shelf: z.string() });

/** SOP step 9: the file archived, its physical location set, the electronic archive's state. */
export const fileArchivedSchema = z.object({
  physical: physicalLocationSchema,
  electronic: formText<(typeof ELECTRONIC_ARCHIVE_STATUSES)[number]>(),
  electronicRef: z.string(),
  notes: z.string(),
});

/** The standard minutes in force when an admin step was done (recorded since the reports; absent before, and for step 4). */
const standardMinutes = z.number().int().positive().optional();

const completed = <S extends 2 | 3 | 5 | 6 | 7 | 8 | 9, O extends readonly [Outcome, ...Outcome[]], D extends z.ZodType>(step: S, outcomes: O, data: D) =>
  z.object({ step: z.literal(step), outcome: z.enum(outcomes), data, overrunReason: z.string(), standardMinutes });

/** `step_completed`: one step form judged by the engine, by step (and by outcome for step 4). */
export const stepCompletedSchema = z.discriminatedUnion('step', [
  completed(2, ['complete', 'incomplete'], checklistJudgedSchema),
  completed(3, ['notice_sent'], completionNoticeSentSchema),
  z.discriminatedUnion('outcome', [
    z.object({ step: z.literal(4), outcome: z.literal('supplemented'), data: supplementReceivedSchema, overrunReason: z.string(), standardMinutes }),
    z.object({ step: z.literal(4), outcome: z.literal('expired'), data: waitingExpiredSchema, overrunReason: z.string(), standardMinutes }),
  ]),
  completed(5, ['valid', 'invalid'], validityJudgedSchema),
  completed(6, ['reset_done'], accountResetSchema),
  completed(7, ['rejection_sent'], rejectionSentSchema),
  completed(8, ['notified'], noticeHandedOverSchema),
  completed(9, ['archived'], fileArchivedSchema),
]);
export type StepCompleted = z.input<typeof stepCompletedSchema>;
/** The completion of one step, e.g. `CompletedStep<5>` for the validity judged. */
export type CompletedStep<S extends StepCompleted['step']> = Extract<StepCompleted, { step: S }>;

// ---------------------------------------------------------------------------------------------
// Record changes outside the steps

/** Registered data corrected: each field's value before and after ("requester.nip"). */
export const intakeCorrectedSchema = z.object({
  changes: z.array(z.object({ path: z.string(), before: z.string(), after: z.string() })),
});

/**
 * The case handed over to another workstation through the shared drive (issue 12 §5): from this
 * event on, the case is read-only here; `to` is the receiving workstation's code.
 */
export const handedOverSchema = z.object({ to: z.string(), computer: z.string() });

/** The case taken over from `from` after its trail and documents were verified (issue 12 §5). */
export const handoverReceivedSchema = z.object({ from: z.string(), computer: z.string() });

export const DOCUMENT_ACTIONS = [
  'pages_added', 'meta_changed', 'pages_rotated', 'pages_reordered', 'pages_deleted', 'document_split', 'pages_moved', 'document_deleted', 'pdf_built',
] as const;

/** Scans attached or edited: every document added or changed (pages as "blob@rotation", built PDF) and the ids removed. */
export const documentsChangedSchema = z.object({
  action: z.enum(DOCUMENT_ACTIONS),
  documents: z.array(
    z.object({ id: z.string(), type: z.enum(DOCUMENT_TYPES), developmentLevel: z.enum(DEVELOPMENT_LEVELS), pages: z.array(z.string()), pdf: z.string().nullable() }),
  ),
  removed: z.array(z.string()),
});
