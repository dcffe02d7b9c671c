/** A required calendar-date option (`--from 2026-11-01`) of a command, checked with an Indonesian usage message. */
import { isIsoDate } from '../../shared/dates';
import { UsageError } from './errors';

export function dateOption(command: string, name: string, raw: string | undefined): string {
  if (raw === undefined) throw new UsageError(`Sebutkan --${name} TTTT-BB-HH.`, command);
  if (!isIsoDate(raw)) throw new UsageError(`Tanggal --${name} "${raw}" bukan tanggal TTTT-BB-HH yang benar.`, command);
  return raw;
}
