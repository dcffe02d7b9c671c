/**
 * How the CLI fails. Scripts tell a typo in the command line (exit 2, like most Unix tools and
 * getopt conventions) from a command that ran and failed (exit 1).
 */
import type { AppErrorValue } from '../../shared/contract/result';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The command line itself is wrong; the message says what to type instead. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The core answered with an error result; its Indonesian message is shown as is. */
export class CoreCallError extends Error {
  constructor(readonly error: AppErrorValue) {
    super(error.message);
    this.name = 'CoreCallError';
  }
}

interface NodeCodedError {
  code: string;
  message: string;
}

function hasCode(e: unknown): e is NodeCodedError {
  return e instanceof Error && typeof (e as Partial<NodeCodedError>).code === 'string';
}

/**
 * node:util parseArgs throws English TypeErrors; the admin reads Indonesian. The option name is
 * the first quoted token of Node's message ("Unknown option '--foo'").
 */
export function translateParseError(e: unknown, command: string): UsageError | null {
  if (!hasCode(e) || !e.code.startsWith('ERR_PARSE_ARGS_')) return null;
  // Node names a flag with a short form as "-j, --json" and a string flag as "--dir <value>".
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const token = quoted.replace(/ <value>$/, '').split(', ').pop() ?? quoted;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Opsi tidak dikenal: ${token}.`, command);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`Argumen tidak dikenal: ${token}.`, command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return e.message.includes('does not take an argument')
        ? new UsageError(`Opsi ${token} tidak memakai nilai.`, command)
        : new UsageError(`Opsi ${token} memerlukan nilai, mis. ${token}=NILAI.`, command);
    default:
      return new UsageError(`Baris perintah tidak dapat dibaca (${e.code}).`, command);
  }
}
