/**
 * `letters.json`: templates, number pattern, signatory and letterhead extras (own schemaVersion;
 * settings.json untouched). Until the admin saves it, the defaults follow settings.json's agency
 * head as the signatory, so a new installation prints sensible letters at once.
 */
import { AppError } from '../../../shared/contract/result';
import {
  DEFAULT_LETTER_NUMBER_PATTERN, LETTERS_SETTINGS_VERSION, lettersSettingsInputSchema, lettersSettingsSchema,
  type LettersSettings, type LettersSettingsInput,
} from '../../../shared/domain/letters';
import type { Settings } from '../../../shared/domain/settings';
import type { StoreContext } from '../store/context';
import type { JsonFileKind } from '../store/jsonFile';
import { SettingsFile } from '../store/settingsFile';
import { DEFAULT_LETTER_TEMPLATES } from './defaultTemplates';
import { letterNumberPatternProblem } from '../../../shared/domain/letterNumber';

export const LETTERS_FILE = 'letters.json';

const kind: JsonFileKind<LettersSettings> = { schema: lettersSettingsSchema, version: LETTERS_SETTINGS_VERSION, migrations: [] };

export function defaultLettersSettings(agency: Settings['agency']): LettersSettings {
  return {
    schemaVersion: LETTERS_SETTINGS_VERSION,
    numberPattern: DEFAULT_LETTER_NUMBER_PATTERN,
    signatory: { position: `Kepala ${agency.unit}`, name: agency.headName, nip: agency.headNip },
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
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
    throw new AppError('invalid_input', parsed.error.issues[0]?.message ?? 'Pengaturan surat belum benar.', fields);
  }
  const problem = letterNumberPatternProblem(parsed.data.numberPattern);
  if (problem) throw new AppError('invalid_input', problem, { numberPattern: problem });
  return { ...parsed.data, schemaVersion: LETTERS_SETTINGS_VERSION };
}

export class LettersSettingsFile extends SettingsFile<LettersSettings> {
  constructor(ctx: StoreContext, agency: () => Settings['agency']) {
    super(ctx, LETTERS_FILE, kind, () => defaultLettersSettings(agency()));
  }

  save(input: LettersSettingsInput): Promise<LettersSettings> {
    return this.write(checkLettersSettings(input));
  }
}
