/**
 * Pengaturan's sections, one shown at a time and each part of the address (`#/settings/arsip`,
 * issue 10 §1). `#/settings` opens the first. `saves` says how a section keeps what is changed:
 * `form` — its fields and one Simpan bar; `actions` — each button saves at once, no bar; `none` — read only.
 */
export const SETTINGS_SECTIONS = ['profil', 'penomoran', 'operator', 'waktu', 'surat', 'arsip', 'kantor', 'pindaian', 'tentang'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const SECTION_SAVES: Readonly<Record<SettingsSection, 'form' | 'actions' | 'none'>> = {
  profil: 'form',
  penomoran: 'form',
  operator: 'actions',
  waktu: 'form',
  surat: 'form',
  arsip: 'form',
  kantor: 'actions',
  pindaian: 'form',
  tentang: 'none',
};

export const FIRST_SETTINGS_SECTION: SettingsSection = SETTINGS_SECTIONS[0];

export function isSettingsSection(s: string): s is SettingsSection {
  return (SETTINGS_SECTIONS as readonly string[]).includes(s);
}
