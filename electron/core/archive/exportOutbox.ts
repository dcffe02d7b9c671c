/**
 * `exports.json` in the data folder: the export state of every closed case (the outbox), durable so a
 * case waiting for the shared drive is still waiting after a restart (docs/architecture.md principle 4).
 */
import path from 'node:path';
import { z } from 'zod';
import { EXPORT_STATES, exportedBagSchema, type ExportStatus } from '../../../shared/domain/archive';
import { trailHeadSchema } from '../../../shared/domain/trailHead';
import type { StoreContext } from '../store/context';
import { DurableJsonFile, type JsonFileKind } from '../store/jsonFile';

export const EXPORTS_FILE = 'exports.json';
export const EXPORTS_VERSION = 1;

const entrySchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  name: z.string(),
  state: z.enum(EXPORT_STATES),
  attempts: z.number().int().nonnegative(),
  lastError: z.string(),
  lastAttemptAt: z.string().nullable(),
  nextRetryAt: z.string().nullable(),
  /**
   * Each bag with the fingerprint of the record and letters it was made from (caseBag.sourceFingerprint)
   * and the head of the trail it carries: with `tagManifestSha256`, the data folder's copy of what was
   * published, which `loket verify --data-dir` compares with the bag (absent on bags exported before).
   */
  bags: z.array(exportedBagSchema.extend({ sourceHash: z.string(), trailHead: trailHeadSchema.optional() })),
});
export type OutboxEntry = z.infer<typeof entrySchema>;

/** exports.json as stored (also read as it is, without the core, by `loket verify --data-dir`). */
export const exportsFileSchema = z.object({ schemaVersion: z.literal(EXPORTS_VERSION), entries: z.record(z.string(), entrySchema) });
type OutboxData = z.infer<typeof exportsFileSchema>;
const kind: JsonFileKind<OutboxData> = { schema: exportsFileSchema, version: EXPORTS_VERSION, migrations: [] };

export function toStatus(e: OutboxEntry): ExportStatus {
  return {
    caseId: e.caseId, state: e.state, attempts: e.attempts, lastError: e.lastError, lastAttemptAt: e.lastAttemptAt, nextRetryAt: e.nextRetryAt,
    bags: e.bags.map(({ sourceHash: _s, trailHead: _t, ...b }) => b),
  };
}

export class ExportOutbox {
  readonly #file: DurableJsonFile<OutboxData>;
  #entries = new Map<string, OutboxEntry>();
  #loading: Promise<void> | undefined;

  constructor(ctx: StoreContext) {
    this.#file = new DurableJsonFile(ctx, path.join(ctx.dataDir, EXPORTS_FILE), kind);
  }

  /** Reads once. An export that was running when the app stopped is waiting again (its staging folder is cleaned on the retry). */
  load(): Promise<void> {
    return (this.#loading ??= this.#file.load().then((o) => {
      if (o.status !== 'ok') return;
      for (const [id, e] of Object.entries(o.data.entries)) this.#entries.set(id, e.state === 'exporting' ? { ...e, state: 'waiting' } : e);
    }));
  }

  get(id: string): OutboxEntry | undefined {
    return this.#entries.get(id);
  }

  all(): OutboxEntry[] {
    return [...this.#entries.values()];
  }

  /** Saves the whole outbox (a few hundred entries at most: one per closed case of this PC). */
  put(entry: OutboxEntry): Promise<void> {
    return this.putMany([entry]);
  }

  async putMany(entries: readonly OutboxEntry[]): Promise<void> {
    await this.load();
    for (const e of entries) this.#entries.set(e.caseId, e);
    await this.#file.save({ schemaVersion: EXPORTS_VERSION, entries: Object.fromEntries(this.#entries) });
  }
}
