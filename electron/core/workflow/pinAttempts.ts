/**
 * `pin-attempts.json`: wrong PINs in a row and the pause they earned, per operator, kept on disk so
 * closing and reopening the app does not wipe a lockout (issue 9 §3; docs/operators.md). A durable
 * JSON file of its own, not operators.json: it changes on every wrong PIN and must not churn the
 * operators' `.bak`. Not backed up (the pause belongs to this PC and this hour). A quarantined file
 * counts as no attempts: accountability at the counter, not a security boundary.
 */
import path from 'node:path';
import { z } from 'zod';
import type { StoreContext } from '../store/context';
import { DurableJsonFile, type JsonFileKind } from '../store/jsonFile';

export const PIN_ATTEMPTS_FILE = 'pin-attempts.json';
const VERSION = 1;

const attemptSchema = z.object({
  /** Wrong PINs since the last success or the last pause. */
  count: z.number().int().nonnegative(),
  /** Until when unlocking is refused (ISO), or null. */
  until: z.iso.datetime({ offset: true }).nullable(),
});
export type PinAttempt = z.infer<typeof attemptSchema>;

const fileSchema = z.object({ schemaVersion: z.literal(VERSION), operators: z.record(z.string(), attemptSchema) });
type PinAttemptsDoc = z.infer<typeof fileSchema>;
const kind: JsonFileKind<PinAttemptsDoc> = { schema: fileSchema, version: VERSION, migrations: [] };

export class PinAttempts {
  #byOperator: Record<string, PinAttempt> = {};
  readonly #file: DurableJsonFile<PinAttemptsDoc>;

  constructor(private readonly ctx: StoreContext) {
    this.#file = new DurableJsonFile(ctx, path.join(ctx.dataDir, PIN_ATTEMPTS_FILE), kind);
  }

  /** One PIN check at a time: two guesses sent together must both be counted. */
  exclusive<T>(check: () => Promise<T>): Promise<T> {
    return this.ctx.queues.run('operators:unlock', check);
  }

  async load(): Promise<void> {
    const outcome = await this.#file.load();
    if (outcome.status === 'ok') this.#byOperator = outcome.data.operators;
  }

  get(operatorId: string): PinAttempt | undefined {
    return this.#byOperator[operatorId];
  }

  /** Durably records the operator's attempts (null: a correct PIN cleared them) before the caller answers. */
  async set(operatorId: string, attempt: PinAttempt | null): Promise<void> {
    if (attempt === null && !(operatorId in this.#byOperator)) return;
    const { [operatorId]: _old, ...rest } = this.#byOperator;
    const next = attempt === null ? rest : { ...rest, [operatorId]: attempt };
    await this.#file.save({ schemaVersion: VERSION, operators: next });
    this.#byOperator = next;
  }
}
