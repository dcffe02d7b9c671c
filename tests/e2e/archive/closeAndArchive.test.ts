/**
 * Issue 5 "Done when", end to end in real Chromium against the real core: a case closed through the
 * UI (steps 2–6 through the contract, as the guided-SOP e2e does; steps 8 and 9 through the forms),
 * its letters printed (window.print called), the archive root first pointing at a folder that does
 * not exist (the panel says "Menunggu ekspor" and why), then set through Pengaturan to a real temp
 * folder: the bag lands, the panel says "Tersimpan di arsip", `loket verify` (the built CLI) passes
 * on the archive root, and the month's registers list the case on screen and in the downloaded
 * XLSX (opened with exceljs). Labels, retention and a backup on the way.
 *
 * Screenshots at 1366×768 go to $LOKET_SHOTS_DIR when it is set (none otherwise).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettingsInput } from '../../fixtures/profile';
import { openSettings, saveSettings } from '../settingsSection';
import { validIntake } from '../../fixtures/intake';
import { letterPdf } from '../documents/support';
import { OPERATOR, openCase, panel, registerCase, save, startStep, startWorkflowSession, type WorkflowSession } from '../workflow/session';

const run = promisify(execFile);
const SHOTS = process.env['LOKET_SHOTS_DIR'];
const WHO = { name: 'Siti Nurhaliza, S.T.', nip: '198503122010012003', userId: 'siti.nurhaliza' };

let s: WorkflowSession;
let outside: string;
let archiveRoot: string;
let backupRoot: string;
let caseId: string;
let caseNumber: string;

async function shot(name: string, fullPage = false): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  // Toasts ("tersimpan") would cover the header in the picture.
  await s.page.locator('.mantine-Notification-root button').evaluateAll((bs) => bs.forEach((b) => (b as HTMLButtonElement).click()));
  await s.page.waitForTimeout(450);
  await s.page.screenshot({ path: join(SHOTS, `archive-${name}.png`), fullPage });
}

const prints = () => s.page.evaluate(() => (window as unknown as { __prints?: number }).__prints ?? 0);
const go = async (hash: string) => {
  // A fresh load: a half-typed form elsewhere must not hold the hash change (leave guard).
  await s.page.goto('about:blank');
  await s.page.goto(new URL(hash, s.harness.url).toString());
};

// Steps 2–6 through the contract (the guided-SOP e2e drives them through the forms).
async function complete(id: string, step: number, payload: Record<string, unknown>): Promise<void> {
  await s.invoke('workflow.open', { id, step });
  const st = await s.invoke<{ revision: number }>('workflow.state', { id });
  await s.invoke('workflow.complete', { id, revision: st.revision, payload, overrunReason: '' });
}
async function toStep8(id: string): Promise<void> {
  const yes = { letter_present: 'yes', letter_signed_stamped: 'yes', letter_dated_addressed: 'yes', requester_identified: 'yes', sk_present: 'yes', sk_names_requester: 'yes', sk_in_force: 'yes', changes_stated: 'na' };
  await complete(id, 2, { step: 2, checklist: yes, decision: 'complete', notes: '' });
  await complete(id, 5, { step: 5, spse: { ...WHO, email: '', phone: '', agency: '' }, comparedCases: [], confirmations: [], decision: 'valid', notes: '' });
  await s.invoke('workflow.open', { id, step: 6 });
  await s.invoke('workflow.password.generate', { id });
  const st = await s.invoke<{ revision: number }>('workflow.state', { id });
  await s.invoke('workflow.complete', { id, revision: st.revision, payload: { step: 6, passwordReset: true, changedFields: [], doneAt: s.now().toISOString(), notes: '' }, overrunReason: '' });
}

/** The request letter as a scan (a real JPEG-in-PDF), uploaded in chunks and built into its archival PDF. */
async function addRequestLetter(id: string): Promise<void> {
  const bytes = await letterPdf(outside, ['Nomor: 027/118/DPUPR/2026', 'Perihal: Permohonan reset password SPSE', `a.n. ${WHO.name}`]);
  const begin = await s.invoke<{ uploadId: string; chunkBytes: number }>('documents.uploadBegin', { caseId: id, name: 'surat-permohonan.pdf', bytes: bytes.length });
  for (let off = 0; off < bytes.length; off += begin.chunkBytes)
    await s.invoke('documents.uploadChunk', { uploadId: begin.uploadId, offset: off, data: bytes.subarray(off, off + begin.chunkBytes).toString('base64') });
  const out = await s.invoke<{ document: { id: string } }>('documents.uploadFinish', {
    uploadId: begin.uploadId,
    meta: { type: 'request_letter', developmentLevel: 'asli', receivedDate: s.now().toISOString().slice(0, 10) },
  });
  await s.invoke('documents.buildPdf', { caseId: id, documentId: out.document.id, ocr: false });
}

async function setArchiveRootInSettings(root: string, backup?: string): Promise<void> {
  const form = await openSettings(s.harness, 'arsip');
  await form.getByLabel('Folder arsip di drive bersama').fill(root);
  if (backup !== undefined) await form.getByLabel('Folder cadangan').fill(backup);
  await saveSettings(form);
  await s.page.getByText('Pengaturan arsip tersimpan.').first().waitFor();
}

function archivePanel() {
  return s.page.getByTestId('archive-panel');
}

beforeAll(async () => {
  s = await startWorkflowSession('loket-e2e-arc-');
  outside = await mkdtemp(join(tmpdir(), 'loket-e2e-arsip-'));
  archiveRoot = join(outside, 'arsip-ukpbj');
  backupRoot = join(outside, 'cadangan');
  await mkdir(backupRoot);
  // The print dialog would block a headless run: count the calls instead.
  await s.page.addInitScript(() => {
    const w = window as unknown as { __prints: number; print: () => void };
    w.__prints = 0;
    w.print = () => {
      w.__prints++;
    };
  });
  await s.page.goto(s.harness.url);
  await s.invoke('operators.create', { name: OPERATOR.name, nip: OPERATOR.nip, role: 'admin_agency', pin: OPERATOR.pin, pinConfirm: OPERATOR.pin });
  await s.invoke('workflow.settings.save', { autoLockMinutes: 240, waitingDeadlineDays: 14, standardMinutes: {} });
  await s.invoke('settings.save', testSettingsInput());
});
afterAll(async () => {
  await s?.dispose();
  if (outside) await rm(outside, { recursive: true, force: true });
});

describe('close, print, archive, verify, register (issue 5 "Done when")', () => {
  it('saves the archive settings through Pengaturan (a relative folder refused on its field), the root first pointing at a folder that does not exist', async () => {
    const form = await openSettings(s.harness, 'arsip');
    await form.getByLabel('Folder arsip di drive bersama').fill('arsip-ukpbj');
    await saveSettings(form);
    // The core's field message lands under the field, its refusal at the top; nothing was saved.
    const field = form.getByLabel('Folder arsip di drive bersama');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await form.getByText(/jalur lengkap folder arsip/).first().waitFor();
    await form.getByTestId('settings-failure').waitFor();
    expect((await s.invoke<{ archiveRoot: string }>('archive.settings.get', {})).archiveRoot).toBe('');

    await setArchiveRootInSettings(archiveRoot);
    await shot('settings');
    const saved = await s.invoke<{ archiveRoot: string }>('archive.settings.get', {});
    expect(saved.archiveRoot).toBe(archiveRoot);
  });

  it('closes a case through the UI after printing its letters; with the destination missing the panel waits and says why', async () => {
    const { page } = s;
    caseId = await registerCase(s, { requester: { ...validIntake().requester, ...WHO } });
    caseNumber = (await s.invoke<{ caseNumber: string }>('cases.get', { id: caseId })).caseNumber;
    await addRequestLetter(caseId);
    await toStep8(caseId);
    await openCase(s, caseId);
    // Before closing: the panel says the bundle comes after step 9.
    await archivePanel().locator('[data-testid="archive-state"][data-state="not_closed"]').waitFor();

    // Step 8 through the form.
    await startStep(page, 8);
    await panel(page).getByRole('radio', { name: 'Disampaikan langsung' }).check();
    await panel(page).getByRole('checkbox', { name: /segera mengganti password default/ }).check();
    await save(page);
    await panel(page).getByTestId('step-title').filter({ hasText: 'Langkah 9:' }).waitFor();

    // Print every letter available now (receipt, results, berita acara, notification, control sheet).
    const rows = page.getByTestId('letter-row');
    await rows.first().waitFor();
    const kinds = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind') ?? ''));
    let printed = 0;
    for (const kind of kinds) {
      const row = page.locator(`[data-testid="letter-row"][data-kind="${kind}"]`).first();
      const button = row.getByRole('button', { name: /^Cetak/ });
      if ((await button.count()) === 0 || !(await button.isEnabled())) continue;
      const before = await prints();
      await button.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('print-page').first().waitFor({ timeout: 30_000 });
      await expect.poll(prints, { timeout: 15_000 }).toBe(before + 1);
      await dialog.getByRole('button', { name: 'Tutup' }).first().click();
      await dialog.waitFor({ state: 'hidden' });
      printed++;
    }
    expect(printed).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.locator('[data-testid="letter-state"][data-state="issued"]').count()).toBeGreaterThanOrEqual(5);

    // Step 9 through the form: the electronic archive is explained, not asked.
    await startStep(page, 9);
    await panel(page).getByText(/Arsip elektronik dibuat otomatis/).waitFor();
    // Every letter was printed: no warning about letters never printed.
    expect(await panel(page).getByTestId('unprinted-letters').count()).toBe(0);
    await panel(page).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64));
    await shot('step9-form');
    await panel(page).getByLabel('Nomor boks').fill('B-2026-11');
    await panel(page).getByLabel('Nomor folder').fill('F-07');
    await panel(page).getByLabel('Lemari/rak').fill('Lemari arsip 2, rak B');
    await save(page, 'Simpan dan tutup berkas');
    await page.getByText('Berkas selesai').waitFor();

    // The destination does not exist: waiting, with the reason in Indonesian and the next retry.
    const waiting = archivePanel().locator('[data-testid="archive-state"][data-state="waiting"]');
    await waiting.waitFor({ timeout: 30_000 });
    await archivePanel().getByText('Menunggu ekspor').waitFor();
    const reason = (await archivePanel().getByTestId('archive-reason').textContent()) ?? '';
    expect(reason).toMatch(/^Penyebab: \S/);
    expect(reason).not.toContain('Belum dicoba');
    await archivePanel().getByRole('button', { name: 'Coba sekarang' }).waitFor();
    await archivePanel().scrollIntoViewIfNeeded();
    await archivePanel().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 140));
    await shot('export-status-waiting');
    // Nothing under a final name on a destination that is not there.
    await expect(readdir(archiveRoot)).rejects.toThrow();

    // The outbox lists it.
    await go('#/archive');
    await page.getByTestId('outbox-table').getByText(caseNumber).waitFor();
    await shot('outbox');
  }, 180_000);

  it('exports once the archive root exists (set through Pengaturan), shows "Tersimpan", and `loket verify` passes', async () => {
    const { page } = s;
    archiveRoot = join(outside, 'arsip-bersama');
    await mkdir(archiveRoot);
    await setArchiveRootInSettings(archiveRoot, backupRoot);
    await openCase(s, caseId);
    // Saving a new root retries the waiting cases by itself; if it has not yet, press "Coba sekarang".
    const state = archivePanel().getByTestId('archive-state');
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 60_000 }).toMatch(/^(waiting|exported)$/);
    if ((await state.getAttribute('data-state')) === 'waiting') await archivePanel().getByRole('button', { name: 'Coba sekarang' }).click();
    await archivePanel().locator('[data-testid="archive-state"][data-state="exported"]').waitFor({ timeout: 60_000 });
    await archivePanel().getByText('Tersimpan di arsip').waitFor();
    const bagPath = (await archivePanel().getByTestId('archive-bag-path').textContent()) ?? '';
    expect(bagPath.length).toBeGreaterThan(0);
    await archivePanel().getByRole('button', { name: 'Periksa keutuhan' }).click();
    await archivePanel().locator('[data-testid="verify-report"][data-ok="true"]').waitFor({ timeout: 30_000 });
    await archivePanel().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 140));
    await shot('export-status-stored');

    // The control sheet printed at step 9 changed when the case closed: the archiver issued the closed
    // case's sheet, and the list says nobody printed that version (not "Tercetak").
    const sheet = page.locator('[data-testid="letter-row"][data-kind="control_sheet"]');
    const sheetState = sheet.getByTestId('letter-state');
    await expect.poll(() => sheetState.getAttribute('data-state'), { timeout: 30_000 }).toBe('archived');
    expect(await sheetState.textContent()).toMatch(/^Versi akhir belum dicetak — dibuat otomatis saat pengarsipan \d{1,2} \S+ \d{4} \(versi 2\)$/);
    await sheet.getByRole('button', { name: 'Cetak: Lembar Kendali' }).waitFor();
    // Every state whole at 1366×768 (no ellipsis).
    for (const state of await page.getByTestId('letters-table').getByTestId('letter-state').all())
      expect(await state.evaluate((el) => el.scrollWidth <= el.clientWidth && getComputedStyle(el).textOverflow !== 'ellipsis'), (await state.textContent()) ?? '').toBe(true);
    await page.getByTestId('letters-table').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 140));
    await shot('letters-after-export');
    // Printed by hand now: the same sheet, recorded as printed.
    const before = await prints();
    await sheet.getByRole('button', { name: 'Cetak: Lembar Kendali' }).click();
    await expect.poll(prints, { timeout: 30_000 }).toBe(before + 1);
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).first().click();
    await expect.poll(() => sheetState.getAttribute('data-state')).toBe('issued');
    expect(await sheetState.textContent()).toMatch(/^Tercetak tanggal \d{1,2} \S+ \d{4} \(versi 2\)$/);
    await sheet.getByRole('button', { name: 'Cetak ulang: Lembar Kendali' }).waitFor();
    await shot('letters-sheet-printed');

    // The built CLI checks the whole archive root.
    const { stdout } = await run(process.execPath, ['dist/cli/loket.mjs', 'verify', archiveRoot]);
    expect(stdout).toContain(bagPath.split('/').pop() ?? '@@');

    // A changed byte in the shared drive's copy: "Periksa keutuhan" names the file and the problem.
    const data = join(archiveRoot, ...bagPath.split('/'), 'data');
    const files = (await readdir(data, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    const victim = files[0];
    if (!victim) throw new Error('no payload file in the bag');
    const victimPath = join(victim.parentPath, victim.name);
    const bytes = await readFile(victimPath);
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 0xff;
    await writeFile(victimPath, bytes);
    await archivePanel().getByRole('button', { name: 'Periksa keutuhan' }).click();
    const report = archivePanel().locator('[data-testid="verify-report"][data-ok="false"]');
    await report.waitFor({ timeout: 30_000 });
    await report.getByText('Checksum tidak cocok (isi berkas berubah)').first().waitFor();
    await report.getByText(victim.name, { exact: false }).first().waitFor();
    await shot('verify-problem');
    await expect(run(process.execPath, ['dist/cli/loket.mjs', 'verify', archiveRoot])).rejects.toMatchObject({ code: 1 });

    // The outbox is empty now.
    await go('#/archive');
    await page.getByTestId('outbox-empty').waitFor();
  }, 180_000);

  it('lists the case in this month’s registers on screen and in the downloaded XLSX', async () => {
    const { page } = s;
    await go('#/archive/registers');
    await page.getByTestId('register-daftar_berkas').getByText(caseNumber).first().waitFor();
    await shot('registers');
    await page.locator('label', { hasText: 'Daftar Isi Berkas' }).click();
    await page.getByTestId('register-daftar_isi_berkas').getByText(caseNumber).first().waitFor();
    await page.locator('label', { hasText: 'Daftar Arsip Fisik' }).click();
    await page.getByTestId('register-fisik').getByText('B-2026-11').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX (semua daftar)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(3);
    const texts = wb.worksheets.map((ws) => {
      const cells: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text))));
      return cells;
    });
    // Daftar Berkas (first sheet) has the case; the physical register has its box.
    expect(texts[0]).toContain(caseNumber);
    expect(texts.flat()).toContain('B-2026-11');
  });

  it('prepares folder labels with the case and prints them', async () => {
    const { page } = s;
    await go('#/archive/labels');
    const picker = page.getByTestId('labels-cases');
    await picker.click();
    await picker.fill(caseNumber.slice(0, 6));
    await page.getByRole('option', { name: new RegExp(caseNumber.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Siapkan label' }).click();
    await page.getByTestId('labels-ready').waitFor({ timeout: 30_000 });
    await page.getByTestId('print-page').first().waitFor();
    const before = await prints();
    await page.getByRole('button', { name: 'Cetak label' }).click();
    await expect.poll(prints).toBe(before + 1);
    await shot('labels-print-view');
    // The print media shows only the label sheets.
    await page.emulateMedia({ media: 'print' });
    await shot('labels-print-media');
    await page.emulateMedia({ media: 'screen' });
  });

  it('lists the case as due once its active retention has ended', async () => {
    const { page } = s;
    await go('#/archive/retention');
    await page.getByTestId('retention-empty').waitFor();
    const asOf = page.getByLabel('Per tanggal');
    await asOf.fill('1 Desember 2029');
    await asOf.press('Tab');
    await page.getByTestId('retention-table').getByText(caseNumber).waitFor();
    await shot('retention');
  });

  it('backs up the data folder on demand and lists the backup', async () => {
    const { page } = s;
    await go('#/archive/backup');
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await page.getByTestId('backup-table').locator('tbody tr').first().waitFor({ timeout: 60_000 });
    expect((await readdir(backupRoot)).length).toBeGreaterThanOrEqual(1);
    await shot('backup');
  });
});
