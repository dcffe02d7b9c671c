/**
 * Core errors back onto the form: `invalid_input` carries `fields` keyed by dotted path
 * ("requester.nip", "changes.0.requested"; "intake.…" for cases.update), which are RHF names.
 */
import type { FieldErrors, FieldValues } from 'react-hook-form';

const INTAKE_PATH =
  /^(kind|changes|receivedAt|receivedBy|notes|requester\.(name|nip|position|agency|userId|email|phone)|letter\.(number|date|subject)|sk\.(number|date|issuer|validFrom|validUntil)|changes\.\d{1,2}\.(field|label|current|requested))$/;

export interface MappedErrors {
  /** Form field name → message. */
  fields: Array<{ name: string; message: string }>;
  /** Messages that belong to no field on the form. */
  other: string[];
}

export function mapIntakeFieldErrors(fields: Record<string, string> | undefined, prefix = ''): MappedErrors {
  const out: MappedErrors = { fields: [], other: [] };
  for (const [rawPath, message] of Object.entries(fields ?? {})) {
    const path = prefix && rawPath.startsWith(prefix) ? rawPath.slice(prefix.length) : rawPath;
    if (!INTAKE_PATH.test(path)) out.other.push(message);
    else out.fields.push({ name: path, message });
  }
  return out;
}

/** How many fields carry an error (for the summary above the form). */
export function countErrors(errors: FieldErrors<FieldValues> | undefined): number {
  let n = 0;
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const rec = node as Record<string, unknown>;
    if (typeof rec.message === 'string' && 'type' in rec) {
      n++;
      return;
    }
    for (const [k, v] of Object.entries(rec)) if (k !== 'ref') walk(v);
  };
  walk(errors);
  return n;
}
