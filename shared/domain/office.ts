/**
 * The office on the shared drive (issue 12; docs/office.md): several workstations publish into one
 * archive root. Each writes only its own files under `<root>/.loket/` — its catalogue of published
 * bags and its workstation claim — and reads everyone's. Schemas shared by the core and the screens.
 */
import { z } from 'zod';
import { caseIdSchema, caseSummarySchema, requestKindSchema, type CaseSummary } from './case';
import { sha256Schema } from './document';
import { trailHeadSchema } from './trailHead';
import { messageToken } from '../messages/format';
import { caseEventSchema } from './trail';
import { outcomeSchema, stepNoSchema, workflowStateSchema } from './workflow';

/** Version of a catalogue line and of a snapshot; a reader skips lines of a version it does not know. */
export const CATALOGUE_VERSION = 1;

/**
 * What a workstation published: one line of its `<code>.jsonl`. The digests and the trail head are
 * the catalogue's own copy of the bag's identity, so a bag edited and fully re-hashed on the share
 * after publishing no longer matches (NDSA fixity; docs/office.md "Catalogue").
 */
export const catalogueEntrySchema = z.object({
  v: z.literal(CATALOGUE_VERSION),
  /** Bag folder under the archive root, with "/" ("2026/0007-WS01-RP-…_2026-11-25"). */
  bag: z.string().min(6).max(200),
  version: z.number().int().positive(),
  workstation: z.string().regex(/^[A-Z0-9]{2,8}$/),
  caseId: caseIdSchema,
  caseNumber: z.string().max(120),
  kind: requestKindSchema,
  /** Who asked: what step 5 compares against (the bag's case.json holds the same). */
  requester: z.object({
    name: z.string().max(200),
    nip: z.string().max(40),
    userId: z.string().max(120),
    position: z.string().max(200),
    agency: z.string().max(300),
    email: z.string().max(200),
    phone: z.string().max(60),
  }),
  letterNumber: z.string().max(200),
  receivedAt: z.string(),
  closedAt: z.string(),
  result: z.enum(['', 'completed', 'rejected', 'not_completed']),
  publishedAt: z.string(),
  /** RFC 8493 §2.2.2 "<octets>.<streams>". */
  payloadOxum: z.string().max(40),
  /** sha256 of tagmanifest-sha256.txt: covers every manifest and tag file of the bag. */
  tagManifestSha256: sha256Schema,
  trailHead: trailHeadSchema.nullable(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** The compacted copy of a catalogue: every entry of the first `logBytes` bytes of its JSONL. */
export const catalogueSnapshotSchema = z.object({
  v: z.literal(CATALOGUE_VERSION),
  workstation: z.string(),
  logBytes: z.number().int().nonnegative(),
  entries: z.array(catalogueEntrySchema),
});

/** A workstation code claimed on the share: `<root>/.loket/workstations/<code>.json`. */
export const workstationClaimSchema = z.object({
  v: z.literal(1),
  code: z.string().regex(/^[A-Z0-9]{2,8}$/),
  /** Random id of the data folder that claimed it (install.json): a reinstall of the same PC keeps it through a restore. */
  installId: z.string().min(8).max(64),
  /** The computer's name, to tell the admin of a second PC which one holds the code. */
  computer: z.string().max(120),
  claimedAt: z.string(),
});
export type WorkstationClaim = z.infer<typeof workstationClaimSchema>;

/** An earlier case found in the office: in this PC's store or in a bag of the shared archive. */
export const officeMatchSchema = z.object({
  source: z.enum(['local', 'archive']),
  workstation: z.string(),
  /** Bag folder under the archive root ('' for a case of this PC's store). */
  bag: z.string(),
  summary: caseSummarySchema,
  requester: catalogueEntrySchema.shape.requester,
  matchedOn: z.array(z.enum(['nip', 'userId', 'name', 'caseNumber'])),
});
export type OfficeMatch = z.infer<typeof officeMatchSchema>;

export const officeQuerySchema = z
  .object({
    nip: z.string().trim().max(40).default(''),
    userId: z.string().trim().max(120).default(''),
    text: z.string().trim().max(200).default(''),
  })
  .refine((q) => q.nip !== '' || q.userId !== '' || q.text !== '', { error: messageToken('schema.searchNeeded') });
export type OfficeQuery = z.output<typeof officeQuerySchema>;
export type OfficeQueryInput = z.input<typeof officeQuerySchema>;

/** The office as this PC last saw it: the Arsip and Settings screens and `loket catalogue status`. */
export const officeStatusSchema = z.object({
  root: z.string(),
  /** When the share was last read completely; null when never. */
  syncedAt: z.string().nullable(),
  /** Why the share could not be read this time ('' when it was): the figures below are the cached ones. */
  note: z.string(),
  workstations: z.array(z.object({ code: z.string(), computer: z.string(), claimedAt: z.string(), mine: z.boolean() })),
  /** This PC's code is claimed by another PC: what the admin is told (numbering and export refuse). */
  conflict: z.string(),
  bags: z.number().int().nonnegative(),
  /** Bags on the share with no catalogue entry (read from their case.json instead), first ones. */
  uncatalogued: z.array(z.string()),
  uncataloguedCount: z.number().int().nonnegative(),
  /** Catalogue entries whose bag is not on the share. */
  missingBags: z.array(z.string()),
  /** Catalogue files with unreadable lines ("WS02.jsonl: 2 baris rusak"). */
  damaged: z.array(z.string()),
});
export type OfficeStatus = z.infer<typeof officeStatusSchema>;

/** The register row of an archived case (closed: no step, no deadline). */
export function summaryOfEntry(e: CatalogueEntry): CaseSummary {
  return {
    id: e.caseId,
    caseNumber: e.caseNumber,
    status: 'closed',
    kind: e.kind,
    name: e.requester.name,
    nip: e.requester.nip,
    userId: e.requester.userId,
    agency: e.requester.agency,
    letterNumber: e.letterNumber,
    receivedAt: e.receivedAt,
    updatedAt: e.closedAt,
    step: null,
    waitingDeadline: '',
    result: e.result,
    handedOverTo: '',
  };
}

/**
 * A bag named by a search result: "<year>/<folder>" under the archive root. The core checks more
 * (no "..", the folder resolves inside the root): the share is not trusted (issue 12 §2).
 */
export const bagRefSchema = z
  .string()
  .trim()
  .max(200)
  .regex(/^\d{4}\/[^/\\]+$/, { error: 'Rujukan bag tidak dikenal: yang dapat dibuka hanya "<tahun>/<nama folder>" dari hasil pencarian.' });

/** One PDF of an archived case's payload (docs/archive-profile.md §2), named as the Daftar Isi Berkas names it. */
export const archivedFileSchema = z.object({
  /** Inside the bag: "data/03-tanda-terima-berkas.pdf". */
  path: z.string(),
  kind: z.enum(['document', 'letter', 'other']),
  title: z.string(),
  /** The letter's number ('' for a document, or a letter never printed). */
  number: z.string(),
  /** "YYYY-MM-DD": received (document) or dated (letter); '' unknown. */
  date: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type ArchivedFile = z.infer<typeof archivedFileSchema>;

/**
 * An archived case as its bag on the shared drive holds it, read-only (issue 12 §2, "a read-only
 * view of its letters and trail"): where it lives, the record's facts, the trail (the same events
 * the case page's timeline draws) and the letters and documents filed, with whether the bag still
 * matches the catalogue line its workstation wrote when it published it.
 */
export const archivedCaseSchema = z.object({
  bag: z.string(),
  /** The workstation that published it (its catalogue; else the code in the case id). */
  workstation: z.string(),
  /** That workstation's computer name from its claim on the share ('' unknown). */
  computer: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  kind: requestKindSchema,
  requester: catalogueEntrySchema.shape.requester,
  letterNumber: z.string(),
  receivedAt: z.string(),
  closedAt: z.string(),
  result: catalogueEntrySchema.shape.result,
  /** Where the paper file is kept (SOP step 9); null when the case was closed without it. */
  physical: z.object({ box: z.string(), folder: z.string(), shelf: z.string() }).nullable(),
  /** Steps done, in order, with the outcome that left each. */
  path: z.array(z.object({ step: stepNoSchema, outcome: outcomeSchema.nullable() })),
  events: z.array(caseEventSchema),
  /** Working time per step and the turnaround, computed from the trail as for a case of this PC. */
  timing: workflowStateSchema.pick({ timers: true, turnaround: true }),
  integrity: z.object({
    /** The hash chain of audit-trail.jsonl holds and equals the trail in case.json. */
    trailOk: z.boolean(),
    /** The bag against its workstation's catalogue line (trail head, tag-manifest digest, case fields). */
    catalogue: z.enum(['match', 'mismatch', 'absent']),
    /** What is wrong, in Indonesian (empty when nothing is). */
    problems: z.array(z.string()),
  }),
  files: z.array(archivedFileSchema),
});
export type ArchivedCase = z.infer<typeof archivedCaseSchema>;

/** A case another workstation handed over to this one, waiting on the share (issue 12 §5). */
export const incomingHandoverSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  from: z.string(),
  computer: z.string(),
  at: z.string(),
  /** '' / null in packages written before they were recorded. */
  requesterName: z.string(),
  step: z.number().int().min(1).max(9).nullable(),
});
export type IncomingHandover = z.infer<typeof incomingHandoverSchema>;
