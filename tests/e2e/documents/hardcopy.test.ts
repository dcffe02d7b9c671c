/**
 * Hardcopy in, end to end in real Chromium against the real core (issue 4, "Done when"): from the
 * case page scan three pages from the SANE `test` device, reorder them, split them into two
 * documents and build the archival PDFs; import a PDF letter and a multi-page G4 TIFF by
 * drag-and-drop (a real `drop` event) and see a bad file refused; accept an OCR suggestion into the
 * intake form; a hot-folder file appears in the inbox and is assigned; capture pages from
 * Chromium's fake camera; a paper jam is shown with what to do, and a batch can be stopped.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeSaneTestConfig, type SaneTestConfig } from '../../fixtures/sane/saneTestConfig';
import { validIntake } from '../../fixtures/intake';
import { dropFiles, g4Tiff, invoke, letterPdf, renderLetterPng, startDocumentsHarness, withScanimageOptions, type Session } from './support';

const run = promisify(execFile);

let s: Session;
let sane: SaneTestConfig;
let work: string;
let caseId: string;
let caseNumber: string;
const saneConfigBefore = process.env['SANE_CONFIG_DIR'];

beforeAll(async () => {
  // The core runs in this process: its scanimage children see only the `test` backend.
  sane = await makeSaneTestConfig();
  process.env['SANE_CONFIG_DIR'] = sane.dir;
  work = await mkdtemp(join(tmpdir(), 'loket-e2e-docs-files-'));
  s = await startDocumentsHarness();
  const created = await invoke(s.harness.page, 'cases.create', validIntake());
  caseId = created.id;
  caseNumber = created.caseNumber;
}, 180_000);

afterAll(async () => {
  await s?.dispose();
  await sane?.cleanup();
  if (saneConfigBefore === undefined) delete process.env['SANE_CONFIG_DIR'];
  else process.env['SANE_CONFIG_DIR'] = saneConfigBefore;
  if (work) await rm(work, { recursive: true, force: true });
});

// What the page showed when a step failed, for the person reading the failure.
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && s) {
    const file = join(tmpdir(), `loket-e2e-docs-failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`);
    await s.harness.page.screenshot({ path: file }).catch(() => undefined);
    console.error(`screenshot of the failure: ${file}`);
  }
});

async function documents() {
  return (await invoke(s.harness.page, 'documents.list', { caseId })).documents;
}

async function openCase(): Promise<void> {
  const { page } = s.harness;
  await page.goto(new URL(`#/cases/${caseId}`, s.harness.url).toString());
  await page.getByRole('region', { name: 'Dokumen fisik (hasil pindai)' }).waitFor();
}

describe('hardcopy in (issue 4)', () => {
  it('scans three pages, reorders them, splits them into letter + SK and builds both PDFs', async () => {
    const { page } = s.harness;
    await openCase();
    await page.getByRole('button', { name: 'Pindai', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Pindai dokumen' });
    await dialog.getByLabel('Pemindai', { exact: true }).waitFor();
    await expect.poll(() => dialog.getByLabel('Pemindai', { exact: true }).inputValue(), { timeout: 30_000 }).toMatch(/test/i);
    await dialog.getByText('Kaca pemindai (flatbed)').click();
    await dialog.getByRole('button', { name: 'Mulai memindai' }).click();
    await dialog.getByTestId('scan-done').waitFor({ timeout: 60_000 });
    // Flatbed: one sheet at a time into the same document.
    for (const n of [2, 3]) {
      await dialog.getByRole('button', { name: 'Tambah pindaian ke dokumen ini' }).click();
      await expect.poll(async () => (await documents())[0]?.pages.length ?? 0, { timeout: 60_000 }).toBe(n);
      await dialog.getByTestId('scan-done').waitFor({ timeout: 60_000 });
    }
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    const [scanned] = await documents();
    expect(scanned?.source).toBe('scanner');
    expect(scanned?.type).toBe('request_letter');
    const [p1, p2, p3] = scanned?.pages.map((p) => p.id) ?? [];
    await page.getByTestId('document-row').getByText('3', { exact: true }).waitFor();

    // Page editor: move page 3 forward, rotate it, split from (new) page 3 into an SK.
    await page.getByRole('button', { name: 'Atur halaman: Surat permohonan' }).click();
    const editor = page.getByTestId('page-editor');
    await editor.getByRole('img', { name: 'Gambar halaman 3' }).waitFor({ timeout: 30_000 });
    // From the keyboard: the move buttons are ordinary buttons.
    await editor.getByRole('button', { name: 'Pindahkan halaman 3 ke depan' }).focus();
    await page.keyboard.press('Enter');
    await editor.getByRole('group', { name: 'Halaman 2' }).getByRole('img', { name: 'Gambar halaman 2' }).waitFor();
    // By dragging (HTML drag and drop): p3 onto the first place, then back with the keyboard.
    await editor.getByRole('group', { name: 'Halaman 2' }).dragTo(editor.getByRole('group', { name: 'Halaman 1' }));
    await expect.poll(() => editor.getByTestId('page-card').first().getAttribute('data-page-id')).toBe(p3);
    await editor.getByRole('button', { name: 'Pindahkan halaman 1 ke belakang' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.getByTestId('page-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-page-id')))).toEqual([p1, p3, p2]);
    await editor.getByRole('button', { name: 'Putar ke kanan halaman 2' }).click();
    await editor.getByRole('button', { name: 'Pisah mulai halaman 3' }).click();
    await expect.poll(() => editor.getByLabel('Jenis dokumen 2').inputValue()).toBe('SK Penetapan Pokja');
    await editor.getByRole('button', { name: 'Simpan susunan' }).click();
    await editor.waitFor({ state: 'detached' });

    const split = await documents();
    expect(split.map((d) => d.type)).toEqual(['request_letter', 'sk']);
    expect(split[0]?.pages.map((p) => p.id)).toEqual([p1, p3]);
    expect(split[0]?.pages.map((p) => p.rotation)).toEqual([0, 90]);
    expect(split[1]?.pages.map((p) => p.id)).toEqual([p2]);
    await expect.poll(() => page.getByTestId('document-row').count()).toBe(2);

    // Archival PDFs, each checked by qpdf.
    await page.getByRole('button', { name: 'Buat PDF arsip: Surat permohonan' }).click();
    await page.getByRole('button', { name: 'Buat PDF arsip: SK Penetapan Pokja' }).click();
    await expect.poll(() => page.getByTestId('pdf-built').count(), { timeout: 120_000 }).toBe(2);
    for (const d of await documents()) {
      const sha = d.pdf?.blob ?? '';
      expect(d.pdf?.pages).toBe(d.pages.length);
      const file = join(s.dataDir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha);
      expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
      await run('qpdf', ['--check', file]);
    }
  }, 300_000);

  it('imports a PDF letter and a two-page G4 TIFF by drag-and-drop, and refuses a fake PDF with its reason', async () => {
    const { page } = s.harness;
    await openCase();
    const before = (await documents()).length;
    const pdf = await letterPdf(work, [
      'PEMERINTAH KABUPATEN SUKAMAJU',
      'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG',
      '',
      'Sukamaju, 20 November 2026',
      'Nomor   : 027/145/DPUPR/2026',
      'Perihal : Permohonan Reset Password SPSE',
      '',
      'Yang bertanda tangan di bawah ini:',
      'Nama    : Siti Nurhaliza, S.T.',
      'NIP     : 19900512 201801 2 003',
      'User ID : siti.nurhaliza',
    ]);
    const tiff = await g4Tiff(work);
    await dropFiles(page, '[data-testid="document-dropzone"]', [
      { name: 'surat permohonan.pdf', type: 'application/pdf', bytes: pdf },
      { name: 'lampiran.tif', type: 'image/tiff', bytes: tiff },
    ]);
    await expect.poll(async () => (await documents()).length, { timeout: 90_000 }).toBe(before + 2);
    const added = (await documents()).slice(before);
    expect(added.map((d) => [d.source, d.pages.length])).toEqual([
      ['file', 1],
      ['file', 2],
    ]);
    expect(added.map((d) => d.originals[0]?.mediaType)).toEqual(['application/pdf', 'image/tiff']);
    await expect.poll(() => page.getByTestId('document-row').count()).toBe(before + 2);
    // The TIFF is a photocopy: recorded as "salinan" from its row.
    await page.getByTestId('document-row').last().getByLabel('Tingkat perkembangan: Dokumen pendukung').click();
    await page.getByRole('option', { name: 'Salinan' }).click();
    await expect.poll(async () => (await documents()).at(-1)?.developmentLevel).toBe('salinan');

    // Random bytes behind a .pdf name: refused with a message, nothing added.
    await dropFiles(page, '[data-testid="document-dropzone"]', [
      { name: 'bukan-pdf.pdf', type: 'application/pdf', bytes: Buffer.from('ini bukan berkas PDF, hanya teks biasa\n'.repeat(20)) },
    ]);
    const alert = page.getByTestId('document-error');
    await alert.waitFor({ timeout: 30_000 });
    // The core's own reason (type judged from the content), under the file's name.
    expect(await alert.textContent()).toMatch(/bukan-pdf\.pdf.*tidak dikenali dari isinya/s);
    expect(await documents()).toHaveLength(before + 2);
  }, 240_000);

  it('offers the letter’s NIP as a suggestion and applies it only when accepted', async () => {
    const { page } = s.harness;
    await page.goto(new URL(`#/cases/${caseId}/edit`, s.harness.url).toString());
    const panel = page.getByTestId('ocr-suggestions');
    await panel.waitFor();
    const nipRow = panel.locator('[data-testid="ocr-suggestion"][data-field="requester.nip"]');
    await nipRow.waitFor({ timeout: 120_000 });
    expect(await nipRow.textContent()).toContain('NIP');
    // Shown, not applied: the form still has the recorded NIP.
    expect(await page.getByLabel('NIP', { exact: true }).inputValue()).toBe('198503122010012003');
    await nipRow.getByRole('button', { name: /^Gunakan/ }).click();
    expect(await page.getByLabel('NIP', { exact: true }).inputValue()).toBe('199005122018012003');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.waitForURL(new RegExp(`#/cases/${caseId}$`));
    const saved = await invoke(page, 'cases.get', { id: caseId });
    expect(saved.intake.requester.nip).toBe('199005122018012003');
  }, 240_000);

  it('shows a hot-folder file in the inbox and assigns it to the case', async () => {
    const { page } = s.harness;
    const hot = await mkdtemp(join(tmpdir(), 'loket-e2e-hot-'));
    try {
      await invoke(page, 'scanning.settings.save', {
        hotFolder: { enabled: true, path: hot, usePolling: true, pollIntervalSeconds: 1, stableSeconds: 1, afterTake: 'move' },
        preferredScanner: null,
      });
      const before = (await documents()).length;
      await page.goto(new URL('#/inbox', s.harness.url).toString());
      await page.getByRole('heading', { name: 'Kotak Masuk Pindaian' }).waitFor();
      const png = await renderLetterPng(work, 'mfp.png', ['SURAT KETERANGAN', 'Nomor : 800/17/BKPSDM/2026']);
      await writeFile(join(hot, 'SCAN_0001.png'), await readFile(png));
      const other = await renderLetterPng(work, 'mfp-2.png', ['SURAT KETERANGAN', 'Nomor : 800/18/BKPSDM/2026']);
      await writeFile(join(hot, 'SCAN_0002.png'), await readFile(other));
      // Temp and system files the MFP or Windows leave are never taken.
      await writeFile(join(hot, 'Thumbs.db'), 'x');
      await page.getByRole('button', { name: 'SCAN_0001.png' }).click({ timeout: 60_000 });
      await page.getByTestId('inbox-preview').waitFor({ timeout: 30_000 });
      await page.getByLabel('Cari permohonan').fill(caseNumber);
      await page.getByRole('radio', { name: new RegExp(caseNumber) }).check();
      await page.getByRole('button', { name: 'Tetapkan', exact: true }).click();
      await page.getByRole('button', { name: 'SCAN_0001.png' }).waitFor({ state: 'detached', timeout: 30_000 });
      // The toast leads straight on to the case.
      expect(await page.getByTestId('inbox-open-case').getAttribute('href')).toBe(`#/cases/${caseId}`);
      // The second copy was scanned twice by mistake: discarded, after a confirmation.
      await page.getByRole('button', { name: 'SCAN_0002.png' }).click({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Buang', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ya, buang' }).click();
      await page.getByTestId('inbox-empty').waitFor({ timeout: 30_000 });
      const docs = await documents();
      expect(docs).toHaveLength(before + 1);
      expect(docs.at(-1)?.source).toBe('hot_folder');
    } finally {
      await invoke(page, 'scanning.settings.save', {
        hotFolder: { enabled: false, path: '', usePolling: false, pollIntervalSeconds: 5, stableSeconds: 3, afterTake: 'move' },
        preferredScanner: null,
      });
      await rm(hot, { recursive: true, force: true });
    }
  }, 180_000);

  it('captures two pages from the (fake) camera into one document', async () => {
    const { page } = s.harness;
    await openCase();
    const before = (await documents()).length;
    await page.getByRole('button', { name: 'Kamera', exact: true }).click();
    const dialog = page.getByTestId('camera-dialog');
    const capture = dialog.getByRole('button', { name: 'Ambil halaman' });
    await expect.poll(() => capture.isEnabled(), { timeout: 30_000 }).toBe(true);
    await capture.click();
    await dialog.getByRole('img', { name: 'Foto halaman 1' }).waitFor();
    await capture.click();
    await dialog.getByRole('img', { name: 'Foto halaman 2' }).waitFor();
    await dialog.getByRole('button', { name: 'Simpan 2 halaman' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const docs = await documents();
    expect(docs).toHaveLength(before + 1);
    expect(docs.at(-1)?.pages).toHaveLength(2);
    expect(docs.at(-1)?.originals[0]?.mediaType).toBe('image/jpeg');
    expect(docs.at(-1)?.source).toBe('camera');
  }, 120_000);

  it('shows a paper jam with what to do', async () => {
    const { page } = s.harness;
    await withScanimageOptions('--read-return-value SANE_STATUS_JAMMED', async () => {
      await openCase();
      const before = await documents();
      await page.getByRole('button', { name: 'Pindai', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Pindai dokumen' });
      await dialog.getByText('Kaca pemindai (flatbed)').click({ timeout: 30_000 });
      await dialog.getByRole('button', { name: 'Mulai memindai' }).click();
      const fault = dialog.getByTestId('scan-fault');
      await fault.waitFor({ timeout: 60_000 });
      expect(await fault.textContent()).toContain('Kertas macet di pemindai');
      // Nothing cut off was stored.
      expect((await documents()).map((d) => d.pages.length)).toEqual(before.map((d) => d.pages.length));
      await dialog.getByRole('button', { name: 'Tutup' }).click();
    });
  }, 120_000);

  it('stops an ADF batch on request and keeps the pages already scanned', async () => {
    const { page } = s.harness;
    // Slow pages (small reads with a pause), so there is time to press "Hentikan" mid-batch.
    await withScanimageOptions('--read-limit=yes --read-limit-size 65536 --read-delay=yes --read-delay-duration 20000', async () => {
      await openCase();
      const before = (await documents()).length;
      await page.getByRole('button', { name: 'Pindai', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Pindai dokumen' });
      await dialog.getByText('Pengumpan otomatis (ADF)').click({ timeout: 30_000 });
      await dialog.getByRole('button', { name: 'Mulai memindai' }).click();
      await dialog.getByText('1 halaman tersimpan').waitFor({ timeout: 60_000 });
      await dialog.getByRole('button', { name: 'Hentikan' }).click();
      await dialog.getByTestId('scan-cancelled').waitFor({ timeout: 30_000 });
      const docs = await documents();
      expect(docs).toHaveLength(before + 1);
      const kept = docs.at(-1)?.pages.length ?? 0;
      expect(kept).toBeGreaterThanOrEqual(1);
      expect(kept).toBeLessThan(10);
      await dialog.getByRole('button', { name: 'Tutup' }).click();
    });
  }, 120_000);
});
