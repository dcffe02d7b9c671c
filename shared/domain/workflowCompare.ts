/**
 * SOP step 5: the request compared with the SPSE account data the admin typed in (and with earlier
 * cases). One comparison for the form's highlighting and the core's record of mismatches.
 */
import type { ChangeField, Intake } from './case';
import { formatTanggal } from '../dates';
import { normalizeNip } from '../nip';
import { SPSE_FIELDS, SPSE_FIELD_LABELS, type SpseAccount, type SpseField } from './workflow';

/** The change field that edits an SPSE field (a change request's "current" value is what SPSE still shows). */
const CHANGE_OF: Record<SpseField, ChangeField> = { name: 'name', nip: 'nip', userId: 'userId', email: 'email', phone: 'phone', agency: 'workUnit' };

/** Compares the way an admin would: case, repeated spaces, NIP dots and phone prefixes do not matter. */
export function normalizeFor(field: SpseField, value: string): string {
  const v = value.trim().replace(/\s+/g, ' ').toLowerCase();
  if (field === 'nip') return normalizeNip(v);
  if (field === 'phone') return v.replace(/[^\d+]/g, '').replace(/^\+?62/, '0');
  if (field === 'name') return personName(v);
  return v;
}

/**
 * Titles written before a name (gelar kehormatan/profesi, keagamaan): "Drs.", "Dr.", "Ir.", "H.",
 * "Hj.", "dr.", "Prof." … SPSE usually holds the bare name, the letter the name with its titles.
 */
const TITLES_BEFORE = new Set(['prof', 'dr', 'drs', 'dra', 'drg', 'ir', 'h', 'hj', 'kh', 'ns', 'apt']);
/** Academic degrees written after a name without a comma ("Agus Setiawan ST"), dots removed. */
const DEGREES_AFTER = new Set([
  'st', 'se', 'sh', 'ss', 'sp', 'sip', 'skom', 'ssi', 'spd', 'ssos', 'skm', 'sked', 'sfarm', 'stp', 'sag', 'spt', 'shut', 'sap', 'sak', 'ssit', 'sst', 'sikom', 'stat', 'sif',
  'mt', 'msi', 'mm', 'mh', 'mpd', 'mkom', 'mkes', 'map', 'msc', 'meng', 'mba', 'mag', 'mak', 'mtp', 'mec', 'mhum',
  'amd', 'amdkeb', 'amdkep', 'ama', 'phd', 'dr',
]);
const bare = (token: string) => token.replace(/[.,]/g, '');

/**
 * A person's name for comparison (SOP step 5 "sama (beda penulisan)"): lower case, degrees after
 * the first comma and titles before the name dropped, punctuation and spacing ignored.
 */
function personName(lower: string): string {
  const beforeComma = lower.split(',')[0] ?? '';
  const tokens = beforeComma.replace(/[-\u2010-\u2015]/g, ' ').split(' ').filter((t) => t !== '');
  while (tokens.length > 1 && TITLES_BEFORE.has(bare(tokens[0] ?? ''))) tokens.shift();
  while (tokens.length > 1 && DEGREES_AFTER.has(bare(tokens[tokens.length - 1] ?? ''))) tokens.pop();
  return tokens
    .map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((t) => t !== '')
    .join(' ');
}

export function sameValue(field: SpseField, a: string, b: string): boolean {
  return normalizeFor(field, a) === normalizeFor(field, b);
}

/** Equal for the comparison but written differently (case, spaces, punctuation, titles): "sama (beda penulisan)". */
export function sameButWrittenDifferently(field: SpseField, a: string, b: string): boolean {
  return sameValue(field, a, b) && a.trim() !== b.trim();
}

export interface ComparisonRow {
  field: SpseField;
  /** What the request says (the requester block). */
  request: string;
  /** What SPSE should show: the request, or for a field the request changes, its current value. */
  expected: string;
  spse: string;
  /** null when the admin left the SPSE value empty (not compared). */
  match: boolean | null;
  /** The same value written differently (case, spacing, punctuation, titles): shown "sama (beda penulisan)". */
  variant: boolean;
}

/** The change the request asks for on an SPSE field, if any. */
export function changeOf(intake: Pick<Intake, 'changes'>, field: SpseField): Intake['changes'][number] | undefined {
  return intake.changes.find((c) => c.field === CHANGE_OF[field]);
}

export function compareWithSpse(intake: Pick<Intake, 'requester' | 'changes'>, spse: SpseAccount): ComparisonRow[] {
  return SPSE_FIELDS.map((field) => {
    const request = intake.requester[field];
    const change = changeOf(intake, field);
    const expected = change ? change.current : request;
    const value = spse[field];
    const empty = value.trim() === '';
    return {
      field,
      request,
      expected,
      spse: value,
      match: empty ? null : sameValue(field, expected, value),
      variant: !empty && sameButWrittenDifferently(field, expected, value),
    };
  });
}

/** "Email tidak sama dengan data di SPSE" for each mismatch: the failed checks a rejection cites. */
export function mismatchProblems(rows: readonly ComparisonRow[]): string[] {
  return rows.filter((r) => r.match === false).map((r) => `${SPSE_FIELD_LABELS[r.field].id} tidak sama dengan data di SPSE`);
}

/**
 * SOP step 5 (validity): the requester acts as a Pokja member by the SK it cites, so an SK not in
 * force on the day of the check is a failed check like a mismatch — deciding "valid" anyway needs
 * the admin's note (docs/sop.md step 5). An SK without an end date stays in force until revoked.
 */
export type SkStanding = { state: 'in_force' } | { state: 'ended'; until: string } | { state: 'not_yet'; from: string };

export function skStanding(sk: Pick<Intake['sk'], 'validFrom' | 'validUntil'>, today: string): SkStanding {
  if (sk.validUntil !== '' && sk.validUntil < today) return { state: 'ended', until: sk.validUntil };
  if (sk.validFrom !== '' && sk.validFrom > today) return { state: 'not_yet', from: sk.validFrom };
  return { state: 'in_force' };
}

/** The failed check a rejection cites (Indonesian: the record's and the letters' language). */
export function skProblems(sk: Pick<Intake['sk'], 'validFrom' | 'validUntil'>, today: string): string[] {
  const s = skStanding(sk, today);
  if (s.state === 'ended') return [`Masa berlaku SK penetapan Pokja Pemilihan sudah berakhir (berlaku sampai ${formatTanggal(s.until)})`];
  if (s.state === 'not_yet') return [`SK penetapan Pokja Pemilihan belum berlaku (mulai berlaku ${formatTanggal(s.from)})`];
  return [];
}
