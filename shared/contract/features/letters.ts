/**
 * The outgoing letters' methods (zod schemas); names in letters.names.ts.
 *
 * How the UI uses them:
 * - Case page / each step: `letters.list {id}` → the case's letters (kind + visit), which are
 *   available (their step completed), issued (number, date, hash) or stale (data changed since).
 * - Print: `letters.issue {id, kind, visit}` (takes the next number the first time; stores the
 *   archived PDF/A, password redacted; a no-op returning the same entry when nothing changed), then
 *   `letters.preview {id, kind, visit, includePassword}` → PNG pages for the print view; the UI
 *   calls `window.print()` on them (Electron prints through Chromium; the harness shows them).
 *   `includePassword` (step 8 only) puts the temporary password — held in core memory only — on
 *   the printed copy; the archived copy never has it. Fails with `not_found` once the password is gone.
 * - Settings: `letters.settings.get/save` (templates with placeholders, number pattern, signatory,
 *   letterhead); `letters.templatePreview {settings, kind}` renders unsaved settings on a sample case
 *   for the live preview. `letters.logo {data}` stores a letterhead logo (PNG/JPEG, checked from its
 *   bytes) and answers its blob hash for `settings.logo`; it is used once the settings are saved.
 */
import { z } from 'zod';
import { caseIdSchema } from '../../domain/case';
import {
  caseLetterSchema, issuedLetterSchema, letterKindSchema, lettersSettingsInputSchema, lettersSettingsSchema, pdfPreviewSchema,
} from '../../domain/letters';
import type { LETTER_EVENTS, LETTER_METHODS } from './letters.names';
import type { MethodSpec } from './spec';
import { messageToken } from '../../messages/format';

const none = z.object({}).strict();

/** Largest letterhead logo accepted (a crest at print size is a few hundred KB at most). */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
const letterOf = z.object({ id: caseIdSchema, kind: letterKindSchema, visit: z.number().int().positive().default(1) });

export const lettersContract = {
  'letters.settings.get': { access: 'session', input: none, output: lettersSettingsSchema },
  'letters.settings.save': { access: 'operator', input: lettersSettingsInputSchema, output: lettersSettingsSchema },
  'letters.list': { access: 'session', input: z.object({ id: caseIdSchema }), output: z.object({ letters: z.array(caseLetterSchema) }) },
  'letters.issue': { access: 'operator', input: letterOf, output: issuedLetterSchema },
  'letters.preview': {
    access: 'operator',
    input: letterOf.extend({
      includePassword: z.boolean().default(false),
      /** Render resolution of the PNG pages (print quality vs. size). */
      dpi: z.number().int().min(50).max(300).default(150),
    }),
    output: pdfPreviewSchema.extend({ number: z.string(), contentHash: z.string() }),
  },
  'letters.templatePreview': {
    access: 'session',
    input: z.object({ settings: lettersSettingsInputSchema, kind: letterKindSchema, dpi: z.number().int().min(50).max(200).default(100) }),
    output: pdfPreviewSchema,
  },
  'letters.logo': {
    access: 'operator',
    input: z.object({
      /** The image file, base64 (a logo is small: at most LOGO_MAX_BYTES). */
      data: z.base64({ error: messageToken('schema.invalidLogo') }).max(Math.ceil(LOGO_MAX_BYTES / 3) * 4, { error: `Berkas logo terlalu besar (paling besar ${LOGO_MAX_BYTES / 1024 / 1024} MB).` }),
    }),
    output: z.object({ logo: z.string(), width: z.number().int().positive(), height: z.number().int().positive(), dataUrl: z.string() }),
  },
} as const satisfies Record<(typeof LETTER_METHODS)[number], MethodSpec>;

export const lettersEvents = {} as const satisfies Record<(typeof LETTER_EVENTS)[number], z.ZodType>;
