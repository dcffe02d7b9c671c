/**
 * SOP step 1 end to end in real Chromium against the real core: register a request through the
 * form, restart, find it in the register by NIP; bad input is refused field by field by the form
 * and, sent directly past the form, by the core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type HarnessSession } from './harnessFixture';
import { validIntake } from '../fixtures/intake';

let s: HarnessSession;
beforeAll(async () => {
  s = await startHarness('loket-e2e-intake-');
});
afterAll(async () => s?.dispose());

async function openNewForm(page: Page): Promise<void> {
  await page.goto(new URL('#/cases/new', s.harness.url).toString());
  await page.getByRole('heading', { name: 'Permohonan Baru' }).waitFor();
}

async function fillDate(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.fill(value);
  await box.press('Tab');
}

async function caseCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const b = (window as unknown as { loket: { invoke(m: string, i: unknown): Promise<{ ok: boolean; value: { total: number } }> } }).loket;
    return (await b.invoke('cases.list', {})).value.total;
  });
}

describe('intake (SOP step 1)', () => {
  it('registers a request through the form, and finds it by NIP after a restart', async () => {
    const { page } = s.harness;
    await openNewForm(page);
    await page.getByLabel('Reset password', { exact: true }).check();
    await page.getByLabel('Nama', { exact: true }).fill('Rahmat Hidayat, S.Kom.');
    await page.getByLabel('NIP', { exact: true }).fill('19880214 201503 1 002');
    await page.getByLabel('Jabatan', { exact: true }).fill('Anggota Pokja Pemilihan');
    await page.getByLabel('Instansi/unit kerja', { exact: true }).fill('Dinas Kesehatan Kabupaten Sukamaju');
    await page.getByLabel('User ID SPSE', { exact: true }).fill('rahmat.hidayat');
    await page.getByLabel('Email', { exact: true }).fill('rahmat.hidayat@sukamajukab.go.id');
    await page.getByLabel('Nomor telepon', { exact: true }).fill('0813 2222 3333');
    await page.getByLabel('Nomor surat', { exact: true }).fill('800/311/DINKES/2026');
    await fillDate(page, 'Tanggal surat', '18/11/2026');
    await page.getByLabel('Perihal', { exact: true }).fill('Permohonan reset password akun SPSE');
    await page.getByLabel('Nomor SK', { exact: true }).fill('027/04/UKPBJ/2026');
    await fillDate(page, 'Tanggal SK', '2 Januari 2026');
    await page.getByLabel('Pejabat penerbit SK', { exact: true }).fill('Kepala UKPBJ Kabupaten Sukamaju');
    await fillDate(page, 'Berlaku mulai', '2 Januari 2026');
    await fillDate(page, 'Berlaku sampai', '31 Desember 2026');
    await page.getByLabel('Petugas penerima', { exact: true }).fill('Budi Santoso');
    await page.getByRole('button', { name: 'Simpan berkas' }).click();

    await page.waitForURL(/#\/cases\/\d{4}-WS01-00001$/);
    await page.getByText('Rahmat Hidayat, S.Kom.').first().waitFor();
    expect(await caseCount(page)).toBe(1);

    const again = await s.restart();
    await again.page.goto(new URL('#/', again.url).toString());
    await again.page.getByLabel('Cari berkas').fill('198802142015031002');
    await again.page.getByText('Rahmat Hidayat, S.Kom.').first().waitFor();
    await again.page.getByText('Rahmat Hidayat, S.Kom.').first().click();
    await again.page.waitForURL(/#\/cases\/\d{4}-WS01-00001$/);
    await again.page.getByText('800/311/DINKES/2026').first().waitFor();
  });

  it('shows an invalid NIP under its field and saves nothing', async () => {
    const { page } = s.harness;
    const before = await caseCount(page);
    await openNewForm(page);
    await page.getByLabel('NIP', { exact: true }).fill('19850230201001200');
    await page.getByRole('button', { name: 'Simpan berkas' }).click();
    await page.getByText('NIP harus 18 digit.').waitFor();
    await page.getByLabel('NIP', { exact: true }).fill('198502302010012003');
    await page.getByRole('button', { name: 'Simpan berkas' }).click();
    await page.getByText(/Delapan digit pertama NIP harus tanggal lahir/).waitFor();
    await page.getByText('Nama wajib diisi.').waitFor();
    expect(await caseCount(page)).toBe(before);
  });

  it('a change row starts from the requester\'s data as "data lama", and never overwrites what was typed', async () => {
    const { page } = s.harness;
    await openNewForm(page);
    await page.getByLabel('Perubahan informasi User ID', { exact: true }).check();
    await page.getByLabel('Email', { exact: true }).fill('agus.santoso89@yahoo.co.id');
    await page.getByLabel('Nomor telepon', { exact: true }).fill('0857 4102 3388');
    await page.getByRole('button', { name: 'Tambah data yang diubah' }).click();
    const row = page.getByTestId('change-row-0');
    await row.getByLabel('Data yang diubah').selectOption('email');
    expect(await row.getByLabel('Data lama').inputValue()).toBe('agus.santoso89@yahoo.co.id');
    await row.getByLabel('Data lama').fill('lama@contoh.go.id');
    await row.getByLabel('Data yang diubah').selectOption('phone');
    expect(await row.getByLabel('Data lama').inputValue()).toBe('lama@contoh.go.id');
  });

  it('the core refuses the same bad payloads when the form is bypassed', async () => {
    const { page } = s.harness;
    const before = await caseCount(page);
    const good = validIntake();
    const bad = {
      ...good,
      requester: { ...good.requester, nip: '198513122010012003' },
      letter: { ...good.letter, date: '2999-01-01' },
      sk: { ...good.sk, validFrom: '2026-06-01', validUntil: '2026-01-01' },
      receivedBy: '',
    };
    const r = await page.evaluate(async (payload) => {
      const b = (window as unknown as { loket: { invoke(m: string, i: unknown): Promise<unknown> } }).loket;
      return b.invoke('cases.create', payload);
    }, bad);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          'requester.nip': expect.stringMatching(/tanggal lahir/),
          'sk.validUntil': 'Masa berlaku SK berakhir sebelum dimulai.',
          receivedBy: 'Petugas penerima wajib diisi.',
        },
      },
    });
    // The date rules need the core's clock: judged once the payload's shape is right.
    const future = await page.evaluate(async (payload) => {
      const b = (window as unknown as { loket: { invoke(m: string, i: unknown): Promise<unknown> } }).loket;
      return b.invoke('cases.create', payload);
    }, { ...good, letter: { ...good.letter, date: '2999-01-01' } });
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'letter.date': 'Tanggal surat tidak boleh setelah hari ini.' } } });
    expect(await caseCount(page)).toBe(before);
  });
});
