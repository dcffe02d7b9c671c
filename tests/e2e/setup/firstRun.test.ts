/**
 * The first start from an empty data folder (issue 10 §1), in real Chromium over the real core:
 * the guided setup asks for the first operator, then the agency profile, then the folders — in the
 * order the core needs (settings are saved under the operator) — and ends in the work queue.
 * Nothing looks configured before it is; a bad folder path is refused on its field.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type HarnessSession } from '../harnessFixture';

let s: HarnessSession;
let folders: string;
const shots = process.env['LOKET_SHOTS'];

beforeAll(async () => {
  s = await startHarness('loket-e2e-setup-', { operator: false });
  folders = await mkdtemp(join(tmpdir(), 'loket-e2e-setup-share-'));
  if (shots) await mkdir(shots, { recursive: true });
});
afterAll(async () => {
  await s?.dispose();
  if (folders) await rm(folders, { recursive: true, force: true });
});

async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(shots, `setup-${name}.png`) });
}

/** Every placeholder of the form shows whole in its box (measured in the box's own font). */
async function placeholdersFit(form: Locator): Promise<string[]> {
  return form.locator('input[placeholder]').evaluateAll((inputs) =>
    inputs.flatMap((el) => {
      const input = el as HTMLInputElement;
      const css = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) return [input.placeholder];
      ctx.font = css.font;
      const room = input.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
      return ctx.measureText(input.placeholder).width <= room ? [] : [input.placeholder];
    }),
  );
}
/** The tops of two boxes, to see them stand level. */
const topOf = async (l: Locator) => Math.round((await l.boundingBox())?.y ?? -1);

const invoke = <T>(page: Page, method: string, input: unknown): Promise<T> =>
  page.evaluate(
    async ([m, i]) => {
      const r = (await (window as unknown as { loket: { invoke(m: string, i: unknown): Promise<unknown> } }).loket.invoke(m, i)) as { ok: boolean; value: unknown };
      return r.value;
    },
    [method, input] as const,
  ) as Promise<T>;

describe('the first start', () => {
  it('walks operator → profile → folders → queue, each saved by the core', async () => {
    const page = s.harness.page;
    await page.goto(s.harness.url);
    const setup = page.getByRole('main', { name: 'Menyiapkan Loket Akun SPSE' });
    await setup.waitFor();
    // Not the app yet: no navigation, no made-up agency in a header.
    expect(await page.getByRole('navigation').count()).toBe(0);
    await shot(page, '1-operator');

    // 1. The first operator. The PIN's hint under its box: PIN and Ulangi PIN stand level.
    expect(await topOf(setup.getByLabel('PIN', { exact: true }))).toBe(await topOf(setup.getByLabel('Ulangi PIN')));
    await setup.getByText('4–12 angka. PIN disimpan sebagai hash, tidak dapat dibaca kembali.').waitFor();
    await setup.getByLabel('Nama petugas').fill('Rina Wulandari, S.Kom.');
    await setup.getByLabel('NIP').fill('199001152015032001');
    await setup.getByLabel('PIN', { exact: true }).fill('482915');
    await setup.getByLabel('Ulangi PIN').fill('482915');
    await setup.getByRole('button', { name: 'Simpan petugas' }).click();

    // 2. The profile, under that operator (settings.save needs one).
    const profile = setup.getByRole('form', { name: 'Profil instansi' });
    await profile.waitFor();
    // Empty, every example shows whole; the city's box stands level with the address beside it.
    expect(await placeholdersFit(profile)).toEqual([]);
    expect(await topOf(profile.getByLabel('Kota/kabupaten'))).toBe(await topOf(profile.getByLabel('Alamat')));
    await shot(page, '2-profile-empty');
    await profile.getByLabel('Nama instansi').fill('Pemerintah Kota Tanjung Harapan');
    await profile.getByLabel('Nama unit (UKPBJ/LPSE)').fill('Bagian Pengadaan Barang dan Jasa');
    await profile.getByLabel('Alamat').fill('Jl. Pahlawan No. 12, Tanjung Harapan');
    await profile.getByLabel('Kota/kabupaten').fill('Tanjung Harapan');
    await profile.getByLabel('Nama kepala unit').fill('');
    await profile.getByLabel('NIP kepala unit').fill('1975');
    await profile.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
    // Refused on the fields, in Indonesian; nothing moves on.
    await expect.poll(() => profile.getByLabel('Nama kepala unit').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => profile.getByLabel('NIP kepala unit').getAttribute('aria-invalid')).toBe('true');
    await shot(page, '2-profile-errors');
    await profile.getByLabel('Nama kepala unit').fill('Ir. Bambang Hartono, M.T.');
    await profile.getByLabel('NIP kepala unit').fill('197503142000031002');
    await profile.getByLabel('Kode workstation').fill('ws02');
    await profile.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();

    // 3. Folders: a path that is not written in full is refused on its field.
    const form = setup.getByRole('form', { name: 'Folder' });
    await form.waitFor();
    expect(await placeholdersFit(form)).toEqual([]);
    await form.getByLabel('Folder arsip (drive bersama)').fill('arsip');
    await form.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
    await form.getByText('Tulis jalur lengkap folder arsip').waitFor();
    await shot(page, '3-folders-error');
    const archive = join(folders, 'arsip');
    const scans = join(folders, 'pindai');
    await mkdir(archive);
    await mkdir(scans);
    await form.getByLabel('Folder arsip (drive bersama)').fill(archive);
    await form.getByLabel('Folder hasil pindai (MFP)').fill(scans);
    await form.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();

    // Done: into the work queue, with the agency as typed in the header.
    await setup.getByRole('button', { name: 'Buka antrean kerja' }).waitFor();
    await shot(page, '4-done');
    await setup.getByRole('button', { name: 'Buka antrean kerja' }).click();
    await page.waitForURL(/#\/queue$/);
    await page.getByRole('navigation').waitFor();
    await page.getByText('Pemerintah Kota Tanjung Harapan').first().waitFor();
    expect(await page.getByTestId('not-configured').count()).toBe(0);
    await shot(page, '5-queue');

    // What the core holds.
    const settings = await invoke<{ configured: boolean; workstationCode: string; agency: { headName: string } }>(page, 'settings.get', {});
    expect(settings).toMatchObject({ configured: true, workstationCode: 'WS02', agency: { headName: 'Ir. Bambang Hartono, M.T.' } });
    expect(await invoke(page, 'archive.settings.get', {})).toMatchObject({ archiveRoot: archive });
    expect(await invoke(page, 'scanning.settings.get', {})).toMatchObject({ settings: { hotFolder: { enabled: true, path: scans } } });
  });

  it('does not come back once done: the next start shows the lock screen', async () => {
    const h = await s.restart();
    await h.page.goto(h.url);
    await h.page.getByLabel('PIN', { exact: true }).waitFor();
    expect(await h.page.getByRole('main', { name: 'Menyiapkan Loket Akun SPSE' }).count()).toBe(0);
  });
});
