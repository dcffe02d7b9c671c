/**
 * The request case (berkas permohonan), SOP step 1. The intake schema is used by the intake form
 * (zodResolver) and by the core (dispatch), so the same payload passes or fails in both places.
 */
import { z } from 'zod';
import { caseDocumentSchema } from './document';
import { caseEventSchema } from './trail';
import { foldTrail } from './workflowFold';
import { localDate, type ZonaWaktu } from '../dates';
import { emailSchema, isoDate, isoInstant, nipSchema, optionalMultilineText, optionalText, phoneSchema, requiredText, userIdSchema, type FieldLabel } from './fields';
import { messageToken } from '../messages/format';

export const REQUEST_KINDS = ['reset_password', 'change_info', 'both'] as const;
export const requestKindSchema = z.enum(REQUEST_KINDS, { error: messageToken('schema.pickRequestKind') });
export type RequestKind = z.infer<typeof requestKindSchema>;

/** User ID information the SOP lets a Pokja member change (docs/sop.md §Decided: Request kinds). */
export const CHANGE_FIELDS = ['name', 'nip', 'email', 'phone', 'position', 'workUnit', 'userId', 'other'] as const;
export const changeFieldSchema = z.enum(CHANGE_FIELDS, { error: messageToken('schema.pickChangeField') });
export type ChangeField = z.infer<typeof changeFieldSchema>;

export const requestedChangeSchema = z
  .object({
    field: changeFieldSchema,
    /** Free label, required for `other`. */
    label: optionalText('label.dataRemarks', 100).default(''),
    current: requiredText('label.oldValue', 200),
    requested: requiredText('label.newValue', 200),
  })
  .superRefine((c, ctx) => {
    if (c.field === 'other' && c.label.length === 0)
      ctx.addIssue({ code: 'custom', path: ['label'], message: messageToken('schema.changeLabelNeeded') });
    if (c.current === c.requested)
      ctx.addIssue({ code: 'custom', path: ['requested'], message: messageToken('schema.changeSameValue') });
  });
export type RequestedChange = z.infer<typeof requestedChangeSchema>;

export const requesterSchema = z.object({
  name: requiredText('label.name', 120),
  nip: nipSchema,
  position: requiredText('label.position', 160),
  agency: requiredText('label.agency', 200),
  userId: userIdSchema,
  email: emailSchema,
  phone: phoneSchema,
});
export type Requester = z.infer<typeof requesterSchema>;

export const requestLetterSchema = z.object({
  number: requiredText('label.letterNumber', 120),
  date: isoDate('label.letterDate'),
  subject: requiredText('label.subject', 300),
});

export const skSchema = z.object({
  number: requiredText('label.skNumber', 120),
  date: isoDate('label.skDate'),
  issuer: requiredText('label.skIssuer', 200),
  validFrom: isoDate('label.validFrom'),
  /** Empty when the SK has no end date ("sampai dengan dicabut"). */
  validUntil: z.union([z.literal(''), isoDate('label.validUntil')]).default(''),
});

const intakeObject = z.object({
  kind: requestKindSchema,
  changes: z.array(requestedChangeSchema).max(20).default([]),
  requester: requesterSchema,
  letter: requestLetterSchema,
  sk: skSchema,
  receivedAt: isoInstant('label.receivedAt'),
  receivedBy: requiredText('label.receivingOperator', 120),
  notes: optionalMultilineText('label.notes', 2000).default(''),
});

/** The rules across fields that do not depend on the day. */
function dayFreeRules(v: z.output<typeof intakeObject>, ctx: z.RefinementCtx): void {
  if (v.kind !== 'reset_password' && v.changes.length === 0)
    ctx.addIssue({ code: 'custom', path: ['changes'], message: messageToken('schema.changesNeeded') });
  if (v.kind === 'reset_password' && v.changes.length > 0)
    ctx.addIssue({ code: 'custom', path: ['changes'], message: messageToken('schema.resetOnlyNoChanges') });
  if (v.sk.validUntil !== '' && v.sk.validUntil < v.sk.validFrom)
    ctx.addIssue({ code: 'custom', path: ['sk', 'validUntil'], message: messageToken('schema.skEndsBeforeStart') });
}

/**
 * The request as handed in (SOP step 1): every rule that does not depend on the day. The contract
 * parses with it; the dates are then judged against the core's clock (`intakeDateIssues`), and the
 * form uses `intakeSchemaAt` with the same clock, so tests and the harness can fix "today".
 */
export const intakeSchema = intakeObject.superRefine(dayFreeRules);

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

const DATE_MESSAGES = {
  letterFuture: messageToken('intake.letterFuture'),
  skFuture: messageToken('intake.skFuture'),
  receivedFuture: messageToken('intake.receivedFuture'),
  letterAfterReceipt: messageToken('intake.letterAfterReceipt'),
} as const;
/** Five minutes of slack: the form takes the minute the hardcopy arrived, a PC clock may lag. */
const RECEIPT_SLACK_MS = 5 * 60_000;

/**
 * The rules that need today's date: a letter or SK dated after today, a receipt in the future, a
 * letter dated after its receipt. `now` comes from the caller's clock (the core's `now`, or the
 * clock the renderer got from the core), never read here; "today" is in the office's zone.
 */
export function intakeDateIssues(
  v: { letter: { date: string }; sk: { date: string }; receivedAt: string },
  now: Date,
  zone: ZonaWaktu = 'WIB',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const today = localDate(now, zone);
  if (v.letter.date > today) issues.push({ path: ['letter', 'date'], message: DATE_MESSAGES.letterFuture });
  if (v.sk.date > today) issues.push({ path: ['sk', 'date'], message: DATE_MESSAGES.skFuture });
  const received = Date.parse(v.receivedAt);
  if (Number.isNaN(received)) return issues;
  if (received > now.getTime() + RECEIPT_SLACK_MS) issues.push({ path: ['receivedAt'], message: DATE_MESSAGES.receivedFuture });
  const receivedDay = localDate(new Date(received), zone);
  if (v.letter.date <= today && v.letter.date > receivedDay) issues.push({ path: ['letter', 'date'], message: DATE_MESSAGES.letterAfterReceipt });
  return issues;
}

/**
 * The intake schema with the date rules against a clock: the form's resolver. A future date is
 * judged on the field itself, so its message shows at once, while other fields are still empty.
 */
export function intakeSchemaAt(now: () => Date, zone: ZonaWaktu = 'WIB') {
  const notAfterToday = (label: FieldLabel, message: string) => isoDate(label).refine((d) => d <= localDate(now(), zone), { error: message });
  return intakeObject
    .extend({
      letter: requestLetterSchema.extend({ date: notAfterToday('label.letterDate', DATE_MESSAGES.letterFuture) }),
      sk: skSchema.extend({ date: notAfterToday('label.skDate', DATE_MESSAGES.skFuture) }),
      receivedAt: isoInstant('label.receivedAt').refine((at) => Date.parse(at) <= now().getTime() + RECEIPT_SLACK_MS, { error: DATE_MESSAGES.receivedFuture }),
    })
    .superRefine((v, ctx) => {
      dayFreeRules(v, ctx);
      // The field rules above have passed here; what is left is the letter dated after its receipt.
      for (const issue of intakeDateIssues(v, now(), zone)) ctx.addIssue({ code: 'custom', ...issue });
    });
}

/** What the form holds (before transforms) and what the core stores (after). */
export type IntakeFormValues = z.input<typeof intakeSchema>;
export type Intake = z.output<typeof intakeSchema>;

/**
 * Case status. Step 1 registers a case as `registered`; the SOP engine (workflow issue) moves it on.
 * The register filters on it, so the full set is known here.
 */
export const CASE_STATUSES = [
  'registered', // SOP 1 done, waiting for the completeness check
  'checking', // SOP 2 / 5 under way
  'waiting_pokja', // SOP 3–4, waiting for supplementary documents
  'ready_reset', // SOP 6
  'to_notify', // SOP 7 / 8
  'to_archive', // SOP 9
  'closed',
] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** 2: `events` (audit trail) and `documents` added; see CASE_MIGRATIONS in the core's case repository. */
export const CASE_SCHEMA_VERSION = 2;

export const caseIdSchema = z.string().regex(/^\d{4}-[A-Z0-9]{2,8}-\d{5}$/, { error: messageToken('schema.unknownCaseId') });

export const caseRecordSchema = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  /** File-safe id: year-workstation-sequence; never collides between workstations. */
  id: caseIdSchema,
  /** The agency's number from its configured pattern, e.g. "0007/WS01/RP/XI/2026". */
  caseNumber: z.string().min(1),
  year: z.number().int(),
  workstation: z.string(),
  seq: z.number().int().positive(),
  status: caseStatusSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Incremented on every save; an update names the revision it edits (optimistic concurrency). */
  revision: z.number().int().nonnegative(),
  /**
   * The revision at which the registered data (`intake`) last changed. A correction made from
   * revision R conflicts only if the intake changed after R — not when scans or SOP steps moved the
   * record's revision on meanwhile.
   */
  intakeRevision: z.number().int().nonnegative(),
  intake: z.lazy(() => intakeStoredSchema),
  /** The audit trail, hash-chained (shared/domain/trail.ts). */
  events: z.array(caseEventSchema),
  /** Scanned/imported documents (shared/domain/document.ts). */
  documents: z.array(caseDocumentSchema),
});
/**
 * Stored intake: the shape after transforms, validated structurally on read. Business rules that
 * depend on "today" (no future dates) apply at entry only, not to old records.
 */
const intakeStoredSchema = z.object({
  kind: requestKindSchema,
  changes: z.array(z.object({ field: changeFieldSchema, label: z.string(), current: z.string(), requested: z.string() })),
  requester: z.object({
    name: z.string(), nip: z.string(), position: z.string(), agency: z.string(),
    userId: z.string(), email: z.string(), phone: z.string(),
  }),
  letter: z.object({ number: z.string(), date: z.string(), subject: z.string() }),
  sk: z.object({ number: z.string(), date: z.string(), issuer: z.string(), validFrom: z.string(), validUntil: z.string() }),
  receivedAt: z.string(),
  receivedBy: z.string(),
  notes: z.string(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** One row of the register: what the list shows and filters on (kept in the derived index). */
export const caseSummarySchema = z.object({
  id: caseIdSchema,
  caseNumber: z.string(),
  status: caseStatusSchema,
  kind: requestKindSchema,
  name: z.string(),
  nip: z.string(),
  userId: z.string(),
  agency: z.string(),
  letterNumber: z.string(),
  receivedAt: z.string(),
  updatedAt: z.string(),
  /** The SOP step the case is at (null once closed), folded from the trail; defaults keep an older index readable. */
  step: z.number().int().min(1).max(9).nullable().default(2),
  /** Waiting for the Pokja (step 4): the last day to complete the file, else ''. */
  waitingDeadline: z.string().default(''),
  result: z.enum(['', 'completed', 'rejected', 'not_completed']).default(''),
  /** Handed over to this workstation (issue 12 §5): read-only here, out of the work queue; '' otherwise. */
  handedOverTo: z.string().default(''),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export function summarize(c: CaseRecord): CaseSummary {
  const trail = foldTrail(c.events);
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    status: c.status,
    kind: c.intake.kind,
    name: c.intake.requester.name,
    nip: c.intake.requester.nip,
    userId: c.intake.requester.userId,
    agency: c.intake.requester.agency,
    letterNumber: c.intake.letter.number,
    receivedAt: c.intake.receivedAt,
    updatedAt: c.updatedAt,
    step: trail.step,
    waitingDeadline: trail.waiting?.deadline ?? '',
    result: trail.result,
    handedOverTo: trail.handedOverTo ?? '',
  };
}
