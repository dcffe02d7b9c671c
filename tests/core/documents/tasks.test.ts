/** Long tasks: progress events, cancel (nothing changed, the next task works), concurrent edits that must not lose each other. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeOf } from '../../../electron/core/createCore';
import { addPages } from '../../../electron/core/documents/addPages';
import type { DocumentsProgress } from '../../../shared/contract/features/documents';
import { call, callError, openCore } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { filesUnder, textPage } from './files';

const meta = { type: 'request_letter', developmentLevel: 'asli', receivedDate: '2026-11-20', source: 'scanner' } as const;

describe('document tasks', () => {
  it('cancels a searchable PDF build mid-way: error, no PDF, no new blob; a new build then succeeds', { timeout: 240_000 }, async () => {
    const dir = await tempDir('loket-docs-cancel-');
    const core = await openCore(path.join(dir, 'data'));
    const { id: caseId } = await call(core, 'cases.create', demoIntake());
    const files = await Promise.all([1, 2, 3].map((n) => textPage(path.join(dir, `${n}.png`), [`Halaman ${n} surat permohonan`], { dpi: 150 })));
    const { document } = await addPages(storeOf(core), caseId, files.map((file) => ({ file })), meta);
    const blobsBefore = await filesUnder(path.join(core.dataDir, 'blobs'));

    const taskId = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';
    const seen: DocumentsProgress[] = [];
    const off = core.events.on('documents.progress', (p) => {
      seen.push(p);
      if (p.taskId === taskId && p.done === 1) void call(core, 'documents.cancel', { taskId });
    });
    const err = await callError(core, 'documents.buildPdf', { caseId, documentId: document.id, ocr: true, taskId });
    off();
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/dibatalkan/);
    expect(seen[0]).toMatchObject({ taskId, caseId, phase: 'ocr', done: 1, total: 3 });
    const { documents } = await call(core, 'documents.list', { caseId });
    expect(documents[0]?.pdf).toBeNull();
    // Neither the PDF nor the OCR reads of the cancelled build are left behind.
    expect(await filesUnder(path.join(core.dataDir, 'blobs'))).toEqual(blobsBefore);
    expect((await call(core, 'documents.cancel', { taskId })).cancelled).toBe(false);

    const built = await call(core, 'documents.buildPdf', { caseId, documentId: document.id, ocr: true });
    expect(built.document.pdf?.pages).toBe(3);
  });

  it('applies concurrent edits of one case without losing any', async () => {
    const dir = await tempDir('loket-docs-conc-');
    const core = await openCore(path.join(dir, 'data'));
    const { id: caseId } = await call(core, 'cases.create', demoIntake());
    const files = await Promise.all([1, 2].map((n) => textPage(path.join(dir, `${n}.png`), [`Lembar ${n}`], { dpi: 100 })));
    const store = storeOf(core);
    const a = await addPages(store, caseId, [{ file: files[0] as string }], meta);
    const [p] = a.document.pages;
    await Promise.all([
      call(core, 'documents.rotatePages', { caseId, pageIds: [p?.id ?? ''], turn: 90 }),
      call(core, 'documents.updateMeta', { caseId, documentId: a.document.id, meta: { type: 'sk', developmentLevel: 'salinan', receivedDate: '2026-11-21' } }),
      addPages(store, caseId, [{ file: files[1] as string }], { ...meta, type: 'supplementary' }),
      call(core, 'documents.rotatePages', { caseId, pageIds: [p?.id ?? ''], turn: 90 }),
    ]);
    const { documents, revision } = await call(core, 'documents.list', { caseId });
    expect(revision).toBe(5);
    expect(documents.map((d) => d.type)).toEqual(['sk', 'supplementary']);
    expect(documents[0]).toMatchObject({ developmentLevel: 'salinan', receivedDate: '2026-11-21' });
    expect(documents[0]?.pages[0]?.rotation).toBe(180);
  });
});
