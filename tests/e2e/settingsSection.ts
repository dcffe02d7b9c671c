/**
 * Opens one section of Pengaturan by its address (`#/settings/<section>`, issue 10 §1 — one
 * section at a time) and waits until it is the one shown; every e2e test that fills settings goes
 * through here.
 */
import type { Locator, Page } from 'playwright-core';
import type { SettingsSection } from '../../renderer/features/settings/sections';

export async function openSettings(page: Page, section: SettingsSection): Promise<Locator> {
  await page.goto(new URL(`#/settings/${section}`, page.url()).toString());
  const shown = page.locator(`[data-testid="settings-section"][data-section="${section}"]`);
  await shown.waitFor();
  return shown;
}

/** The section's one save bar: its "Simpan" button, clicked. */
export async function saveSettings(section: Locator): Promise<void> {
  await section.getByTestId('settings-save-bar').getByRole('button', { name: 'Simpan', exact: true }).click();
}
