/**
 * The guided SOP's step forms (the same zod schemas in the UI's react-hook-form and in the core),
 * workflow settings (`workflow.json`) and the derived case state the core serves.
 */
import { z } from 'zod';
import { CHANGE_FIELDS, CASE_STATUSES, type RequestKind } from './case';
import { optionalMultilineText, optionalText, requiredMultilineText, requiredText, isoDate, isoInstant } from './fields';
import { OUTCOMES, STEP_NUMBERS } from '../sop/definition';
import { messageToken } from '../messages/format';

export const stepNoSchema = z.literal(STEP_NUMBERS, { error: messageToken('schema.unknownStep') });
export const outcomeSchema = z.enum(OUTCOMES);

// ---------------------------------------------------------------------------------------------
// Step 2: completeness checklist (issue 3 §3). The decision follows from the lines.

export const CHECKLIST_LINES = [
  'letter_present', // request letter present
  'letter_signed_stamped', // signed and stamped
  'letter_dated_addressed', // dated and addressed to the UKPBJ
  'requester_identified', // requester identified by name, NIP and User ID
  'sk_present', // SK present
  'sk_names_requester', // SK names the requester
  'sk_in_force', // SK in force on the request date
  'changes_stated', // change requests: the requested values stated
] as const;
export type ChecklistLine = (typeof CHECKLIST_LINES)[number];
export const checklistLineSchema = z.enum(CHECKLIST_LINES);

export const CHECKLIST_LABELS: Record<ChecklistLine, { id: string; en: string }> = {
  letter_present: { id: 'Surat permohonan ada', en: 'Request letter present' },
  letter_signed_stamped: { id: 'Surat permohonan ditandatangani dan dicap', en: 'Letter signed and stamped' },
  letter_dated_addressed: { id: 'Surat bertanggal dan ditujukan kepada UKPBJ', en: 'Letter dated and addressed to the UKPBJ' },
  requester_identified: { id: 'Pemohon jelas: nama, NIP dan User ID', en: 'Requester identified by name, NIP and User ID' },
  sk_present: { id: 'SK penetapan Pokja ada', en: 'SK (Pokja appointment) present' },
  sk_names_requester: { id: 'SK mencantumkan nama pemohon', en: 'SK names the requester' },
  sk_in_force: { id: 'SK berlaku pada tanggal permohonan', en: 'SK in force on the request date' },
  changes_stated: { id: 'Data yang diminta diubah disebutkan (permohonan perubahan)', en: 'Requested values stated (change requests)' },
};

/**
 * A failed line worded as what is missing (SOP step 3: the notice lists what the Pokja must still
 * bring), never as if it were done. The step-3 form and the completion notice use the same words.
 */
export const CHECKLIST_MISSING: Record<ChecklistLine, { id: string; en: string }> = {
  letter_present: { id: 'Surat permohonan reset password / perubahan informasi User ID', en: 'The request letter (password reset / User ID information change)' },
  letter_signed_stamped: { id: 'Tanda tangan dan cap dinas pada surat permohonan', en: 'The signature and the office stamp on the request letter' },
  letter_dated_addressed: { id: 'Tanggal surat dan alamat tujuan surat kepada UKPBJ', en: 'The letter\'s date and its address to the UKPBJ' },
  requester_identified: { id: 'Identitas pemohon yang lengkap (nama, NIP dan User ID SPSE)', en: 'The requester\'s full identity (name, NIP and SPSE User ID)' },
  sk_present: { id: 'SK penetapan sebagai Pokja Pemilihan', en: 'The SK appointing the requester to the Pokja' },
  sk_names_requester: { id: 'SK penetapan Pokja Pemilihan yang mencantumkan nama pemohon', en: 'An SK appointing the Pokja that names the requester' },
  sk_in_force: { id: 'SK penetapan Pokja Pemilihan yang masih berlaku pada tanggal permohonan', en: 'An SK appointing the Pokja that is in force on the request date' },
  changes_stated: { id: 'Rincian data yang diminta diubah (data lama dan data baru)', en: 'The details of the data to change (current and new values)' },
};

/** `na` only for "changes_stated" on a reset-only request. */
export const checkAnswerSchema = z.enum(['yes', 'no', 'na'], { error: messageToken('schema.pickYesNo') });
export type CheckAnswer = z.infer<typeof checkAnswerSchema>;

/** Lines that apply to a request kind (change lines only for change requests). */
export function applicableLines(kind: RequestKind): ChecklistLine[] {
  return CHECKLIST_LINES.filter((l) => l !== 'changes_stated' || kind !== 'reset_password');
}

export type Checklist = Record<ChecklistLine, CheckAnswer>;

/** The lines answered "no" (or not answered) among those that apply: the missing items of step 3. */
export function failedLines(kind: RequestKind, checklist: Partial<Checklist>): ChecklistLine[] {
  return applicableLines(kind).filter((l) => checklist[l] !== 'yes');
}

export const completenessSchema = z.object({
  step: z.literal(2),
  checklist: z.object(Object.fromEntries(CHECKLIST_LINES.map((l) => [l, checkAnswerSchema])) as Record<ChecklistLine, typeof checkAnswerSchema>),
  /** The admin confirms the decision the checklist implies (the core refuses a contradiction). */
  decision: z.enum(['complete', 'incomplete'], { error: messageToken('schema.pickCheckDecision') }),
  notes: optionalMultilineText('label.notes', 2000).default(''),
});

// ---------------------------------------------------------------------------------------------
// Step 3: notice to complete the file; step 4: supplementary documents or expiry.

export const NOTICE_CHANNELS = ['in_person', 'letter', 'email', 'phone'] as const;
export const noticeChannelSchema = z.enum(NOTICE_CHANNELS, { error: messageToken('schema.pickDeliveryChannel') });
export const NOTICE_CHANNEL_LABELS: Record<(typeof NOTICE_CHANNELS)[number], { id: string; en: string }> = {
  in_person: { id: 'Disampaikan langsung', en: 'In person' },
  letter: { id: 'Surat', en: 'Letter' },
  email: { id: 'Email resmi', en: 'Official e-mail' },
  phone: { id: 'Telepon', en: 'Telephone' },
};

export const completionNoticeSchema = z.object({
  step: z.literal(3),
  /** Must be exactly the failed lines of the last completeness check (the UI pre-fills them). */
  missingItems: z.array(checklistLineSchema).min(1, { error: messageToken('schema.missingItemsNeeded') }),
  otherMissing: optionalMultilineText('label.otherMissing', 1000).default(''),
  channel: noticeChannelSchema,
  sentAt: isoInstant('label.sentAt'),
  /** Last day ("YYYY-MM-DD", configured zone) for the Pokja to complete the file. */
  deadline: isoDate('label.supplementDeadline'),
  notes: optionalMultilineText('label.notes', 2000).default(''),
});

export const supplementSchema = z.object({
  step: z.literal(4),
  outcome: z.literal('supplemented'),
  receivedAt: isoInstant('label.receivedAt'),
  items: z.array(requiredText('label.supplement', 300)).min(1, { error: messageToken('schema.supplementItemsNeeded') }).max(20),
  notes: optionalMultilineText('label.notes', 2000).default(''),
});

export const expirySchema = z.object({
  step: z.literal(4),
  outcome: z.literal('expired'),
  reason: requiredMultilineText('label.remarks', 1000),
});

// ---------------------------------------------------------------------------------------------
// Step 5: validity.

/** The SPSE account data the admin reads in SPSE and types in (the app never reaches SPSE). */
export const SPSE_FIELDS = ['name', 'nip', 'userId', 'email', 'phone', 'agency'] as const;
export type SpseField = (typeof SPSE_FIELDS)[number];
export const SPSE_FIELD_LABELS: Record<SpseField, { id: string; en: string }> = {
  name: { id: 'Nama', en: 'Name' },
  nip: { id: 'NIP', en: 'NIP' },
  userId: { id: 'User ID', en: 'User ID' },
  email: { id: 'Email', en: 'E-mail' },
  phone: { id: 'Nomor telepon', en: 'Phone' },
  agency: { id: 'Instansi/unit kerja', en: 'Agency/work unit' },
};

export const spseAccountSchema = z.object(
  Object.fromEntries(SPSE_FIELDS.map((f) => [f, optionalText(`label.spse.${f}`, 200).default('')])) as Record<
    SpseField,
    z.ZodDefault<z.ZodString>
  >,
);
export type SpseAccount = z.output<typeof spseAccountSchema>;

export const confirmationSchema = z.object({
  channel: z.enum(['phone', 'in_person'], { error: messageToken('schema.pickPhoneOrInPerson') }),
  contact: requiredText('label.contact', 200),
  at: isoInstant('label.confirmedAt'),
  result: z.enum(['confirmed', 'denied', 'unreachable'], { error: messageToken('schema.pickConfirmationResult') }),
  notes: optionalMultilineText('label.notes', 1000).default(''),
});
export type Confirmation = z.output<typeof confirmationSchema>;

export const validitySchema = z.object({
  step: z.literal(5),
  spse: spseAccountSchema,
  /** Earlier cases the admin compared against (ids from workflow.relatedCases). */
  comparedCases: z.array(z.string()).max(50).default([]),
  confirmations: z.array(confirmationSchema).max(20).default([]),
  decision: z.enum(['valid', 'invalid'], { error: messageToken('schema.pickValidityDecision') }),
  /** Required when deciding "valid" despite a mismatch: why the mismatch is acceptable. */
  notes: optionalMultilineText('label.notes', 2000).default(''),
});

// ---------------------------------------------------------------------------------------------
// Step 6: reset record. The temporary password itself never enters this payload.

export const resetRecordSchema = z.object({
  step: z.literal(6),
  passwordReset: z.boolean(),
  changedFields: z.array(z.enum(CHANGE_FIELDS)).max(CHANGE_FIELDS.length).default([]),
  doneAt: isoInstant('label.doneAt'),
  notes: optionalMultilineText('label.notes', 2000).default(''),
});

// Step 7: rejection.
export const rejectionSchema = z.object({
  step: z.literal(7),
  /** The failed checks (mismatched fields, failed confirmations) the UI offers from step 5. */
  failedChecks: z.array(requiredText('label.check', 200)).max(30).default([]),
  reason: requiredMultilineText('label.rejectionReason', 2000),
  channel: noticeChannelSchema,
  sentAt: isoInstant('label.sentAt'),
});

// Step 8: notification.
export const notificationSchema = z.object({
  step: z.literal(8),
  channel: z.enum(['in_person', 'letter', 'email'], { error: messageToken('schema.pickDeliveryChannel') }),
  receivedBy: requiredText('label.receivedBy', 200),
  at: isoInstant('label.sentAt'),
  /**
   * SOP step 8 note: the Pokja member must change the default password. Required by the core only
   * when a password was reset (a User-ID-only change hands over none).
   */
  mustChangeReminder: z.boolean().default(false),
  notes: optionalMultilineText('label.notes', 2000).default(''),
});

// Step 9: archiving.
export const ELECTRONIC_ARCHIVE_STATUSES = ['pending', 'stored'] as const;
export const archiveSchema = z.object({
  step: z.literal(9),
  physical: z.object({
    box: requiredText('label.boxNumber', 40),
    folder: requiredText('label.folderNumber', 40),
    shelf: requiredText('label.shelf', 80),
  }),
  /** pending: the electronic bundle is still to be built (archive issue); stored: saved to the archive. */
  electronic: z.enum(ELECTRONIC_ARCHIVE_STATUSES, { error: messageToken('schema.pickElectronicStatus') }),
  electronicRef: optionalText('label.electronicRef', 500).default(''),
  notes: optionalMultilineText('label.notes', 2000).default(''),
});

/** Every step form, by `step` (and `outcome` for step 4): discriminated, so a bad form gets per-field messages. */
export const stepPayloadSchema = z.discriminatedUnion('step', [
  completenessSchema,
  completionNoticeSchema,
  z.discriminatedUnion('outcome', [supplementSchema, expirySchema]),
  validitySchema,
  resetRecordSchema,
  rejectionSchema,
  notificationSchema,
  archiveSchema,
], { error: messageToken('schema.unknownStepForm') });
export type StepPayload = z.output<typeof stepPayloadSchema>;
export type StepPayloadInput = z.input<typeof stepPayloadSchema>;

/** A written reason for finishing over the standard time (SOP *Peringatan*). */
export const overrunReasonSchema = optionalMultilineText('label.overrunReason', 1000).default('');

// ---------------------------------------------------------------------------------------------
// Workflow settings (`workflow.json`, its own schemaVersion; settings.json is left alone).

export const WORKFLOW_SETTINGS_VERSION = 1;
export const workflowSettingsInputSchema = z.object({
  /** Overrides of the SOP's standard minutes by step ("2": 7); absent = the SOP's value. */
  standardMinutes: z.partialRecord(
    z.enum(['2', '3', '5', '6', '7', '8', '9']),
    z.number({ error: messageToken('schema.minutesNumber') }).int({ error: messageToken('schema.minutesInteger') }).min(1, { error: messageToken('schema.minOneMinute') }).max(480, { error: messageToken('schema.max480Minutes') }),
  ).default({}),
  waitingDeadlineDays: z.number({ error: messageToken('schema.daysRequired') }).int().min(1, { error: messageToken('schema.minOneDay') }).max(90, { error: messageToken('schema.max90Days') }).default(14),
  autoLockMinutes: z.number({ error: messageToken('schema.minutesRequired') }).int().min(1, { error: messageToken('schema.minOneMinute') }).max(240, { error: messageToken('schema.max240Minutes') }).default(10),
});
export const workflowSettingsSchema = workflowSettingsInputSchema.extend({ schemaVersion: z.literal(WORKFLOW_SETTINGS_VERSION) });
export type WorkflowSettings = z.output<typeof workflowSettingsSchema>;

// ---------------------------------------------------------------------------------------------
// Derived state (served by workflow.state; never stored except `status` and the index summary).

export const timerSchema = z.object({
  step: stepNoSchema,
  /** 1 for the first visit; step 2 is visited again after supplementary documents. */
  visit: z.number().int().positive(),
  openedAt: z.string(),
  completedAt: z.string().nullable(),
  running: z.boolean(),
  paused: z.boolean(),
  /** Admin work so far (pauses excluded), as of `serverNow` when still running. */
  workedMs: z.number().nonnegative(),
  standardMinutes: z.number().nullable(),
  overrun: z.boolean(),
  overrunReason: z.string(),
});
export type StepTimer = z.infer<typeof timerSchema>;

export const availableActionSchema = z.object({
  action: z.enum(['open', 'pause', 'resume', 'complete']),
  step: stepNoSchema,
  /** For complete: the outcomes allowed now (e.g. step 4 "expired" only past the deadline). */
  outcomes: z.array(outcomeSchema),
});

export const workflowStateSchema = z.object({
  caseId: z.string(),
  revision: z.number().int(),
  status: z.enum(CASE_STATUSES),
  /** The step the case is at; null when closed. */
  step: stepNoSchema.nullable(),
  closed: z.boolean(),
  /** Handed over to this workstation code through the shared drive (issue 12 §5): no action here; '' otherwise. */
  handedOverTo: z.string().default(''),
  /** How it ended: completed (notified), rejected, not_completed (expired); '' while open. */
  result: z.enum(['', 'completed', 'rejected', 'not_completed']),
  /** Steps visited, in order, with the outcome that left each (flowchart path). */
  path: z.array(z.object({ step: stepNoSchema, outcome: outcomeSchema.nullable() })),
  actions: z.array(availableActionSchema),
  /** The open visit of the current step, if any. */
  current: timerSchema.nullable(),
  timers: z.array(timerSchema),
  turnaround: z.object({
    receivedAt: z.string(),
    notifiedAt: z.string().nullable(),
    elapsedMs: z.number().nonnegative(),
    /** Calendar time waiting for the Pokja (step 4), reported apart from admin time. */
    waitingMs: z.number().nonnegative(),
    adminWorkMs: z.number().nonnegative(),
  }),
  waiting: z
    .object({ deadline: z.string(), daysLeft: z.number().int(), overdue: z.boolean(), missingItems: z.array(checklistLineSchema), otherMissing: z.string() })
    .nullable(),
  /** Failed lines of the last completeness check (pre-fill for step 3). */
  lastFailedLines: z.array(checklistLineSchema),
  /** Step 5's mismatched fields and failed confirmations of the last validity check (pre-fill for step 7). */
  lastValidityProblems: z.array(z.string()),
  password: z.object({ held: z.boolean(), source: z.enum(['', 'generated', 'typed']) }),
  /** Pre-fill of step 3's deadline: today + workflow.json's waiting days, in the configured zone. */
  suggestedDeadline: z.string(),
  /** Standard minutes in force per admin step ("2": 5…), the SOP's or workflow.json's override. */
  standardMinutes: z.record(z.string(), z.number()),
  serverNow: z.string(),
});
export type WorkflowState = z.infer<typeof workflowStateSchema>;

// ---------------------------------------------------------------------------------------------
// Work queue (served from the in-memory index).

/** Queue states = case statuses; "registered" is shown as "new". */
export const queueItemSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  name: z.string(),
  nip: z.string(),
  userId: z.string(),
  kind: z.string(),
  status: z.enum(CASE_STATUSES),
  step: stepNoSchema.nullable(),
  receivedAt: z.string(),
  updatedAt: z.string(),
  /** Waiting for the Pokja: the deadline and whole days left (negative = past). */
  waitingDeadline: z.string(),
  daysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  result: z.enum(['', 'completed', 'rejected', 'not_completed']),
});
export type QueueItem = z.infer<typeof queueItemSchema>;
