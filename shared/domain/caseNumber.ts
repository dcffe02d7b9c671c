/**
 * Case numbers from the agency's pattern. Tokens: {seq} (per-year sequence, 4 digits), {ws}
 * (workstation code, so two PCs never produce the same number), {tahun}, {bulan} (01–12),
 * {bulanRomawi} (I–XII, as in Indonesian letter numbers).
 */
import { bulanRomawi } from '../dates';

const TOKENS = ['seq', 'ws', 'tahun', 'bulan', 'bulanRomawi'] as const;
type Token = (typeof TOKENS)[number];

export interface CaseNumberParts {
  seq: number;
  workstation: string;
  year: number;
  month: number; // 1–12
}

/** An Indonesian message when the pattern can't guarantee unique numbers, else null. */
export function validateCaseNumberPattern(pattern: string): string | null {
  if (pattern.length === 0) return 'Pola nomor berkas wajib diisi.';
  if (pattern.length > 80) return 'Pola nomor berkas paling banyak 80 karakter.';
  const used = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  const unknown = used.filter((t) => !(TOKENS as readonly string[]).includes(t));
  if (unknown.length > 0) return `Penanda tidak dikenal: {${unknown[0]}}. Gunakan {seq}, {ws}, {tahun}, {bulan}, {bulanRomawi}.`;
  if (pattern.replace(/\{[^}]*\}/g, '').includes('{') || pattern.replace(/\{[^}]*\}/g, '').includes('}'))
    return 'Kurung kurawal pada pola tidak berpasangan.';
  for (const t of ['seq', 'ws', 'tahun'] as const)
    if (!used.includes(t)) return `Pola harus memuat {${t}} agar nomor berkas tidak kembar.`;
  return null;
}

export function formatCaseNumber(pattern: string, p: CaseNumberParts): string {
  const values: Record<Token, string> = {
    seq: String(p.seq).padStart(4, '0'),
    ws: p.workstation,
    tahun: String(p.year),
    bulan: String(p.month).padStart(2, '0'),
    bulanRomawi: bulanRomawi(p.month),
  };
  return pattern.replace(/\{(seq|ws|tahun|bulanRomawi|bulan)\}/g, (_, t: Token) => values[t]);
}

/** The file-safe id of a case: "2026-WS01-00007". */
export function caseId(p: Pick<CaseNumberParts, 'year' | 'workstation' | 'seq'>): string {
  return `${p.year}-${p.workstation}-${String(p.seq).padStart(5, '0')}`;
}
