/**
 * Outgoing letters through the UI in real Chromium against the real core (issue 5 §1–§2): the
 * case's letters section, printing the step-8 notice with the temporary password (the print view
 * shows the pages, `window.print` is called, the print media has one sheet per letter page), the
 * letter numbers after printing, the template editor with its live preview and field errors, and
 * the archival PDF viewer of a scanned document (issue 4).
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterPdf } from '../documents/support';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseAtStep8, openCaseFresh, pagesLoaded, pdfPageCount, startLettersSession, type LettersSession } from './support';
import { TEST_AGENCY } from '../../fixtures/profile';
import { openSettings, saveSettings } from '../settingsSection';

let s: LettersSession;
let caseId: string;
beforeAll(async () => {
  s = await startLettersSession();
  caseId = await caseAtStep8(s);
});
afterAll(async () => s?.dispose());

const section = () => s.page.getByRole('region', { name: 'Surat & dokumen keluar' });
const row = (kind: string) => section().locator(`[data-testid="letter-row"][data-kind="${kind}"]`);

describe('letters on the case page', () => {
  it('lists the case’s letters with their state', async () => {
    await openCaseFresh(s, caseId);
    await row('receipt').waitFor();
    // Steps 1, 2, 5 and 6 are done: their letters can be printed; the rejection never will be.
    for (const kind of ['receipt', 'completeness_result', 'validity_result', 'reset_report'])
      await expect.poll(() => row(kind).getByTestId('letter-state').getAttribute('data-state'), { message: kind }).toBe('ready');
    expect(await row('rejection_notice').getByTestId('letter-state').getAttribute('data-state')).toBe('unavailable');
    await expect.poll(() => row('rejection_notice').getByRole('button', { name: /^Cetak/ }).isDisabled()).toBe(true);
    await section().scrollIntoViewIfNeeded();
    await s.shot('letters-section');
  });

  it('prints the step-8 notice with the password: print view, window.print, one sheet per page', async () => {
    const { page } = s;
    const notice = row('notification');
    await expect.poll(() => notice.getByTestId('letter-state').getAttribute('data-state')).toBe('ready');
    const before = await s.printCalls();
    await notice.getByRole('button', { name: 'Cetak: Pemberitahuan Password Baru / Informasi User ID' }).click();

    // The choice, and what it means for the archive.
    const choice = page.getByRole('dialog', { name: 'Cetak pemberitahuan password' });
    await choice.getByText('salinan arsip selalu disimpan tanpa password').waitFor();
    await s.shot('password-choice');
    await choice.getByRole('button', { name: 'Cetak dengan password' }).click();

    const view = page.getByRole('dialog', { name: 'Pemberitahuan Password Baru / Informasi User ID' });
    await view.getByTestId('with-password').waitFor();
    await expect.poll(() => pagesLoaded(page), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => s.printCalls()).toBe(before + 1);
    const number = (await view.getByTestId('letter-number').textContent()) ?? '';
    expect(number).toMatch(/\d{3}\/.+\/\d{4}$/);
    await s.shot('print-view');

    // The print media: only the letter's pages, one A4 sheet each, nothing of the app.
    const printed = await page.getByTestId('print-root').locator('img').count();
    expect(printed).toBe(await view.getByTestId('print-page').count());
    const pdf = await pdfPageCount(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.pages).toBe(printed);
    expect(Math.round(pdf.width)).toBe(595);
    expect(Math.round(pdf.height)).toBe(842);

    // The Print button prints again, from the same pages.
    await view.getByTestId('print-button').click();
    await expect.poll(() => s.printCalls()).toBe(before + 2);
    await view.getByRole('button', { name: 'Tutup' }).click();
    await view.waitFor({ state: 'hidden' });

    // The list now shows the letter's number and date.
    await expect.poll(() => notice.getByTestId('letter-state').textContent()).toContain(`Tercetak no. ${number} tanggal`);
  });

  it('previews a letter without numbering it again, with number, date and hash', async () => {
    const { page } = s;
    const notice = row('notification');
    const state = await notice.getByTestId('letter-state').textContent();
    const before = await s.printCalls();
    await notice.getByRole('button', { name: 'Pratinjau: Pemberitahuan Password Baru / Informasi User ID' }).click();
    const view = page.getByRole('dialog', { name: 'Pemberitahuan Password Baru / Informasi User ID' });
    await expect.poll(() => pagesLoaded(page), { timeout: 60_000 }).toBeGreaterThan(0);
    // A preview is never the copy with the password, and does not open the print dialog by itself.
    expect(await view.getByTestId('with-password').count()).toBe(0);
    expect(await view.getByTestId('letter-details').textContent()).toMatch(/Kode pengaman \(SHA-256\)[0-9a-f]{8}…[0-9a-f]{6}/);
    expect(await s.printCalls()).toBe(before);
    await s.shot('preview-dialog');
    // Scrolled down the page, the number and the buttons stay in sight.
    await page.locator('.mantine-Modal-content').evaluate((el) => el.scrollTo(0, 700));
    const button = await view.getByTestId('print-button').boundingBox();
    expect(button && button.y > 0 && button.y < 250, JSON.stringify(button)).toBe(true);
    await s.shot('preview-dialog-scrolled');
    await view.getByRole('button', { name: 'Tutup' }).click();
    expect(await notice.getByTestId('letter-state').textContent()).toBe(state);
  });

  it('previews a letter never printed as a draft; Print from there numbers it first', async () => {
    const { page } = s;
    const receipt = row('receipt');
    await receipt.getByRole('button', { name: 'Pratinjau: Tanda Terima Berkas' }).click();
    const view = page.getByRole('dialog', { name: 'Tanda Terima Berkas' });
    await expect.poll(() => pagesLoaded(page), { timeout: 60_000 }).toBeGreaterThan(0);
    await view.getByTestId('letter-draft').waitFor();
    expect(await view.getByTestId('letter-number').textContent()).toBe('diberikan saat dicetak');
    const before = await s.printCalls();
    await view.getByTestId('print-button').click();
    await expect.poll(() => view.getByTestId('letter-number').textContent(), { timeout: 60_000 }).toMatch(/^\d{3}\/TT\//);
    await expect.poll(() => s.printCalls()).toBe(before + 1);
    expect(await view.getByTestId('letter-draft').count()).toBe(0);
    // The sheets as printed (no password on this letter, so it may be kept for looking at).
    const sheets = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect((await pdfPageCount(sheets)).pages).toBe(await view.getByTestId('print-page').count());
    await s.keep('receipt-print-media.pdf', sheets);
    await view.getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => receipt.getByTestId('letter-state').textContent()).toMatch(/^Tercetak no\. \d{3}\/TT\/.+ tanggal /);
  });

  it('says when the case changed after a letter was printed', async () => {
    const record = await s.invoke<{ revision: number; intake: { requester: Record<string, unknown> } & Record<string, unknown> }>('cases.get', { id: caseId });
    await s.invoke('cases.update', {
      id: caseId,
      revision: record.revision,
      intake: { ...record.intake, requester: { ...record.intake.requester, position: 'Ketua Pokja Pemilihan' } },
    });
    await expect.poll(() => row('notification').getByTestId('letter-stale').count(), { timeout: 30_000 }).toBe(1);
    expect(await row('notification').getByTestId('letter-stale').textContent()).toBe('Data berubah sejak dicetak');
    await section().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64));
    await s.shot('letters-section-printed');
  });

  it('prints the step’s letter from the step form (step 8: before the handover is recorded)', async () => {
    const { page } = s;
    await openCaseFresh(s, caseId);
    const panel = page.getByTestId('step-panel');
    await panel.getByRole('button', { name: 'Mulai langkah ini' }).click();
    const buttons = panel.getByTestId('step-letters');
    await buttons.waitFor();
    await buttons.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await s.shot('step8-form');
    const before = await s.printCalls();
    await buttons.locator('[data-kind="reset_report"]').getByRole('button', { name: 'Cetak' }).click();
    const view = page.getByRole('dialog', { name: 'Berita Acara Reset Password / Perubahan Informasi User ID' });
    await expect.poll(() => pagesLoaded(page), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => s.printCalls()).toBe(before + 1);
    await view.getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => buttons.locator('[data-kind="reset_report"]').getByTestId('letter-state').textContent()).toMatch(/^Tercetak no\. /);
  });
});

describe('letter templates in the settings', () => {
  const editor = () => s.page.getByTestId('template-editor');
  const previewSrc = () => editor().getByTestId('template-preview').getByTestId('print-page').first().getAttribute('src');

  it('updates the live preview as the subject changes, saves, and keeps it after a reload', async () => {
    const { page } = s;
    // An office archive shared with other PCs: a number pattern without {ws} is warned about (walk s6 P2).
    const share = await mkdtemp(join(tmpdir(), 'loket-letters-share-'));
    await s.invoke('archive.settings.save', { ...(await s.invoke<Record<string, unknown>>('archive.settings.get', {})), archiveRoot: share });
    await openSettings(s.harness, 'surat');
    await editor().scrollIntoViewIfNeeded();
    await expect.poll(previewSrc, { timeout: 60_000 }).toMatch(/^data:image\/png;base64,/);
    const first = await previewSrc();
    await page.getByTestId('letter-settings').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64));
    await s.shot('settings-letters-top');

    // The number pattern's example follows what is typed (the notice's code, PPB).
    const example = page.getByTestId('number-example');
    expect(await example.textContent()).toMatch(/^Contoh: 007\/PPB\/WS\d{2}\/UKPBJ\/[IVX]+\/\d{4}$/);
    expect(await page.getByTestId('number-pattern-no-ws').count()).toBe(0);
    const pattern = page.getByLabel('Pola nomor surat');
    await pattern.fill('{seq}/{kode}/LPSE/{bulan}/{tahun}');
    await expect.poll(() => example.textContent()).toMatch(/^Contoh: 007\/PPB\/LPSE\/\d{2}\/\d{4}$/);
    await page.getByTestId('number-pattern-no-ws').waitFor();
    await s.shot('settings-letters-no-ws');
    // Warned, not refused: the pattern below (saved before {ws} existed) still saves.
    await pattern.fill('{seq}/{kode}/UKPBJ/{bulanRomawi}/{tahun}');

    const subject = editor().getByLabel('Perihal', { exact: true });
    await subject.fill('Pemberitahuan Password Baru Akun SPSE Kabupaten Sukamaju');
    await expect.poll(previewSrc, { timeout: 60_000 }).not.toBe(first);
    await expect.poll(() => editor().getByTestId('template-preview').getAttribute('data-updating')).toBe('false');
    await editor().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64));
    await s.shot('settings-templates');

    // An earlier save's toast must be gone, or it would stand for this save's.
    await expect.poll(() => page.getByText('Pengaturan surat tersimpan.').count(), { timeout: 15_000 }).toBe(0);
    await saveSettings(page.getByTestId('letter-settings'));
    await page.getByText('Pengaturan surat tersimpan.').waitFor();
    const saved = await s.invoke<{ templates: { notification: { subject: string } } }>('letters.settings.get', {});
    expect(saved.templates.notification.subject).toBe('Pemberitahuan Password Baru Akun SPSE Kabupaten Sukamaju');

    await page.reload();
    await expect.poll(() => editor().getByLabel('Perihal', { exact: true }).inputValue()).toBe('Pemberitahuan Password Baru Akun SPSE Kabupaten Sukamaju');
  });

  it('shows the head from the agency profile and sets per kind who signs and who acknowledges', async () => {
    const { page } = s;
    await openSettings(s.harness, 'surat');
    // One source: the head is the profile's, shown here, never typed here.
    await page.getByTestId('letters-head').getByText(`${TEST_AGENCY.headName}, NIP 19720515 199803 1 004`).waitFor();
    const roles = editor().getByTestId('signer-roles');
    await roles.scrollIntoViewIfNeeded();
    // The step-8 notice (the editor's first kind): signed by the head, nobody under "Mengetahui".
    expect(await roles.getByLabel('Ditandatangani oleh', { exact: true }).inputValue()).toBe('Kepala unit');
    expect(await roles.getByLabel('Mengetahui', { exact: true }).inputValue()).toBe('Tidak ada');
    await roles.getByLabel('Mengetahui', { exact: true }).click();
    await page.getByRole('option', { name: 'Kepala unit', exact: true }).click();
    await roles.getByText('Yang mengetahui tidak boleh sama dengan penanda tangan.', { exact: true }).waitFor();
    await s.shot('settings-signers-error');
    await roles.getByLabel('Ditandatangani oleh', { exact: true }).click();
    await page.getByRole('option', { name: 'Petugas yang melaksanakan', exact: true }).click();
    await roles.getByText('Yang mengetahui tidak boleh sama dengan penanda tangan.', { exact: true }).waitFor({ state: 'detached' });
    await s.shot('settings-signers');
    // An earlier save's toast must be gone, or it would stand for this save's.
    await expect.poll(() => page.getByText('Pengaturan surat tersimpan.').count(), { timeout: 15_000 }).toBe(0);
    await saveSettings(page.getByTestId('letter-settings'));
    await page.getByText('Pengaturan surat tersimpan.').waitFor();
    const saved = await s.invoke<{ signers: Record<string, { signer: string; acknowledger: string }> }>('letters.settings.get', {});
    expect(saved.signers.notification).toEqual({ signer: 'officer', acknowledger: 'head' });
    expect(saved.signers.reset_report).toEqual({ signer: 'officer', acknowledger: 'head' });
  });

  it('uploads a letterhead logo, refuses a file that is not an image, and saves the logo', async () => {
    const { page } = s;
    await openSettings(s.harness, 'surat');
    const field = page.getByTestId('logo-field');
    await field.scrollIntoViewIfNeeded();
    await expect.poll(previewSrc, { timeout: 60_000 }).toMatch(/^data:image\/png;base64,/);
    const before = await previewSrc();
    // A text file named like an image: the core reads the bytes and refuses it.
    await field.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('bukan gambar') });
    await field.getByRole('alert').getByText(/PNG atau JPEG/).waitFor();
    const crest = await sharp({ create: { width: 240, height: 240, channels: 3, background: '#0b6e3a' } }).png().toBuffer();
    await field.locator('input[type="file"]').setInputFiles({ name: 'lambang.png', mimeType: 'image/png', buffer: crest });
    await field.getByText('Logo terpasang (lihat pratinjau).').waitFor();
    await expect.poll(previewSrc, { timeout: 60_000 }).not.toBe(before);
    // An earlier save's toast must be gone, or it would stand for this save's.
    await expect.poll(() => page.getByText('Pengaturan surat tersimpan.').count(), { timeout: 15_000 }).toBe(0);
    await saveSettings(page.getByTestId('letter-settings'));
    await page.getByText('Pengaturan surat tersimpan.').waitFor();
    const saved = await s.invoke<{ logo: string }>('letters.settings.get', {});
    expect(saved.logo).toMatch(/^[0-9a-f]{64}$/);
    await field.scrollIntoViewIfNeeded();
    await s.shot('settings-logo');
  });

  it('inserts a placeholder where the cursor is', async () => {
    const subject = editor().getByLabel('Perihal', { exact: true });
    await subject.click();
    await subject.press('End');
    await subject.pressSequentially(' a.n. ');
    await editor().getByRole('button', { name: 'Sisipkan {nama}' }).click();
    expect(await subject.inputValue()).toBe('Pemberitahuan Password Baru Akun SPSE Kabupaten Sukamaju a.n. {nama}');
  });

  it('shows the Indonesian field error for an unknown placeholder and does not save it', async () => {
    const { page } = s;
    const body = editor().getByLabel('Isi surat', { exact: true });
    await body.fill('Dengan hormat, Saudara {namaLengkap} kami beritahukan bahwa password telah direset.');
    const message = 'Penanda {namaLengkap} tidak dikenal. Pilih dari daftar penanda di samping.';
    await editor().getByText(message).waitFor();
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    // An earlier save's toast must be gone, or it would stand for this save's.
    await expect.poll(() => page.getByText('Pengaturan surat tersimpan.').count(), { timeout: 15_000 }).toBe(0);
    await saveSettings(page.getByTestId('letter-settings'));
    await page.getByTestId('letter-settings-error').waitFor();
    await body.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await s.shot('settings-template-error');
    const saved = await s.invoke<{ templates: { notification: { body: string } } }>('letters.settings.get', {});
    expect(saved.templates.notification.body).not.toContain('{namaLengkap}');

    // Another kind on screen: the picker marks the kind with the problem, and Simpan brings it back.
    const kindPicker = editor().getByLabel('Jenis surat', { exact: true });
    await kindPicker.click();
    await page.getByRole('option', { name: 'Tanda Terima Berkas', exact: true }).click();
    await expect.poll(() => kindPicker.inputValue()).toBe('Tanda Terima Berkas');
    await kindPicker.click();
    await page.getByRole('option', { name: /— perlu diperbaiki$/ }).waitFor();
    await page.keyboard.press('Escape');
    await saveSettings(page.getByTestId('letter-settings'));
    await expect.poll(() => kindPicker.inputValue()).toMatch(/— perlu diperbaiki$/);
    await editor().getByText(message).waitFor();

    // Batalkan perubahan: the saved text is back, the problem gone, nothing left to save.
    await page.getByTestId('settings-save-bar').getByRole('button', { name: 'Batalkan perubahan' }).click();
    expect(await body.inputValue()).toBe(saved.templates.notification.body);
    await editor().getByText(message).waitFor({ state: 'detached' });
    expect(await page.getByTestId('settings-save-bar').getByRole('button', { name: 'Simpan', exact: true }).isDisabled()).toBe(true);
  });

  it('has the core refuse an unknown placeholder too, with the message on the field', async () => {
    // The same rule on the core's side (a template edited elsewhere): the field path comes back.
    const current = await s.invoke<Record<string, unknown> & { schemaVersion: number; templates: Record<string, { body: string }> }>('letters.settings.get', {});
    const { schemaVersion: _v, ...input } = current;
    const r = await s.page.evaluate(
      async (i) => (window as unknown as { loket: { invoke(m: string, i: unknown): Promise<unknown> } }).loket.invoke('letters.settings.save', i),
      { ...input, templates: { ...current.templates, receipt: { ...current.templates['receipt'], body: 'Diterima dari {pemohon}.' } } },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'templates.receipt.body': 'Penanda {pemohon} tidak dikenal. Pilih dari daftar penanda di samping.' } } });
  });
});

describe('the archival PDF viewer of a document', () => {
  it('shows the built PDF’s pages from the documents list', async () => {
    const { page } = s;
    const dir = await mkdtemp(join(tmpdir(), 'loket-e2e-letters-doc-'));
    try {
      const bytes = await letterPdf(dir, ['PEMERINTAH KABUPATEN SUKAMAJU', 'Nomor: 027/114/DPUPR/2026', 'Perihal: Permohonan reset password SPSE']);
      const begin = await s.invoke<{ uploadId: string }>('documents.uploadBegin', { caseId, name: 'surat.pdf', bytes: bytes.length });
      await s.invoke('documents.uploadChunk', { uploadId: begin.uploadId, offset: 0, data: bytes.toString('base64') });
      const out = await s.invoke<{ document: { id: string } }>('documents.uploadFinish', {
        uploadId: begin.uploadId,
        meta: { type: 'request_letter', developmentLevel: 'asli', receivedDate: s.now().toISOString().slice(0, 10) },
      });
      await s.invoke('documents.buildPdf', { caseId, documentId: out.document.id, ocr: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await openCaseFresh(s, caseId);
    const open = page.getByRole('button', { name: 'Lihat PDF: Surat permohonan' });
    await open.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await s.shot('documents-row');
    await open.click();
    const view = page.getByRole('dialog', { name: 'PDF arsip — Surat permohonan' });
    await expect.poll(() => pagesLoaded(page), { timeout: 60_000 }).toBe(1);
    expect(await view.getByTestId('print-page').getAttribute('alt')).toBe('PDF arsip — Surat permohonan, halaman 1 dari 1');
    await s.shot('document-pdf-viewer');
    await view.getByRole('button', { name: 'Tutup' }).click();
  });
});
