/**
 * Reusable zod field schemas. Their messages are keys of shared/messages (as tokens: zod keeps a
 * string), with the field's label as a parameter, so the form and the core's errors say the same in
 * the UI's language.
 */
import { z } from 'zod';
import { messageToken as msg, type MessageKey } from '../messages/format';
import { checkNip, normalizeNip } from '../nip';
import { isIsoDate } from '../dates';
import { schemaNow } from '../schemaClock';

/** A field's label: a `label.*` key of shared/messages. */
export type FieldLabel = Extract<MessageKey, `label.${string}`>;
const required = (label: FieldLabel) => msg('field.required', { label: { key: label } });
const tooLong = (label: FieldLabel, max: number) => msg('field.tooLong', { label: { key: label }, max });

// Fields without a custom message (a query's text length, an unknown enum value sent past the
// form) fall back to zod's built-in text: zod ships an Indonesian locale, so every host that
// loads the schemas answers in Indonesian.
z.config(z.locales.id());

/**
 * Characters a typed text never needs and that can turn it against its reader: C0/C1 controls and
 * DEL (a newline in a name splits a signature block; a tab or CR starts a CSV formula — OWASP CSV
 * injection), Unicode line/paragraph separators, and bidi embeddings, overrides, isolates and marks
 * (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C: "Trojan Source", CVE-2021-42574), which
 * show a text in another order than it is stored and printed.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

/** True when `text` holds a control character; `many` lets LF and CRLF through (a typed line break). */
function hasControl(text: string, lines: 'one' | 'many'): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    if (lines === 'many' && (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) === 0x0a))) continue;
    return true;
  }
  return false;
}

/** The message (token) for a text with a character it may not hold, else null (the form and the core share it). */
export function forbiddenCharacter(label: FieldLabel, text: string, lines: 'one' | 'many'): string | null {
  if (BIDI.test(text)) return msg('field.bidi', { label: { key: label } });
  if (!hasControl(text, lines)) return null;
  return msg(lines === 'one' ? 'field.lineBreak' : 'field.control', { label: { key: label } });
}

const plain = (label: FieldLabel, lines: 'one' | 'many') => (text: string, ctx: z.RefinementCtx) => {
  const problem = forbiddenCharacter(label, text, lines);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** One line of text (names, numbers, positions, box/folder/shelf): no line breaks, controls or bidi. */
export const requiredText = (label: FieldLabel, max = 200) =>
  z
    .string({ error: required(label) })
    .trim()
    .min(1, { error: required(label) })
    .max(max, { error: tooLong(label, max) })
    .superRefine(plain(label, 'one'));

export const optionalText = (label: FieldLabel, max = 500) =>
  z.string().trim().max(max, { error: tooLong(label, max) }).superRefine(plain(label, 'one'));

/** Several lines (notes, reasons, a letter's body): line breaks kept, other controls and bidi refused. */
export const requiredMultilineText = (label: FieldLabel, max = 2000) =>
  z
    .string({ error: required(label) })
    .trim()
    .min(1, { error: required(label) })
    .max(max, { error: tooLong(label, max) })
    .superRefine(plain(label, 'many'));

export const optionalMultilineText = (label: FieldLabel, max = 2000) =>
  z.string().trim().max(max, { error: tooLong(label, max) }).superRefine(plain(label, 'many'));

/** A NIP: normalised (spaces/dots removed) and checked for its embedded dates (see shared/nip.ts). */
export const nipSchema = z
  .string({ error: msg('nip.required') })
  .transform(normalizeNip)
  .superRefine((nip, ctx) => {
    if (nip.length === 0) {
      ctx.addIssue({ code: 'custom', message: msg('nip.required') });
      return;
    }
    const r = checkNip(nip, schemaNow());
    if (!r.ok) ctx.addIssue({ code: 'custom', message: msg(`nip.${r.problem}`) });
  });

/** A calendar date "YYYY-MM-DD". */
export const isoDate = (label: FieldLabel) =>
  z
    .string({ error: required(label) })
    .min(1, { error: required(label), abort: true })
    // A date that does not exist (31/02/2026) or text that is no date: the field keeps what was typed.
    .refine(isIsoDate, { error: msg('field.invalidDate', { label: { key: label } }) });

/** An instant, ISO 8601 with offset or Z. */
export const isoInstant = (label: FieldLabel) =>
  z.iso.datetime({ offset: true, error: msg('field.invalidInstant', { label: { key: label } }) });

export const emailSchema = z
  .string({ error: msg('email.required') })
  .trim()
  .min(1, { error: msg('email.required') })
  .pipe(z.email({ error: msg('email.invalid') }));

/** Indonesian phone numbers: 0… or +62…, 9–15 digits; spaces and dashes allowed when typed. */
export const phoneSchema = z
  .string({ error: msg('phone.required') })
  .transform((s) => s.replace(/[\s-]/g, ''))
  .refine((s) => s.length > 0, { error: msg('phone.required') })
  .refine((s) => /^(\+62|0)\d{8,14}$/.test(s), {
    error: msg('phone.invalid'),
  });

/** SPSE user IDs: letters, digits, dot, dash, underscore (no spaces). */
export const userIdSchema = z
  .string({ error: msg('userId.required') })
  .trim()
  .min(1, { error: msg('userId.required'), abort: true })
  .min(3, { error: msg('userId.tooShort') })
  .max(64, { error: msg('userId.tooLong') })
  .regex(/^[A-Za-z0-9._@-]+$/, { error: msg('userId.characters') });
