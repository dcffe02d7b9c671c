/** Settings: the agency profile (letterheads, signatures), this workstation, numbering. */
import { z } from 'zod';
import { nipSchema, optionalText, requiredText } from './fields';
import { validateCaseNumberPattern } from './caseNumber';

export const SETTINGS_SCHEMA_VERSION = 1;

export const agencyProfileSchema = z.object({
  institution: requiredText('Nama instansi', 200),
  unit: requiredText('Nama unit (UKPBJ/LPSE)', 200),
  address: requiredText('Alamat', 300),
  city: requiredText('Kota/kabupaten', 100),
  headName: requiredText('Nama kepala unit', 120),
  headNip: nipSchema,
});

export const workstationCodeSchema = z
  .string({ error: 'Kode workstation wajib diisi.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,8}$/, { error: 'Kode workstation 2–8 huruf besar/angka, mis. WS01.' });

export const caseNumberPatternSchema = z
  .string({ error: 'Pola nomor berkas wajib diisi.' })
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
  defaultOperator: optionalText('Petugas', 120).default(''),
});
export type SettingsInput = z.input<typeof settingsInputSchema>;

export const settingsSchema = settingsInputSchema.extend({
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
    agency: {
      institution: 'Pemerintah Kabupaten Sukamaju',
      unit: 'Unit Kerja Pengadaan Barang/Jasa (UKPBJ)',
      address: 'Jl. Merdeka No. 1, Sukamaju',
      city: 'Sukamaju',
      headName: 'Kepala UKPBJ',
      headNip: '197001011995031001',
    },
    workstationCode: 'WS01',
    caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN,
    timeZone: 'WIB',
    language: 'id',
    defaultOperator: '',
  };
}
