/**
 * The letter settings as the editor holds them, and back (pure: unit-tested). The editor keeps
 * *tembusan* as one textarea (one recipient per line) and always three letterhead lines; the
 * contract wants arrays without blanks. Error paths of the contract (zod issues here, the core's
 * `invalid_input` fields on save) are mapped back onto the editor's fields.
 */
import { formatLetterNumber } from '../../../shared/domain/letterNumber';
import {
  LETTER_KINDS, lettersSettingsInputSchema, type LETTER_NATURES, type LetterKind, type LetterSigners, type LettersSettings, type LettersSettingsInput,
} from '../../../shared/domain/letters';
import { coreText } from '../../i18n/coreMessages';

export interface TemplateForm {
  subject: string;
  body: string;
  closing: string;
  /** One *tembusan* per line. */
  copies: string;
  code: string;
  numbered: boolean;
  nature: (typeof LETTER_NATURES)[number];
}

export interface LettersForm {
  numberPattern: string;
  /** Per kind, which role signs and who acknowledges (the people come from the profile and the trail). */
  signers: Record<LetterKind, LetterSigners>;
  /** Always three boxes; blank ones are not sent. */
  letterheadLines: [string, string, string];
  logo: string;
  templates: Record<LetterKind, TemplateForm>;
}

/** The template fields a placeholder can be inserted into. */
export const TEMPLATE_TEXT_FIELDS = ['subject', 'body', 'closing', 'copies'] as const;
export type TemplateTextField = (typeof TEMPLATE_TEXT_FIELDS)[number];

export function formOf(s: LettersSettings): LettersForm {
  const lines = s.letterheadLines;
  return {
    numberPattern: s.numberPattern,
    signers: structuredClone(s.signers),
    letterheadLines: [lines[0] ?? '', lines[1] ?? '', lines[2] ?? ''],
    logo: s.logo,
    templates: Object.fromEntries(
      LETTER_KINDS.map((k) => {
        const t = s.templates[k];
        return [k, { subject: t.subject, body: t.body, closing: t.closing, copies: t.copies.join('\n'), code: t.code, numbered: t.numbered, nature: t.nature }];
      }),
    ) as Record<LetterKind, TemplateForm>,
  };
}

const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

export function inputOf(f: LettersForm): LettersSettingsInput {
  return {
    numberPattern: f.numberPattern,
    signers: structuredClone(f.signers),
    letterheadLines: f.letterheadLines.map((l) => l.trim()).filter((l) => l.length > 0),
    logo: f.logo === '' ? '' : f.logo,
    templates: Object.fromEntries(
      LETTER_KINDS.map((k) => {
        const t = f.templates[k];
        return [k, { subject: t.subject, body: t.body, closing: t.closing, copies: linesOf(t.copies), code: t.code, numbered: t.numbered, nature: t.nature }];
      }),
    ) as LettersSettingsInput['templates'],
  };
}

/**
 * The editor field a contract path belongs to: "templates.notification.copies.2" → the copies box
 * of that template, "letterheadLines.1" → the second non-blank letterhead box, "signers.receipt.acknowledger" as is.
 * Null when the path names nothing on the editor (the message then goes to the alert).
 */
export function fieldOfPath(path: string, f: LettersForm): string | null {
  const parts = path.split('.');
  const [head, second, third] = parts;
  if (head === 'numberPattern' || head === 'logo') return head;
  if (head === 'signers' && second && (LETTER_KINDS as readonly string[]).includes(second) && (third === 'signer' || third === 'acknowledger')) return path;
  if (head === 'letterheadLines') {
    // Blank boxes are dropped before sending: the n-th sent line is the n-th non-blank box.
    const filled = f.letterheadLines.flatMap((l, i) => (l.trim() ? [i] : []));
    const box = filled[Number(second)] ?? 0;
    return `letterheadLines.${box}`;
  }
  if (head === 'templates' && second && (LETTER_KINDS as readonly string[]).includes(second)) {
    if (third === 'subject' || third === 'body' || third === 'closing' || third === 'copies' || third === 'code' || third === 'nature' || third === 'numbered')
      return `templates.${second}.${third}`;
  }
  return null;
}

export type FieldErrorMap = Record<string, string>;

/** Field errors from a map of contract paths (the core's `fields`); the rest as loose messages. */
export function mapErrors(fields: Record<string, string> | undefined, f: LettersForm): { fields: FieldErrorMap; other: string[] } {
  const out: FieldErrorMap = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields ?? {})) {
    const field = fieldOfPath(path, f);
    const text = coreText(message) ?? message;
    if (field === null) other.push(text);
    else out[field] ??= text;
  }
  return { fields: out, other };
}

/** The editor checked against the contract's schema, before anything is sent (same Indonesian messages as the core). */
export function checkForm(f: LettersForm): { input: LettersSettingsInput; errors: FieldErrorMap; other: string[] } {
  const input = inputOf(f);
  const parsed = lettersSettingsInputSchema.safeParse(input);
  if (parsed.success) return { input, errors: {}, other: [] };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join('.')] ??= issue.message;
  const mapped = mapErrors(fields, f);
  return { input, errors: mapped.fields, other: mapped.other };
}

/** Which letter kinds carry an error, from the errors' field paths (the kind picker marks them). */
export function kindsWithErrors(paths: Iterable<string>): Set<LetterKind> {
  const out = new Set<LetterKind>();
  for (const k of paths) {
    const kind = k.split('.')[1];
    if ((k.startsWith('templates.') || k.startsWith('signers.')) && kind) out.add(kind as LetterKind);
  }
  return out;
}

/**
 * The live example under the number pattern: sequence 7 in today's month. Only an illustration; the
 * number a letter gets is the core's (electron/core/letters/numberPattern.ts), which validates the pattern.
 */
export function numberExample(pattern: string, code: string, today: string, workstation: string): string {
  // The core's own formatter (shared), with sequence 7 as the sample.
  return formatLetterNumber(pattern, 7, code, today, workstation);
}

/** Inserts `text` into `value` at the cursor (or replacing the selection); returns the new value and cursor. */
export function insertAt(value: string, text: string, start: number | null, end: number | null): { value: string; cursor: number } {
  const s = Math.max(0, Math.min(start ?? value.length, value.length));
  const e = Math.max(s, Math.min(end ?? s, value.length));
  return { value: value.slice(0, s) + text + value.slice(e), cursor: s + text.length };
}
