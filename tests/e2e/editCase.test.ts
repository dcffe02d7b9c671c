/**
 * Correcting a registered case (SOP step 1, "Ubah data") end to end: the correction is saved and
 * counted on the case page; a change saved elsewhere meanwhile (another window, the CLI) makes the
 * save fail with the core's conflict message (optimistic concurrency), the admin's typing stays in
 * the form (nothing lost), and "Muat ulang data berkas" lets the correction be redone on top.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CaseRecord } from '../../shared/domain/case';
import { call, callError } from '../core/support/core';
import { validIntake } from '../fixtures/intake';
import { startHarness, type HarnessSession } from './harnessFixture';

let s: HarnessSession;
let created: CaseRecord;
beforeAll(async () => {
  s = await startHarness('loket-e2e-edit-');
  created = await call(s.harness.core, 'cases.create', validIntake());
});
afterAll(async () => s?.dispose());

const SAVE = 'Simpan perubahan';

async function openCase(page: Page): Promise<void> {
  await page.goto(new URL(`#/cases/${created.id}`, s.harness.url).toString());
  await page.getByTestId('case-number').waitFor();
}

async function openEditForm(page: Page): Promise<void> {
  await openCase(page);
  await page.getByRole('link', { name: 'Ubah data' }).click();
  await page.waitForURL(new RegExp(`#/cases/${created.id}/edit$`));
  await page.getByRole('heading', { name: 'Ubah Data Berkas' }).waitFor();
}

/** The value of the "Koreksi data" row on the case page. */
async function revisionShown(page: Page): Promise<string | null> {
  return page.locator('xpath=//dt[normalize-space()="Koreksi data"]/following-sibling::dd[1]').textContent();
}

describe('editing a case (Ubah data)', () => {
  it('saves a correction and shows it with the correction count', async () => {
    const { page } = s.harness;
    await openCase(page);
    expect(await revisionShown(page)).toBe('Belum pernah');

    await openEditForm(page);
    const position = page.getByLabel('Jabatan', { exact: true });
    expect(await position.inputValue()).toBe('Anggota Pokja Pemilihan');
    await position.fill('Ketua Pokja Pemilihan');
    await page.getByRole('button', { name: SAVE }).click();

    await page.waitForURL(new RegExp(`#/cases/${created.id}$`));
    await page.getByText('Ketua Pokja Pemilihan', { exact: true }).waitFor();
    expect(await revisionShown(page)).toBe('1 kali');
    const stored = await call(s.harness.core, 'cases.get', { id: created.id });
    expect(stored.revision).toBe(1);
    expect(stored.intake.requester.position).toBe('Ketua Pokja Pemilihan');
    // The correction is in the audit trail, with what changed.
    await page.getByTestId('trail-corrections').getByText('Anggota Pokja Pemilihan → Ketua Pokja Pemilihan').waitFor();
    expect(stored.events.at(-1)?.type).toBe('intake_corrected');
  });

  it('refuses a save over a change made meanwhile, keeps the typing, and saves after a reload', async () => {
    const { page } = s.harness;
    const core = s.harness.core;
    await openEditForm(page);
    const notes = page.getByLabel('Catatan', { exact: true });
    const typed = 'SK asli diperlihatkan; fotokopi dilegalisasi.';
    await notes.fill(typed);

    // Someone else saves the same case while the form is open.
    const before = await call(core, 'cases.get', { id: created.id });
    const newPhone = '081299991111'; // as the schema stores it (digits only)
    await call(core, 'cases.update', {
      id: created.id,
      revision: before.revision,
      intake: { ...before.intake, requester: { ...before.intake.requester, phone: newPhone } },
    });
    // What the core answers to a save on the revision the form was opened on.
    const conflict = await callError(core, 'cases.update', { id: created.id, revision: before.revision, intake: before.intake });
    expect(conflict.code).toBe('conflict');

    await page.getByRole('button', { name: SAVE }).click();
    const failed = page.getByTestId('save-failed');
    await failed.getByText(conflict.message, { exact: true }).waitFor();
    expect(conflict.message).toMatch(/sudah dikoreksi orang lain/);
    expect(page.url()).toMatch(new RegExp(`#/cases/${created.id}/edit$`));
    expect(await notes.inputValue()).toBe(typed);
    expect(await page.getByLabel('Jabatan', { exact: true }).inputValue()).toBe('Ketua Pokja Pemilihan');
    const untouched = await call(core, 'cases.get', { id: created.id });
    expect(untouched).toMatchObject({ revision: before.revision + 1, intake: { notes: '', requester: { phone: newPhone } } });

    await failed.getByRole('button', { name: 'Muat ulang data berkas' }).click();
    await failed.waitFor({ state: 'detached' });
    const phone = page.getByLabel('Nomor telepon', { exact: true });
    expect(await phone.inputValue()).toBe(newPhone);
    await notes.fill(typed);
    await page.getByRole('button', { name: SAVE }).click();

    await page.waitForURL(new RegExp(`#/cases/${created.id}$`));
    await page.getByText(typed, { exact: true }).waitFor();
    await page.getByText(newPhone, { exact: true }).waitFor();
    expect(await revisionShown(page)).toBe('3 kali');
  });
});
