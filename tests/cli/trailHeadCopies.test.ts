/**
 * The trail head's independent copies (issue 9 §2) as IT staff meet them: a closed case exported
 * through the real CLI; its bag edited on the share by a forger who makes the trail agree with the
 * edit and recomputes every BagIt checksum. `loket verify` alone finds the bag intact and says no
 * independent copy was checked; with `--data-dir` the export record (and, for a chain re-hashed from
 * its start, the letters register) names the bag. The control sheet prints the head and its QR code.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BagReport } from '../../shared/contract/features/archive';
import type { ExportStatus } from '../../shared/domain/archive';
import type { CaseRecord } from '../../shared/domain/case';
import type { CaseEvent } from '../../shared/domain/trail';
import { LETTERS_REGISTER_FILE, lettersRegisterSchema } from '../../electron/core/letters/register';
import { contentHash, type LetterContent } from '../../electron/core/letters/content';
import { letterQrText } from '../../electron/core/letters/service';
import { renderLetter } from '../../electron/core/letters/pdf/renderLetter';
import { parseTrailHeadQr, trailHeadQrText } from '../../electron/core/letters/pdf/trailHeadBlock';
import { pdfAssets } from '../../electron/core/documents/assets';
import { chainEvent, type NewEvent } from '../../electron/core/workflow/trail';
import { captureIo, runLoket } from '../support/cliIo';
import { TEST_OPERATOR } from '../core/support/operator';
import { tempDir } from '../core/support/tempDir';
import { makeClosedCase, reseal } from '../core/archive/support';
import { pdfText } from '../core/letters/support';
import { zbarSymbols } from '../core/letters/readMarks';
import { must } from '../core/workflow/support';

const run = (...argv: string[]) => runLoket(argv);
const runAs = (...argv: string[]) => runLoket([...argv, '--operator', TEST_OPERATOR.nip], captureIo({ terminal: TEST_OPERATOR.pin }));

interface CaseJson { schemaVersion: number; record: CaseRecord }
interface LettersIndex { letters: Array<{ path: string; kind: string; contentHash: string; pdfSha256: string; content: Record<string, unknown> }> }

let dataDir = '';
let bag = '';
let caseNumber = '';

// One export for the whole file (tempDir's folders go after each test): these live until the end.
const suiteDirs: string[] = [];
const suiteDir = async (prefix: string) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  suiteDirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(suiteDirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

beforeAll(async () => {
  dataDir = await suiteDir('loket-head-data-');
  const root = await suiteDir('loket-head-root-');
  caseNumber = (await makeClosedCase(dataDir)).caseNumber;
  const exported = await runAs('export', '--data-dir', dataDir, '--all', '--to', root, '--json');
  expect(exported.code).toBe(0);
  const statuses = JSON.parse(exported.stdout) as ExportStatus[];
  bag = path.join(root, ...must(statuses[0]?.bags[0]).path.split('/'));
}, 120_000);

/** A copy of the bag in another folder (a copy of the share, a USB disk): the export record still names it by its folder. */
async function shareCopy(): Promise<string> {
  const target = path.join(await tempDir('loket-head-share-'), path.basename(bag));
  await fs.cp(bag, target, { recursive: true });
  return target;
}

const readJson = async <T>(file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as T;

/** Writes a trail back everywhere the bag holds it: case.json, audit-trail.jsonl, Jejak-Audit-Hash. */
async function writeTrail(dir: string, caseJson: CaseJson, events: CaseEvent[]): Promise<void> {
  caseJson.record.events = events;
  await fs.writeFile(path.join(dir, 'case.json'), `${JSON.stringify(caseJson, null, 2)}\n`);
  await fs.writeFile(path.join(dir, 'audit-trail.jsonl'), events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  const info = path.join(dir, 'bag-info.txt');
  await fs.writeFile(info, (await fs.readFile(info, 'utf8')).replace(/Jejak-Audit-Hash: .*/, `Jejak-Audit-Hash: ${must(events.at(-1)).hash}`));
}

/** The requester's name changed in case.json, a matching correction chained onto the trail, every checksum resealed. */
async function forgeCorrection(dir: string): Promise<void> {
  const caseJson = await readJson<CaseJson>(path.join(dir, 'case.json'));
  const events = [...caseJson.record.events];
  const before = caseJson.record.intake.requester.name;
  caseJson.record.intake.requester.name = 'Nama Pengganti';
  const last = must(events.at(-1));
  events.push(chainEvent(events, { at: last.at, type: 'intake_corrected', operator: last.operator, source: 'app', payload: { changes: [{ path: 'requester.name', before, after: 'Nama Pengganti' }] } }));
  await writeTrail(dir, caseJson, events);
  await reseal(dir);
}

const verifyJson = async (...argv: string[]) => {
  const r = await run('verify', '--json', ...argv);
  return { code: r.code, report: must((JSON.parse(r.stdout) as BagReport[])[0]) };
};
/** Every symbol zbar reads on every page (the head block sits with the signature, wherever that falls). */
async function symbolsOnAllPages(pdf: Uint8Array): Promise<string[]> {
  const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
  const out: string[] = [];
  for (let p = 1; p <= pages; p++) out.push(...(await zbarSymbols(pdf, p)));
  return out;
}

const statuses = (r: BagReport) => Object.fromEntries(r.copies.map((c) => [c.copy, c.status]));

describe('loket verify and the trail head copies', () => {
  it('an unedited bag: alone, only the office catalogue beside it is checked (said so); with --data-dir every copy checked and listed', async () => {
    const alone = await run('verify', bag);
    expect(alone).toMatchObject({ code: 0, stderr: '' });
    expect(alone.stdout).toContain('Salinan independen hash jejak audit yang diperiksa: Katalog arsip kantor (.loket/catalogue).');
    expect(alone.stdout).toMatch(/tidak diperiksa +Catatan ekspor \(exports\.json\): Tidak diperiksa: folder data tidak disebut \(--data-dir\)\./);

    const withCopies = await run('verify', '--data-dir', dataDir, bag);
    expect(withCopies).toMatchObject({ code: 0, stderr: '' });
    expect(withCopies.stdout).toContain('Salinan independen hash jejak audit yang diperiksa: Catatan ekspor (exports.json), Register surat keluar (letters-register.json), Katalog arsip kantor (.loket/catalogue).');
    expect(withCopies.stdout).toMatch(/cocok +Catatan ekspor \(exports\.json\) \[.*exports\.json\]: Cocok: hash jejak audit \(peristiwa ke-\d+, [0-9a-f]{12}…\)/);

    const { code, report } = await verifyJson('--data-dir', dataDir, bag);
    expect(code).toBe(0);
    expect(statuses(report)).toEqual({ export_record: 'match', letters_register: 'match', control_sheet: 'unreachable', office_catalogue: 'match' });
    // The paper cannot be read by a program: the report says what it must show.
    const events = (await fs.readFile(path.join(bag, 'audit-trail.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as CaseEvent);
    const sheet = must(report.copies.find((c) => c.copy === 'control_sheet'));
    expect(sheet.message).toMatch(/peristiwa ke-(\d+) dan hash ([0-9a-f]{64})/);
    const [, n, hash] = must(/peristiwa ke-(\d+) dan hash ([0-9a-f]{64})/.exec(sheet.message));
    expect(events[Number(n) - 1]?.hash).toBe(hash);
  });

  it('case.json edited on the share, the trail made to agree (a forged correction appended), checksums resealed: valid alone, caught by the export record', async () => {
    const dir = await shareCopy();
    await forgeCorrection(dir);

    const alone = await run('verify', dir);
    expect(alone.code).toBe(0); // BagIt, the chain, the record, the letters: all agree with each other…
    expect(alone.stdout).toContain(`UTUH   ${dir}`);
    expect(alone.stdout).toContain('Salinan independen hash jejak audit: tidak ada yang diperiksa — bag ini hanya cocok dengan dirinya sendiri.');

    const caught = await run('verify', '--data-dir', dataDir, dir); // …the data folder's copy does not
    expect(caught.code).toBe(1);
    expect(caught.stdout).toContain(`RUSAK  ${dir}`);
    expect(caught.stdout).toMatch(/\[trail_copy_mismatch\] exports\.json: Bag \S+ tidak sama dengan yang diekspor dan dicatat di exports\.json: sidik tagmanifest-sha256\.txt tercatat [0-9a-f]{12}…, bag [0-9a-f]{12}…; hash jejak audit tercatat peristiwa ke-\d+/);
    expect(caught.stderr).toMatch(/tidak utuh/);
    const { report } = await verifyJson('--data-dir', dataDir, dir);
    // The letters were issued before the forged event: the trail still passes through their heads.
    expect(statuses(report)).toEqual({ export_record: 'mismatch', letters_register: 'match', control_sheet: 'unreachable', office_catalogue: 'unreachable' });
    expect(report.problems.map((p) => `${p.code}:${p.path}`)).toEqual(['trail_copy_mismatch:exports.json']);
  });

  it('the whole chain re-hashed from an edited genesis, the control sheet re-rendered with the new head: valid alone, caught by the export record and the letters register, and unlike the paper', async () => {
    const dir = await shareCopy();
    const caseJson = await readJson<CaseJson>(path.join(dir, 'case.json'));
    caseJson.record.intake.requester.name = 'Nama Pengganti';
    const genesis = must(caseJson.record.events[0]);
    if (genesis.type !== 'registered') throw new Error('the first event is not the registration');
    const intake = genesis.payload.intake as { requester: { name: string } };
    intake.requester.name = 'Nama Pengganti';
    const events: CaseEvent[] = [];
    // The forger re-hashes every event as it is (its source included, when it has one).
    for (const e of caseJson.record.events) events.push(chainEvent(events, { at: e.at, type: e.type, operator: e.operator, source: e.source ?? 'app', payload: e.payload } as NewEvent));
    await writeTrail(dir, caseJson, events);
    await reseal(dir);
    // The bag's own control sheet still names the old head: the chain no longer passes through it.
    const halfway = await verifyJson(dir);
    expect(halfway.code).toBe(1);
    expect(halfway.report.problems.map((p) => `${p.code}:${p.path}`)).toEqual(['audit_trail_broken:data/07-lembar-kendali.pdf']);
    expect(must(halfway.report.problems[0]).message).toMatch(/^Lembar Kendali mencetak hash jejak audit [0-9a-f]{12}… pada peristiwa ke-\d+, tetapi jejak audit bag ini berbeda di sana/);
    // The control sheet printed the old head; a careful forger renders it again with the new one.
    const indexFile = path.join(dir, 'surat-keluar.json');
    const index = await readJson<LettersIndex>(indexFile);
    const entry = must(index.letters.find((l) => l.kind === 'control_sheet'));
    const original = new Uint8Array(await fs.readFile(path.join(bag, ...entry.path.split('/'))));
    const content = entry.content as unknown as LetterContent;
    const printed = must(content.trailHead);
    const forgedHead = { seq: printed.seq, hash: must(events[printed.seq]).hash };
    const forged: LetterContent = { ...content, trailHead: forgedHead };
    const hash = contentHash(forged);
    const dirFonts = path.dirname(pdfAssets().fontFile);
    const { pdf } = await renderLetter({
      content: forged, contentHash: hash, qrText: letterQrText(forged, hash), logo: null, password: null, draft: false, numbered: false, createdAt: caseJson.record.updatedAt,
      fileId: '0'.repeat(32), iccFile: pdfAssets().iccFile,
      fonts: { regular: path.join(dirFonts, 'LiberationSerif-Regular.ttf'), bold: path.join(dirFonts, 'LiberationSerif-Bold.ttf'), italic: path.join(dirFonts, 'LiberationSerif-Italic.ttf'), sans: pdfAssets().fontFile },
    });
    await fs.writeFile(path.join(dir, ...entry.path.split('/')), pdf);
    Object.assign(entry, { content: forged, contentHash: hash, pdfSha256: createHash('sha256').update(pdf).digest('hex') });
    await fs.writeFile(indexFile, `${JSON.stringify(index, null, 2)}\n`);
    await reseal(dir);

    const alone = await verifyJson(dir);
    expect(alone.report.problems).toEqual([]);
    expect(alone.code).toBe(0);
    expect(alone.report.copies.every((c) => c.status === 'unreachable')).toBe(true);

    const caught = await run('verify', '--data-dir', dataDir, dir);
    expect(caught.code).toBe(1);
    expect(caught.stdout).toContain('[trail_copy_mismatch] exports.json: ');
    expect(caught.stdout).toMatch(/\[trail_copy_mismatch\] letters-register\.json: Jejak audit bag tidak melewati hash yang tercatat saat surat diterbitkan: tercatat peristiwa ke-\d+, [0-9a-f]{12}…, bag: peristiwa ke-\d+, [0-9a-f]{12}… \(Tanda Terima Berkas (?:Nomor \S+ )?versi 1, .*Lembar Kendali versi 1\)\. Jejak audit telah ditulis ulang\./);
    expect(caught.stdout).toMatch(/TIDAK COCOK +Register surat keluar \(letters-register\.json\) \[.*\]: lihat \[trail_copy_mismatch\] di atas\./);
    const { report } = await verifyJson('--data-dir', dataDir, dir);
    expect(statuses(report)).toEqual({ export_record: 'mismatch', letters_register: 'mismatch', control_sheet: 'unreachable', office_catalogue: 'unreachable' });

    // The paper: the sheet printed at export carries the true head, not what the forged bag asks for.
    const onPaper = (await symbolsOnAllPages(original)).map((s) => parseTrailHeadQr(s.replace(/^QR-Code:/, ''))).find((q) => q !== null);
    expect(onPaper).toEqual({ caseNumber, head: printed });
    expect(must(report.copies.find((c) => c.copy === 'control_sheet')).message).toContain(forgedHead.hash);
    expect(forgedHead.hash).not.toBe(printed.hash);
  });

  it('a data folder without the copies is reported as not reachable; a bag the export record never recorded is named', async () => {
    const empty = await tempDir('loket-head-empty-');
    const none = await verifyJson('--data-dir', empty, bag);
    expect(none.code).toBe(0);
    expect(statuses(none.report)).toEqual({ export_record: 'unreachable', letters_register: 'unreachable', control_sheet: 'unreachable', office_catalogue: 'match' });
    expect(must(none.report.copies[0]).message).toMatch(/exports\.json tidak ada atau tidak dapat dibaca/);
    expect((await run('verify', '--data-dir', path.join(empty, 'tidak-ada'), bag)).stderr).toMatch(/Folder data .* tidak ditemukan/);

    // The same bytes under a version the app never published (a _v7 beside the real one).
    const copy = await shareCopy();
    const unrecorded = `${copy}_v7`;
    await fs.rename(copy, unrecorded);
    const r = await run('verify', '--data-dir', dataDir, unrecorded);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[trail_copy_mismatch\] exports\.json: Berkas \S+ tercatat di exports\.json, tetapi bag \S+_v7 tidak pernah dicatat sebagai hasil ekspornya/);
  });

  it('the control sheet prints the head short and in full with a QR of case number + hash, the one the register recorded', async () => {
    const index = await readJson<LettersIndex>(path.join(bag, 'surat-keluar.json'));
    const entry = must(index.letters.find((l) => l.kind === 'control_sheet'));
    const pdf = new Uint8Array(await fs.readFile(path.join(bag, ...entry.path.split('/'))));
    const register = lettersRegisterSchema.parse(await readJson(path.join(dataDir, LETTERS_REGISTER_FILE)));
    const issued = must(register.letters.filter((l) => l.kind === 'control_sheet').at(-1));
    const head = must(issued.trailHead);
    expect(entry.content['trailHead']).toEqual(head);
    const events = (await fs.readFile(path.join(bag, 'audit-trail.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as CaseEvent);
    expect(events[head.seq]?.hash).toBe(head.hash);

    const text = await pdfText(pdf);
    expect(text).toContain(head.hash);
    expect(text).toContain(`Kepala jejak audit berkas saat lembar ini diterbitkan: peristiwa ke-${head.seq + 1}`);
    expect(text).toContain(`Hash ringkas: ${head.hash.slice(0, 12)}…`);
    // The block stays with the signature: one never moves to another page without the other.
    const pages = text.split('\f');
    const blockPage = pages.findIndex((p) => p.includes(head.hash));
    expect(blockPage).toBeGreaterThanOrEqual(0);
    expect(pages[blockPage]).toMatch(/NIP\. \d{8} \d{6} \d \d{3}/);
    // Decoded from the rendered page by zbar, as a phone or scanner would.
    const symbols = await symbolsOnAllPages(pdf);
    expect(symbols).toContain(`QR-Code:${trailHeadQrText(caseNumber, head)}`);
    expect(trailHeadQrText(caseNumber, head)).toBe(`LOKET-JEJAK|${caseNumber}|${head.seq}|${head.hash}`);
  });

  // Last: it edits the published bag itself.
  it('a bag edited in place on the share and resealed is caught by the office catalogue alone, naming the workstation', async () => {
    await forgeCorrection(bag);
    const alone = await run('verify', bag);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toMatch(/\[trail_copy_mismatch\] \.loket\/catalogue: Bag \d{4}\/\S+ tidak sama dengan yang diterbitkan WS01 dan dicatat di katalognya: sidik tagmanifest-sha256\.txt tercatat [0-9a-f]{12}…, bag [0-9a-f]{12}…; hash jejak audit tercatat peristiwa ke-\d+/);
  });
});
