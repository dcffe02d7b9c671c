/** What every part of the store shares: the data folder, the writer queues, the problem log, the clock. */
import path from 'node:path';
import type { ProblemLog } from './problems';
import type { SerialQueues } from './serialQueue';

export interface StoreContext {
  dataDir: string;
  queues: SerialQueues;
  problems: ProblemLog;
  now: () => Date;
}

export const QUARANTINE_DIR = 'quarantine';
export const CASES_DIR = 'cases';

/** Paths in problems and messages are relative to the data folder, with forward slashes. */
export function relativeToData(ctx: StoreContext, file: string): string {
  return path.relative(ctx.dataDir, file).split(path.sep).join('/');
}
