/**
 * Screenshots of the hardcopy screens at 1366×768 (scan dialog, page editor, inbox, OCR
 * suggestions, the case page's documents), made by driving the real app like the e2e test does.
 *   npx tsx tests/e2e/documents/screens.ts [--out screenshots]
 * Needs dist/ built (`npm run build`).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchHarness } from '../../../harness/harness';
import { runningClock } from '../../support/clock';
import { validIntake } from '../../fixtures/intake';
import { makeSaneTestConfig } from '../../fixtures/sane/saneTestConfig';
import { dropFiles, invoke, letterPdf, renderLetterPng, withScanimageOptions } from './support';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' } } });
const out = values.out;
await mkdir(out, { recursive: true });

const sane = await makeSaneTestConfig();
process.env['SANE_CONFIG_DIR'] = sane.dir;
const dataDir = await mkdtemp(join(tmpdir(), 'loket-screens-docs-'));
const work = await mkdtemp(join(tmpdir(), 'loket-screens-files-'));
const hot = await mkdtemp(join(tmpdir(), 'loket-screens-hot-'));
const harness = await launchHarness({ dataDir, now: runningClock().now });
const { page } = harness;
try {
  const c = await invoke(page, 'cases.create', validIntake());
  const other = await invoke(page, 'cases.create', validIntake({ requester: { ...validIntake().requester, name: 'Agus Prasetyo, S.E.', nip: '198107152006041005', userId: 'agus.prasetyo' } }));
  const shot = async (name: string) => {
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, name) });
    console.log(join(out, name));
  };

  // Scan dialog while an ADF batch runs (slow test pages), then stopped: the pages already scanned stay.
  await withScanimageOptions('--read-limit=yes --read-limit-size 65536 --read-delay=yes --read-delay-duration 20000', async () => {
    await page.goto(new URL(`#/cases/${other.id}`, harness.url).toString());
    await page.getByRole('button', { name: 'Pindai', exact: true }).click();
    const adf = page.getByRole('dialog', { name: 'Pindai dokumen' });
    await adf.getByText('Pengumpan otomatis (ADF)').click({ timeout: 30_000 });
    await adf.getByRole('button', { name: 'Mulai memindai' }).click();
    await adf.getByText('1 halaman tersimpan').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(out, 'documents-scan-dialog-progress.png') });
    await adf.getByRole('button', { name: 'Hentikan' }).click();
    await adf.getByTestId('scan-cancelled').waitFor({ timeout: 30_000 });
    await shot('documents-scan-dialog-stopped.png');
    await adf.getByRole('button', { name: 'Tutup' }).click();
  });

  // Scan dialog: three flatbed pages into one document.
  await page.goto(new URL(`#/cases/${c.id}`, harness.url).toString());
  await page.getByRole('button', { name: 'Pindai', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Pindai dokumen' });
  await dialog.getByText('Kaca pemindai (flatbed)').click({ timeout: 30_000 });
  await dialog.getByLabel('Simpan hasil sebagai').click();
  await page.getByRole('option', { name: 'SK Penetapan Pokja' }).click();
  await dialog.getByRole('button', { name: 'Mulai memindai' }).click();
  for (let n = 0; n < 2; n += 1) {
    await dialog.getByTestId('scan-done').waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Tambah pindaian ke dokumen ini' }).click();
    await page.waitForTimeout(1000);
  }
  await dialog.getByTestId('scan-done').waitFor({ timeout: 60_000 });
  await shot('documents-scan-dialog.png');
  await dialog.getByRole('button', { name: 'Tutup' }).click();

  // A blank back side, appended to the scan: the editor flags it, never removes it.
  const blank = join(work, 'kosong.png');
  await renderLetterPng(work, 'kosong.png', ['']);
  const [scanned] = (await invoke(page, 'documents.list', { caseId: c.id })).documents;
  await dropBlank(scanned?.id ?? '');

  // The letter, imported as a PDF: the OCR reads it for the suggestions.
  await dropFiles(page, '[data-testid="document-dropzone"]', [
    {
      name: 'surat permohonan.pdf',
      type: 'application/pdf',
      bytes: await letterPdf(work, [
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
      ]),
    },
  ]);
  await page.getByTestId('document-row').nth(1).waitFor({ timeout: 90_000 });
  await page.getByTestId('document-row').first().getByRole('button', { name: /^Buat PDF arsip/ }).click();
  await page.getByTestId('pdf-built').first().waitFor({ timeout: 120_000 });
  await page.getByRole('region', { name: 'Dokumen fisik (hasil pindai)' }).scrollIntoViewIfNeeded();
  await shot('documents-case-panel.png');

  // Page editor: move, rotate, split.
  await page.getByTestId('document-row').first().getByRole('button', { name: /^Atur halaman/ }).click();
  const editor = page.getByTestId('page-editor');
  await editor.getByRole('img', { name: 'Gambar halaman 4' }).waitFor({ timeout: 30_000 });
  await editor.getByRole('button', { name: 'Putar ke kanan halaman 2' }).click();
  await editor.getByRole('button', { name: 'Pisah mulai halaman 3' }).click();
  await shot('documents-page-editor.png');
  await editor.getByRole('button', { name: 'Batal' }).click();

  // Inbox with a file from the hot folder.
  await invoke(page, 'scanning.settings.save', {
    hotFolder: { enabled: true, path: hot, usePolling: true, pollIntervalSeconds: 1, stableSeconds: 1, afterTake: 'move' },
    preferredScanner: null,
  });
  const png = await renderLetterPng(work, 'mfp.png', ['SURAT KEPUTUSAN', 'KEPALA UKPBJ KABUPATEN SUKAMAJU', 'Nomor : 027/12/UKPBJ/2026']);
  await writeFile(join(hot, 'SCAN_20261125_0931.png'), await readFile(png));
  await page.goto(new URL('#/inbox', harness.url).toString());
  await page.getByRole('button', { name: 'SCAN_20261125_0931.png' }).click({ timeout: 60_000 });
  await page.getByTestId('inbox-preview').waitFor({ timeout: 30_000 });
  await page.getByLabel('Cari permohonan').fill('Siti');
  await page.getByRole('radio', { name: new RegExp(c.caseNumber) }).check();
  await shot('documents-inbox.png');

  // OCR suggestions in the edit form.
  await page.goto(new URL(`#/cases/${c.id}/edit`, harness.url).toString());
  await page.locator('[data-testid="ocr-suggestion"]').first().waitFor({ timeout: 180_000 });
  await page.locator('[data-testid="ocr-suggestion"][data-field="requester.nip"]').getByRole('button').click();
  await shot('documents-ocr-suggestions.png');

  // A paper jam (the SANE test backend told so): the core's message says what to do.
  // A fresh page: the edit form above holds an unsaved suggestion (its leave guard would hold the navigation).
  await page.reload();
  await withScanimageOptions('--read-return-value SANE_STATUS_JAMMED', async () => {
    await page.goto(new URL(`#/cases/${other.id}`, harness.url).toString());
    await page.getByRole('button', { name: 'Pindai', exact: true }).click();
    const jam = page.getByRole('dialog', { name: 'Pindai dokumen' });
    await jam.getByText('Kaca pemindai (flatbed)').click({ timeout: 30_000 });
    await jam.getByRole('button', { name: 'Mulai memindai' }).click();
    await jam.getByTestId('scan-fault').waitFor({ timeout: 60_000 });
    await shot('documents-scan-dialog-jam.png');
  });

  async function dropBlank(documentId: string): Promise<void> {
    const bytes = (await readFile(blank)).toString('base64');
    const { uploadId } = await invoke(page, 'documents.uploadBegin', { caseId: c.id, name: 'kosong.png', bytes: Buffer.from(bytes, 'base64').length });
    await invoke(page, 'documents.uploadChunk', { uploadId, offset: 0, data: bytes });
    await invoke(page, 'documents.uploadFinish', {
      uploadId,
      documentId,
      meta: { type: 'request_letter', developmentLevel: 'asli', receivedDate: '2026-11-24' },
    });
  }
} finally {
  await harness.close();
  await sane.cleanup();
  for (const d of [dataDir, work, hot]) await rm(d, { recursive: true, force: true });
}
