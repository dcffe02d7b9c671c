/** BagIt 1.0 writer and validator against the rules of RFC 8493 (and the archive profile's labels). */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bagInfoText, checkBagitTxt, decodeManifestPath, encodeManifestPath, manifestName, manifestText, parseBagInfo, parseManifest, tagManifestName, BAGIT_TXT,
} from '../../../electron/core/archive/bagit';
import { csvText } from '../../../electron/core/archive/csv';
import { validateBag } from '../../../electron/core/archive/bagValidator';
import { writeBag, type BagPlan, type StoredFile } from '../../../electron/core/archive/bagWriter';
import { hashFileWith } from '../../../electron/core/archive/fixity';
import { READ_CHUNK } from '../../../electron/core/archive/readAhead';
import { ARCHIVE_PROFILE, type BagitProfile } from '../../../electron/core/archive/profile';
import { tempDir } from '../support/tempDir';

/** A profile with no label rules, for the pure RFC tests. */
const RFC_ONLY: BagitProfile = { ...ARCHIVE_PROFILE, 'Bag-Info': {}, 'Tag-Files-Required': [] };

function plan(over: Partial<BagPlan> = {}): BagPlan {
  return {
    payload: [
      { path: 'data/01-surat.pdf', data: Buffer.from('%PDF-1.7 satu\n') },
      { path: 'data/sub/02-sk.pdf', data: Buffer.from('%PDF-1.7 dua\n') },
    ],
    tagFiles: [{ path: 'case.json', text: '{"schemaVersion":1}\n' }],
    bagInfo: [['Source-Organization', 'Pemerintah Kabupaten Sukamaju'], ['Bagging-Date', '2026-11-25']],
    ...over,
  };
}

async function bag(over: Partial<BagPlan> = {}): Promise<string> {
  const dir = path.join(await tempDir('loket-bag-'), 'bag');
  await writeBag(dir, plan(over));
  return dir;
}

/** The errors a stored file's owner reports (the blob store's DamagedBlobError and storage error). */
class Damaged extends Error {
  constructor(readonly actual: string, readonly bytes: number) {
    super('rusak');
  }
}
class Unreadable extends Error {}
const stored = (file: string, sha256: string): StoredFile => ({ file, sha256, unreadable: (e) => new Unreadable(String(e)), damaged: (a, n) => new Damaged(a, n) });

/** Tag manifests recomputed over the tag files as they now are (a manifest edited on purpose). */
async function resealTagManifests(dir: string): Promise<void> {
  const tags = (await fs.readdir(dir)).filter((n) => n !== 'data' && !n.startsWith('tagmanifest-')).sort();
  for (const alg of ['sha256', 'sha512']) {
    const entries = [];
    for (const t of tags) entries.push({ path: t, digest: (await hashFileWith(path.join(dir, t), [alg])).digests[alg] as string });
    await fs.writeFile(path.join(dir, tagManifestName(alg)), manifestText(entries));
  }
}

const codes = async (dir: string, profile = RFC_ONLY) => (await validateBag(dir, { profile })).report.problems.map((p) => `${p.code}:${p.path}`);
const sha = (alg: string, s: string | Buffer) => createHash(alg).update(s).digest('hex');

describe('BagIt text formats', () => {
  it('writes bagit.txt exactly (§2.1.1) and rejects other versions, BOMs and extra lines', () => {
    expect(BAGIT_TXT).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    expect(checkBagitTxt(BAGIT_TXT, ['1.0'])).toBeNull();
    expect(checkBagitTxt('BagIt-Version: 1.0\r\nTag-File-Character-Encoding: UTF-8\r\n', ['1.0'])).toBeNull();
    expect(checkBagitTxt('BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n', ['1.0'])).toMatch(/0\.97/);
    expect(checkBagitTxt(`\ufeff${BAGIT_TXT}`, ['1.0'])).toMatch(/BOM/);
    expect(checkBagitTxt('BagIt-Version:1.0\nTag-File-Character-Encoding: UTF-8\n', ['1.0'])).toMatch(/Baris pertama/);
    expect(checkBagitTxt(`${BAGIT_TXT}Extra: x\n`, ['1.0'])).toMatch(/tepat 2 baris/);
    expect(checkBagitTxt('BagIt-Version: 1.0\nTag-File-Character-Encoding: ISO-8859-1\n', ['1.0'])).toMatch(/Baris kedua/);
  });

  it('percent-encodes only CR, LF and % in manifest paths (§2.1.3)', () => {
    const p = 'data/a%b\r\nc d#é.pdf';
    expect(encodeManifestPath(p)).toBe('data/a%25b%0D%0Ac d#é.pdf');
    expect(decodeManifestPath(encodeManifestPath(p))).toBe(p);
    // %25 decodes once: "%2541" is the file "%41", not "A".
    expect(decodeManifestPath('data/%2541')).toBe('data/%41');
  });

  it('parses manifests with any whitespace and line ending, and names bad lines', () => {
    const d = 'a'.repeat(64);
    const m = parseManifest(`${d}  data/x y.pdf\r\n${d}\tdata/z\nnot-a-line\n${'b'.repeat(10)} data/short\n`, 'sha256');
    expect(m.entries).toEqual([{ digest: d, path: 'data/x y.pdf' }, { digest: d, path: 'data/z' }]);
    expect(m.badLines.map((b) => b.line)).toEqual([3, 4]);
  });

  it('folds long bag-info values and reads them back whole (§2.2.2)', () => {
    const long = 'Permohonan reset password dan/atau perubahan informasi User ID Pokja Pemilihan pada SPSE — Siti Nurhaliza, S.T., NIP 198503122010012003';
    const text = bagInfoText([['External-Description', long], ['Bagging-Date', '2026-11-25']]);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(79);
    expect(text.split('\n').filter((l) => l.startsWith('  ')).length).toBeGreaterThan(0);
    const parsed = parseBagInfo(text);
    expect(parsed.badLines).toEqual([]);
    expect(parsed.fields).toEqual([['External-Description', long], ['Bagging-Date', '2026-11-25']]);
    expect(() => bagInfoText([['Bad: label', 'x']])).toThrow();
  });
});

describe('daftar-isi-berkas.csv', () => {
  it('quotes every field as RFC 4180 does, doubles quotes and ends lines with CRLF', () => {
    expect(csvText([['Uraian', 'Jumlah'], ['Surat "Permohonan", baris\nkedua', 3]])).toBe('Uraian,Jumlah\r\n"Surat ""Permohonan"", baris\nkedua",3\r\n');
  });
});

describe('writer and validator', () => {
  it('writes a complete and valid bag: every payload file exactly once in both manifests, tag manifests over every tag file', async () => {
    const dir = await bag();
    const report = (await validateBag(dir, { profile: RFC_ONLY })).report;
    expect(report).toMatchObject({ ok: true, complete: true, valid: true, payloadFiles: 2, problems: [] });
    const m256 = await fs.readFile(path.join(dir, 'manifest-sha256.txt'), 'utf8');
    expect(m256).toBe(`${sha('sha256', '%PDF-1.7 satu\n')}  data/01-surat.pdf\n${sha('sha256', '%PDF-1.7 dua\n')}  data/sub/02-sk.pdf\n`);
    const m512 = await fs.readFile(path.join(dir, 'manifest-sha512.txt'), 'utf8');
    expect(m512).toContain(`${sha('sha512', '%PDF-1.7 dua\n')}  data/sub/02-sk.pdf`);
    const tag = await fs.readFile(path.join(dir, 'tagmanifest-sha256.txt'), 'utf8');
    for (const f of ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'case.json'])
      expect(tag).toContain(`${sha('sha256', await fs.readFile(path.join(dir, f)))}  ${f}\n`);
    expect(tag).not.toContain('tagmanifest');
    const info = await fs.readFile(path.join(dir, 'bag-info.txt'));
    expect(info[0]).not.toBe(0xef); // no BOM
    expect(info.toString('utf8')).toContain(`Payload-Oxum: ${14 + 13}.2\n`);
  });

  it('writes and validates a payload name with CR, LF and % percent-encoded', async () => {
    const dir = await bag({ payload: [{ path: 'data/100% sah\r\nbaris.pdf', data: Buffer.from('x') }] });
    expect(await fs.readFile(path.join(dir, 'manifest-sha256.txt'), 'utf8')).toContain('  data/100%25 sah%0D%0Abaris.pdf\n');
    expect(await codes(dir)).toEqual([]);
  });

  it('copies a stored file larger than a read chunk byte for byte, both digests taken as it is written', async () => {
    const src = path.join(await tempDir('loket-bag-src-'), 'blob');
    const bytes = randomBytes(2 * READ_CHUNK + 12345);
    await fs.writeFile(src, bytes);
    const dir = await bag({ payload: [{ path: 'data/01-surat.pdf', stored: stored(src, sha('sha256', bytes)) }, { path: 'data/02-kosong.pdf', data: Buffer.alloc(0) }] });
    expect(Buffer.compare(await fs.readFile(path.join(dir, 'data', '01-surat.pdf')), bytes)).toBe(0);
    expect(await fs.readFile(path.join(dir, manifestName('sha512')), 'utf8')).toBe(`${sha('sha512', bytes)}  data/01-surat.pdf\n${sha('sha512', '')}  data/02-kosong.pdf\n`);
    expect((await validateBag(dir, { profile: RFC_ONLY })).report).toMatchObject({ ok: true, payloadFiles: 2, payloadBytes: bytes.byteLength });
  });

  it('refuses a stored file whose bytes no longer hash to its name, or that cannot be read, with its owner\'s errors', async () => {
    const src = path.join(await tempDir('loket-bag-src-'), 'blob');
    const bytes = randomBytes(READ_CHUNK + 7);
    await fs.writeFile(src, bytes);
    const named = 'b'.repeat(64);
    const into = async () => path.join(await tempDir('loket-bag-'), 'bag');
    const damaged = await writeBag(await into(), plan({ payload: [{ path: 'data/a.pdf', stored: stored(src, named) }] })).catch((e: unknown) => e);
    expect(damaged).toBeInstanceOf(Damaged);
    expect(damaged).toMatchObject({ actual: sha('sha256', bytes), bytes: bytes.byteLength });
    await expect(writeBag(await into(), plan({ payload: [{ path: 'data/a.pdf', stored: stored(`${src}-hilang`, named) }] }))).rejects.toBeInstanceOf(Unreadable);
  });

  it('the exporter\'s own re-read (payloadAlgorithms) checks the payload against that manifest alone; a full validation against both', async () => {
    const dir = await bag();
    const f = path.join(dir, 'data', '01-surat.pdf');
    // A SHA-512 line that does not match, tag manifests resealed over it: only a full validation sees it.
    const m512 = path.join(dir, manifestName('sha512'));
    await fs.writeFile(m512, (await fs.readFile(m512, 'utf8')).replace(sha('sha512', '%PDF-1.7 satu\n'), 'c'.repeat(128)));
    await resealTagManifests(dir);
    expect(await codes(dir)).toEqual(['checksum_mismatch:data/01-surat.pdf']);
    expect((await validateBag(dir, { profile: RFC_ONLY, payloadAlgorithms: ['sha256'] })).report).toMatchObject({ ok: true, valid: true });
    // A changed payload byte is caught by the one algorithm checked.
    const b = await fs.readFile(f);
    b[3] = (b[3] ?? 0) ^ 1;
    await fs.writeFile(f, b);
    const r = (await validateBag(dir, { profile: RFC_ONLY, payloadAlgorithms: ['sha256'] })).report;
    expect(r.problems.map((p) => `${p.code}:${p.path}:${p.message.includes('sha256')}`)).toEqual(['checksum_mismatch:data/01-surat.pdf:true']);
  });

  it('refuses two payload names that differ only in case', async () => {
    const dir = path.join(await tempDir('loket-bag-'), 'bag');
    await expect(writeBag(dir, plan({ payload: [{ path: 'data/A.pdf', data: Buffer.from('1') }, { path: 'data/a.pdf', data: Buffer.from('2') }] }))).rejects.toThrow(/duplicate/);
  });

  it('names a missing bagit.txt and a bad version line', async () => {
    const dir = await bag();
    await fs.writeFile(path.join(dir, 'bagit.txt'), 'BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n');
    expect(await codes(dir)).toContain('bad_bagit_txt:bagit.txt');
    await fs.rm(path.join(dir, 'bagit.txt'));
    const report = (await validateBag(dir, { profile: RFC_ONLY })).report;
    expect(report.complete).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain('missing_bagit_txt');
  });

  it('names a missing data/ folder and a missing manifest', async () => {
    const dir = await bag();
    await fs.rm(path.join(dir, 'manifest-sha512.txt'));
    expect(await codes(dir)).toContain('missing_manifest:manifest-sha512.txt');
    await fs.rm(path.join(dir, 'data'), { recursive: true });
    expect(await codes(dir)).toContain('missing_payload_dir:data');
  });

  it('names an unlisted payload file (incomplete) and a listed file that is missing', async () => {
    const dir = await bag();
    await fs.writeFile(path.join(dir, 'data', 'tambahan.pdf'), 'extra');
    const r1 = (await validateBag(dir, { profile: RFC_ONLY })).report;
    expect(r1.complete).toBe(false);
    expect(r1.problems.map((p) => `${p.code}:${p.path}`)).toEqual(expect.arrayContaining(['unlisted_file:data/tambahan.pdf', 'oxum_mismatch:bag-info.txt:Payload-Oxum']));
    await fs.rm(path.join(dir, 'data', 'tambahan.pdf'));
    await fs.rm(path.join(dir, 'data', 'sub', '02-sk.pdf'));
    expect(await codes(dir)).toEqual(expect.arrayContaining(['missing_file:data/sub/02-sk.pdf', 'oxum_mismatch:bag-info.txt:Payload-Oxum']));
  });

  it('names a changed byte as a checksum mismatch in both manifests (complete but not valid)', async () => {
    const dir = await bag();
    const f = path.join(dir, 'data', '01-surat.pdf');
    const b = await fs.readFile(f);
    b[3] = (b[3] ?? 0) ^ 1;
    await fs.writeFile(f, b);
    const r = (await validateBag(dir, { profile: RFC_ONLY })).report;
    expect(r).toMatchObject({ complete: true, valid: false, ok: false });
    expect(r.problems.filter((p) => p.code === 'checksum_mismatch').map((p) => p.path)).toEqual(['data/01-surat.pdf', 'data/01-surat.pdf']);
  });

  it('names a bad manifest line, a duplicate entry and a path outside the bag', async () => {
    const dir = await bag();
    const f = path.join(dir, 'manifest-sha256.txt');
    const text = await fs.readFile(f, 'utf8');
    const first = text.split('\n')[0] as string;
    await fs.writeFile(f, `${text}${first}\nrusak\n${'a'.repeat(64)}  data/../../etc/passwd\n`);
    const problems = (await validateBag(dir, { profile: RFC_ONLY })).report.problems;
    expect(problems.filter((p) => p.code === 'bad_manifest_line').map((p) => p.message).join('\n')).toMatch(/lebih dari sekali[\s\S]*Baris|Baris[\s\S]*lebih dari sekali/);
    expect(problems.some((p) => p.message.includes('etc/passwd'))).toBe(true);
  });

  it('names an edited tag file (tag manifest mismatch) and a Payload-Oxum that does not match', async () => {
    const dir = await bag();
    const f = path.join(dir, 'bag-info.txt');
    await fs.writeFile(f, (await fs.readFile(f, 'utf8')).replace(/Payload-Oxum: \d+\.2/, 'Payload-Oxum: 1.2'));
    expect(await codes(dir)).toEqual(expect.arrayContaining(['checksum_mismatch:bag-info.txt', 'oxum_mismatch:bag-info.txt:Payload-Oxum']));
  });

  it('names a tag file the tag manifests do not cover', async () => {
    const dir = await bag();
    await fs.writeFile(path.join(dir, 'catatan.txt'), 'ditambahkan kemudian');
    expect(await codes(dir)).toContain('bad_tag_manifest:catatan.txt');
  });

  it('checks the profile labels from docs/bagit-profile.json: missing, repeated and out-of-list values', async () => {
    const dir = await bag({ bagInfo: [['Klasifikasi-Keamanan', 'Sangat Rahasia'], ['Bagging-Date', '25-11-2026'], ['Bagging-Date', '2026-11-25']] });
    const found = await codes(dir, { ...ARCHIVE_PROFILE, 'Tag-Files-Required': [] });
    const required = Object.entries(ARCHIVE_PROFILE['Bag-Info']).filter(([, r]) => r.required).map(([l]) => l);
    expect(required).toEqual(expect.arrayContaining(['Source-Organization', 'External-Identifier', 'Payload-Oxum', 'Jejak-Audit-Hash', 'Lokasi-Simpan-Fisik']));
    for (const l of required.filter((x) => !['Klasifikasi-Keamanan', 'Bagging-Date', 'Payload-Oxum'].includes(x))) expect(found).toContain(`missing_profile_field:bag-info.txt:${l}`);
    expect(found).toEqual(expect.arrayContaining(['bad_profile_field:bag-info.txt:Klasifikasi-Keamanan', 'bad_profile_field:bag-info.txt:Bagging-Date']));
    expect(found).not.toContain('missing_profile_field:bag-info.txt:Payload-Oxum');
  });
});
