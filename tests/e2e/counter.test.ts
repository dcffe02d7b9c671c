/**
 * The admin's day at the counter (issue 10 items 3–7), in real Chromium against the real core at
 * 1366×768: dates that keep what was typed and are judged against the core's clock; the receiving
 * officer = the unlocked operator; the receipt offered right after saving; "Tandai semua Ya";
 * "Simpan dan lanjutkan" starting the next step with its panel in view; step 5 comparing names like
 * a person; the step-6 box unticked; step 3 naming what is missing; a closed case read-only with
 * its paper's place and its real correction count. Every click and typed field of the happy path
 * is counted (the issue's "44 clicks, 26 typed fields, 6 scrolls"). After the walkthrough: toasts
 * under the header, the menu on one line a label, the case's kind a label, step letters' titles
 * and states whole with "Cetak ulang" once printed, and step 9 naming the letters never printed.
 * Screenshots go to LOKET_SHOTS (default screenshots/counter).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { launchHarness, type Harness } from '../../harness/harness';
import { validIntake } from '../fixtures/intake';
import { OPERATOR } from './workflow/session';

/**
 * The core's clock: 25 November 2026, 10.00 WIB, moving on with the test's own elapsed time (step
 * clocks run). The wall clock is never read for "today": 26/11/2026 is in the core's future
 * whatever day the suite runs on.
 */
const START = Date.parse('2026-11-25T03:00:00.000Z');
const t0 = performance.now();
const coreNow = () => new Date(START + (performance.now() - t0));

const SHOTS = process.env['LOKET_SHOTS'] ?? 'screenshots/counter';

let harness: Harness;
let page: Page;
let dataDir: string;
/** The happy path's effort, as the issue counted it. */
const tally = { clicks: 0, typed: 0, scrolls: 0 };

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'loket-e2e-counter-'));
  harness = await launchHarness({ dataDir, now: coreNow });
  page = harness.page;
  page.on('pageerror', (e) => console.error('[page]', e.stack ?? e.message));
  // Count window.print() instead of opening Chromium's print preview.
  await page.addInitScript(() => {
    const w = window as unknown as { __printCalls: number };
    w.__printCalls = 0;
    window.print = () => {
      w.__printCalls++;
    };
  });
  await page.goto(harness.url);
  await invoke('operators.create', { name: OPERATOR.name, nip: OPERATOR.nip, role: 'admin_agency', pin: OPERATOR.pin, pinConfirm: OPERATOR.pin });
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function invoke<T>(method: string, input: unknown): Promise<T> {
  const r = (await page.evaluate(
    async ([m, i]) => (window as unknown as { loket: { invoke(m: string, i: unknown): Promise<unknown> } }).loket.invoke(m, i),
    [method, input] as const,
  )) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${method}: ${r.error?.message ?? 'gagal'}`);
  return r.value as T;
}

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const click = async (l: Locator) => {
  tally.clicks++;
  await l.click();
};
const check = async (l: Locator) => {
  tally.clicks++;
  await l.check();
};
const type = async (l: Locator, text: string) => {
  tally.typed++;
  await l.fill(text);
};
async function typeDate(label: string, text: string): Promise<Locator> {
  const box = page.getByLabel(label, { exact: true });
  await type(box, text);
  await box.press('Tab');
  return box;
}

const panel = () => page.getByTestId('step-panel');
const title = (n: number) => panel().getByTestId('step-title').filter({ hasText: `Langkah ${n}:` });
const save = () => click(panel().getByRole('button', { name: 'Simpan dan lanjutkan' }));

/** How many lines an element's text takes (its height over its line height). */
const lineCount = (l: Locator) => l.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
/** Nothing of the element's text is cut (no ellipsis, no hidden overflow). */
const wholeText = (l: Locator) => l.evaluate((el) => el.scrollWidth <= el.clientWidth && getComputedStyle(el).textOverflow !== 'ellipsis');

/** The step panel's top is on screen (under the 56 px header), so the admin need not scroll. */
async function panelInView(): Promise<void> {
  await expect
    .poll(async () => {
      const top = await panel().evaluate((el) => el.getBoundingClientRect().top);
      return top >= 56 && top < 768 / 2;
    })
    .toBe(true);
}

/** After "Simpan dan lanjutkan": step n is shown with its clock running, no "Mulai langkah ini". */
async function startedByTheSave(n: number): Promise<void> {
  await title(n).waitFor();
  await panel().getByTestId('step-timer').waitFor();
  expect(await panel().getByRole('button', { name: 'Mulai langkah ini' }).count()).toBe(0);
  await panelInView();
}

describe('the counter: a reset request from intake to archive', () => {
  let caseId = '';

  it('keeps impossible and future dates in their boxes with their message, judged by the core\'s today; the officer is the unlocked operator', async () => {
    await page.goto(new URL('#/cases/new', harness.url).toString());
    await page.getByRole('heading', { name: 'Permohonan Baru' }).waitFor();
    // Received by whoever unlocked the app, not typed (SOP step 1).
    expect(await page.getByLabel('Petugas penerima', { exact: true }).inputValue()).toBe(OPERATOR.name);

    const letterDate = await typeDate('Tanggal surat', '31/02/2026');
    expect(await letterDate.inputValue()).toBe('31/02/2026');
    await page.getByText('Tanggal surat tidak valid.').waitFor();
    // The core's today is 25 November 2026: the 26th is in the future, whatever the PC's date.
    await letterDate.fill('26/11/2026');
    await letterDate.press('Tab');
    // A date it can read is written out in full on leaving the box; it stays, with its message.
    expect(await letterDate.inputValue()).toBe('26 November 2026');
    await page.getByText('Tanggal surat tidak boleh setelah hari ini.').waitFor();
    const skDate = await typeDate('Tanggal SK', '30/02/2026');
    await page.getByText('Tanggal SK tidak valid.').waitFor();
    expect(await skDate.inputValue()).toBe('30/02/2026');
    await page.getByRole('button', { name: 'Simpan berkas' }).click();
    await page.getByText('User ID SPSE wajib diisi.').waitFor();
    expect(await page.getByText('User ID SPSE minimal 3 karakter.').count()).toBe(0);
    // Still there after the failed save: nothing typed is lost.
    expect(await letterDate.inputValue()).toBe('26 November 2026');
    expect(await skDate.inputValue()).toBe('30/02/2026');
    await letterDate.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    await shot('intake-dates-kept');
  });

  it('registers the request, offers the receipt at once and opens the case at its top', async () => {
    await page.goto('about:blank');
    await page.goto(new URL('#/cases/new', harness.url).toString());
    await page.getByRole('heading', { name: 'Permohonan Baru' }).waitFor();
    tally.clicks = 0;
    tally.typed = 0;
    await check(page.getByLabel('Reset password', { exact: true }));
    await type(page.getByLabel('Nama', { exact: true }), 'Agus Setiawan, S.T.');
    await type(page.getByLabel('NIP', { exact: true }), '19850312 201001 1 003');
    await type(page.getByLabel('Jabatan', { exact: true }), 'Anggota Pokja Pemilihan');
    await type(page.getByLabel('Instansi/unit kerja', { exact: true }), 'Dinas Pekerjaan Umum dan Penataan Ruang');
    await type(page.getByLabel('User ID SPSE', { exact: true }), 'agus.setiawan');
    await type(page.getByLabel('Email', { exact: true }), 'agus.setiawan@sukamajukab.go.id');
    await type(page.getByLabel('Nomor telepon', { exact: true }), '0812 3456 7890');
    await type(page.getByLabel('Nomor surat', { exact: true }), '027/145/DPUPR/XI/2026');
    await typeDate('Tanggal surat', '24/11/2026');
    await type(page.getByLabel('Perihal', { exact: true }), 'Permohonan reset password akun SPSE');
    await type(page.getByLabel('Nomor SK', { exact: true }), '027/12/UKPBJ/2026');
    await typeDate('Tanggal SK', '5/1/2026');
    await type(page.getByLabel('Pejabat penerbit SK', { exact: true }), 'Kepala UKPBJ Kabupaten Sukamaju');
    await typeDate('Berlaku mulai', '5/1/2026');
    await click(page.getByRole('button', { name: 'Simpan berkas' }));
    await page.waitForURL(/#\/cases\/\d{4}-WS01-\d{5}$/);
    caseId = /#\/cases\/(.+)$/.exec(page.url())?.[1] ?? '';
    const record = await invoke<{ intake: { receivedBy: string } }>('cases.get', { id: caseId });
    expect(record.intake.receivedBy).toBe(OPERATOR.name);

    const offer = page.getByTestId('receipt-offer');
    await offer.waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The kind is a label beside the status, not a bordered badge that looks like a button.
    const kind = page.getByTestId('case-kind');
    expect(await kind.textContent()).toBe('Jenis permohonan: Reset password');
    expect(await kind.evaluate((el) => el.closest('.mantine-Badge-root, button, a') === null && getComputedStyle(el).borderStyle === 'none')).toBe(true);
    // Every menu item on one line at 1366×768.
    const menu = page.getByRole('navigation');
    await menu.getByRole('link', { name: 'Pindaian masuk' }).waitFor();
    for (const label of await menu.locator('.mantine-NavLink-label').all()) expect(await lineCount(label), (await label.textContent()) ?? '').toBe(1);
    await shot('case-new-receipt-offer');
    await click(offer.getByRole('button', { name: 'Cetak tanda terima' }));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls), { timeout: 60_000 }).toBe(1);
    await click(page.getByRole('dialog').getByRole('button', { name: 'Tutup' }));
    // Printed: no longer offered (it stays in the letters section and at step 2).
    await expect.poll(() => offer.count()).toBe(0);
  });

  it('step 2: one "Tandai semua Ya", then "Simpan dan lanjutkan" starts step 5 in view, the toast under the header', async () => {
    await click(panel().getByRole('button', { name: 'Mulai langkah ini' }));
    await panel().getByTestId('step-timer').waitFor();
    // An action that says what it does, drawn as a button (outlined), not a green status.
    const allYes = panel().getByRole('button', { name: 'Tandai semua Ya' });
    expect(await allYes.getAttribute('data-variant')).toBe('default');
    await click(allYes);
    const rows = panel().locator('[data-line]');
    const n = await rows.count();
    expect(n).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < n; i++) expect(await rows.nth(i).getByRole('radio', { name: 'Ya', exact: true }).isChecked()).toBe(true);
    await panel().getByText('Menurut daftar periksa, berkas lengkap.').waitFor();
    await shot('step2-all-yes');
    await save();
    await startedByTheSave(5);
    // "Langkah 2 tersimpan." below the header, never over the operator's name and Kunci.
    const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'Langkah 2 tersimpan.' });
    await toast.waitFor();
    const header = await page.locator('.mantine-AppShell-header').boundingBox();
    const box = await toast.boundingBox();
    expect(header && box && box.y >= header.y + header.height, JSON.stringify({ header, box })).toBe(true);
    await shot('step5-toast');
  });

  it('step 5: a name differing only in case and gelar is "sama (beda penulisan)"; the NIP stays on one line', async () => {
    await type(panel().getByLabel('Nama (SPSE)'), 'AGUS SETIAWAN');
    await type(panel().getByLabel('NIP (SPSE)'), '198503122010011003');
    await type(panel().getByLabel('User ID (SPSE)'), 'agus.setiawan');
    await type(panel().getByLabel('Email (SPSE)'), 'agus.setiawan@sukamajukab.go.id');
    const nameRow = panel().locator('[data-field="name"]');
    await nameRow.getByText('sama (beda penulisan)').waitFor();
    expect(await nameRow.getAttribute('data-mismatch')).toBeNull();
    expect(await panel().getByText('Berbeda', { exact: true }).count()).toBe(0);
    await panel().getByText('Tidak ada perbedaan pada data yang diisi.').waitFor();
    // The NIP as written in its groups, on one line (no break inside the number).
    const nip = panel().locator('[data-field="nip"] td').nth(1).locator('p').first();
    const lines = await nip.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    expect(lines).toBe(1);
    // The e-mail input shows the whole address.
    const email = panel().getByLabel('Email (SPSE)');
    expect(await email.evaluate((el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth)).toBe(true);
    await panel().locator('[data-testid="comparison"]').scrollIntoViewIfNeeded();
    await shot('step5-comparison');
    await check(panel().getByRole('radio', { name: /^Valid/ }));
    await save();
    await startedByTheSave(6);
  });

  it('step 6: the reset box starts unticked and must be ticked; the text says where the password goes', async () => {
    const box = panel().getByRole('checkbox', { name: 'Password telah direset di SPSE' });
    expect(await box.isChecked()).toBe(false);
    await click(panel().getByRole('button', { name: 'Buat password sementara' }));
    await panel().getByTestId('generated-password').waitFor();
    await panel().getByText(/langkah 8 dapat menampilkan atau mencetaknya sekali lagi/).waitFor();
    expect(await panel().getByText(/hanya ditampilkan sekali/).count()).toBe(0);
    // The letters' titles have their row: the berita acara's does not break before "ID".
    const letters = panel().getByTestId('step-letters');
    await letters.locator('[data-kind="reset_report"]').waitFor();
    for (const title of await letters.locator('[data-testid="step-letter"] > p').all()) expect(await lineCount(title), (await title.textContent()) ?? '').toBe(1);
    await letters.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot('step6-reset');
    await save();
    // Refused by the core until ticked.
    await panel().getByText('Permohonan ini meminta reset password: tandai bahwa password telah direset di SPSE.').waitFor();
    await check(box);
    await save();
    await startedByTheSave(8);
  });

  it('steps 8 and 9 follow without "Mulai langkah ini"; the closed case is read-only and says where the paper is', async () => {
    await click(panel().getByRole('button', { name: 'Tampilkan password sementara' }));
    await panel().getByText(/dihapus dari memori saat langkah ini disimpan/).waitFor();
    await shot('step8-reveal');
    // The berita acara printed from the step: its button then says "Cetak ulang", its state whole.
    const report = panel().getByTestId('step-letters').locator('[data-kind="reset_report"]');
    // (Clicks beside the happy path: not counted.)
    await report.getByRole('button', { name: 'Cetak: Berita Acara' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls), { timeout: 60_000 }).toBe(2);
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();
    await report.getByRole('button', { name: 'Cetak ulang: Berita Acara' }).waitFor();
    const state = report.getByTestId('letter-state');
    await expect.poll(() => state.textContent()).toMatch(/^Tercetak no\. \d{3}\/BA\/WS\d{2}\/UKPBJ\/XI\/2026 tanggal 25 November 2026$/);
    expect(await wholeText(state)).toBe(true);
    // Not printed yet: the notice still says what printing it is for.
    await panel().getByTestId('step-letters').locator('[data-kind="notification"]').getByRole('button', { name: 'Cetak sebelum diserahkan' }).waitFor();
    await report.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot('step8-reprint');
    await check(panel().getByRole('radio', { name: 'Disampaikan langsung' }));
    await check(panel().getByRole('checkbox', { name: /segera mengganti password default/ }));
    await save();
    await startedByTheSave(9);
    // Step 9 names the letters nobody printed (the receipt and the berita acara were), before they are archived as copies.
    const unprinted = panel().getByTestId('unprinted-letters');
    await unprinted.getByText('Ada surat yang belum pernah dicetak').waitFor();
    expect(await unprinted.getByRole('listitem').evaluateAll((li) => li.map((e) => e.getAttribute('data-kind')))).toEqual(['completeness_result', 'validity_result', 'notification']);
    await unprinted.getByText('Hasil Pengecekan Kelengkapan Berkas (Langkah 2)').waitFor();
    await unprinted.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot('step9-unprinted');
    // Printed from the warning, a letter leaves the list.
    // (The password left memory when step 8 was saved: no choice to make.)
    await unprinted.getByRole('button', { name: 'Cetak: Pemberitahuan Password Baru / Informasi User ID' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls), { timeout: 60_000 }).toBe(3);
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => unprinted.getByRole('listitem').count()).toBe(2);
    await type(panel().getByLabel('Nomor boks'), 'B-2026-11');
    await type(panel().getByLabel('Nomor folder'), 'F-07');
    await type(panel().getByLabel('Lemari/rak'), 'Lemari arsip 2, rak B');
    // The last step's button says it closes the case.
    await click(panel().getByRole('button', { name: 'Simpan dan tutup berkas' }));
    await panel().getByTestId('case-result').waitFor();
    console.log(`[counter] happy path from the empty new-request form to the archive: ${tally.clicks} clicks, ${tally.typed} typed fields, ${tally.scrolls} scrolls back to the top`);

    await page.goto('about:blank');
    await page.goto(new URL(`#/cases/${caseId}`, harness.url).toString());
    await panel().waitFor();
    await page.getByTestId('documents-read-only').waitFor();
    // Closed, and the electronic archive said as it is: no archive folder is set here, so it waits.
    await page.getByTestId('archive-state').first().filter({ hasText: 'Menunggu ekspor' }).waitFor();
    for (const name of ['Pindai', 'Kamera', 'Impor berkas']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    expect(await page.getByRole('link', { name: 'Ubah data' }).count()).toBe(0);
    expect(await page.getByTestId('receipt-offer').count()).toBe(0);
    expect(await page.getByTestId('physical-location').textContent()).toBe('Boks B-2026-11 · folder F-07 · Lemari arsip 2, rak B');
    // Many trail events, no correction of the registered data.
    expect(await page.getByTestId('correction-count').textContent()).toBe('Belum pernah');
    await shot('case-closed-top');
    await page.getByTestId('physical-location').scrollIntoViewIfNeeded();
    await shot('case-closed');
  });
});

describe('the counter: missing items and corrections', () => {
  it('step 3 names what is missing as missing', async () => {
    const c = await invoke<{ id: string }>('cases.create', validIntake({ receivedAt: '2026-11-25T02:30:00.000Z' }));
    const st = await invoke<{ revision: number }>('workflow.open', { id: c.id, step: 2 });
    const checklist = {
      letter_present: 'yes', letter_signed_stamped: 'no', letter_dated_addressed: 'yes', requester_identified: 'yes',
      sk_present: 'yes', sk_names_requester: 'yes', sk_in_force: 'yes', changes_stated: 'na',
    };
    await invoke('workflow.complete', { id: c.id, revision: st.revision, payload: { step: 2, checklist, decision: 'incomplete', notes: '' }, overrunReason: '', openNext: true });
    await page.goto('about:blank');
    await page.goto(new URL(`#/cases/${c.id}`, harness.url).toString());
    await title(3).waitFor();
    const missing = panel().getByTestId('missing-items');
    await missing.getByText('Tanda tangan dan cap dinas pada surat permohonan').waitFor();
    expect(await missing.getByText('Surat permohonan ditandatangani dan dicap').count()).toBe(0);
    await panel().getByText('Belum ada (harus dilengkapi Pokja):').waitFor();
    await shot('step3-missing');

    // A correction of the registered data counts once; the steps' events do not.
    const rec = await invoke<{ id: string; revision: number; intake: Record<string, unknown> }>('cases.get', { id: c.id });
    await invoke('cases.update', { id: rec.id, revision: rec.revision, intake: { ...rec.intake, notes: 'Nomor telepon dikonfirmasi.' } });
    await page.getByTestId('correction-count').filter({ hasText: '1 kali' }).waitFor();
  });
});
