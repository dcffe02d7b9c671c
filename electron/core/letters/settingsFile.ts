/**
 * `letters.json`: templates, number pattern, which role signs each kind, and letterhead extras (own
 * schemaVersion; settings.json untouched). It names no signer: the head comes from settings.json's
 * agency profile and the officers from the trail when a letter is made (issue 10 §2).
 */
import { AppError } from '../../../shared/contract/result';
import { fieldMessages } from '../../../shared/contract/dispatch';
import {
  DEFAULT_LETTER_NUMBER_PATTERN, DEFAULT_LETTER_SIGNERS, LETTERS_SETTINGS_VERSION, lettersSettingsInputSchema, lettersSettingsSchema,
  type LettersSettings, type LettersSettingsInput,
} from '../../../shared/domain/letters';
import type { StoreContext } from '../store/context';
import type { JsonFileKind } from '../store/jsonFile';
import type { JsonObject, Migration } from '../store/migrations';
import { SettingsFile } from '../store/settingsFile';
import { DEFAULT_LETTER_TEMPLATES } from './defaultTemplates';
import { letterNumberPatternProblem } from '../../../shared/domain/letterNumber';

export const LETTERS_FILE = 'letters.json';

/** Version 1's reset-report body and control-sheet closing as shipped: replaced only while unchanged. */
export const V1_RESET_REPORT_BODY =
  'Pada tanggal {tanggalReset}, Admin Agency pada {unitKami} {instansiKami} telah melaksanakan {jenisPermohonan} akun SPSE atas nama {nama}, NIP {nip}, {jabatan} pada {instansi}, User ID {userId}, berdasarkan Surat Permohonan Nomor {nomorSuratPermohonan} tanggal {tanggalSuratPermohonan} perihal {perihalSuratPermohonan} dan Surat Keputusan penetapan sebagai Pokja Pemilihan Nomor {nomorSk} tanggal {tanggalSk}, dengan rincian sebagai berikut.';

/**
 * v1 → v2 (issue 10 §2, §8): the copied `signatory` goes (the head is read from the profile) and each
 * kind gets its signer roles; templates still as shipped get the berita acara opening and the control
 * sheet's closing line. Templates the admin edited are left as they are.
 */
export const LETTERS_MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    migrate: ({ signatory: _copied, ...doc }: JsonObject) => {
      const templates = { ...(doc.templates as Record<string, JsonObject> | undefined) };
      const reset = templates.reset_report;
      if (reset && reset.body === V1_RESET_REPORT_BODY) templates.reset_report = { ...reset, body: DEFAULT_LETTER_TEMPLATES.reset_report.body };
      const sheet = templates.control_sheet;
      if (sheet && (sheet.closing ?? '') === '' && sheet.body === DEFAULT_LETTER_TEMPLATES.control_sheet.body)
        templates.control_sheet = { ...sheet, closing: DEFAULT_LETTER_TEMPLATES.control_sheet.closing };
      return { ...doc, templates, signers: structuredClone(DEFAULT_LETTER_SIGNERS) };
    },
  },
];

const kind: JsonFileKind<LettersSettings> = { schema: lettersSettingsSchema, version: LETTERS_SETTINGS_VERSION, migrations: LETTERS_MIGRATIONS };

export function defaultLettersSettings(): LettersSettings {
  return {
    schemaVersion: LETTERS_SETTINGS_VERSION,
    numberPattern: DEFAULT_LETTER_NUMBER_PATTERN,
    signers: structuredClone(DEFAULT_LETTER_SIGNERS),
    letterheadLines: [],
    logo: '',
    templates: structuredClone(DEFAULT_LETTER_TEMPLATES),
  };
}

/**
 * Parses and checks settings beyond their schema (the number pattern's tokens); invalid_input with
 * per-field Indonesian messages. Used by save and by the live template preview.
 */
export function checkLettersSettings(input: LettersSettingsInput): LettersSettings {
  const parsed = lettersSettingsInputSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldMessages(parsed.error);
    const first = Object.values(fields)[0];
    if (first && typeof first !== 'string') throw new AppError('invalid_input', first.key, first.params, fields);
    throw new AppError('invalid_input', first ?? 'Pengaturan surat belum benar.', fields);
  }
  const problem = letterNumberPatternProblem(parsed.data.numberPattern);
  if (problem) throw new AppError('invalid_input', problem, { numberPattern: problem });
  return { ...parsed.data, schemaVersion: LETTERS_SETTINGS_VERSION };
}

export class LettersSettingsFile extends SettingsFile<LettersSettings> {
  constructor(ctx: StoreContext) {
    super(ctx, LETTERS_FILE, kind, defaultLettersSettings);
  }

  save(input: LettersSettingsInput): Promise<LettersSettings> {
    return this.write(checkLettersSettings(input));
  }
}
