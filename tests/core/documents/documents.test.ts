import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeOf } from '../../../electron/core/createCore';
import { addPages } from '../../../electron/core/documents/addPages';
import { documentsOf } from '../../../electron/core/documents/service';
import type { DocumentsProgress } from '../../../shared/contract/features/documents';
import { call, callError, openCore } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { blankPage, filesUnder, g4Tiff, imagePdf, run, textPage } from './files';

const meta = { type: 'request_letter', developmentLevel: 'asli', receivedDate: '2026-11-20' } as const;

async function setup() {
  const dir = await tempDir('loket-docs-');
  const core = await openCore(path.join(dir, 'data'));
  const c = await call(core, 'cases.create', demoIntake());
  return { dir, core, store: storeOf(core), caseId: c.id };
}

describe('documents: import, edits, archival PDF', () => {
  // OCR and PDF work on two shared cores: generous time, the speed targets live in the bench.
  it('adds scanner pages, flags the blank one, edits pages and builds a searchable PDF/A that qpdf accepts', { timeout: 240_000 }, async () => {
    const { dir, core, store, caseId } = await setup();
    const p1 = await textPage(path.join(dir, 'p1.png'), ['SURAT PERMOHONAN RESET PASSWORD', 'Nomor : 800/123/BKPSDM/2026']);
    const p2 = await blankPage(path.join(dir, 'p2.png'));
    const p3 = await textPage(path.join(dir, 'p3.png'), ['KEPUTUSAN KEPALA BIRO', 'NOMOR 027/45/KEP/2026']);
    const progress: DocumentsProgress[] = [];
    core.events.on('documents.progress', (p) => progress.push(p));
    const taskId = '7d0c3a52-8a43-4b8e-9d3f-0a6f1e2b3c4d';
    const { document } = await addPages(store, caseId, [{ file: p1 }, { file: p2 }, { file: p3 }], { ...meta, source: 'scanner' }, { taskId });
    expect(document.pages.map((p) => p.blankSuggested)).toEqual([false, true, false]);
    expect(document.pages[0]).toMatchObject({ mediaType: 'image/png', width: 2481, dpi: 300, rotation: 0 });
    expect(progress.some((p) => p.taskId === taskId && p.phase === 'import' && p.caseId === caseId)).toBe(true);

    const [a, b, c] = document.pages.map((p) => p.id) as [string, string, string];
    await call(core, 'documents.deletePages', { caseId, pageIds: [b] });
    let r = await call(core, 'documents.reorderPages', { caseId, documentId: document.id, pageIds: [c, a] });
    expect(r.documents[0]?.pages.map((p) => p.id)).toEqual([c, a]);
    await call(core, 'documents.reorderPages', { caseId, documentId: document.id, pageIds: [a, c] });
    r = await call(core, 'documents.split', { caseId, documentId: document.id, fromPageId: c, type: 'sk' });
    expect(r.documents.map((d) => [d.type, d.pages.map((p) => p.id)])).toEqual([['request_letter', [a]], ['sk', [c]]]);
    r = await call(core, 'documents.rotatePages', { caseId, pageIds: [c], turn: 90 });
    expect(r.documents[1]?.pages[0]?.rotation).toBe(90);
    r = await call(core, 'documents.rotatePages', { caseId, pageIds: [c], turn: 270 });
    expect(r.documents[1]?.pages[0]?.rotation).toBe(0);

    const thumb = await call(core, 'documents.thumbnail', { caseId, pageId: a, size: 200 });
    expect(thumb.dataUrl.startsWith('data:image/jpeg;base64,/9j/')).toBe(true);
    expect(thumb.height).toBe(200);

    const built = await call(core, 'documents.buildPdf', { caseId, documentId: document.id, ocr: true });
    const pdf = built.document.pdf;
    expect(pdf?.searchable).toBe(true);
    const file = documentsOf(store).blobs.pathOf(pdf?.blob ?? '');
    await run('qpdf', ['--check', file]);
    const text = (await run('pdftotext', [file, '-'])).stdout;
    expect(text).toMatch(/PERMOHONAN/);
    expect(text).toMatch(/800\/123\/BKPSDM\/2026/);
    const fonts = (await run('pdffonts', [file])).stdout;
    expect(fonts).toMatch(/DejaVuSans.*yes/);
    const raw = await fs.readFile(file, 'latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('/OutputIntents');
    expect(raw).toMatch(/\/ID \[/);
    expect(built.document.pages[0]?.ocr?.words).toBeGreaterThan(3);
    expect(pdf?.bytes).toBeLessThan(300 * 1024);
    // Grayscale scans stay grayscale in the archive (DeviceGray JPEG at 300 dpi).
    expect((await run('pdfimages', ['-list', file])).stdout).toMatch(/image\s+2481\s+3507\s+gray\s+1\s+8\s+jpeg.*300\s+300/);

    // Editing the pages makes the PDF stale.
    r = await call(core, 'documents.rotatePages', { caseId, pageIds: [a], turn: 180 });
    expect(r.documents[0]?.pdf).toBeNull();
  });

  it('imports a multi-page G4 TIFF and an image PDF through the chunked upload, staging nothing afterwards', { timeout: 240_000 }, async () => {
    const { dir, core, caseId } = await setup();
    const pages = [await textPage(path.join(dir, 'a.png'), ['Halaman satu']), await textPage(path.join(dir, 'b.png'), ['Halaman dua'])];
    const tiff = await g4Tiff(path.join(dir, 'scan.tif'), pages);
    const pdf = await imagePdf(path.join(dir, 'scan.pdf'), pages);
    for (const [file, n] of [[tiff, 2], [pdf, 2]] as const) {
      const bytes = await fs.readFile(file);
      const { uploadId, chunkBytes } = await call(core, 'documents.uploadBegin', { caseId, name: path.basename(file), bytes: bytes.length });
      for (let off = 0; off < bytes.length; off += chunkBytes)
        await call(core, 'documents.uploadChunk', { uploadId, offset: off, data: bytes.subarray(off, off + chunkBytes).toString('base64') });
      const { document } = await call(core, 'documents.uploadFinish', { uploadId, meta });
      expect(document.pages).toHaveLength(n);
      expect(document.source).toBe('file');
      expect(document.originals[0]?.name).toBe(path.basename(file));
    }
    expect(await filesUnder(path.join(core.dataDir, 'staging'))).toEqual([]);
    const { documents } = await call(core, 'documents.list', { caseId });
    expect(documents.map((d) => d.originals[0]?.mediaType)).toEqual(['image/tiff', 'application/pdf']);
    // A PDF page is rendered at 300 dpi (A4: 595.28 pt → 2480 × 3508).
    expect(documents[1]?.pages[0]).toMatchObject({ width: 2480, height: 3508, dpi: 300 });
  });

  it('stores identical content once and moves pages between documents', async () => {
    const { dir, core, store, caseId } = await setup();
    const p = await textPage(path.join(dir, 'p.png'), ['Sama']);
    const one = await addPages(store, caseId, [{ file: p }], { ...meta, source: 'file' });
    const two = await addPages(store, caseId, [{ file: p }], { ...meta, type: 'sk', source: 'file' });
    expect(one.document.pages[0]?.blob).toBe(two.document.pages[0]?.blob);
    const blobs = (await filesUnder(path.join(core.dataDir, 'blobs'))).filter((f) => !f.includes('.tmp'));
    expect(blobs).toHaveLength(1); // the PNG is both the original and the page
    const moved = await call(core, 'documents.movePages', { caseId, pageIds: [two.document.pages[0]?.id ?? ''], toDocumentId: one.document.id });
    expect(moved.documents).toHaveLength(1);
    expect(moved.documents[0]?.pages).toHaveLength(2);
    const err = await callError(core, 'documents.split', { caseId, documentId: one.document.id, fromPageId: one.document.pages[0]?.id ?? '', type: 'sk' });
    expect(err.message).toMatch(/halaman kedua/);
  });
});
