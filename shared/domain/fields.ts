/** Reusable zod field schemas with Indonesian messages (the same text in the form and in core errors). */
import { z } from 'zod';
import { checkNip, nipMessages, normalizeNip } from '../nip';
import { isIsoDate } from '../dates';

// Fields without a custom message (a query's text length, an unknown enum value sent past the
// form) fall back to zod's built-in text: zod ships an Indonesian locale, so every host that
// loads the schemas answers in Indonesian.
z.config(z.locales.id());

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` });

export const optionalText = (label: string, max = 500) =>
  z.string().trim().max(max, { error: `${label} paling banyak ${max} karakter.` });

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
