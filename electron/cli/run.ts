/**
 * The CLI runner: picks the command from the table, handles help, and turns every failure into an
 * Indonesian line on stderr and an exit code (0 ok, 1 failed, 2 wrong command line).
 */
import { AppError } from '../../shared/contract/result';
import { commandHelp, type CliCommand } from './command';
import { COMMANDS } from './commands';
import { CoreCallError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import type { CliIo } from './io';

export function mainHelp(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'loket — perintah baris untuk petugas TI, atas data yang sama dengan aplikasi Loket Akun SPSE.',
    '(Command line for IT staff over the same data as the Loket Akun SPSE app.)',
    '',
    'Pemakaian: loket <perintah> [opsi]',
    '',
    'Perintah:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Bantuan satu perintah: loket <perintah> --help',
    'Kode keluar: 0 berhasil, 1 gagal, 2 baris perintah salah.',
    '',
  ].join('\n');
}

const isHelpFlag = (a: string) => a === '--help' || a === '-h';

/** Help wins over other options, but not after "--" (where "--help" could be a value). */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some(isHelpFlag);
}

function usage(io: CliIo, message: string, command?: string): number {
  const hint = command ? `loket ${command} --help` : 'loket --help';
  io.err(`loket: ${message}\nLihat "${hint}".\n`);
  return EXIT_USAGE;
}

function report(e: unknown, io: CliIo, cmd: CliCommand): number {
  if (e instanceof UsageError) return usage(io, e.message, e.command ?? cmd.name);
  const error = e instanceof CoreCallError ? e.error : e instanceof AppError ? e.toValue() : null;
  if (error) {
    // A contract field that is also an option of this command (cases.list `text` ↔ --text) is
    // named the way the user typed it.
    const label = (field: string) => (Object.hasOwn(cmd.options, field) ? `--${field}` : field);
    const fields = Object.entries(error.fields ?? {}).map(([field, msg]) => `  ${label(field)}: ${msg}\n`);
    io.err(`loket: ${error.message}\n${fields.join('')}`);
    // The contract rejected what was typed on the command line: a usage error, not a failure.
    return error.code === 'invalid_input' ? EXIT_USAGE : EXIT_FAILURE;
  }
  const detail = e instanceof Error ? e.message : String(e);
  io.err(`loket: Terjadi kesalahan yang tidak terduga: ${detail}\nBila berulang, laporkan ke petugas TI.\n`);
  if (process.env['LOKET_DEBUG'] && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
  return EXIT_FAILURE;
}

export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(mainHelp(commands));
    return EXIT_USAGE;
  }
  if (isHelpFlag(first)) {
    io.out(mainHelp(commands));
    return EXIT_OK;
  }
  const cmd = commands.find((c) => c.name === first);
  if (!cmd)
    return usage(io, first.startsWith('-') ? `Tulis perintahnya sebelum opsi, mis. "loket cases ${first} …".` : `Perintah tidak dikenal: ${first}.`);
  if (wantsHelp(rest)) {
    io.out(commandHelp(cmd));
    return EXIT_OK;
  }
  try {
    await cmd.invoke(rest, { io });
    return EXIT_OK;
  } catch (e) {
    return report(e, io, cmd);
  }
}
