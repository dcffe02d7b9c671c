/**
 * One event of a case's audit trail (the guided SOP issue owns this shape): appended, never edited,
 * hash-chained (each event carries the hash of the one before), with the operator who did it.
 */
import { z } from 'zod';

export const operatorRefSchema = z.object({ id: z.string(), name: z.string(), nip: z.string() });
export type OperatorRef = z.infer<typeof operatorRefSchema>;

export const caseEventSchema = z.object({
  /** 0-based position in the trail. */
  seq: z.number().int().nonnegative(),
  at: z.iso.datetime({ offset: true }),
  type: z.string().min(1),
  /** Null only for events the app records by itself (e.g. a migration). */
  operator: operatorRefSchema.nullable(),
  payload: z.record(z.string(), z.unknown()),
  /** sha256 (hex) of the canonical JSON of `payload`. */
  payloadDigest: z.string().regex(/^[0-9a-f]{64}$/),
  /** `hash` of the previous event; 64 zeros for the first. */
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;
