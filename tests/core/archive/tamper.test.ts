/**
 * Tamper tests (issue 5, Reliability): each change to an exported bag is detected and named — a
 * changed byte, a missing file, an extra file, an edited bag-info.txt, a broken audit chain, a
 * changed letter — even when the forger recomputes the BagIt checksums afterwards.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyArchiveBag } from '../../../electron/core/archive/verifyArchiveBag';
import { canonicalJson, sha256Hex } from '../../../electron/core/workflow/canonical';
import type { BagReport } from '../../../shared/contract/features/archive';
import { tempDir } from '../support/tempDir';
import { must } from '../workflow/support';
import { copyBag, makeClosedCase, openArchiveOn, reseal, setRoot, TestLetters } from './support';

const letters = new TestLetters();
let bag = '';
let scratch = '';

beforeEach(async () => {
  const dataDir = await tempDir('loket-tamper-data-');
  const root = await tempDir('loket-tamper-root-');
  const c = await makeClosedCase(dataDir);
  const h = await openArchiveOn(dataDir, letters);
  await setRoot(h, root);
  const status = await h.service.export(c.id);
  bag = path.join(root, ...must(status.bags[0]).path.split('/'));
  scratch = await tempDir('loket-tamper-');
});

const verify = (dir: string) => verifyArchiveBag(dir, (pdf) => letters.readStamp(pdf));
const named = (r: BagReport) => r.problems.map((p) => `${p.code}:${p.path}`);

describe('tampering with an exported bag', () => {
  it('the untouched copy is intact', async () => {
    expect(await verify(await copyBag(bag, scratch))).toMatchObject({ ok: true, problems: [] });
  });

  it('a changed byte in a scan: checksum mismatch in both manifests, named by file', async () => {
    const dir = await copyBag(bag, scratch);
    const f = path.join(dir, 'data', '01-surat-permohonan.pdf');
    const b = await fs.readFile(f);
    const at = Math.floor(b.length / 2);
    b[at] = (b[at] ?? 0) ^ 0x01;
    await fs.writeFile(f, b);
    const r = await verify(dir);
    expect(r).toMatchObject({ ok: false, complete: true, valid: false });
    expect(named(r)).toEqual(['checksum_mismatch:data/01-surat-permohonan.pdf', 'checksum_mismatch:data/01-surat-permohonan.pdf']);
  });

  it('a missing file and an extra file: incomplete, each named', async () => {
    const dir = await copyBag(bag, scratch);
    await fs.rm(path.join(dir, 'data', '04-lembar-kendali.pdf'));
    await fs.writeFile(path.join(dir, 'data', '99-sisipan.pdf'), '%PDF-1.7 sisipan');
    const r = await verify(dir);
    expect(r.complete).toBe(false);
    expect(named(r)).toEqual(expect.arrayContaining([
      'missing_file:data/04-lembar-kendali.pdf', 'unlisted_file:data/99-sisipan.pdf', 'oxum_mismatch:bag-info.txt:Payload-Oxum',
    ]));
  });

  it('an edited bag-info.txt: the tag manifests name it; with resealed checksums the profile and the archive number still do', async () => {
    const dir = await copyBag(bag, scratch);
    const info = path.join(dir, 'bag-info.txt');
    const text = await fs.readFile(info, 'utf8');
    await fs.writeFile(info, text.replace(/Klasifikasi-Keamanan: .*/, 'Klasifikasi-Keamanan: Biasa/Terbuka'));
    expect(named(await verify(dir))).toEqual(['checksum_mismatch:bag-info.txt', 'checksum_mismatch:bag-info.txt']);

    await fs.writeFile(info, text.replace(/External-Identifier: .*/, 'External-Identifier: 9999/WS01/RP-UKPBJ/XI/2026').replace(/Lokasi-Simpan-Fisik: .*\n/, ''));
    await reseal(dir);
    expect(named(await verify(dir))).toEqual(['missing_profile_field:bag-info.txt:Lokasi-Simpan-Fisik', 'bad_profile_field:bag-info.txt:External-Identifier']);
  });

  it('a broken audit chain: an event edited in audit-trail.jsonl and case.json alike, checksums resealed', async () => {
    const dir = await copyBag(bag, scratch);
    const jsonl = path.join(dir, 'audit-trail.jsonl');
    const lines = (await fs.readFile(jsonl, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { type: string; operator: { name: string } | null });
    const victim = must(lines.find((e) => e.type === 'step_completed'));
    victim.operator = { ...must(victim.operator), name: 'Orang Lain' };
    await fs.writeFile(jsonl, lines.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const caseFile = path.join(dir, 'case.json');
    const caseJson = JSON.parse(await fs.readFile(caseFile, 'utf8')) as { record: { events: unknown[] } };
    caseJson.record.events = lines;
    await fs.writeFile(caseFile, JSON.stringify(caseJson, null, 2));
    await reseal(dir);
    const r = await verify(dir);
    expect(r.valid).toBe(true); // BagIt alone cannot see it…
    expect(named(r)).toEqual(['audit_trail_broken:audit-trail.jsonl']); // …the chain does
    expect(r.problems[0]?.message).toMatch(/Jejak audit rusak pada peristiwa ke-\d+ \(step_completed\)/);
  });

  it('a trail cut short (last events removed) no longer ends at Jejak-Audit-Hash', async () => {
    const dir = await copyBag(bag, scratch);
    const jsonl = path.join(dir, 'audit-trail.jsonl');
    const lines = (await fs.readFile(jsonl, 'utf8')).trim().split('\n');
    await fs.writeFile(jsonl, `${lines.slice(0, -2).join('\n')}\n`);
    await reseal(dir);
    expect(named(await verify(dir))).toEqual(expect.arrayContaining(['audit_trail_broken:audit-trail.jsonl', 'audit_trail_broken:bag-info.txt:Jejak-Audit-Hash']));
  });

  it('a changed letter: its recorded content no longer matches the hash in its QR stamp', async () => {
    const dir = await copyBag(bag, scratch);
    const indexFile = path.join(dir, 'surat-keluar.json');
    const index = JSON.parse(await fs.readFile(indexFile, 'utf8')) as { letters: Array<{ path: string; content: Record<string, unknown>; contentHash: string }> };
    const letter = must(index.letters[1]);
    letter.content = { ...letter.content, body: 'Isi surat yang diubah kemudian.' };
    letter.contentHash = sha256Hex(canonicalJson(letter.content)); // even with the hash recomputed
    await fs.writeFile(indexFile, JSON.stringify(index, null, 2));
    await reseal(dir);
    const r = await verify(dir);
    expect(named(r)).toEqual([`letter_hash_mismatch:${letter.path}`]);
    expect(r.problems[0]?.message).toMatch(/kode QR/);

    // A letter PDF swapped for one without our stamp.
    const dir2 = await copyBag(bag, await tempDir('loket-tamper-'));
    const first = must(index.letters[0]);
    await fs.copyFile(path.join(dir2, 'data', '01-surat-permohonan.pdf'), path.join(dir2, ...first.path.split('/')));
    await reseal(dir2);
    expect(named(await verify(dir2))).toEqual([`letter_hash_mismatch:${first.path}`]);
  });
});
