/**
 * Opens the same core the app uses, for one command, and calls it through the contract's
 * `dispatch`, so the CLI gets exactly the app's validation and Indonesian error messages.
 */
import path from 'node:path';
import type { MethodName } from '../../shared/contract/channels';
import type { MethodOutput, MethodParams, StoreProblem } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { createCore, type Core } from '../core/core';
import { featuresOf } from '../core/createCore';
import { normalizeNip } from '../../shared/nip';
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

/**
 * Who the command acts as. `read`: a read-only session (`cases`, `verify-trail`: no operator, no
 * change). `operator`: a named operator unlocked with their PIN, as at the app's lock screen —
 * every change the command makes is recorded under that name (docs/operators.md).
 */
export type CliAccess = { kind: 'read' } | { kind: 'operator'; nip: string | undefined; pinStdin: boolean };
export const READ_ONLY: CliAccess = { kind: 'read' };

export async function withCore<T>(dataDirOption: string | undefined, io: CliIo, fn: (s: CoreSession) => Promise<T>, access: CliAccess = READ_ONLY): Promise<T> {
  const dataDir = await prepareDataDir(dataDirOption, io);
  const core = await createCore({ dataDir, host: 'cli', ...(io.now ? { now: io.now } : {}) });
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
    if (access.kind === 'read') featuresOf(core).operators.session.openReadOnly();
    else await unlockOperator(session, io, access);
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

/** The options of a command that changes cases: who does it, and where the PIN comes from. */
export const operatorOptions = {
  operator: { type: 'string', valueName: 'NIP', describe: 'NIP petugas yang melakukan perubahan (wajib; PIN-nya ditanyakan di terminal tanpa ditampilkan).' },
  'pin-stdin': { type: 'boolean', describe: 'Baca PIN dari masukan standar (untuk skrip TI tanpa terminal), mis. dari berkas yang hanya bisa dibaca TI.' },
} as const satisfies Record<string, OptionSpec>;

export function operatorAccess(values: { operator?: string | undefined; 'pin-stdin'?: boolean | undefined }): CliAccess {
  return { kind: 'operator', nip: values.operator, pinStdin: values['pin-stdin'] === true };
}

/** Unlocks the named operator through the contract (`operators.unlock`: the same PIN check and lockout as the app). */
async function unlockOperator(s: CoreSession, io: CliIo, access: Extract<CliAccess, { kind: 'operator' }>): Promise<void> {
  if (!access.nip || access.nip.trim() === '')
    throw new UsageError('Perintah ini mengubah berkas: sebutkan petugas yang melakukannya dengan --operator NIP.');
  const nip = normalizeNip(access.nip);
  const { operators } = await s.call('operators.list', { includeInactive: false });
  const operator = operators.find((o) => o.nip === nip);
  if (!operator) throw new UsageError(`Tidak ada petugas aktif dengan NIP ${nip} di folder data ini.`);
  let pin: string | null;
  if (access.pinStdin) pin = io.readStdin ? ((await io.readStdin()).split(/\r?\n/)[0] ?? '').trim() : null;
  else pin = io.readSecret ? await io.readSecret(`PIN ${operator.name}: `) : null;
  if (pin === null)
    throw new UsageError('PIN petugas tidak dapat ditanyakan karena tidak ada terminal. Jalankan di terminal, atau kirim PIN lewat masukan standar dengan --pin-stdin.');
  await s.call('operators.unlock', { operatorId: operator.id, pin });
}
