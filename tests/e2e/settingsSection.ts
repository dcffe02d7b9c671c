/**
 * Opens one section of Pengaturan by its address (`#/settings/<section>`, issue 10 §1 — one
 * section at a time) and waits until it is the one shown; every e2e test that fills settings goes
 * through here. A fresh load, so a half-typed form elsewhere does not hold the change (leave guard);
 * tests of that question click the section list instead.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SettingsSection } from '../../renderer/features/settings/sections';

export async function openSettings(harness: { page: Page; url: string }, section: SettingsSection): Promise<Locator> {
  const { page } = harness;
  await page.goto('about:blank');
  await page.goto(new URL(`#/settings/${section}`, harness.url).toString());
  const shown = page.locator(`[data-testid="settings-section"][data-section="${section}"]`);
  await shown.waitFor();
  await sectionLoaded(shown);
  return shown;
}

/** The section shown has loaded what it shows: no spinner left (the letters' preview renders last). */
export async function sectionLoaded(shown: Locator): Promise<void> {
  await expect.poll(() => shown.locator('.mantine-Loader-root').count(), { timeout: 60_000 }).toBe(0);
}

/** The section's one save bar: its "Simpan" button, clicked. */
export async function saveSettings(section: Locator): Promise<void> {
  await section.getByTestId('settings-save-bar').getByRole('button', { name: 'Simpan', exact: true }).click();
}
