/**
 * The command line of the office commands that take an archive root as an operand (`loket catalogue
 * status|rebuild ROOT`, `loket audit ROOT`): `--data-dir`, `--json` and positionals, and the root
 * itself, which must be a folder that is there (a share that is gone is named, never an empty office).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/contract/result';
import { translateParseError, UsageError } from './errors';

export function parseRootArgs(argv: readonly string[], command: string) {
  try {
    return parseArgs({ args: [...argv], options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw translateParseError(e, command) ?? e;
  }
}

/** The archive root named on the command line; `usage` is said when none is. */
export async function archiveRootArg(arg: string | undefined, usage: string, command?: string): Promise<string> {
  if (!arg) throw new UsageError(usage, command);
  const root = path.resolve(arg);
  const st = await fs.stat(root).catch(() => null);
  if (!st?.isDirectory()) throw new AppError('not_found', `Folder arsip ${root} tidak ditemukan atau terputus.`);
  return root;
}
