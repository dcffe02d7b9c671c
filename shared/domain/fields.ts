/** Reusable zod field schemas with Indonesian messages (the same text in the form and in core errors). */
import { z } from 'zod';
import { checkNip, nipMessages, normalizeNip } from '../nip';
import { isIsoDate } from '../dates';

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

/** The message for a text with a character it may not hold, else null (the form and the core share it). */
export function forbiddenCharacter(label: string, text: string, lines: 'one' | 'many'): string | null {
  if (BIDI.test(text)) return `${label} tidak boleh berisi karakter pengatur arah teks (bidi).`;
  if (!hasControl(text, lines)) return null;
  return lines === 'one' ? `${label} tidak boleh berisi baris baru atau karakter kendali.` : `${label} tidak boleh berisi karakter kendali (selain baris baru).`;
}

const plain = (label: string, lines: 'one' | 'many') => (text: string, ctx: z.RefinementCtx) => {
  const problem = forbiddenCharacter(label, text, lines);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** One line of text (names, numbers, positions, box/folder/shelf): no line breaks, controls or bidi. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .superRefine(plain(label, 'one'));

export const optionalText = (label: string, max = 500) =>
  z.string().trim().max(max, { error: `${label} paling banyak ${max} karakter.` }).superRefine(plain(label, 'one'));

/** Several lines (notes, reasons, a letter's body): line breaks kept, other controls and bidi refused. */
export const requiredMultilineText = (label: string, max = 2000) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .superRefine(plain(label, 'many'));

export const optionalMultilineText = (label: string, max = 2000) =>
  z.string().trim().max(max, { error: `${label} paling banyak ${max} karakter.` }).superRefine(plain(label, 'many'));

/** A NIP: normalised (spaces/dots removed) and checked for its embedded dates (see shared/nip.ts). */
export const nipSchema = z
  .string({ error: 'NIP wajib diisi.' })
  .transform(normalizeNip)
  .superRefine((nip, ctx) => {
    if (nip.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'NIP wajib diisi.' });
      return;
    }
    const r = checkNip(nip);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: nipMessages[r.problem] });
  });

/** A calendar date "YYYY-MM-DD". */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .min(1, { error: `${label} wajib diisi.`, abort: true })
    // A date that does not exist (31/02/2026) or text that is no date: the field keeps what was typed.
    .refine(isIsoDate, { error: `${label} tidak valid.` });

/** An instant, ISO 8601 with offset or Z. */
export const isoInstant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} bukan waktu yang benar.` });

export const emailSchema = z
  .string({ error: 'Email wajib diisi.' })
  .trim()
  .min(1, { error: 'Email wajib diisi.' })
  .pipe(z.email({ error: 'Alamat email tidak benar.' }));

/** Indonesian phone numbers: 0… or +62…, 9–15 digits; spaces and dashes allowed when typed. */
export const phoneSchema = z
  .string({ error: 'Nomor telepon wajib diisi.' })
  .transform((s) => s.replace(/[\s-]/g, ''))
  .refine((s) => s.length > 0, { error: 'Nomor telepon wajib diisi.' })
  .refine((s) => /^(\+62|0)\d{8,14}$/.test(s), {
    error: 'Nomor telepon harus diawali 0 atau +62 dan berisi 9–15 digit.',
  });

/** SPSE user IDs: letters, digits, dot, dash, underscore (no spaces). */
export const userIdSchema = z
  .string({ error: 'User ID SPSE wajib diisi.' })
  .trim()
  .min(1, { error: 'User ID SPSE wajib diisi.', abort: true })
  .min(3, { error: 'User ID SPSE minimal 3 karakter.' })
  .max(64, { error: 'User ID SPSE paling banyak 64 karakter.' })
  .regex(/^[A-Za-z0-9._@-]+$/, { error: 'User ID SPSE hanya boleh huruf, angka, titik, garis bawah, @ dan tanda minus.' });
