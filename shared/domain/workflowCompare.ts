/**
 * SOP step 5: the request compared with the SPSE account data the admin typed in (and with earlier
 * cases). One comparison for the form's highlighting and the core's record of mismatches.
 */
import type { ChangeField, Intake } from './case';
import { normalizeNip } from '../nip';
import { SPSE_FIELDS, SPSE_FIELD_LABELS, type SpseAccount, type SpseField } from './workflow';

/** The change field that edits an SPSE field (a change request's "current" value is what SPSE still shows). */
const CHANGE_OF: Record<SpseField, ChangeField> = { name: 'name', nip: 'nip', userId: 'userId', email: 'email', phone: 'phone', agency: 'workUnit' };

/** Compares the way an admin would: case, repeated spaces, NIP dots and phone prefixes do not matter. */
export function normalizeFor(field: SpseField, value: string): string {
  const v = value.trim().replace(/\s+/g, ' ').toLowerCase();
  if (field === 'nip') return normalizeNip(v);
  if (field === 'phone') return v.replace(/[^\d+]/g, '').replace(/^\+?62/, '0');
  return v;
}

export function sameValue(field: SpseField, a: string, b: string): boolean {
  return normalizeFor(field, a) === normalizeFor(field, b);
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
}

export function compareWithSpse(intake: Pick<Intake, 'requester' | 'changes'>, spse: SpseAccount): ComparisonRow[] {
  return SPSE_FIELDS.map((field) => {
    const request = intake.requester[field];
    const change = intake.changes.find((c) => c.field === CHANGE_OF[field]);
    const expected = change ? change.current : request;
    const value = spse[field];
    return { field, request, expected, spse: value, match: value.trim() === '' ? null : sameValue(field, expected, value) };
  });
}

/** "Email tidak sama dengan data di SPSE" for each mismatch: the failed checks a rejection cites. */
export function mismatchProblems(rows: readonly ComparisonRow[]): string[] {
  return rows.filter((r) => r.match === false).map((r) => `${SPSE_FIELD_LABELS[r.field].id} tidak sama dengan data di SPSE`);
}
