/** The options of commands that write a file about a period (`registers`, `report`), checked with Indonesian usage messages. */
import path from 'node:path';
import { isIsoDate } from '../../shared/dates';
import { UsageError } from './errors';

function dateOption(command: string, name: string, raw: string | undefined): string {
  if (raw === undefined) throw new UsageError(`Sebutkan --${name} TTTT-BB-HH.`, command);
  if (!isIsoDate(raw)) throw new UsageError(`Tanggal --${name} "${raw}" bukan tanggal TTTT-BB-HH yang benar.`, command);
  return raw;
}

/** `--from` and `--to`: both required, real dates, in order. */
export function dateRange(command: string, values: { from?: string | undefined; to?: string | undefined }): { from: string; to: string } {
  const from = dateOption(command, 'from', values.from);
  const to = dateOption(command, 'to', values.to);
  if (to < from) throw new UsageError(`Tanggal --to (${to}) sebelum tanggal --from (${from}).`, command);
  return { from, to };
}

/** `--out`: required, ending in one of `extensions` (".xlsx"); returns the absolute path and its extension. */
export function outFile<E extends string>(command: string, raw: string | undefined, extensions: readonly E[]): { out: string; ext: E } {
  const names = extensions.join(' atau ');
  if (!raw) throw new UsageError(`Sebutkan berkas hasil dengan --out (akhiran ${names}).`, command);
  const ext = path.extname(raw).toLowerCase();
  if (!(extensions as readonly string[]).includes(ext)) throw new UsageError(`Berkas hasil harus berakhiran ${names}; tertulis "${raw}".`, command);
  return { out: path.resolve(raw), ext: ext as E };
}
