/**
 * The office on the shared drive (names in office.names.ts; docs/office.md).
 * - `office.status {}` → the office as last seen: workstation codes in use, bags, catalogue problems.
 * - `office.sync {}` → reads every catalogue on the share now (incremental), then the status.
 * - `office.find {nip?, userId?, text?}` → earlier cases in this PC's store and in the office
 *   archive, with where each lives; a share that is away answers from the cache with a note.
 * - `office.claim {takeOver}` → claims this PC's workstation code on the share; `takeOver` replaces
 *   another PC's claim (this PC replaces that one).
 * - `office.handOver {id, to}` → "Serahkan ke PC lain": the case becomes read-only here and its
 *   package goes to the share for workstation `to`; again on a handed-over case, it resumes.
 * - `office.handoverStatus {id}` → a hand-over from here: its package on the share, and when it was received.
 * - `office.incoming {}` → the cases other workstations handed over to this one.
 * - `office.receive {caseId}` → takes one after verifying its trail and documents.
 * - `office.audit.status {}` → the fixity audit (issue 12 §4): the last full pass and its problems,
 *   the pass in progress (the scheduled one goes a slice a day), when the next is due.
 * - `office.audit.run {}` → a full pass now (one at a time; answers when it is done).
 * - `office.openBag {bag}` → an archived case read from its bag on the share, read-only: record,
 *   trail, letters and documents filed, and whether it still matches its catalogue line.
 * - `office.bagPdf {bag, file, dpi}` → one PDF of that bag's data/ as PNG pages (the viewer).
 */
import { z } from 'zod';
import { caseIdSchema } from '../../domain/case';
import { archivedCaseSchema, bagRefSchema, incomingHandoverSchema, officeMatchSchema, officeQuerySchema, officeStatusSchema } from '../../domain/office';
import { pdfPreviewSchema } from '../../domain/letters';
import { workstationCodeSchema } from '../../domain/settings';
import { bagProblemSchema } from './archive';
import type { OFFICE_EVENTS, OFFICE_METHODS } from './office.names';
import type { MethodSpec } from './spec';

/** What only the audit finds, beside the bag's own BagIt problems (bagProblemSchema). */
export const AUDIT_PROBLEM_CODES = ['catalogue_mismatch', 'not_in_catalogue', 'bag_missing'] as const;
export const auditProblemSchema = z.object({
  code: z.union([bagProblemSchema.shape.code, z.enum(AUDIT_PROBLEM_CODES)]),
  /** The file or field concerned, relative to the bag ('' for the bag itself). */
  path: z.string(),
  message: z.string(),
});
export type AuditProblem = z.infer<typeof auditProblemSchema>;

/** One bag as the audit found it; a bag with problems says where a good copy is. */
export const bagAuditSchema = z.object({
  /** Bag folder under the archive root, with "/". */
  bag: z.string(),
  ok: z.boolean(),
  caseNumber: z.string(),
  /** The workstation that published it (its catalogue; else the one in the case id; '' unknown). */
  workstation: z.string(),
  problems: z.array(auditProblemSchema),
  /** Where a good copy is and what to do (Indonesian); '' for a sound bag. */
  goodCopy: z.string(),
});
export type BagAudit = z.infer<typeof bagAuditSchema>;

/** A full pass over the archive root: every bag listed, every catalogue entry. */
export const auditPassSchema = z.object({
  root: z.string(),
  kind: z.enum(['scheduled', 'manual']),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** Bags checked, and of them with a problem. */
  bags: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Catalogue entries whose bag is gone; bags no catalogue names. */
  missing: z.number().int().nonnegative(),
  uncatalogued: z.number().int().nonnegative(),
  /** Payload bytes read and hashed. */
  bytes: z.number().int().nonnegative(),
  /** The bags with problems, first ones (the audit log on the share has them all). */
  problems: z.array(bagAuditSchema),
  /** Where the pass was logged, or why it was not ('' when logged). */
  logNote: z.string(),
});
export type AuditPass = z.infer<typeof auditPassSchema>;

export const auditStatusSchema = z.object({
  root: z.string(),
  /** The last completed full pass (null: none yet). */
  last: auditPassSchema.nullable(),
  /** The pass in progress: the scheduled one advances a slice a day. */
  current: z
    .object({ kind: z.enum(['scheduled', 'manual']), startedAt: z.string(), checked: z.number().int().nonnegative(), total: z.number().int().nonnegative(), failed: z.number().int().nonnegative() })
    .nullable(),
  running: z.boolean(),
  /** When the next scheduled pass starts (null while one is under way, or with no archive root). */
  nextPassAt: z.string().nullable(),
  periodDays: z.number().int().positive(),
  /** Why the last attempt stopped ('' when it did not). */
  lastError: z.string(),
});
export type AuditStatus = z.infer<typeof auditStatusSchema>;

export const officeContract = {
  'office.status': { access: 'session', input: z.object({}), output: officeStatusSchema },
  'office.sync': { access: 'session', input: z.object({}), output: officeStatusSchema },
  'office.find': { access: 'session', input: officeQuerySchema, output: z.object({ matches: z.array(officeMatchSchema), note: z.string() }) },
  'office.claim': { access: 'operator', input: z.object({ takeOver: z.boolean().default(false) }), output: officeStatusSchema },
  'office.handOver': {
    access: 'operator',
    input: z.object({ id: caseIdSchema, to: workstationCodeSchema }),
    output: z.object({ caseNumber: z.string(), to: z.string() }),
  },
  'office.handoverStatus': {
    access: 'session',
    input: z.object({ id: caseIdSchema }),
    output: z.object({ to: z.string(), published: z.boolean(), receivedAt: z.string().nullable() }),
  },
  'office.incoming': {
    access: 'session',
    input: z.object({}),
    output: z.object({
      items: z.array(incomingHandoverSchema),
      note: z.string(),
    }),
  },
  'office.receive': { access: 'operator', input: z.object({ caseId: caseIdSchema }), output: z.object({ id: z.string(), caseNumber: z.string() }) },
  'office.audit.status': { access: 'session', input: z.object({}), output: auditStatusSchema },
  'office.audit.run': { access: 'operator', input: z.object({}), output: auditStatusSchema },
  'office.openBag': { access: 'session', input: z.object({ bag: bagRefSchema }), output: archivedCaseSchema },
  'office.bagPdf': {
    access: 'session',
    input: z.object({
      bag: bagRefSchema,
      /** "data/<name>.pdf" as `office.openBag` listed it. */
      file: z.string().max(200).regex(/^data\/[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/, { error: 'Berkas PDF tidak dikenal: yang dapat dilihat hanya PDF di folder data/ bag.' }),
      dpi: z.number().int().min(50).max(200).default(100),
    }),
    output: pdfPreviewSchema,
  },
} as const satisfies Record<(typeof OFFICE_METHODS)[number], MethodSpec>;

export const officeEvents = {} as const satisfies Record<(typeof OFFICE_EVENTS)[number], z.ZodType>;
