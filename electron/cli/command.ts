/**
 * One CLI command = a name, its options and a run function. The runner looks commands up in a
 * table (commands/index.ts), so a new command (verify-trail, import, export, backup, …) is one
 * file plus one line there. Option types flow from the spec into `run` without casts at the call site.
 */
import { parseArgs } from 'node:util';
import { translateParseError, UsageError } from './errors';
import type { CliIo } from './io';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help, e.g. "FOLDER". */
  valueName?: string;
  /** Indonesian description for the help text. */
  describe: string;
}

type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

export interface CommandContext {
  io: CliIo;
}

export interface CommandDefinition<O extends Record<string, OptionSpec>> {
  name: string;
  /** One line, Indonesian. */
  summary: string;
  /** The same line in English (second line of the help). */
  summaryEn: string;
  options: O;
  /** Extra help paragraphs (examples), Indonesian. */
  details?: readonly string[];
  run(values: OptionValues<O>, ctx: CommandContext): Promise<void>;
}

/** A command with its option types erased, so different commands fit in one table. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly summaryEn: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly details: readonly string[];
  /** Positional arguments as shown in the usage line, e.g. "BERKAS..." (commands that take them). */
  readonly operands?: string;
  invoke(argv: readonly string[], ctx: CommandContext): Promise<void>;
}

export function defineCommand<const O extends Record<string, OptionSpec>>(def: CommandDefinition<O>): CliCommand {
  const parseOptions = Object.fromEntries(
    Object.entries(def.options).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
  );
  return {
    name: def.name,
    summary: def.summary,
    summaryEn: def.summaryEn,
    options: def.options,
    details: def.details ?? [],
    async invoke(argv, ctx) {
      let values: Record<string, string | boolean | undefined>;
      try {
        values = parseArgs({ args: [...argv], options: parseOptions, strict: true, allowPositionals: false }).values as Record<
          string,
          string | boolean | undefined
        >;
      } catch (e) {
        throw translateParseError(e, def.name) ?? e;
      }
      // parseArgs has checked every value against its declared type, so the mapped type holds.
      await def.run(values as OptionValues<O>, ctx);
    },
  };
}

/** "--data-dir FOLDER" / "-h, --help". */
function flagLabel(name: string, o: OptionSpec): string {
  const long = `--${name}${o.type === 'string' ? ` ${o.valueName ?? 'NILAI'}` : ''}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

export function commandHelp(cmd: CliCommand): string {
  const flags = Object.entries(cmd.options).map(([name, o]) => [flagLabel(name, o), o.describe] as const);
  flags.push(['-h, --help', 'Tampilkan bantuan ini.']);
  const width = Math.max(...flags.map(([f]) => f.length));
  const usageFlags = Object.entries(cmd.options)
    .map(([name, o]) => `[--${name}${o.type === 'string' ? ` ${o.valueName ?? 'NILAI'}` : ''}]`)
    .join(' ');
  return [
    `loket ${cmd.name} — ${cmd.summary}`,
    `(${cmd.summaryEn})`,
    '',
    `Pemakaian: loket ${cmd.name} ${usageFlags}${cmd.operands ? ` ${cmd.operands}` : ''}`.trimEnd(),
    '',
    'Opsi:',
    ...flags.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
    ...(cmd.details.length > 0 ? ['', ...cmd.details] : []),
    '',
  ].join('\n');
}

/** A whole-number option in [min, max]; anything else ("12a", "1e3", "-1") is a usage error. */
export function integerOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`Opsi --${name} harus bilangan bulat ${min}–${max}; tertulis "${raw}".`);
  return n;
}
