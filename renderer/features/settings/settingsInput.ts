import type { Settings, SettingsInput } from '../../../shared/domain/settings';

/** The editable part of stored settings (what settings.save takes). */
export function settingsInputOf(s: Settings): SettingsInput {
  return {
    agency: { ...s.agency },
    workstationCode: s.workstationCode,
    caseNumberPattern: s.caseNumberPattern,
    timeZone: s.timeZone,
    language: s.language,
    defaultOperator: s.defaultOperator,
  };
}
