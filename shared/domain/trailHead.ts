/**
 * The head of a case's audit trail: the position and `hash` of its last event. Its copies outside the
 * case file (the export record, the letters register, the printed control sheet) let a re-hashed
 * trail be caught: a forger who rewrites the chain must also reach every copy (docs/operators.md,
 * "The trail head and its copies").
 */
import { z } from 'zod';
import { sha256Schema } from './document';

export const trailHeadSchema = z.object({
  /** 0-based position of the event (`seq`); "peristiwa ke-(seq+1)" on paper. */
  seq: z.number().int().nonnegative(),
  hash: sha256Schema,
});
export type TrailHead = z.infer<typeof trailHeadSchema>;

/** The head of `events` (a case's trail, in order), or null for an empty trail. */
export function trailHeadOf(events: readonly { seq: number; hash: string }[]): TrailHead | null {
  const last = events.at(-1);
  return last ? { seq: last.seq, hash: last.hash } : null;
}

/** The short form printed on the control sheet and in `loket verify`'s messages: the first 12 hex digits. */
export const shortHash = (hash: string) => `${hash.slice(0, 12)}…`;
