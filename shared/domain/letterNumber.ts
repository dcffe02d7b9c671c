/**
 * Letter numbers from the configured pattern (issue 5 §1), e.g. `{seq}/{kode}/{ws}/UKPBJ/{bulanRomawi}/{tahun}`
 * → "007/PPB/WS01/UKPBJ/XI/2026": {seq} the per-year sequence of this PC's outgoing-letter register
 * (3 digits), {kode} the kind's code, {ws} the workstation code (as in the case number: two PCs of
 * one office archive never issue the same number), {bulan} "11", {bulanRomawi} "XI", {tahun} "2026".
 */
import { bulanRomawi } from '../dates';
import { LETTER_NUMBER_TOKENS } from './letters';

/** An Indonesian message for what is wrong with a pattern, or null when it can be used. */
export function letterNumberPatternProblem(pattern: string): string | null {
  for (const m of pattern.matchAll(/\{([^{}]*)\}/g)) {
    const token = m[1] ?? '';
    if (!(LETTER_NUMBER_TOKENS as readonly string[]).includes(token))
      return `Penanda {${token}} tidak dikenal dalam pola nomor surat. Gunakan {seq}, {kode}, {ws}, {bulan}, {bulanRomawi} dan {tahun}.`;
  }
  // Without both, two letters of different years could get the same number.
  if (!pattern.includes('{seq}') || !pattern.includes('{tahun}')) return 'Pola nomor surat harus memuat {seq} (nomor urut) dan {tahun}.';
  if (/[{}]/.test(pattern.replace(/\{[^{}]*\}/g, ''))) return 'Kurung kurawal pada pola nomor surat tidak berpasangan.';
  return null;
}

/**
 * Whether numbers from the pattern can collide between workstations: it lacks {ws} (a warning in
 * Pengaturan while an office archive is configured, not a refusal: a single-PC office needs none).
 */
export function letterNumberLacksWorkstation(pattern: string): boolean {
  return !pattern.includes('{ws}');
}

/** The number of a letter: `date` is "YYYY-MM-DD" (the letter's date in the configured zone); `workstation` this PC's code. */
export function formatLetterNumber(pattern: string, seq: number, code: string, date: string, workstation: string): string {
  const month = Number(date.slice(5, 7));
  const values: Record<string, string> = {
    seq: String(seq).padStart(3, '0'),
    kode: code,
    ws: workstation,
    bulan: String(month).padStart(2, '0'),
    bulanRomawi: bulanRomawi(month),
    tahun: date.slice(0, 4),
  };
  // An empty {kode} (or {ws}) would leave "//": collapse the doubled separator.
  return pattern.replace(/\{([^{}]*)\}/g, (_, t: string) => values[t] ?? '').replace(/\/{2,}/g, '/');
}
