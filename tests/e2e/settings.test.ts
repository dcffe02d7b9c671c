/**
 * Pengaturan end to end (DESIGN: the agency profile comes before the first request; SOP step 1
 * numbers each case from the agency's pattern and this workstation's code): a fresh folder asks
 * for the profile; a pattern without {ws} is refused under its field and nothing is saved; a valid
 * profile hides the banner, numbers the next case with the new pattern and WS07, and survives a
 * restart. Pengaturan is one section at a time (issue 10 §1): the list, an address per section,
 * one save bar, the question before leaving unsaved changes, and each section's height at 1366×768.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_CASE_NUMBER_PATTERN } from '../../shared/domain/settings';
import { call, callError } from '../core/support/core';
import { validIntake } from '../fixtures/intake';
import { startHarness, type HarnessSession } from './harnessFixture';
import { describeFindings, scan } from './a11y/axe';
import { TEST_AGENCY } from '../fixtures/profile';
import { openSettings, saveSettings, sectionLoaded } from './settingsSection';
import { SECTION_SAVES, SETTINGS_SECTIONS, type SettingsSection } from '../../renderer/features/settings/sections';

let s: HarnessSession;
beforeAll(async () => {
  s = await startHarness('loket-e2e-settings-');
});
afterAll(async () => s?.dispose());

/** Screenshots at 1366×768 when LOKET_SHOTS_DIR names a folder. */
const SHOTS = process.env['LOKET_SHOTS_DIR'];
const BANNER = 'Profil instansi belum diisi';
const NEW_PATTERN = '{seq}/{ws}/RP/{bulanRomawi}/{tahun}';
const NEW_UNIT = 'UKPBJ Sekretariat Daerah Kabupaten Sukamaju';
const MISSING_WS = 'Pola harus memuat {ws} agar nomor berkas tidak kembar.';

async function go(page: Page, hash: string): Promise<void> {
  await page.goto(new URL(hash, s.harness.url).toString());
}

describe('settings (agency profile, workstation code, numbering)', () => {
  it('asks for the profile on a fresh folder and refuses a pattern without {ws}, saving nothing', async () => {
    const { page } = s.harness;
    await go(page, '#/');
    const banner = page.getByTestId('not-configured');
    await banner.getByText(BANNER).waitFor();
    await banner.getByRole('link', { name: 'Buka Pengaturan' }).click();
    // The banner is about the profile: it opens that section.
    await page.waitForURL(/#\/settings\/profil$/);
    await page.getByLabel('Nama instansi', { exact: true }).waitFor();

    const section = await openSettings(s.harness, 'penomoran');
    const pattern = section.getByLabel('Pola nomor berkas', { exact: true });
    await pattern.fill('{seq}/{tahun}');
    await saveSettings(section);
    // Strict locator: the message is shown once (under the field), not again in the preview.
    await section.getByText(MISSING_WS, { exact: true }).waitFor();
    expect(await pattern.getAttribute('aria-invalid')).toBe('true');
    // The profile, not on screen, is still empty: the top of the section says so and links to it.
    const failure = section.getByTestId('settings-failure');
    await failure.getByText('Bagian Profil instansi belum lengkap', { exact: false }).waitFor();
    expect(await failure.getByRole('link', { name: 'Buka Profil instansi' }).getAttribute('href')).toBe('#/settings/profil');
    await section.getByRole('button', { name: 'Batalkan perubahan' }).click();
    expect(await pattern.inputValue()).toBe(DEFAULT_CASE_NUMBER_PATTERN);

    const stored = await call(s.harness.core, 'settings.get', {});
    expect(stored.configured).toBe(false);
    expect(stored.caseNumberPattern).toBe(DEFAULT_CASE_NUMBER_PATTERN);
    expect(await banner.isVisible()).toBe(true);

    // The core refuses the same pattern when the form is bypassed.
    const refused = await callError(s.harness.core, 'settings.save', { ...stored, caseNumberPattern: '{seq}/{tahun}' });
    expect(refused).toMatchObject({ code: 'invalid_input', fields: { caseNumberPattern: MISSING_WS } });
    expect((await call(s.harness.core, 'settings.get', {})).configured).toBe(false);
  });

  it('a saved profile hides the banner and numbers the next case with the new pattern and WS07', async () => {
    const { page } = s.harness;
    // `#/settings` still opens Pengaturan, on its first section.
    await go(page, '#/settings');
    const profile = page.locator('[data-testid="settings-section"][data-section="profil"]');
    await profile.waitFor();
    // A fresh folder's profile is empty (issue 10 §2): the admin fills it in.
    await profile.getByLabel('Nama instansi', { exact: true }).fill(TEST_AGENCY.institution);
    await profile.getByLabel('Nama unit (UKPBJ/LPSE)', { exact: true }).fill(NEW_UNIT);
    await profile.getByLabel('Alamat', { exact: true }).fill(TEST_AGENCY.address);
    await profile.getByLabel('Kota/kabupaten', { exact: true }).fill(TEST_AGENCY.city);
    await profile.getByLabel('Nama kepala unit', { exact: true }).fill(TEST_AGENCY.headName);
    await profile.getByLabel('NIP kepala unit', { exact: true }).fill(TEST_AGENCY.headNip);
    await saveSettings(profile);
    await page.getByText('Pengaturan tersimpan.').waitFor();
    await profile.getByTestId('settings-save-bar').getByText('Belum ada perubahan.').waitFor();
    await page.getByTestId('not-configured').waitFor({ state: 'detached' });
    await page.getByTestId('agency-unit').getByText(NEW_UNIT).waitFor();
    expect(await call(s.harness.core, 'settings.get', {})).toMatchObject({ configured: true, workstationCode: 'WS01', caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN });

    const numbering = await openSettings(s.harness, 'penomoran');
    // Typed in lower case: the box shows capitals and the schema stores them.
    await numbering.getByLabel('Kode workstation', { exact: true }).fill('ws07');
    await numbering.getByLabel('Pola nomor berkas', { exact: true }).fill(NEW_PATTERN);
    const preview = await numbering.getByTestId('pattern-preview').textContent();
    expect(preview).toMatch(/0007\/WS07\/RP\/[IVX]+\/\d{4}$/);
    await saveSettings(numbering);
    await expect.poll(async () => (await call(s.harness.core, 'settings.get', {})).workstationCode).toBe('WS07');
    await numbering.getByTestId('settings-save-bar').getByText('Belum ada perubahan.').waitFor();

    const stored = await call(s.harness.core, 'settings.get', {});
    expect(stored).toMatchObject({ configured: true, workstationCode: 'WS07', caseNumberPattern: NEW_PATTERN });

    // Received 24 November 2026 (WIB): month XI of 2026, the first case of WS07 that year.
    const created = await call(s.harness.core, 'cases.create', validIntake({ receivedAt: '2026-11-24T02:30:00.000Z' }));
    expect(created.id).toBe('2026-WS07-00001');
    await go(page, `#/cases/${created.id}`);
    const number = page.getByTestId('case-number');
    await number.waitFor();
    expect(await number.textContent()).toBe('0001/WS07/RP/XI/2026');
  });

  it('keeps the profile after a restart', async () => {
    const again = await s.restart();
    const { page } = again;
    await go(page, '#/');
    await page.getByTestId('register-total').getByText('1 berkas', { exact: true }).waitFor();
    // The header shows the saved unit, so settings are loaded: the banner would be rendered by now.
    await page.getByTestId('agency-unit').getByText(NEW_UNIT).waitFor();
    expect(await page.getByTestId('not-configured').count()).toBe(0);
    await page.getByText('0001/WS07/RP/XI/2026', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
    await page.getByTestId('settings-sections').getByRole('link', { name: 'Penomoran & tampilan' }).click();
    await page.waitForURL(/#\/settings\/penomoran$/);
    const ws = page.getByLabel('Kode workstation', { exact: true });
    await ws.waitFor();
    expect(await ws.inputValue()).toBe('WS07');
    expect(await page.getByLabel('Pola nomor berkas', { exact: true }).inputValue()).toBe(NEW_PATTERN);
  });

  it('sets the scan folder: a path not written in full is refused on its field, a real folder is watched and shown in the inbox', async () => {
    const { page } = s.harness;
    const folder = await mkdtemp(join(tmpdir(), 'loket-e2e-hotfolder-'));
    try {
      // The inbox's hint leads to the scan folder's section.
      await go(page, '#/inbox');
      await page.getByRole('link', { name: 'Atur folder pindaian' }).click();
      await page.waitForURL(/#\/settings\/pindaian$/);
      const section = page.getByRole('form', { name: 'Folder pindaian' });
      await section.getByLabel('Pantau folder pindaian').check();
      await section.getByLabel('Alamat folder').fill('scan');
      await saveSettings(section);
      // The core refuses it: at the top of the section, and why on the field.
      await section.getByRole('alert').getByText('Pengaturan belum tersimpan').waitFor();
      await section.getByText('Tulis alamat folder lengkap', { exact: false }).waitFor();
      expect(await section.getByLabel('Alamat folder').getAttribute('aria-invalid')).toBe('true');
      expect((await call(s.harness.core, 'scanning.settings.get', {})).settings.hotFolder.enabled).toBe(false);

      await section.getByLabel('Alamat folder').fill(folder);
      await saveSettings(section);
      await page.getByText('Folder pindaian tersimpan.').waitFor();
      await section.getByTestId('settings-save-bar').getByText('Belum ada perubahan.').waitFor();
      await expect.poll(async () => (await call(s.harness.core, 'scanning.settings.get', {})).hotFolder.state).toBe('watching');
      expect(await section.getByRole('alert').count()).toBe(0);
      await go(page, '#/inbox');
      await page.getByTestId('hot-folder-status').getByText(folder).waitFor();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('folders picked with the desktop app’s folder dialog (issue 10 §1)', () => {
  it('fills the archive and backup folders from the dialog, saves them, and offers no button where the host has no dialog', async () => {
    // Without a dialog (a browser, the CLI): the fields are typed only.
    await openSettings(s.harness, 'arsip');
    await s.harness.page.getByLabel('Folder arsip di drive bersama').waitFor();
    expect(await s.harness.page.getByRole('button', { name: /^Pilih folder: / }).count()).toBe(0);

    const archive = await mkdtemp(join(tmpdir(), 'loket-e2e-pick-arsip-'));
    const backup = await mkdtemp(join(tmpdir(), 'loket-e2e-pick-cadangan-'));
    const asked: { title: string; defaultPath: string }[] = [];
    const answers = [archive, null, backup];
    const picking = await startHarness('loket-e2e-pick-', {
      pickFolder: async (request) => {
        asked.push(request);
        return answers.shift() ?? null;
      },
    });
    try {
      const { page } = picking.harness;
      await openSettings(picking.harness, 'arsip');
      const root = page.getByRole('textbox', { name: 'Folder arsip di drive bersama', exact: true });
      await page.getByRole('button', { name: 'Pilih folder: Folder arsip di drive bersama' }).click();
      await expect.poll(() => root.inputValue()).toBe(archive);
      // Cancelled: the field keeps what it had.
      await page.getByRole('button', { name: 'Pilih folder: Folder arsip di drive bersama' }).click();
      await expect.poll(() => asked.length).toBe(2);
      expect(await root.inputValue()).toBe(archive);
      await page.getByRole('button', { name: 'Pilih folder: Folder cadangan' }).click();
      await expect.poll(() => page.getByRole('textbox', { name: 'Folder cadangan', exact: true }).inputValue()).toBe(backup);
      // The dialog was titled by the field and opened where the field pointed.
      expect(asked.map((a) => a.title)).toEqual(['Folder arsip di drive bersama', 'Folder arsip di drive bersama', 'Folder cadangan']);
      expect(asked[1]?.defaultPath).toBe(archive);
      await saveSettings(page.getByRole('form', { name: 'Arsip & cadangan' }));
      await page.getByText('Pengaturan arsip tersimpan.').waitFor();
      await page.getByTestId('settings-save-bar').getByText('Belum ada perubahan.').waitFor();
      await expect.poll(async () => (await call(picking.harness.core, 'archive.settings.get', {})).archiveRoot).toBe(archive);
      expect((await call(picking.harness.core, 'archive.settings.get', {})).backup.root).toBe(backup);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'settings-pick-folder.png') });
      expect(describeFindings(await scan(page))).toBe('');
    } finally {
      await picking.dispose();
      await rm(archive, { recursive: true, force: true });
      await rm(backup, { recursive: true, force: true });
    }
  });
});

describe('Pengaturan, one section at a time (issue 10 §1)', () => {
  const TITLES: Record<SettingsSection, string> = {
    profil: 'Profil instansi',
    penomoran: 'Penomoran & tampilan',
    operator: 'Petugas',
    waktu: 'Kunci & batas waktu',
    surat: 'Surat keluar',
    arsip: 'Arsip & cadangan',
    kantor: 'Kantor di drive bersama',
    pindaian: 'Folder pindaian',
    tentang: 'Tentang aplikasi',
  };

  it('lists the sections, gives each its address, shows one save bar only where there are fields, and each fits far below the old 4,000 px', async () => {
    const { page } = s.harness;
    await openSettings(s.harness, 'profil');
    const list = page.getByTestId('settings-sections');
    expect(await list.getByRole('link').allTextContents()).toEqual(SETTINGS_SECTIONS.map((k) => TITLES[k]));
    const heights: string[] = [];
    for (const section of SETTINGS_SECTIONS) {
      await list.getByRole('link', { name: TITLES[section], exact: true }).click();
      await page.waitForURL(new RegExp(`#/settings/${section}$`));
      const shown = page.locator(`[data-testid="settings-section"][data-section="${section}"]`);
      await shown.getByRole('heading', { level: 3, name: TITLES[section], exact: true }).waitFor();
      expect(await list.getByRole('link', { name: TITLES[section], exact: true }).getAttribute('aria-current')).toBe('page');
      await sectionLoaded(shown);
      expect(await page.locator('[data-testid="settings-section"]').count()).toBe(1);

      const bars = page.getByTestId('settings-save-bar');
      if (SECTION_SAVES[section] === 'form') {
        // One bar, idle while nothing changed.
        expect(await bars.count()).toBe(1);
        expect(await bars.getByRole('button', { name: 'Simpan', exact: true }).isDisabled()).toBe(true);
        expect(await bars.getByRole('button', { name: 'Batalkan perubahan' }).isDisabled()).toBe(true);
        expect(await bars.getByText('Belum ada perubahan.').count()).toBe(1);
      } else {
        expect(await bars.count()).toBe(0);
      }
      // A section of actions says that each action is saved at once.
      expect(await shown.getByTestId('saves-at-once').count()).toBe(SECTION_SAVES[section] === 'actions' ? 1 : 0);

      const height = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
      heights.push(`${section} ${height}px`);
      expect(height, section).toBeLessThan(2_000);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `settings-${section}.png`) });
    }
    console.log(`Pengaturan at 1366×768, page height per section: ${heights.join(', ')}`);
  });

  it('asks before leaving a section with unsaved changes; Simpan and Batalkan perubahan act on that section', async () => {
    const { page } = s.harness;
    const section = await openSettings(s.harness, 'waktu');
    const bar = section.getByTestId('settings-save-bar');
    const save = bar.getByRole('button', { name: 'Simpan', exact: true });
    const lock = section.getByLabel('Kunci otomatis setelah (menit tanpa aktivitas)');
    const saved = (await call(s.harness.core, 'workflow.settings.get', {})).autoLockMinutes;
    expect(await lock.inputValue()).toBe(String(saved));

    await lock.fill('45');
    await bar.getByText('Ada perubahan yang belum disimpan.').waitFor();
    expect(await save.isDisabled()).toBe(false);
    // Switching section with the change unsaved: asked first; staying keeps it.
    const letters = page.getByTestId('settings-sections').getByRole('link', { name: TITLES.surat, exact: true });
    await letters.click();
    const dialog = page.getByRole('dialog', { name: 'Tinggalkan formulir?' });
    await dialog.getByRole('button', { name: 'Tetap di sini' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toMatch(/#\/settings\/waktu$/);
    expect(await lock.inputValue()).toBe('45');

    await save.click();
    await page.getByText('Pengaturan alur kerja tersimpan.').waitFor();
    expect((await call(s.harness.core, 'workflow.settings.get', {})).autoLockMinutes).toBe(45);
    await bar.getByText('Belum ada perubahan.').waitFor();
    expect(await save.isDisabled()).toBe(true);

    // Batalkan perubahan: back to what is saved.
    await lock.fill('60');
    await bar.getByRole('button', { name: 'Batalkan perubahan' }).click();
    expect(await lock.inputValue()).toBe('45');
    expect(await save.isDisabled()).toBe(true);

    // Leaving the page (the app's menu) asks too; "Tinggalkan" drops the change.
    await lock.fill('50');
    await page.getByRole('link', { name: 'Daftar Berkas', exact: true }).click();
    await dialog.getByRole('button', { name: 'Tinggalkan' }).click();
    await page.waitForURL(/#\/$/);
    const again = await openSettings(s.harness, 'waktu');
    expect(await again.getByLabel('Kunci otomatis setelah (menit tanpa aktivitas)').inputValue()).toBe('45');
    expect((await call(s.harness.core, 'workflow.settings.get', {})).autoLockMinutes).toBe(45);

    // A saved section leaves without a question.
    await letters.click();
    await page.waitForURL(/#\/settings\/surat$/);
    expect(await dialog.count()).toBe(0);
  });

  it('the pages that need a setting open its section', async () => {
    const { page } = s.harness;
    await go(page, '#/archive/backup');
    await page.getByTestId('backup-not-configured').getByRole('link').click();
    await page.waitForURL(/#\/settings\/arsip$/);
    await page.getByLabel('Folder cadangan', { exact: true }).waitFor();
    // The office section without an archive folder points to the archive section.
    const office = await openSettings(s.harness, 'kantor');
    await office.getByTestId('office-no-root').getByRole('link', { name: 'Atur folder arsip' }).click();
    await page.waitForURL(/#\/settings\/arsip$/);
  });
});
