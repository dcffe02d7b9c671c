/** Settings: the agency profile (letterheads, signatures), this workstation, numbering. */
import { z } from 'zod';
import { nipSchema, optionalText, requiredText } from './fields';
import { validateCaseNumberPattern } from './caseNumber';
import { messageToken } from '../messages/format';

export const SETTINGS_SCHEMA_VERSION = 1;

export const agencyProfileSchema = z.object({
  institution: requiredText('label.institution', 200),
  unit: requiredText('label.unit', 200),
  address: requiredText('label.address', 300),
  city: requiredText('label.city', 100),
  headName: requiredText('label.headName', 120),
  headNip: nipSchema,
});

/**
 * The profile as stored: empty until the admin fills it (issue 10 §2 — never a made-up agency or
 * head that looks real). Letters print a visible placeholder for what is still empty.
 */
export const storedAgencyProfileSchema = z.object({
  institution: optionalText('label.institution', 200),
  unit: optionalText('label.unit', 200),
  address: optionalText('label.address', 300),
  city: optionalText('label.city', 100),
  headName: optionalText('label.headName', 120),
  headNip: z.union([z.literal(''), nipSchema]),
});
export type AgencyProfile = z.infer<typeof storedAgencyProfileSchema>;

export const workstationCodeSchema = z
  .string({ error: messageToken('schema.workstationRequired') })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,8}$/, { error: messageToken('schema.workstationFormat') });

export const caseNumberPatternSchema = z
  .string({ error: messageToken('schema.caseNumberPatternRequired') })
  .trim()
  .superRefine((p, ctx) => {
    const problem = validateCaseNumberPattern(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const settingsInputSchema = z.object({
  agency: agencyProfileSchema,
  workstationCode: workstationCodeSchema,
  caseNumberPattern: caseNumberPatternSchema,
  timeZone: z.enum(['WIB', 'WITA', 'WIT']),
  language: z.enum(['id', 'en']),
  /** Pre-fills "Petugas penerima" on the intake form. */
  defaultOperator: optionalText('label.operator', 120).default(''),
});
export type SettingsInput = z.input<typeof settingsInputSchema>;

export const settingsSchema = settingsInputSchema.extend({
  agency: storedAgencyProfileSchema,
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  /** False until the admin has saved the agency profile once (the app then asks for it first). */
  configured: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_CASE_NUMBER_PATTERN = '{seq}/{ws}/RP-UKPBJ/{bulanRomawi}/{tahun}';

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    configured: false,
    // Empty, not an example that could pass for a real agency or head (issue 10 §2); the unit's
    // generic name is the same in every regency.
    agency: { institution: '', unit: 'Unit Kerja Pengadaan Barang/Jasa (UKPBJ)', address: '', city: '', headName: '', headNip: '' },
    workstationCode: 'WS01',
    caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN,
    timeZone: 'WIB',
    language: 'id',
    defaultOperator: '',
  };
}
