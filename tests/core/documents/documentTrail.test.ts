/** Document actions are accountable like SOP steps: each goes into the hash-chained audit trail with the operator. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeOf } from '../../../electron/core/createCore';
import { addPages } from '../../../electron/core/documents/addPages';
import { call, openCore } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { setUpOperator } from '../workflow/support';
import { textPage } from './files';

describe('documents in the audit trail', () => {
  it('records import, rotation and the built PDF with the operator, and the chain stays intact', { timeout: 120_000 }, async () => {
    const dir = await tempDir('loket-doctrail-');
    const core = await openCore(path.join(dir, 'data'));
    const operator = await setUpOperator(core);
    const c = await call(core, 'cases.create', demoIntake());
    const page = await textPage(path.join(dir, 'p.png'), ['SURAT PERMOHONAN RESET PASSWORD', 'Nomor : 800/123/BKPSDM/2026']);
    const { document } = await addPages(storeOf(core), c.id, [{ file: page }], { type: 'request_letter', developmentLevel: 'asli', receivedDate: '2026-11-20', source: 'scanner' });
    await call(core, 'documents.rotatePages', { caseId: c.id, pageIds: [document.pages[0]?.id ?? ''], turn: 90 });
    const built = await call(core, 'documents.buildPdf', { caseId: c.id, documentId: document.id });

    const record = await call(core, 'cases.get', { id: c.id });
    const docEvents = record.events.filter((e) => e.type === 'documents_changed');
    expect(docEvents.map((e) => e.payload.action)).toEqual(['pages_added', 'pages_rotated', 'pdf_built']);
    expect(docEvents.every((e) => e.operator?.id === operator.id)).toBe(true);
    const last = docEvents.at(-1)?.payload as { documents: { id: string; type: string; pages: string[]; pdf: string | null }[] };
    expect(last.documents).toEqual([
      { id: document.id, type: 'request_letter', developmentLevel: 'asli', pages: [`${document.pages[0]?.blob}@90`], pdf: built.document.pdf?.blob ?? null },
    ]);
    // Attaching scans is part of step 1's paperwork: the case is still "registered".
    expect(record.status).toBe('registered');
    expect((await call(core, 'workflow.trail', { id: c.id })).ok).toBe(true);
    await core.close();
  });
});
