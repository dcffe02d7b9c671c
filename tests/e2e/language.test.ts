/**
 * The ID/EN switch end to end (SOP.md "Language": Bahasa Indonesia first, English second): the
 * header switch changes the UI text, the choice is saved on its own (`settings.setLanguage`) so it
 * survives a restart before the agency profile is filled in — without marking the profile as
 * filled in — and switching back to Indonesian works and is saved too. A switch made while the
 * Pengaturan form is open is not undone by saving that form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call } from '../core/support/core';
import { TEST_AGENCY } from '../fixtures/profile';
import { startHarness, type HarnessSession } from './harnessFixture';

let s: HarnessSession;
beforeAll(async () => {
  s = await startHarness('loket-e2e-language-');
});
afterAll(async () => s?.dispose());

async function openRegister(page: Page): Promise<void> {
  await page.goto(new URL('#/', s.harness.url).toString());
}

/** The register link in the main menu, both named in the language under test. */
function registerNav(page: Page, menu: string, link: string) {
  return page.getByRole('navigation', { name: menu }).getByRole('link', { name: link, exact: true });
}

async function storedLanguage(): Promise<string> {
  return (await call(s.harness.core, 'settings.get', {})).language;
}

async function waitForStoredLanguage(language: 'id' | 'en'): Promise<void> {
  // The switch saves in the background after the UI has already changed.
  await expect.poll(storedLanguage, { timeout: 5_000 }).toBe(language);
}

describe('language switch (ID → EN → ID)', () => {
  it('switches the UI to English and keeps it after a restart, profile still not filled in', async () => {
    const { page } = s.harness;
    await openRegister(page);
    await registerNav(page, 'Menu utama', 'Daftar Berkas').waitFor();
    await page.getByTestId('not-configured').getByText('Profil instansi belum diisi').waitFor();

    await page.getByText('EN', { exact: true }).click();
    await registerNav(page, 'Main menu', 'Case register').waitFor();
    await page.getByTestId('not-configured').getByText('The agency profile is not filled in yet').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await waitForStoredLanguage('en');
    expect((await call(s.harness.core, 'settings.get', {})).configured).toBe(false);

    const again = await s.restart();
    await openRegister(again.page);
    await registerNav(again.page, 'Main menu', 'Case register').waitFor();
    await again.page.getByTestId('not-configured').getByText('The agency profile is not filled in yet').waitFor();
    expect(await again.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await registerNav(again.page, 'Menu utama', 'Daftar Berkas').count()).toBe(0);
  });

  it('switches back to Indonesian, saved for the next start', async () => {
    const { page } = s.harness;
    await page.getByText('ID', { exact: true }).click();
    await registerNav(page, 'Menu utama', 'Daftar Berkas').waitFor();
    await page.getByTestId('not-configured').getByText('Profil instansi belum diisi').waitFor();
    await waitForStoredLanguage('id');

    const again = await s.restart();
    await openRegister(again.page);
    // Indonesian is also the language before settings load, so the stored value above is what proves
    // the switch back was saved; here the app must start in it.
    await again.page.getByTestId('not-configured').getByText('Profil instansi belum diisi').waitFor();
    await registerNav(again.page, 'Menu utama', 'Daftar Berkas').waitFor();
    expect(await again.page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect((await call(s.harness.core, 'settings.get', {})).configured).toBe(false);
  });

  it('a switch made on the Pengaturan page is kept when the profile is then saved', async () => {
    const { page } = s.harness;
    await page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
    await page.getByRole('button', { name: 'Simpan pengaturan', exact: true }).waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    await waitForStoredLanguage('en');
    expect(await page.getByLabel('English', { exact: true }).isChecked()).toBe(true);

    // A new install's profile is empty (nothing made up): filled in here as the admin would, in English.
    const fields = [
      ['Institution', TEST_AGENCY.institution], ['Unit (UKPBJ/LPSE)', TEST_AGENCY.unit], ['Address', TEST_AGENCY.address],
      ['City/regency', TEST_AGENCY.city], ['Head of unit', TEST_AGENCY.headName], ['NIP of the head of unit', TEST_AGENCY.headNip],
    ] as const;
    for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Default operator', { exact: true }).fill('Budi Santoso');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(await call(s.harness.core, 'settings.get', {})).toMatchObject({ configured: true, language: 'en', defaultOperator: 'Budi Santoso' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await registerNav(page, 'Main menu', 'Case register').waitFor();
  });
});
