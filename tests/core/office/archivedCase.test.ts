/**
 * Issue 12 §2: a case found in the office archive opens read-only from its bag — WS01 reads what
 * WS02 published (record, trail, letters, one letter's pages) and writes nothing, neither on the
 * share nor in its data folder. The share is hostile: a bag reference or a PDF that leads out of the
 * archive root is refused, a share that is gone is said so, and a bag edited after publishing is
 * flagged against its catalogue line.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_TRAIL_JSONL, CASE_JSON } from '../../../electron/core/archive/caseBag';
import { call, callError } from '../support/core';
import { tempDir } from '../support/tempDir';
import { publishCase, workstation } from './support';
import { must } from '../workflow/support';

const BUDI = { name: 'Dr. Ir. Budi Santoso, M.T.', nip: '197805212005011004', userId: 'budi.santoso78' };

/** Every file under `dir` with its sha256, size and mtime: what "nothing was written" means. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const st = await fs.stat(file);
    out[path.relative(dir, file)] = `${createHash('sha256').update(await fs.readFile(file)).digest('hex')} ${st.size} ${st.mtimeMs}`;
  }
  return out;
}

describe('the read-only view of an archived case', () => {
  it('WS01 opens the case WS02 published: where it lives, the record, the trail, the letters and a letter’s pages; nothing is written', { timeout: 240_000 }, async () => {
    const root = await tempDir('loket-archived-root-');
    const ws2 = await workstation('WS02', root);
    const ws1 = await workstation('WS01', root);
    const published = await publishCase(ws2, BUDI);
    ws1.clock.advance(1);
    const found = await call(ws1.core, 'office.find', { nip: BUDI.nip });
    expect(found.matches.map((m) => [m.source, m.workstation, m.bag])).toEqual([['archive', 'WS02', published.bag]]);

    const shareBefore = await fingerprint(root);
    const folderBefore = await fingerprint(ws1.dir);
    const c = await call(ws1.core, 'office.openBag', { bag: published.bag });
    expect(c).toMatchObject({ bag: published.bag, workstation: 'WS02', caseId: published.id, caseNumber: published.caseNumber, kind: 'reset_password', result: 'completed' });
    expect(c.computer).not.toBe('');
    expect(c.requester).toMatchObject(BUDI);
    expect(c.physical).toEqual({ box: 'B-12', folder: 'F-034', shelf: 'Lemari 2 rak 3' });
    expect(c.path.map((p) => p.step)).toEqual([1, 2, 5, 6, 8, 9]);
    // The trail as WS02 holds it, whole and the same as its catalogue line.
    const theirs = await call(ws2.core, 'cases.get', { id: published.id });
    expect(c.events.map((e) => e.hash)).toEqual(theirs.events.map((e) => e.hash));
    expect(c.integrity).toEqual({ trailOk: true, catalogue: 'match', problems: [] });
    expect(c.timing.timers.filter((t) => t.completedAt !== null).length).toBeGreaterThan(0);
    expect(c.timing.turnaround.notifiedAt).not.toBeNull();
    // The documents first (as the Daftar Isi Berkas), then the letters, each with its title.
    expect(c.files[0]).toMatchObject({ path: 'data/01-surat-permohonan.pdf', kind: 'document', title: 'Surat Permohonan' });
    const receipt = c.files.find((f) => f.kind === 'letter' && /Tanda Terima/i.test(f.title));
    expect(receipt, JSON.stringify(c.files)).toBeDefined();
    expect(receipt?.bytes).toBeGreaterThan(1000);

    const pages = await call(ws1.core, 'office.bagPdf', { bag: published.bag, file: receipt?.path ?? '', dpi: 60 });
    expect(pages.pages.length).toBeGreaterThan(0);
    expect(pages.pages[0]?.dataUrl).toMatch(/^data:image\/png;base64,/);

    // Read-only: the share and this PC's data folder are byte for byte (and time) as they were.
    expect(await fingerprint(root)).toEqual(shareBefore);
    expect(await fingerprint(ws1.dir)).toEqual(folderBefore);
    expect((await call(ws1.core, 'cases.list', { text: '', status: [], kind: [], receivedFrom: '', receivedTo: '', offset: 0, limit: 10 })).total).toBe(0);

    // Out of the archive root: refused by the contract or by the core, never read.
    const outside = await tempDir('loket-archived-outside-');
    const year = must(published.bag.split('/')[0]); // the bag's year folder: the case's year, which follows the suite's clock
    await fs.cp(path.join(root, ...published.bag.split('/')), path.join(outside, 'copy'), { recursive: true });
    for (const bag of ['../etc', '/etc/passwd', `${year}\\..\\x`, 'x/y'])
      expect(await callError(ws1.core, 'office.openBag', { bag }), bag).toMatchObject({ code: 'invalid_input' });
    for (const bag of [`${year}/..`, `${year}/.loket-staging`])
      expect(await callError(ws1.core, 'office.openBag', { bag }), bag).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('bukan bag di folder arsip kantor') });
    // A link on the share leading off it.
    await fs.symlink(path.join(outside, 'copy'), path.join(root, year, 'tautan'));
    expect(await callError(ws1.core, 'office.openBag', { bag: `${year}/tautan` })).toMatchObject({ code: 'invalid_input' });
    await fs.rm(path.join(root, year, 'tautan'));
    for (const file of ['data/../case.json', 'case.json', 'data/x/../../bag-info.txt'])
      expect(await callError(ws1.core, 'office.bagPdf', { bag: published.bag, file, dpi: 60 }), file).toMatchObject({ code: 'invalid_input' });
    // A PDF that is a link to a file elsewhere is not opened.
    const secret = path.join(outside, 'rahasia.pdf');
    await fs.copyFile(path.join(root, ...published.bag.split('/'), receipt?.path ?? ''), secret);
    await fs.symlink(secret, path.join(root, ...published.bag.split('/'), 'data', '99-tautan.pdf'));
    expect(await callError(ws1.core, 'office.bagPdf', { bag: published.bag, file: 'data/99-tautan.pdf', dpi: 60 })).toMatchObject({ code: 'corrupt', message: expect.stringContaining('bukan berkas biasa') });
    await fs.rm(path.join(root, ...published.bag.split('/'), 'data', '99-tautan.pdf'));
    expect(await callError(ws1.core, 'office.openBag', { bag: `${year}/0099-tidak-ada_${year}-11-25` })).toMatchObject({ code: 'not_found' });

    // The share gone: said so, in Indonesian.
    const away = `${root}-terputus`;
    await fs.rename(root, away);
    const gone = await callError(ws1.core, 'office.openBag', { bag: published.bag });
    expect(gone).toMatchObject({ code: 'storage' });
    expect(gone.message).toBe(`Folder arsip ${root} tidak dapat dibuka (drive bersama terputus?). Berkas arsip belum dapat ditampilkan; periksa sambungan lalu coba lagi.`);
    await fs.rename(away, root);
  });

  it('a bag edited on the share after publishing is flagged against its catalogue line; a damaged one is refused with its reason', { timeout: 240_000 }, async () => {
    const root = await tempDir('loket-archived-edit-');
    const ws2 = await workstation('WS02', root);
    const ws1 = await workstation('WS01', root);
    const published = await publishCase(ws2, BUDI);
    ws1.clock.advance(1);
    await call(ws1.core, 'office.sync', {});
    const dir = path.join(root, ...published.bag.split('/'));

    // History rewritten by truncation: the hash chain still holds and both copies in the bag agree; the
    // record's status no longer follows from its trail, and the catalogue line names the lost head.
    const caseJson = JSON.parse(await fs.readFile(path.join(dir, CASE_JSON), 'utf8')) as { record: { events: unknown[] } };
    caseJson.record.events = caseJson.record.events.slice(0, -1);
    await fs.writeFile(path.join(dir, CASE_JSON), JSON.stringify(caseJson));
    const lines = (await fs.readFile(path.join(dir, AUDIT_TRAIL_JSONL), 'utf8')).split('\n').filter((l) => l !== '');
    await fs.writeFile(path.join(dir, AUDIT_TRAIL_JSONL), `${lines.slice(0, -1).join('\n')}\n`);
    const edited = await call(ws1.core, 'office.openBag', { bag: published.bag });
    expect(edited.integrity.trailOk).toBe(false);
    expect(edited.integrity.catalogue).toBe('mismatch');
    expect(edited.integrity.problems.join('\n')).toMatch(/Jejak audit di case\.json berakhir pada peristiwa ke-\d+ .*tetapi katalog WS02 mencatat peristiwa ke-\d+/);
    expect(edited.events).toHaveLength(lines.length - 1);

    // The two copies of the trail in the bag disagree: the chain check says so.
    await fs.writeFile(path.join(dir, AUDIT_TRAIL_JSONL), `${lines.join('\n')}\n`);
    const split = await call(ws1.core, 'office.openBag', { bag: published.bag });
    expect(split.integrity.trailOk).toBe(false);
    expect(split.integrity.problems).toContain('audit-trail.jsonl tidak sama dengan jejak audit di case.json: salah satunya telah diubah.');

    // A letter replaced by something that is not a PDF.
    const c = await call(ws1.core, 'office.openBag', { bag: published.bag });
    const letter = c.files.find((f) => f.kind === 'letter');
    await fs.writeFile(path.join(dir, ...(letter?.path ?? '').split('/')), 'bukan pdf');
    expect(await callError(ws1.core, 'office.bagPdf', { bag: published.bag, file: letter?.path ?? '', dpi: 60 })).toMatchObject({ code: 'corrupt', message: expect.stringContaining('bukan PDF') });

    // case.json unreadable: nothing to show, and why.
    await fs.writeFile(path.join(dir, CASE_JSON), '{ rusak');
    const damaged = await callError(ws1.core, 'office.openBag', { bag: published.bag });
    expect(damaged).toMatchObject({ code: 'corrupt' });
    expect(damaged.message).toContain(`Bag ${published.bag} rusak: case.json tidak dapat dibaca sebagai data berkas`);
  });
});
