/**
 * What a correction of the registered data changed, field by field: recorded in the audit trail
 * (event `intake_corrected`) so a later reader sees who changed which value, and shown in the timeline.
 */
import type { Intake } from './case';

export interface IntakeChange {
  /** Dotted path, e.g. "requester.nip" or "changes.0.requested". */
  path: string;
  before: string;
  after: string;
}

/** Every leaf of a value as "dotted.path" → text (arrays by index), the form corrections are recorded in. */
export function leaves(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value === undefined || value === null ? '' : String(value));
  }
}

export function intakeChanges(before: Intake, after: Intake): IntakeChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  leaves(before, '', a);
  leaves(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => (a.get(p) ?? '') !== (b.get(p) ?? ''))
    .map((path) => ({ path, before: a.get(path) ?? '', after: b.get(path) ?? '' }));
}
