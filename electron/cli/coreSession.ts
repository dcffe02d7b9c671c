/**
 * Opens the same core the app uses, for one command, and calls it through the contract's
 * `dispatch`, so the CLI gets exactly the app's validation and Indonesian error messages.
 */
import path from 'node:path';
import type { MethodName } from '../../shared/contract/channels';
import type { MethodOutput, MethodParams, StoreProblem } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { createCore, type Core } from '../core/core';
import { legacyMoveMessage, moveLegacyDataFolder } from '../core/legacyDataFolder';
import { defaultDataDir, userDataDir } from '../core/paths';
import { CoreCallError, UsageError } from './errors';
import type { OptionSpec } from './command';
import type { CliIo } from './io';

export interface CoreSession {
  readonly core: Core;
  readonly dataDir: string;
  call<M extends MethodName>(method: M, input: MethodParams<M>): Promise<MethodOutput<M>>;
}

/** `--data-dir` when given (portable installs, tests), else the OS app-data folder the app uses. */
export function resolveDataDir(option: string | undefined): string {
  if (option === undefined) return defaultDataDir();
  if (option.trim() === '') throw new UsageError('Opsi --data-dir tidak boleh kosong.');
  return path.resolve(option);
}

/**
 * resolveDataDir, and for the default folder first the move of data an older version kept directly
 * in userData (the app, the CLI and the harness do it alike; issue 9 §4), told on stderr.
 */
export async function prepareDataDir(option: string | undefined, io: CliIo): Promise<string> {
  const dataDir = resolveDataDir(option);
  if (option !== undefined) return dataDir;
  const moved = await moveLegacyDataFolder(userDataDir(), dataDir);
  if (moved.moved.length > 0) io.err(`loket: ${legacyMoveMessage(moved)}\n`);
  return dataDir;
}

export function problemLine(p: StoreProblem): string {
  // The store's messages usually name the file already; add it only when they don't.
  const where = p.quarantinedTo ? `${p.file} → ${p.quarantinedTo}` : p.file;
  return p.message.includes(p.file) ? `loket: peringatan: ${p.message}\n` : `loket: peringatan: ${p.message} [${where}]\n`;
}

export async function withCore<T>(dataDirOption: string | undefined, io: CliIo, fn: (s: CoreSession) => Promise<T>): Promise<T> {
  const dataDir = await prepareDataDir(dataDirOption, io);
  const core = await createCore({ dataDir, host: 'cli' });
  // Store problems (a quarantined case, a rebuilt index) must not pass silently: the admin or IT
  // staff has to see them even when stdout is piped to a file. Found at open → app.problems;
  // found later → the store.problem event. The key stops one problem being printed twice.
  const shown = new Set<string>();
  const warn = (p: StoreProblem) => {
    const key = `${p.file}\u0000${p.kind}\u0000${p.at}`;
    if (shown.has(key)) return;
    shown.add(key);
    io.err(problemLine(p));
  };
  const off = core.events.on('store.problem', warn);
  const session: CoreSession = {
    core,
    dataDir,
    async call(method, input) {
      const result = await dispatch(core.handlers, method, input, {
        // The admin sees only the generic Indonesian message; IT staff can ask for the cause.
        onInternalError: (m, e) => {
          if (process.env['LOKET_DEBUG']) io.err(`loket: [${m}] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        },
      });
      if (!result.ok) throw new CoreCallError(result.error);
      // dispatch has validated the value against contract[method].output.
      return result.value as MethodOutput<typeof method>;
    },
  };
  try {
    const { problems } = await session.call('app.problems', {});
    problems.forEach(warn);
    return await fn(session);
  } finally {
    off();
    await core.close();
  }
}

/** The option every command that opens the core takes. */
export const dataDirOption = {
  type: 'string',
  valueName: 'FOLDER',
  describe: 'Folder data aplikasi (bawaan: folder data aplikasi milik pengguna di komputer ini).',
} as const satisfies OptionSpec;
