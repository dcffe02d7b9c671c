/**
 * The bad-files suite (issue "Hardcopy in", Done when): each hostile or broken file is refused with
 * its Indonesian message, and nothing is left behind — no blob, no staging file, the case unchanged.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { storeOf } from '../../../electron/core/createCore';
import { addPages } from '../../../electron/core/documents/addPages';
import { call, callError, openCore } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { encryptedPdf, filesUnder, pngDeclaring, textPage, textPdf } from './files';

const meta = { type: 'request_letter', developmentLevel: 'asli', receivedDate: '2026-11-20' } as const;
let fixtures: string;
let goodPng: Buffer;
let goodPdf: Buffer;

beforeAll(async () => {
  fixtures = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'loket-bad-'));
  goodPng = await fs.readFile(await textPage(path.join(fixtures, 'ok.png'), ['Surat'], { dpi: 100 }));
  goodPdf = await fs.readFile(await textPdf(path.join(fixtures, 'ok.pdf'), 'Surat'));
  return () => fs.rm(fixtures, { recursive: true, force: true });
});

async function upload(core: Core, caseId: string, name: string, bytes: Buffer) {
  const { uploadId } = await call(core, 'documents.uploadBegin', { caseId, name, bytes: bytes.length });
  if (bytes.length > 0) await call(core, 'documents.uploadChunk', { uploadId, offset: 0, data: bytes.toString('base64') });
  return callError(core, 'documents.uploadFinish', { uploadId, meta });
}

const cases: Array<[string, string, () => Promise<Buffer>, RegExp]> = [
  ['wrong type behind a right extension', 'surat.pdf', async () => Buffer.from('<html><body>bukan pdf</body></html>'), /Jenis berkas tidak dikenali/],
  ['a PNG named .jpg is taken for what it is', 'foto.jpg', async () => goodPng, /^$/],
  ['empty', 'kosong.pdf', async () => Buffer.alloc(0), /Berkas kosong/],
  ['truncated PNG', 'potong.png', async () => goodPng.subarray(0, Math.floor(goodPng.length / 2)), /rusak atau terpotong/],
  ['truncated PDF', 'potong.pdf', async () => goodPdf.subarray(0, 300), /PDF rusak atau terpotong/],
  ['encrypted PDF', 'kunci.pdf', async () => fs.readFile(await encryptedPdf(path.join(fixtures, 'enc.pdf'), path.join(fixtures, 'ok.pdf'))), /terkunci kata sandi/],
  ['random bytes', 'acak.tif', async () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)), /Jenis berkas tidak dikenali/],
  ['pixel bomb', 'bom.png', async () => pngDeclaring(100_000, 100_000), /terlalu besar.*sebelum dibuka/],
  ['TIFF with a looping IFD chain', 'loop.tif', async () => loopingTiff(), /TIFF terpotong atau rusak/],
];

function loopingTiff(): Buffer {
  // Header → IFD at 8 with one entry, whose "next IFD" points back at itself.
  const b = Buffer.alloc(8 + 2 + 12 + 4);
  b.write('II', 0, 'latin1');
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(8, 4);
  b.writeUInt16LE(1, 8);
  b.writeUInt16LE(256, 10);
  b.writeUInt16LE(3, 12);
  b.writeUInt32LE(1, 14);
  b.writeUInt16LE(100, 18);
  b.writeUInt32LE(8, 22);
  return b;
}

describe('bad files are refused and leave nothing behind', () => {
  it.each(cases)('%s', async (_label, name, make, message) => {
    const dir = await tempDir('loket-bad-case-');
    const core = await openCore(path.join(dir, 'data'));
    const created = await call(core, 'cases.create', demoIntake());
    const bytes = await make();
    const err = await upload(core, created.id, name, bytes).catch((e: unknown) => {
      // The one accepted file in the table: it must really have been imported.
      if (message.source === '^$') return null;
      throw e;
    });
    if (message.source === '^$') {
      expect(err).toBeNull();
      return;
    }
    expect(err?.code).toBe('invalid_input');
    expect(err?.message).toMatch(message);
    const after = await call(core, 'cases.get', { id: created.id });
    expect(after.revision).toBe(created.revision);
    expect(after.documents).toEqual([]);
    expect(await filesUnder(path.join(core.dataDir, 'blobs'))).toEqual([]);
    expect(await filesUnder(path.join(core.dataDir, 'staging'))).toEqual([]);
  });

  it('keeps hostile names as sanitized metadata only', async () => {
    const dir = await tempDir('loket-bad-names-');
    const core = await openCore(path.join(dir, 'data'));
    const { id } = await call(core, 'cases.create', demoIntake());
    const names: Array<[string, string]> = [
      ['..\\..\\Windows\\System32\\evil.png', 'evil.png'],
      ['../../../etc/passwd', 'passwd'],
      ['CON', '_CON'],
      ['nul.png', '_nul.png'],
      ['a\u0000b\u0007c.png', 'a_b_c.png'],
      ['surat permohonan – Bapak Ñandú 日本.png', 'surat permohonan – Bapak Ñandú 日本.png'],
      ['x'.repeat(5000) + '.png', `${'x'.repeat(115)}….png`],
      ['   ', 'tanpa-nama'],
    ];
    for (const [raw, expected] of names) {
      const { document } = await addPages(storeOf(core), id, [{ bytes: goodPng, name: raw }], { ...meta, source: 'file' });
      expect(document.originals[0]?.name).toBe(expected);
    }
    // Only content-addressed blobs, the case files and the operator at the keyboard exist: no name from outside became a path.
    const files = await filesUnder(core.dataDir);
    expect(files.every((f) => /^(blobs\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}|cases\/.+\.json(\.bak)?|index\.json(\.bak)?|settings\.json(\.bak)?|operators\.json(\.bak)?)$/.test(f.split(path.sep).join('/')))).toBe(true);
  });

  it('refuses an upload bigger than it declared, or incomplete, and drops its staging file', async () => {
    const dir = await tempDir('loket-bad-upl-');
    const core = await openCore(path.join(dir, 'data'));
    const { id } = await call(core, 'cases.create', demoIntake());
    const a = await call(core, 'documents.uploadBegin', { caseId: id, name: 'x.png', bytes: 10 });
    const over = await callError(core, 'documents.uploadChunk', { uploadId: a.uploadId, offset: 0, data: Buffer.alloc(11).toString('base64') });
    expect(over.message).toMatch(/lebih besar dari ukuran/);
    const b = await call(core, 'documents.uploadBegin', { caseId: id, name: 'x.png', bytes: 10 });
    await call(core, 'documents.uploadChunk', { uploadId: b.uploadId, offset: 0, data: Buffer.alloc(5).toString('base64') });
    const early = await callError(core, 'documents.uploadFinish', { uploadId: b.uploadId, meta });
    expect(early.message).toMatch(/belum lengkap/);
    await call(core, 'documents.uploadAbort', { uploadId: b.uploadId });
    expect(await filesUnder(path.join(core.dataDir, 'staging'))).toEqual([]);
    const tooBig = await callError(core, 'documents.uploadBegin', { caseId: id, name: 'x.pdf', bytes: 200 * 1024 * 1024 });
    expect(tooBig.fields?.bytes).toMatch(/terlalu besar/);
  });

  it('removes staging leftovers of a crash when the core opens', async () => {
    const dir = await tempDir('loket-bad-stage-');
    const data = path.join(dir, 'data');
    await fs.mkdir(path.join(data, 'staging'), { recursive: true });
    await fs.writeFile(path.join(data, 'staging', 'sisa.part'), 'data pribadi');
    const core = await openCore(data);
    await call(core, 'documents.list', { caseId: (await call(core, 'cases.create', demoIntake())).id });
    await core.close();
    expect(await filesUnder(path.join(data, 'staging'))).toEqual([]);
  });
});
