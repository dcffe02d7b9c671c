/**
 * The office on the shared drive (names in office.names.ts; docs/office.md).
 * - `office.status {}` → the office as last seen: workstation codes in use, bags, catalogue problems.
 * - `office.sync {}` → reads every catalogue on the share now (incremental), then the status.
 * - `office.find {nip?, userId?, text?}` → earlier cases in this PC's store and in the office
 *   archive, with where each lives; a share that is away answers from the cache with a note.
 * - `office.claim {takeOver}` → claims this PC's workstation code on the share; `takeOver` replaces
 *   another PC's claim (this PC replaces that one).
 */
import { z } from 'zod';
import { officeMatchSchema, officeQuerySchema, officeStatusSchema } from '../../domain/office';
import type { OFFICE_EVENTS, OFFICE_METHODS } from './office.names';
import type { MethodSpec } from './spec';

export const officeContract = {
  'office.status': { access: 'session', input: z.object({}), output: officeStatusSchema },
  'office.sync': { access: 'session', input: z.object({}), output: officeStatusSchema },
  'office.find': { access: 'session', input: officeQuerySchema, output: z.object({ matches: z.array(officeMatchSchema), note: z.string() }) },
  'office.claim': { access: 'operator', input: z.object({ takeOver: z.boolean().default(false) }), output: officeStatusSchema },
} as const satisfies Record<(typeof OFFICE_METHODS)[number], MethodSpec>;

export const officeEvents = {} as const satisfies Record<(typeof OFFICE_EVENTS)[number], z.ZodType>;
