/**
 * `operators-log.jsonl`: what was done to the operators outside the app (`loket operators reset`),
 * one JSON line per act, appended and fsynced before the act takes effect. Not hash-chained: it
 * records who did it at which PC, for the head of the UKPBJ to ask about (SOP *Peringatan*;
 * docs/operators.md), and is taken by backups.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { syncDirectory } from '../store/durableWrite';
import { toStorageError } from '../store/storageError';

export const OPERATORS_LOG_FILE = 'operators-log.jsonl';

export interface OperatorsLogEntry {
  at: string;
  action: 'operators.reset';
  /** The OS account and computer that ran the command. */
  osUser: string;
  host: string;
  [detail: string]: unknown;
}

export async function appendOperatorsLog(dataDir: string, entry: OperatorsLogEntry): Promise<void> {
  const file = path.join(dataDir, OPERATORS_LOG_FILE);
  try {
    const handle = await fs.open(file, 'a');
    try {
      await handle.writeFile(`${JSON.stringify(entry)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The file may have just been created: its folder entry must survive a power cut too.
    await syncDirectory(dataDir);
  } catch (e) {
    throw toStorageError(e, file);
  }
}

