/**
 * "Serahkan ke komputer lain" (issue 12 §5) between two data folders sharing one archive root: the case
 * leaves WS01 read-only, WS02 verifies and takes it, finishes and archives it; an interrupted
 * hand-over loses nothing and resumes; a damaged package is refused with nothing stored.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeOf } from '../../../electron/core/createCore';
import { documentsOf } from '../../../electron/core/documents/service';
import { blobRelativePath } from '../../../electron/core/documents/blobStore';
import { blobsOfRecord, handoverDir } from '../../../electron/core/office/handover';
import { validIntake } from '../../fixtures/intake';
import { call, callError } from '../support/core';
import { tempDir } from '../support/tempDir';
import { textPage } from '../documents/files';
import { drive } from '../workflow/support';
import { completeStepFive, workstation, type Workstation } from './support';

/** A request registered on `ws` with a scanned page, checked complete (step 2) and its step 5 started. */
async function atStepFive(ws: Workstation): Promise<string> {
  const c = await call(ws.core, 'cases.create', validIntake());
  const page = await textPage(path.join(ws.dir, `page-${c.id}.png`), ['Surat permohonan', c.caseNumber], { dpi: 100 });
  await documentsOf(storeOf(ws.core)).addPages(c.id, [{ file: page }], { type: 'request_letter', source: 'scanner', developmentLevel: 'asli', receivedDate: '2026-11-20' });
  await drive(ws.core, c.id, ['complete'], ws.clock, 'reset_password');
  await call(ws.core, 'workflow.open', { id: c.id, step: 5 });
  return c.id;
}

async function office(root: string) {
  const ws1 = await workstation('WS01', root);
  const ws2 = await workstation('WS02', root);
  await call(ws1.core, 'office.sync', {});
  await call(ws2.core, 'office.sync', {});
  return { ws1, ws2 };
}

describe('handing a case over to another workstation', () => {
  it('WS01 hands a case over at step 5; WS02 verifies and takes it, finishes and archives it; WS01 keeps it read-only', { timeout: 180_000 }, async () => {
    const root = await tempDir('loket-handover-');
    const { ws1, ws2 } = await office(root);
    const id = await atStepFive(ws1);
    ws1.clock.advance(3);
    expect(await call(ws1.core, 'office.handOver', { id, to: 'WS02' })).toMatchObject({ to: 'WS02' });

    // WS01: read-only, out of the queue, no letter printed from here any more.
    const left = await call(ws1.core, 'workflow.state', { id });
    expect(left).toMatchObject({ handedOverTo: 'WS02', actions: [] });
    expect(left.current?.running).toBe(false);
    const refused = await callError(ws1.core, 'workflow.resume', { id, step: 5 });
    expect(refused.message).toMatch(/sudah diserahkan ke workstation WS02 melalui drive bersama; di komputer ini berkas itu hanya dapat dibaca/);
    expect((await callError(ws1.core, 'letters.issue', { id, kind: 'receipt', visit: 1 })).message).toMatch(/diserahkan ke workstation WS02/);
    const queue = await call(ws1.core, 'workflow.queue', { perGroup: 50 });
    expect(queue.groups.flatMap((g) => g.items.map((i) => i.id))).not.toContain(id);

    expect(await call(ws1.core, 'office.handoverStatus', { id })).toEqual({ to: 'WS02', published: true, receivedAt: null });

    // WS02: sees it, verifies and takes it; the trail holds both sides; the scans came along.
    const incoming = await call(ws2.core, 'office.incoming', {});
    expect(incoming.items.map((i) => [i.caseId, i.from])).toEqual([[id, 'WS01']]);
    // Who asked and where the case stands, for the receiver's list.
    expect(incoming.items[0]).toMatchObject({ requesterName: (await call(ws1.core, 'cases.get', { id })).intake.requester.name, step: 5 });
    expect(await call(ws2.core, 'office.receive', { caseId: id })).toMatchObject({ id });
    const taken = await call(ws2.core, 'cases.get', { id });
    expect(taken.events.slice(-2).map((e) => e.type)).toEqual(['handed_over', 'handover_received']);
    expect(await call(ws2.core, 'workflow.trail', { id })).toMatchObject({ ok: true });
    for (const b of blobsOfRecord(taken)) await expect(fs.access(path.join(ws2.dir, ...blobRelativePath(b).split('/')))).resolves.toBeUndefined();
    expect((await call(ws2.core, 'office.incoming', {})).items).toEqual([]);
    expect(await call(ws1.core, 'office.handoverStatus', { id })).toMatchObject({ to: 'WS02', published: true, receivedAt: expect.any(String) });
    // Receiving again (an interrupted receipt) only finishes the job: nothing doubles.
    await call(ws2.core, 'office.receive', { caseId: id });
    expect((await call(ws2.core, 'cases.get', { id })).events).toHaveLength(taken.events.length);

    // WS02 resumes the step clock the hand-over stopped, and finishes the case to its archive.
    const state = await call(ws2.core, 'workflow.state', { id });
    expect(state.actions.map((a) => a.action)).toEqual(['resume', 'complete']);
    await call(ws2.core, 'workflow.resume', { id, step: 5 });
    await completeStepFive(ws2, id);
    await drive(ws2.core, id, ['reset_done', 'notified', 'archived'], ws2.clock, 'reset_password');
    const exported = await call(ws2.core, 'archive.export', { id });
    expect(exported.state).toBe('exported');

    // WS01 sees the receipt and removes its package; its copy stays, read-only.
    await call(ws1.core, 'office.sync', {});
    await expect(fs.access(path.join(handoverDir(root), id))).rejects.toThrow();
    expect((await call(ws1.core, 'cases.get', { id })).events.at(-1)?.type).toBe('handed_over');
  });

  it('an interrupted hand-over loses nothing and resumes; a damaged package is refused and nothing is stored', { timeout: 180_000 }, async () => {
    const root = await tempDir('loket-handover-cut-');
    const { ws1, ws2 } = await office(root);
    const id = await atStepFive(ws1);

    // The share is away: nothing happens to the case.
    await fs.rename(root, `${root}-weg`);
    expect(await callError(ws1.core, 'office.handOver', { id, to: 'WS02' })).toMatchObject({ code: 'storage' });
    expect((await call(ws1.core, 'workflow.state', { id })).handedOverTo).toBe('');
    await fs.rename(`${root}-weg`, root);

    // The share fails after the case was marked: told so; handing over again resumes.
    await fs.writeFile(handoverDir(root), 'bukan folder');
    const cut = await callError(ws1.core, 'office.handOver', { id, to: 'WS02' });
    expect(cut.message).toMatch(/sudah ditandai diserahkan ke WS02 .*paketnya belum tersimpan di drive bersama.*Ulangi "Serahkan ke komputer lain"/);
    expect((await call(ws1.core, 'workflow.state', { id })).handedOverTo).toBe('WS02');
    expect((await call(ws2.core, 'office.incoming', {})).items).toEqual([]);
    await fs.rm(handoverDir(root));
    await call(ws1.core, 'office.handOver', { id, to: 'WS02' });

    // A document damaged on the share: refused, nothing stored on WS02.
    const [blob] = blobsOfRecord(await call(ws1.core, 'cases.get', { id }));
    const inPackage = path.join(handoverDir(root), id, 'blobs', blob ?? '');
    await fs.writeFile(inPackage, 'rusak');
    const bad = await callError(ws2.core, 'office.receive', { caseId: id });
    expect(bad.message).toMatch(/tidak diterima: dokumen [0-9a-f]{12}… rusak \(sidik sha256 tidak cocok\)\. Tidak ada yang disimpan di komputer ini/);
    expect(await callError(ws2.core, 'cases.get', { id })).toMatchObject({ code: 'not_found' });
    // The sender hands over again: the damaged package is written anew, and WS02 takes it.
    await call(ws1.core, 'office.handOver', { id, to: 'WS02' });
    expect(await call(ws2.core, 'office.receive', { caseId: id })).toMatchObject({ id });
    // Handing over to a code nobody claimed, or to itself, is refused with the field named.
    const other = await atStepFive(ws1);
    expect(await callError(ws1.core, 'office.handOver', { id: other, to: 'WS09' })).toMatchObject({ code: 'invalid_input', fields: { to: expect.any(String) } });
    expect(await callError(ws1.core, 'office.handOver', { id: other, to: 'WS01' })).toMatchObject({ code: 'invalid_input' });
  });
});
