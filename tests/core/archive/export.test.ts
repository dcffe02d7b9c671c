/**
 * The bag of a closed case and its export to the shared drive (issue 5 §3–§4): content and names,
 * staging + verify + atomic rename, versions, the outbox when the destination is missing or goes away
 * mid-export, leftovers of a crash, and the queue on closing.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { runningClock } from '../../support/clock';
import { writeArchiveSettings } from '../records/support';
import { atTheKeyboard } from '../support/operator';
import { describe, expect, it } from 'vitest';
import { parseBagInfo } from '../../../electron/core/archive/bagit';
import { isSafeFolderName, bagBaseName } from '../../../electron/core/archive/bagName';
import { retryDelayMs } from '../../../electron/core/archive/archiveService';
import { EXPORTS_FILE } from '../../../electron/core/archive/exportOutbox';
import { destinationError, STAGING_DIR } from '../../../electron/core/archive/publishBag';
import { validateBag } from '../../../electron/core/archive/bagValidator';
import { verifyArchiveBag } from '../../../electron/core/archive/verifyArchiveBag';
import { closedAt } from '../../../electron/core/archive/caseBag';
import { blobRelativePath } from '../../../electron/core/documents/blobStore';
import { localDate } from '../../../shared/dates';
import { call, callError, openCore } from '../support/core';
import { closeAfterTest, tempDir } from '../support/tempDir';
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/core';
import { validIntake } from '../../fixtures/intake';
import { drive, must, setUpOperator, TestClock } from '../workflow/support';
import { makeClosedCase, openArchiveOn, setRoot, TestLetters } from './support';
import { testSettingsInput } from '../../fixtures/profile';

const run = promisify(execFile);

async function setup(opts: { pdfBuilt?: boolean } = {}) {
  const dataDir = await tempDir('loket-arc-data-');
  const root = await tempDir('loket-arc-root-');
  const c = await makeClosedCase(dataDir, opts);
  const h = await openArchiveOn(dataDir);
  await setRoot(h, root);
  return { dataDir, root, c, h };
}

/** A core as the desktop app runs it (not the CLI host): closing queues exports, the retry timer runs. */
async function openApp(dataDir: string, now?: () => Date): Promise<Core> {
  const core = await createCore({ dataDir, host: 'harness', now: now ?? runningClock().now });
  closeAfterTest(() => core.close());
  await atTheKeyboard(core);
  if (!(await call(core, 'settings.get', {})).configured) await call(core, 'settings.save', testSettingsInput());
  return core;
}

const listTree = async (dir: string): Promise<string[]> => (await fs.readdir(dir, { recursive: true })).map((p) => p.split(path.sep).join('/')).sort();

describe('bag folder names', () => {
  it('are safe on Windows/SMB: no reserved characters or names, no trailing dot/space, ≤ 100 characters', () => {
    expect(bagBaseName('0007/WS01/RP-UKPBJ/XI/2026', '2026-11-25')).toBe('0007-WS01-RP-UKPBJ-XI-2026_2026-11-25');
    const hostile = ['a\tb\nc\u0000d', 'CON', 'a:b*c?"d<e>f|g\\h', 'nomor. ', `${'x'.repeat(300)}`, '///', 'lpt1'];
    for (const h of hostile) {
      const name = bagBaseName(h, '2026-11-25');
      expect(isSafeFolderName(name), name).toBe(true);
      expect(isSafeFolderName(`${name}_v99`), name).toBe(true);
    }
    expect(bagBaseName('CON', '2026-11-25')).toBe('_CON_2026-11-25');
  });

  it('a destination that is missing, read-only or full is explained in Indonesian with what to do', () => {
    const err = (code: string) => destinationError(Object.assign(new Error(code), { code }), '\\\\server\\arsip').message;
    expect(err('ENOENT')).toBe('Folder arsip \\\\server\\arsip tidak ditemukan atau terputus. Pastikan komputer terhubung ke drive bersama dan folder arsip tersedia. Ekspor akan dicoba lagi secara otomatis; berkas tetap aman di komputer ini.');
    expect(err('EROFS')).toMatch(/tidak dapat ditulisi \(hanya-baca atau hak akses kurang\)\. Mintalah petugas TI memberi hak tulis/);
    expect(err('EACCES')).toBe(err('EROFS'));
    expect(err('ENOSPC')).toMatch(/Ruang pada drive arsip .* tidak cukup\. Mintalah petugas TI menambah ruang atau kuota\./);
    expect(err('EIO')).toMatch(/Gagal menulis ke folder arsip .* \(EIO\)/);
  });

  it('retries back off from 1 to 30 minutes', () => {
    expect([1, 2, 3, 5, 6, 10].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 16, 30, 30]);
  });
});

describe('export of a closed case', () => {
  it('writes a complete, valid bag under <year>/<archive number>_<closing date> with every document and letter, the ANRI tag files and bag-info labels', async () => {
    const { root, c, h } = await setup();
    const status = await h.service.export(c.id);
    expect(status).toMatchObject({ state: 'exported', lastError: '', nextRetryAt: null });
    const bag = must(status.bags[0]);
    const year = bag.path.slice(0, 4);
    expect(bag.path).toMatch(new RegExp(`^${year}/${c.caseNumber.replace(/\//g, '-')}_\\d{4}-\\d{2}-\\d{2}$`));
    expect(bag.version).toBe(1);
    const dir = path.join(root, ...bag.path.split('/'));
    // Nothing left in staging, nothing else at the root.
    expect(await fs.readdir(path.join(root, STAGING_DIR))).toEqual([]);
    expect((await fs.readdir(root)).sort()).toEqual([STAGING_DIR, year].sort());

    expect(await listTree(dir)).toEqual([
      'audit-trail.jsonl', 'bag-info.txt', 'bagit.txt', 'case.json', 'daftar-isi-berkas.csv', 'data', 'data/01-surat-permohonan.pdf',
      'data/02-tanda-terima-berkas.pdf', 'data/03-pemberitahuan-password-baru-informasi-user-id.pdf', 'data/04-lembar-kendali.pdf',
      'manifest-sha256.txt', 'manifest-sha512.txt', 'surat-keluar.json', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt',
    ].filter((p) => p.startsWith('data') || !p.includes('/')).sort());

    // The document's PDF was never built by the admin: made in memory, a real PDF of its page.
    const docPdf = path.join(dir, 'data', '01-surat-permohonan.pdf');
    await run('qpdf', ['--check', docPdf]);
    expect((await run('pdfinfo', [docPdf])).stdout).toMatch(/Pages:\s+1/);
    const record = await h.store.cases.get(c.id);
    expect(record.documents[0]?.pdf).toBeNull(); // and nothing was saved on the closed case

    const info = parseBagInfo(await fs.readFile(path.join(dir, 'bag-info.txt'), 'utf8'));
    const get = (l: string) => info.fields.find(([k]) => k === l)?.[1];
    expect(get('External-Identifier')).toBe(c.caseNumber);
    expect(get('Jejak-Audit-Hash')).toBe(record.events.at(-1)?.hash);
    expect(get('Lokasi-Simpan-Fisik')).toBe('Boks B-12, folder F-034, Lemari 2 rak 3');
    expect(get('Klasifikasi-Keamanan')).toBe('Terbatas');
    expect(get('Keterangan-Akhir')).toBe('Musnah');
    expect(get('Tingkat-Perkembangan')).toBe('Asli');
    expect(get('Source-Organization')).toContain('UKPBJ');
    expect(get('External-Description')).toBe(`Berkas permohonan reset password pada SPSE a.n. Siti Nurhaliza, S.T., NIP 19850312 201001 2 003, User ID siti.nurhaliza (ID berkas ${c.id}).`);
    expect(get('Payload-Oxum')).toBe(bag.payloadOxum);
    expect(get('Kurun-Waktu')).toMatch(/^\d{4}-\d{2}-\d{2} s\.d\. \d{4}-\d{2}-\d{2}$/);
    expect(get('Retensi-Aktif')).toMatch(/^2 tahun \(sampai \d{4}-\d{2}-\d{2}\)$/);

    const csv = await fs.readFile(path.join(dir, 'daftar-isi-berkas.csv'), 'utf8');
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('Nomor Berkas,Nomor Item Arsip,Kode Klasifikasi,Uraian Informasi Arsip,Tanggal,Jumlah,Keterangan,Berkas Elektronik');
    // RFC 4180: only a field with a comma (the name's degree) is quoted.
    expect(rows[1]).toMatch(new RegExp(`^${c.caseNumber},1,000\\.3\\.3,"Surat Permohonan[^"]* — Siti Nurhaliza, S\\.T\\.",2026-11-20,1 lembar,asli,data/01-surat-permohonan\\.pdf$`));
    expect(rows).toHaveLength(6); // header, 4 items, final CRLF
    const trail = (await fs.readFile(path.join(dir, 'audit-trail.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { hash: string });
    expect(trail.map((e) => e.hash)).toEqual(record.events.map((e) => e.hash));
    const caseJson = JSON.parse(await fs.readFile(path.join(dir, 'case.json'), 'utf8')) as { schemaVersion: number; record: { id: string } };
    expect(caseJson).toMatchObject({ schemaVersion: 1, record: { id: c.id } });

    const report = await h.service.verify(c.id);
    expect(report).toMatchObject({ ok: true, complete: true, valid: true, payloadFiles: 4, problems: [] });
    expect(h.changes.flat()).toContain(c.id);
  });

  it('answers an unchanged case with its existing bag; a change makes _v2 beside it, never an overwrite', async () => {
    const { root, c, h, dataDir } = await setup({ pdfBuilt: true });
    const first = must((await h.service.export(c.id)).bags[0]);
    const again = await h.service.export(c.id);
    expect(again.bags).toEqual([first]);
    const firstDir = path.join(root, ...first.path.split('/'));
    const before = await fs.readFile(path.join(firstDir, 'tagmanifest-sha256.txt'), 'utf8');

    // The letters changed (re-issued after a correction): a new version.
    await h.service.close();
    const h2 = await openArchiveOn(dataDir, new TestLetters(['receipt', 'reset_report', 'notification', 'control_sheet']));
    const second = await h2.service.export(c.id);
    expect(second.bags.map((b) => b.version)).toEqual([1, 2]);
    expect(second.bags[1]?.path).toBe(`${first.path}_v2`);
    expect(await fs.readFile(path.join(firstDir, 'tagmanifest-sha256.txt'), 'utf8')).toBe(before);
    expect((await validateBag(path.join(root, ...must(second.bags[1]).path.split('/')))).report.ok).toBe(true);
    expect((await fs.readdir(path.join(root, ...must(second.bags[1]).path.split('/'), 'data'))).length).toBe(5);
  });

  it('copies a built PDF from its stored file, checked against its name: damaged, the case waits naming it and nothing is published', async () => {
    const { root, c, h, dataDir } = await setup({ pdfBuilt: true });
    const blob = must((await h.store.cases.get(c.id)).documents[0]?.pdf).blob;
    const file = path.join(dataDir, ...blobRelativePath(blob).split('/'));
    const good = await fs.readFile(file);
    const bad = Buffer.from(good);
    bad[bad.length >> 1] = (bad[bad.length >> 1] ?? 0) ^ 1;
    await fs.writeFile(file, bad);
    const refused = await h.service.export(c.id);
    expect(refused).toMatchObject({ state: 'waiting', bags: [] });
    expect(refused.lastError).toContain(`berkas ${c.caseNumber} (${c.id})`);
    expect(refused.lastError).toContain(`${blobRelativePath(blob)} rusak`);
    expect(await fs.readdir(root)).toEqual([STAGING_DIR]);
    expect(await fs.readdir(path.join(root, STAGING_DIR))).toEqual([]);

    await fs.writeFile(file, good);
    const bag = must((await h.service.export(c.id)).bags[0]);
    expect(Buffer.compare(await fs.readFile(path.join(root, ...bag.path.split('/'), 'data', '01-surat-permohonan.pdf')), good)).toBe(0);
    expect((await h.service.verify(c.id)).ok).toBe(true);
  });

  it('re-reads the copy on the destination before publishing: a byte changed in staging after it was written stops the publish', async () => {
    const dataDir = await tempDir('loket-arc-data-');
    const root = await tempDir('loket-arc-root-');
    const c = await makeClosedCase(dataDir, { pdfBuilt: true });
    let tamper = true;
    const h = await openArchiveOn(dataDir, new TestLetters(), {
      onPayloadWritten: async (_id, done) => {
        if (done !== 1 || !tamper) return;
        const [staging] = await fs.readdir(path.join(root, STAGING_DIR));
        // Same size, one bit: only a checksum can tell (the drive or a program on it changed the copy).
        const handle = await fs.open(path.join(root, STAGING_DIR, must(staging), 'data', '01-surat-permohonan.pdf'), 'r+');
        const byte = Buffer.alloc(1);
        await handle.read(byte, 0, 1, 200);
        byte[0] = (byte[0] ?? 0) ^ 1;
        await handle.write(byte, 0, 1, 200);
        await handle.close();
      },
    });
    await setRoot(h, root);
    const refused = await h.service.export(c.id);
    expect(refused).toMatchObject({ state: 'waiting', bags: [] });
    expect(refused.lastError).toMatch(/tidak lolos pemeriksaan ulang \(data\/01-surat-permohonan\.pdf: .*checksum sha256 tidak cocok/);
    expect(await fs.readdir(root)).toEqual([STAGING_DIR]);
    expect(await fs.readdir(path.join(root, STAGING_DIR))).toEqual([]);

    tamper = false;
    expect(await h.service.export(c.id)).toMatchObject({ state: 'exported' });
    expect((await h.service.verify(c.id)).ok).toBe(true);
  });

  it('refuses a case that is not closed', async () => {
    const dataDir = await tempDir('loket-arc-data-');
    const core = await openCore(dataDir);
    await setUpOperator(core);
    const c = await call(core, 'cases.create', validIntake());
    expect(await call(core, 'archive.status', { id: c.id })).toMatchObject({ state: 'not_closed', bags: [] });
    expect(await callError(core, 'archive.export', { id: c.id })).toMatchObject({ code: 'conflict' });
  });
});

describe('the outbox', () => {
  it('keeps a case waiting while the archive root is not set or missing, with the reason and the next retry, durably', async () => {
    const dataDir = await tempDir('loket-arc-data-');
    const c = await makeClosedCase(dataDir);
    const h = await openArchiveOn(dataDir);
    const unset = await h.service.export(c.id);
    expect(unset).toMatchObject({ state: 'waiting', bags: [] });
    expect(unset.lastError).toMatch(/belum diatur/);
    const gone = path.join(await tempDir('loket-arc-root-'), 'tidak-ada');
    await setRoot(h, gone);
    const missing = await h.service.export(c.id);
    expect(missing.state).toBe('waiting');
    expect(missing.lastError).toContain(gone);
    expect(missing.lastError).toMatch(/tidak ditemukan.*drive bersama.*dicoba lagi/);
    const wait = Date.parse(must(missing.nextRetryAt)) - Date.parse(must(missing.lastAttemptAt));
    expect(wait).toBeGreaterThanOrEqual(retryDelayMs(missing.attempts));
    expect(wait).toBeLessThan(retryDelayMs(missing.attempts) + 10_000);
    // The missing root is never created here (it is the shared drive's, not ours).
    await expect(fs.stat(gone)).rejects.toThrow();

    await h.service.close();
    const again = await openArchiveOn(dataDir);
    expect((await again.service.waiting()).map((e) => [e.caseId, e.state, e.lastError])).toEqual([[c.id, 'waiting', missing.lastError]]);
    expect(JSON.parse(await fs.readFile(path.join(dataDir, EXPORTS_FILE), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    await fs.mkdir(gone);
    expect(await again.service.retryAll()).toEqual({ attempted: 1, exported: 1, waiting: 0 });
    expect(await again.service.waiting()).toEqual([]);
  });

  it('the destination disappears mid-export: no bag under a final name, the case waits with the error, the retry completes once it is back', async () => {
    const dataDir = await tempDir('loket-arc-data-');
    const parent = await tempDir('loket-arc-root-');
    const root = path.join(parent, 'arsip');
    await fs.mkdir(root);
    const c = await makeClosedCase(dataDir);
    let pull: null | (() => Promise<void>) = () => fs.rm(root, { recursive: true, force: true });
    const h = await openArchiveOn(dataDir, new TestLetters(), {
      onPayloadWritten: async (_id, done) => {
        if (done === 2 && pull) {
          await pull();
          pull = null;
        }
      },
    });
    await setRoot(h, root);
    const failed = await h.service.export(c.id);
    expect(failed).toMatchObject({ state: 'waiting', bags: [] });
    expect(failed.lastError).toMatch(/tidak ditemukan atau terputus/);
    expect(await fs.readdir(parent)).toEqual([]);
    expect(await h.service.status(c.id)).toMatchObject({ state: 'waiting' });

    // Back, but a file now stands where the folder should be (a remapped drive letter).
    await fs.writeFile(root, 'bukan folder');
    expect((await h.service.export(c.id)).lastError).toMatch(/tidak ditemukan atau terputus/);
    await fs.rm(root);
    await fs.mkdir(root);
    const done = await h.service.export(c.id);
    expect(done).toMatchObject({ state: 'exported', lastError: '', nextRetryAt: null, attempts: 3 });
    expect((await h.service.verify(c.id)).ok).toBe(true);
  });

  it('removes the staging leftovers of a crashed export on the next try, and never touches other cases\' staging', async () => {
    const { root, c, h } = await setup();
    const record = await h.store.cases.get(c.id);
    const base = bagBaseName(record.caseNumber, localDate(new Date(closedAt(record)), 'WIB'));
    // A crash left a half-written bag of this case; another PC is staging its own right now.
    const leftover = path.join(root, STAGING_DIR, `${base}.abc123`);
    await fs.mkdir(path.join(leftover, 'data'), { recursive: true });
    await fs.writeFile(path.join(leftover, 'data', '01-surat-permohonan.pdf'), '%PDF-1.7 terpotong');
    const other = path.join(root, STAGING_DIR, '0099-WS02-RP-UKPBJ-XI-2026_2026-11-25.def456');
    await fs.mkdir(other);
    const status = await h.service.export(c.id);
    expect(status.state).toBe('exported');
    expect(await fs.readdir(path.join(root, STAGING_DIR))).toEqual([path.basename(other)]);
    expect(must(status.bags[0]).path.endsWith(base)).toBe(true);
  });

  it('verify reads this folder’s export record once the outbox’s save under way has landed (archive.status answers from memory first)', async () => {
    const { dataDir, c, h } = await setup();
    expect((await h.service.export(c.id)).state).toBe('exported');
    const entry = must(h.service.outbox.get(c.id));
    // On disk still the outbox of the attempt under way (no bag yet); the save of "exported" waits behind a slow write.
    const file = path.join(dataDir, EXPORTS_FILE);
    const onDisk = JSON.parse(await fs.readFile(file, 'utf8')) as { entries: Record<string, unknown> };
    await fs.writeFile(file, JSON.stringify({ ...onDisk, entries: { ...onDisk.entries, [c.id]: { ...entry, state: 'exporting', bags: [] } } }));
    let release = () => {};
    const slowWrite = new Promise<void>((resolve) => (release = resolve));
    void h.store.ctx.queues.run(file, () => slowWrite);
    const saving = h.service.outbox.put(entry);
    const verifying = h.service.verify(c.id);
    release();
    const report = await verifying;
    expect(report.problems).toEqual([]);
    expect(report.copies.find((x) => x.copy === 'export_record')?.status).toBe('match');
    await saving;
  });

  it('closing a case exports it by itself (the product wiring, real letters) and reports it with archive.changed; settings refuse a relative archive root', async () => {
    const clock = new TestClock();
    const dataDir = await tempDir('loket-arc-data-');
    const root = await tempDir('loket-arc-root-');
    const core = await openApp(dataDir, clock.now);
    await setUpOperator(core);
    const bad = await callError(core, 'archive.settings.save', { ...(await call(core, 'archive.settings.get', {})), archiveRoot: 'arsip\\relatif' });
    expect(bad).toMatchObject({ code: 'invalid_input', fields: { archiveRoot: expect.stringMatching(/jalur lengkap/) } });
    const { schemaVersion: _v, ...settings } = await call(core, 'archive.settings.get', {});
    expect(await call(core, 'archive.settings.save', { ...settings, archiveRoot: '\\\\server\\arsip' })).toMatchObject({ archiveRoot: '\\\\server\\arsip' });
    await call(core, 'archive.settings.save', { ...settings, archiveRoot: root });
    const changed: string[] = [];
    core.events.on('archive.changed', ({ ids }) => changed.push(...ids));
    const c = await call(core, 'cases.create', validIntake());
    expect(await call(core, 'archive.status', { id: c.id })).toMatchObject({ state: 'not_closed' });
    await drive(core, c.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
    // The attempt runs on its own; wait until it has settled (exported, or waiting with a reason).
    for (let i = 0; i < 200; i++) {
      const s = await call(core, 'archive.status', { id: c.id });
      if (s.attempts > 0 && s.state !== 'exporting') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const status = await call(core, 'archive.status', { id: c.id });
    expect(changed).toContain(c.id);
    expect(status.attempts).toBeGreaterThanOrEqual(1);
    expect(status).toMatchObject({ state: 'exported', attempts: 1, lastError: '' });
    const verified = await call(core, 'archive.verify', { id: c.id });
    expect(verified).toMatchObject({ ok: true, problems: [] });
    // The app compares the bag with its own data folder's copies of the trail head.
    expect(verified.copies.map((x) => [x.copy, x.status])).toEqual([['export_record', 'match'], ['letters_register', 'match'], ['control_sheet', 'unreachable'], ['office_catalogue', 'match']]);
    expect((await call(core, 'archive.outbox', {})).items).toEqual([]);
  });
});

describe('cases closed while the app was not running', () => {
  it('the app queues them when it starts and its retry timer exports them; a CLI retryAll finds them too', async () => {
    const dataDir = await tempDir('loket-arc-data-');
    const root = await tempDir('loket-arc-root-');
    const a = await makeClosedCase(dataDir); // closed through a CLI-host core: nothing queued
    expect(await fs.stat(path.join(dataDir, EXPORTS_FILE)).then(() => true, () => false)).toBe(false);
    const cli = await openArchiveOn(dataDir);
    await setRoot(cli, root);
    expect(await cli.service.status(a.id)).toMatchObject({ state: 'waiting', attempts: 0 });
    expect(await cli.service.retryAll()).toEqual({ attempted: 1, exported: 1, waiting: 0 });
    await cli.service.close();

    const dataDir2 = await tempDir('loket-arc-data-');
    const b = await makeClosedCase(dataDir2);
    // The archive folder was set in Settings before (archive.json), as on a PC in use.
    await writeArchiveSettings(dataDir2, { archiveRoot: root });
    const app = await openApp(dataDir2);
    for (let i = 0; i < 300; i++) {
      if ((await call(app, 'archive.status', { id: b.id })).state === 'exported') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await call(app, 'archive.status', { id: b.id })).toMatchObject({ state: 'exported', attempts: 1 });
  });
});

describe('verify on an exported bag', () => {
  it('reports a clean bag with the audit trail and letters checked', async () => {
    const { root, c, h } = await setup();
    const bag = must((await h.service.export(c.id)).bags[0]);
    const report = await verifyArchiveBag(path.join(root, ...bag.path.split('/')), (pdf) => h.letters.readStamp(pdf));
    expect(report).toMatchObject({ ok: true, problems: [] });
  });
});
