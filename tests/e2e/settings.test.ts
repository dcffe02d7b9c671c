/**
 * Pengaturan end to end (DESIGN: the agency profile comes before the first request; SOP step 1
 * numbers each case from the agency's pattern and this workstation's code): a fresh folder asks
 * for the profile; a pattern without {ws} is refused under its field and nothing is saved; a valid
 * profile hides the banner, numbers the next case with the new pattern and WS07, and survives a
 * restart.
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

let s: HarnessSession;
beforeAll(async () => {
  s = await startHarness('loket-e2e-settings-');
});
afterAll(async () => s?.dispose());

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
    await page.waitForURL(/#\/settings$/);

    const pattern = page.getByLabel('Pola nomor berkas', { exact: true });
    await pattern.fill('{seq}/{tahun}');
    await page.getByRole('button', { name: 'Simpan pengaturan', exact: true }).click();
    // Strict locator: the message is shown once (under the field), not again in the preview.
    await page.getByText(MISSING_WS, { exact: true }).waitFor();
    expect(await pattern.getAttribute('aria-invalid')).toBe('true');

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
    await go(page, '#/settings');
    // A fresh folder's profile is empty (issue 10 §2): the admin fills it in.
    await page.getByLabel('Nama instansi', { exact: true }).fill(TEST_AGENCY.institution);
    await page.getByLabel('Nama unit (UKPBJ/LPSE)', { exact: true }).fill(NEW_UNIT);
    await page.getByLabel('Alamat', { exact: true }).fill(TEST_AGENCY.address);
    await page.getByLabel('Kota/kabupaten', { exact: true }).fill(TEST_AGENCY.city);
    await page.getByLabel('Nama kepala unit', { exact: true }).fill(TEST_AGENCY.headName);
    await page.getByLabel('NIP kepala unit', { exact: true }).fill(TEST_AGENCY.headNip);
    // Typed in lower case: the box shows capitals and the schema stores them.
    await page.getByLabel('Kode workstation', { exact: true }).fill('ws07');
    await page.getByLabel('Pola nomor berkas', { exact: true }).fill(NEW_PATTERN);
    const preview = await page.getByTestId('pattern-preview').textContent();
    expect(preview).toMatch(/0007\/WS07\/RP\/[IVX]+\/\d{4}$/);

    await page.getByRole('button', { name: 'Simpan pengaturan', exact: true }).click();
    await page.getByText('Pengaturan tersimpan.').waitFor();
    await page.getByTestId('not-configured').waitFor({ state: 'detached' });
    await page.getByTestId('agency-unit').getByText(NEW_UNIT).waitFor();

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
    const ws = page.getByLabel('Kode workstation', { exact: true });
    await ws.waitFor();
    expect(await ws.inputValue()).toBe('WS07');
    expect(await page.getByLabel('Pola nomor berkas', { exact: true }).inputValue()).toBe(NEW_PATTERN);
  });

  it('sets the scan folder: a path not written in full is refused on its field, a real folder is watched and shown in the inbox', async () => {
    const { page } = s.harness;
    const folder = await mkdtemp(join(tmpdir(), 'loket-e2e-hotfolder-'));
    try {
      await go(page, '#/settings');
      const section = page.getByRole('form', { name: 'Folder pindaian' });
      await section.scrollIntoViewIfNeeded();
      await section.getByLabel('Pantau folder pindaian').check();
      await section.getByLabel('Alamat folder').fill('scan');
      await section.getByRole('button', { name: 'Simpan folder pindaian' }).click();
      await section.getByText('Tulis alamat folder lengkap').waitFor();
      expect((await call(s.harness.core, 'scanning.settings.get', {})).settings.hotFolder.enabled).toBe(false);

      await section.getByLabel('Alamat folder').fill(folder);
      await section.getByRole('button', { name: 'Simpan folder pindaian' }).click();
      await expect.poll(async () => (await call(s.harness.core, 'scanning.settings.get', {})).hotFolder.state).toBe('watching');
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
    await go(s.harness.page, '#/settings');
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
      await page.goto(new URL('#/settings', picking.harness.url).toString());
      const root = page.getByRole('textbox', { name: 'Folder arsip di drive bersama', exact: true });
      await root.scrollIntoViewIfNeeded();
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
      await page.getByRole('button', { name: 'Simpan pengaturan arsip' }).click();
      await expect.poll(async () => (await call(picking.harness.core, 'archive.settings.get', {})).archiveRoot).toBe(archive);
      expect((await call(picking.harness.core, 'archive.settings.get', {})).backup.root).toBe(backup);
      if (process.env['LOKET_SHOTS_DIR']) await page.screenshot({ path: join(process.env['LOKET_SHOTS_DIR'], 'settings-pick-folder.png') });
      expect(describeFindings(await scan(page))).toBe('');
    } finally {
      await picking.dispose();
      await rm(archive, { recursive: true, force: true });
      await rm(backup, { recursive: true, force: true });
    }
  });
});
