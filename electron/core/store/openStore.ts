/** Opens the data folder: settings first (numbering and time zone come from them), then the cases. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { IndexWriterOptions } from './caseIndex';
import { CaseRepository } from './caseRepository';
import type { StoreContext } from './context';
import { ProblemLog } from './problems';
import { SerialQueues } from './serialQueue';
import { SettingsRepository } from './settingsRepository';
import { toStorageError } from './storageError';

export interface StoreOptions {
  dataDir: string;
  now: () => Date;
  onCaseChanged: (ids: string[]) => void;
  index?: IndexWriterOptions;
}

export interface Store {
  readonly ctx: StoreContext;
  readonly settings: SettingsRepository;
  readonly cases: CaseRepository;
  readonly problems: ProblemLog;
  /** Flushes the derived index and waits for every queued write. */
  close(): Promise<void>;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const dataDir = path.resolve(options.dataDir);
  try {
    await fs.mkdir(dataDir, { recursive: true });
  } catch (e) {
    throw toStorageError(e, dataDir);
  }
  const problems = new ProblemLog(options.now);
  const ctx: StoreContext = { dataDir, queues: new SerialQueues(), problems, now: options.now };
  const settings = await SettingsRepository.open(ctx);
  const cases = await CaseRepository.open(ctx, { settings: () => settings.get(), onChanged: options.onCaseChanged, index: options.index });
  return {
    ctx,
    settings,
    cases,
    problems,
    async close() {
      await cases.close();
      await ctx.queues.idle();
    },
  };
}
