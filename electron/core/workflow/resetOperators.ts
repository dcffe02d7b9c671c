/**
 * `loket operators reset` (issue 9 §3): the recorded way back to first-operator setup when
 * operators.json is lost, corrupt, or every PIN is forgotten. In this order, so no step leaves the
 * folder open without a record: the current operators.json (if any) is moved into quarantine/
 * (kept untouched, like any file taken out of use) — the folder is then "missing", which refuses
 * setup — then the act is appended to operators-log.jsonl (fsynced), then an empty operators.json
 * carrying the reset is written, which opens setup in the app. Run it with the app closed: an open
 * app keeps its operators in memory.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { OPERATORS_SCHEMA_VERSION, operatorsFileSchema, type OperatorsFile } from '../../../shared/domain/operator';
import type { StoreContext } from '../store/context';
import { DurableJsonFile, type JsonFileKind } from '../store/jsonFile';
import { quarantineFile } from '../store/quarantine';
import { errnoCode, toStorageError } from '../store/storageError';
import { OPERATORS_FILE } from './operators';
import { appendOperatorsLog } from './operatorsLog';

export interface ResetBy {
  osUser: string;
  host: string;
}

export interface ResetOutcome {
  /** What operators.json held before: its state and the operators it named. */
  previous: { state: 'ok' | 'missing' | 'corrupt' | 'unsupported'; operators: Array<{ id: string; name: string; nip: string }> };
  /** Where the previous file was kept (relative to the data folder), or null when there was none. */
  keptAs: string | null;
}

const kind: JsonFileKind<OperatorsFile> = { schema: operatorsFileSchema, version: OPERATORS_SCHEMA_VERSION, migrations: [] };

export async function resetOperators(ctx: StoreContext, by: ResetBy): Promise<ResetOutcome> {
  const file = new DurableJsonFile(ctx, path.join(ctx.dataDir, OPERATORS_FILE), kind);
  // Reading first quarantines a corrupt file (and brings back a good .bak): the log then names what was there.
  const outcome = await file.load();
  const previous: ResetOutcome['previous'] = {
    state: outcome.status,
    operators: outcome.status === 'ok' ? outcome.data.operators.map((o) => ({ id: o.id, name: o.name, nip: o.nip })) : [],
  };
  let keptAs: string | null = null;
  try {
    if (outcome.status === 'ok' || outcome.status === 'unsupported') keptAs = await quarantineFile(ctx, file.path);
    // Its .bak would otherwise be brought back when the new file is next found missing: kept aside too.
    if (await exists(`${file.path}.bak`)) await quarantineFile(ctx, `${file.path}.bak`);
  } catch (e) {
    throw toStorageError(e, file.path);
  }
  const at = ctx.now().toISOString();
  await appendOperatorsLog(ctx.dataDir, { at, action: 'operators.reset', osUser: by.osUser, host: by.host, previous, keptAs });
  await file.save({ schemaVersion: OPERATORS_SCHEMA_VERSION, operators: [], reset: { at, ...by } });
  return { previous, keptAs };
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return false;
    throw toStorageError(e, file);
  }
}
