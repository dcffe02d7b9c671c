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
 * - `office.incoming {}` → the cases other workstations handed over to this one.
 * - `office.receive {caseId}` → takes one after verifying its trail and documents.
 */
import { z } from 'zod';
import { caseIdSchema } from '../../domain/case';
import { officeMatchSchema, officeQuerySchema, officeStatusSchema } from '../../domain/office';
import { workstationCodeSchema } from '../../domain/settings';
import type { OFFICE_EVENTS, OFFICE_METHODS } from './office.names';
import type { MethodSpec } from './spec';

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
  'office.incoming': {
    access: 'session',
    input: z.object({}),
    output: z.object({
      items: z.array(z.object({ caseId: z.string(), caseNumber: z.string(), from: z.string(), computer: z.string(), at: z.string() })),
      note: z.string(),
    }),
  },
  'office.receive': { access: 'operator', input: z.object({ caseId: caseIdSchema }), output: z.object({ id: z.string(), caseNumber: z.string() }) },
} as const satisfies Record<(typeof OFFICE_METHODS)[number], MethodSpec>;

export const officeEvents = {} as const satisfies Record<(typeof OFFICE_EVENTS)[number], z.ZodType>;
