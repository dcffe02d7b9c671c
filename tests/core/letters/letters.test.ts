/**
 * Letters (issue 5 §1–§2) through the contract, with real poppler/qpdf/zbar: every kind is a valid
 * PDF/A-2b with embedded fonts, numbered from the per-year register, its QR code carries the hash of
 * what it says, and the step-8 password exists on the printed copy only (memory), never on disk.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTanggal, localDate } from '../../../shared/dates';
import { DEFAULT_LETTER_SIGNERS, LETTER_KINDS, type LetterKind } from '../../../shared/domain/letters';
import { canonicalJson, sha256Hex } from '../../../electron/core/workflow/canonical';
import { demoPagePng } from '../../../electron/core/demo/demoPage';
import { documentsOf } from '../../../electron/core/documents/service';
import { foldTrail, lastCompletion } from '../../../shared/domain/workflowFold';
import { call, callError } from '../support/core';
import { tempDir } from '../support/tempDir';
import { validIntake } from '../../fixtures/intake';
import { testSettingsInput } from '../../fixtures/profile';
import { fileSystemNow, needlesFor, searchTree } from '../workflow/byteSearch';
import { ADMIN, PIN, TestClock, drive, setUpOperator } from '../workflow/support';
import { expectPdfA2b, openLettersCore, pdfText } from './support';
import { footerQr, zbarSymbols } from './readMarks';

const CHANGES = [{ field: 'email' as const, label: '', current: 'siti.nurhaliza@sukamajukab.go.id', requested: 'siti.n@sukamajukab.go.id' }];

async function setUp() {
  const clock = new TestClock();
  const dir = await tempDir();
  const lc = await openLettersCore(dir, clock.now);
  await setUpOperator(lc.core);
  await call(lc.core, 'settings.save', testSettingsInput());
  return { ...lc, clock, dir };
}

/** A file for qpdf/pdffonts/pdfinfo, which read no stdin (archived copies only: no password). */
async function pdfFile(pdf: Uint8Array): Promise<string> {
  const dir = await tempDir('loket-letter-');
  const file = path.join(dir, 'surat.pdf');
  await fs.writeFile(file, pdf);
  return file;
}

describe('letters', () => {
  it('every kind renders as PDF/A-2b: qpdf --check passes, all fonts embedded, XMP part 2 / B, the text an admin expects', async () => {
    const { core, letters, clock } = await setUp();
    const c = await call(core, 'cases.create', validIntake({ kind: 'both', changes: CHANGES }));
    await drive(core, c.id, ['incomplete', 'notice_sent', 'supplemented', 'complete', 'valid', 'reset_done'], clock, 'both');
    const r = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    await drive(core, r.id, ['complete', 'invalid', 'rejection_sent'], clock, 'reset_password');
    const placeDate = `Sukamaju, ${formatTanggal(localDate(clock.now(), 'WIB'))}`;
    const seen = new Set<LetterKind>();
    for (const [id, kinds] of [[c.id, LETTER_KINDS.filter((k) => k !== 'rejection_notice')], [r.id, ['rejection_notice'] as const]] as const) {
      for (const kind of kinds) {
        const issued = await call(core, 'letters.issue', { id, kind, visit: 1 });
        const pdf = await letters.deps.documents.blobs.read(issued.blob);
        const file = await pdfFile(pdf);
        const meta = await expectPdfA2b(file, kind);
        expect(meta).toContain(`<loket:contentHash>${issued.contentHash}</loket:contentHash>`);
        const text = await pdfText(pdf);
        expect(text, kind).toContain('Siti Nurhaliza');
        if (kind !== 'control_sheet') {
          expect(text, kind).toContain(placeDate);
          expect(text, kind).toContain(issued.number);
          expect(issued.number).toMatch(/^\d{3}\/[A-Z]+\/WS01\/UKPBJ\/[IVX]+\/\d{4}$/);
        } else expect(issued.number).toBe('');
        expect(text).toContain('PEMERINTAH KABUPATEN SUKAMAJU');
        seen.add(kind);
      }
    }
    expect([...seen].sort()).toEqual([...LETTER_KINDS].sort());
    // Per kind, what the SOP step says it records.
    const read = async (id: string, kind: LetterKind) => pdfText(await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id, kind, visit: 1 })).blob));
    const notice = await read(c.id, 'completion_notice');
    expect(notice).toMatch(/paling lambat tanggal \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(notice).toMatch(/Kekurangan berkas yang harus dilengkapi[\s\S]*Tanda tangan dan cap dinas pada surat permohonan[\s\S]*SK penetapan sebagai Pokja Pemilihan/);
    expect(await read(c.id, 'validity_result')).toMatch(/Konfirmasi kepada pemohon[\s\S]*Membenarkan/);
    expect(await read(c.id, 'reset_report')).toMatch(/siti\.nurhaliza@sukamajukab\.go\.id\s+siti\.n@sukamajukab\.go\.id/);
    expect(await read(r.id, 'rejection_notice')).toContain('Nama pemohon tidak sama dengan nama akun di SPSE.');
    expect(await read(c.id, 'control_sheet')).toMatch(/Rina Wulandari[\s\S]*Sesuai standar/);
  }, 180_000);

  it('the letterhead names the city of the profile under the address, once (issue 10 walkthrough)', async () => {
    const { core, letters } = await setUp();
    const agency = { ...testSettingsInput().agency, institution: 'Pemerintah Kota Tanjung Harapan', address: 'Jl. Pahlawan No. 12', city: 'Tanjung Harapan' };
    await call(core, 'settings.save', testSettingsInput({ agency }));
    const c = await call(core, 'cases.create', validIntake());
    const receipt = await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 })).blob);
    // LOKET_SHOTS keeps it, to look at (pdftoppm -r 100).
    if (process.env['LOKET_SHOTS']) await fs.writeFile(path.join(process.env['LOKET_SHOTS'], 'letterhead-city.pdf'), receipt);
    const kop = (await pdfText(receipt)).split('\n').slice(0, 4).join('\n');
    expect(kop).toMatch(/PEMERINTAH KOTA TANJUNG HARAPAN[\s\S]*Jl\. Pahlawan No\. 12, Tanjung Harapan/);
    // An address that already names the city is printed as it is.
    await call(core, 'settings.save', testSettingsInput({ agency: { ...agency, address: 'Jl. Pahlawan No. 12, Tanjung Harapan 12345' } }));
    const again = await pdfText(await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 })).blob));
    expect(again).toContain('Jl. Pahlawan No. 12, Tanjung Harapan 12345');
    expect(again).not.toContain('12345, Tanjung Harapan');
  }, 120_000);

  it('numbers per year across all kinds, from the configured pattern (Roman month); unchanged content re-issues the same entry; changed content makes version 2 with the same number', async () => {
    const { core, clock } = await setUp();
    await call(core, 'letters.settings.save', { ...(await call(core, 'letters.settings.get', {})), numberPattern: '{kode}-{seq}/{bulan}/{bulanRomawi}/{tahun}' });
    const a = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    const b = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    const day = localDate(clock.now(), 'WIB');
    const [y, m] = [day.slice(0, 4), Number(day.slice(5, 7))];
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][m - 1];
    const r1 = await call(core, 'letters.issue', { id: a.id, kind: 'receipt', visit: 1 });
    const r2 = await call(core, 'letters.issue', { id: b.id, kind: 'receipt', visit: 1 });
    await drive(core, a.id, ['complete'], clock, 'reset_password');
    const h3 = await call(core, 'letters.issue', { id: a.id, kind: 'completeness_result', visit: 1 });
    expect([r1.number, r2.number, h3.number]).toEqual([
      `TT-001/${String(m).padStart(2, '0')}/${roman}/${y}`,
      `TT-002/${String(m).padStart(2, '0')}/${roman}/${y}`,
      `HPK-003/${String(m).padStart(2, '0')}/${roman}/${y}`,
    ]);
    // Unnumbered: the control sheet takes no number and no sequence.
    expect(await call(core, 'letters.issue', { id: a.id, kind: 'control_sheet', visit: 1 })).toMatchObject({ number: '', seq: 0 });
    // Same content → the same entry, no new number.
    expect(await call(core, 'letters.issue', { id: a.id, kind: 'receipt', visit: 1 })).toEqual(r1);
    let list = (await call(core, 'letters.list', { id: a.id })).letters;
    expect(list.find((l) => l.kind === 'receipt')).toMatchObject({ available: true, stale: false, issued: r1 });
    // The content changes (the receipt is now acknowledged by the head) → stale → version 2, same number.
    const lettersSettings = await call(core, 'letters.settings.get', {});
    await call(core, 'letters.settings.save', { ...lettersSettings, signers: { ...lettersSettings.signers, receipt: { signer: 'officer', acknowledger: 'head' } } });
    list = (await call(core, 'letters.list', { id: a.id })).letters;
    expect(list.find((l) => l.kind === 'receipt')?.stale).toBe(true);
    const v2 = await call(core, 'letters.issue', { id: a.id, kind: 'receipt', visit: 1 });
    expect(v2).toMatchObject({ version: 2, number: r1.number, seq: 1 });
    expect(v2.contentHash).not.toBe(r1.contentHash);
    // A new year starts the sequence again at 1.
    const nextYear = Date.parse(`${Number(y) + 1}-01-02T03:00:00Z`);
    clock.t = nextYear;
    // Weeks later the screen has locked itself (auto-lock): unlock as the operator would.
    const ops = await call(core, 'operators.list', {});
    await call(core, 'operators.unlock', { operatorId: ops.operators[0]?.id ?? '', pin: PIN });
    await drive(core, b.id, ['complete'], clock, 'reset_password');
    const ny = await call(core, 'letters.issue', { id: b.id, kind: 'completeness_result', visit: 1 });
    expect(ny).toMatchObject({ seq: 1, year: Number(y) + 1, number: `HPK-001/01/I/${Number(y) + 1}` });
    const register = JSON.parse(await fs.readFile(path.join(core.dataDir, 'letters-register.json'), 'utf8')) as { schemaVersion: number; sequences: Record<string, number> };
    expect(register).toMatchObject({ schemaVersion: 1, sequences: { [y]: 3, [String(Number(y) + 1)]: 1 } });
  }, 120_000);

  it('refuses bad settings with Indonesian messages and keeps the saved ones', async () => {
    const { core } = await setUp();
    const current = await call(core, 'letters.settings.get', {});
    expect(current.signers).toEqual(DEFAULT_LETTER_SIGNERS);
    expect(current).not.toHaveProperty('signatory');
    const badPlaceholder = { ...current, templates: { ...current.templates, receipt: { ...current.templates.receipt, body: 'Diterima dari {namaLengkap}.' } } };
    const e1 = await callError(core, 'letters.settings.save', badPlaceholder);
    expect(e1.code).toBe('invalid_input');
    expect(JSON.stringify(e1.fields)).toContain('Penanda {namaLengkap} tidak dikenal');
    const e2 = await callError(core, 'letters.settings.save', { ...current, numberPattern: '{kode}/UKPBJ/{tahun}' });
    expect(e2).toMatchObject({ code: 'invalid_input', fields: { numberPattern: 'Pola nomor surat harus memuat {seq} (nomor urut) dan {tahun}.' } });
    const e3 = await callError(core, 'letters.settings.save', { ...current, numberPattern: '{seq}/{nomor}/{tahun}' });
    expect(e3.message).toMatch(/Penanda \{nomor\} tidak dikenal dalam pola nomor surat/);
    expect(await call(core, 'letters.settings.get', {})).toEqual(current);
    await expect(fs.access(path.join(core.dataDir, 'letters.json'))).rejects.toThrow();
    // templatePreview checks the same way and writes nothing.
    expect((await callError(core, 'letters.templatePreview', { settings: badPlaceholder, kind: 'receipt' })).code).toBe('invalid_input');
  });

  it('the QR code of a letter decodes to its case number, number and the sha256 of its canonical content; readStamp reads the same from XMP', async () => {
    const { core, letters, store, clock } = await setUp();
    const c = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    await drive(core, c.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
    const archived = await letters.lettersForArchive(await store.cases.get(c.id));
    expect(archived.map((l) => l.issued.kind)).toEqual(['receipt', 'completeness_result', 'validity_result', 'reset_report', 'notification', 'control_sheet']);
    for (const l of archived.filter((x) => ['receipt', 'notification', 'control_sheet'].includes(x.issued.kind))) {
      const hash = sha256Hex(canonicalJson(l.content));
      expect(hash).toBe(l.issued.contentHash);
      const payload = await footerQr(l.pdf);
      expect(payload, l.issued.kind).toBe(`LOKET-AKUN|${c.caseNumber}|${l.issued.number || l.issued.kind}|${hash}`);
      expect(await letters.readStamp(l.pdf)).toEqual({ caseNumber: c.caseNumber, number: l.issued.number, contentHash: hash });
    }
    expect(await letters.readStamp(new TextEncoder().encode('%PDF-1.7\n%%EOF'))).toBeNull();
  }, 120_000);

  // zbarimg (zbar-tools) is installed by scripts/setup.sh: an independent decoder, not our own encoder read back.
  it('the receipt carries the archive number as QR code and as a Code 128 barcode a scanner reads', async () => {
    const { core, letters } = await setUp();
    const c = await call(core, 'cases.create', validIntake());
    const issued = await call(core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 });
    const symbols = await zbarSymbols(await letters.deps.documents.blobs.read(issued.blob));
    expect(symbols).toContain(`CODE-128:${c.caseNumber}`);
    expect(symbols).toContain(`QR-Code:${c.caseNumber}`);
  }, 60_000);

  it('step 8: the printed notice shows the password from memory, the archived one never; no file anywhere holds it; gone after step 8', async () => {
    const since = await fileSystemNow(os.tmpdir());
    const { core, letters, clock, dir } = await setUp();
    const c = await call(core, 'cases.create', validIntake({ kind: 'both', changes: CHANGES }));
    // Not before step 8 (the password does not exist yet).
    expect((await call(core, 'letters.list', { id: c.id })).letters.find((l) => l.kind === 'notification')).toMatchObject({ available: false, passwordAvailable: false });
    await drive(core, c.id, ['complete', 'valid', 'reset_done'], clock, 'both');
    const password = (await call(core, 'workflow.password.reveal', { id: c.id })).password;
    const entry = (await call(core, 'letters.list', { id: c.id })).letters.find((l) => l.kind === 'notification');
    expect(entry).toMatchObject({ available: true, passwordAvailable: true, issued: null });
    const issued = await call(core, 'letters.issue', { id: c.id, kind: 'notification', visit: 1 });
    const archivedText = await pdfText(await letters.deps.documents.blobs.read(issued.blob));
    expect(archivedText).not.toContain(password);
    expect(archivedText).toMatch(/dirahasiakan — diserahkan langsung kepada yang bersangkutan/);
    expect(archivedText).toMatch(/Wajib diganti pada saat pertama kali masuk \(login\) ke SPSE/);
    const printed = await letters.printable(c.id, 'notification', 1, true);
    expect(printed).toMatchObject({ number: issued.number, contentHash: issued.contentHash, draft: false });
    const printedText = await pdfText(printed.pdf);
    expect(printedText).toContain(password);
    expect(printedText).not.toContain('dirahasiakan');
    // The same paper, same QR: the hash covers the content, which never holds the password.
    expect(await footerQr(printed.pdf)).toBe(`LOKET-AKUN|${c.caseNumber}|${issued.number}|${issued.contentHash}`);
    const preview = await call(core, 'letters.preview', { id: c.id, kind: 'notification', visit: 1, includePassword: true, dpi: 60 });
    expect(preview.pages.length).toBeGreaterThanOrEqual(1);
    expect(preview.pages[0]?.dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(preview).toMatchObject({ number: issued.number, contentHash: issued.contentHash });
    // Only the step-8 notice may carry it.
    expect((await callError(core, 'letters.preview', { id: c.id, kind: 'reset_report', visit: 1, includePassword: true })).code).toBe('invalid_input');

    const needles = needlesFor(password);
    const data = await searchTree(dir, needles);
    expect(data.files).toBeGreaterThanOrEqual(5);
    expect(data.hits).toEqual([]);
    expect((await searchTree(os.tmpdir(), needles, { since })).hits).toEqual([]);

    // Step 8 recorded: the password leaves memory; the printed copy can no longer be made, the archived one can.
    await drive(core, c.id, ['notified'], clock, 'both');
    const gone = await callError(core, 'letters.preview', { id: c.id, kind: 'notification', visit: 1, includePassword: true });
    expect(gone.code).toBe('not_found');
    expect(gone.message).toMatch(/Password sementara sudah tidak tersimpan/);
    expect((await call(core, 'letters.list', { id: c.id })).letters.find((l) => l.kind === 'notification')).toMatchObject({ passwordAvailable: false, stale: false });
    expect((await call(core, 'letters.preview', { id: c.id, kind: 'notification', visit: 1, dpi: 50 })).number).toBe(issued.number);
  }, 120_000);

  it('issues on closed cases (the case record is never written), needs an unlocked operator, refuses letters whose step is not done', async () => {
    const { core, clock, store } = await setUp();
    const c = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    expect(await callError(core, 'letters.issue', { id: c.id, kind: 'reset_report', visit: 1 })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/setelah langkah 6 SOP selesai/),
    });
    expect((await callError(core, 'letters.issue', { id: c.id, kind: 'completeness_result', visit: 2 })).code).toBe('not_found');
    await drive(core, c.id, ['complete', 'invalid', 'rejection_sent', 'archived'], clock, 'reset_password');
    const before = await store.cases.get(c.id);
    const sheet = await call(core, 'letters.issue', { id: c.id, kind: 'control_sheet', visit: 1 });
    expect(sheet).toMatchObject({ kind: 'control_sheet', version: 1, operator: { name: ADMIN.name } });
    expect(await call(core, 'letters.issue', { id: c.id, kind: 'rejection_notice', visit: 1 })).toMatchObject({ number: expect.stringMatching(/\/PPD\//) });
    expect((await store.cases.get(c.id)).revision).toBe(before.revision);
    await call(core, 'operators.lock', {});
    expect(await callError(core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 })).toMatchObject({ code: 'locked', message: expect.stringMatching(/PIN/) });
    // Reading needs someone at the keyboard too (the contract's `session` level).
    expect((await callError(core, 'letters.list', { id: c.id })).code).toBe('locked');
    const ops = await call(core, 'operators.list', {});
    await call(core, 'operators.unlock', { operatorId: ops.operators[0]?.id ?? '', pin: PIN });
    expect((await call(core, 'letters.list', { id: c.id })).letters.length).toBe(LETTER_KINDS.length);
    expect((await call(core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 })).seq).toBe(2);
  }, 120_000);

  it('the receipt printed at the counter stays printed when scans are attached later, and the archive keeps that version 1 (walk s6 P1)', async () => {
    const { core, letters, store, clock } = await setUp();
    const c = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    const printed = await call(core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 });
    // Step 2 onwards: the admin scans the letter, the SK and a later supplement into the case.
    const docs = documentsOf(store);
    for (const [type, level] of [['request_letter', 'asli'], ['sk', 'salinan'], ['supplementary', 'salinan']] as const)
      await docs.addPages(c.id, [{ bytes: await demoPagePng(type.toUpperCase(), [c.caseNumber]), name: `${type}.png` }], { type, source: 'file', developmentLevel: level, receivedDate: c.intake.receivedAt.slice(0, 10) });
    const receipt = (await call(core, 'letters.list', { id: c.id })).letters.find((l) => l.kind === 'receipt');
    expect(receipt).toMatchObject({ stale: false, issued: printed });
    await drive(core, c.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
    const archived = (await letters.lettersForArchive(await store.cases.get(c.id))).find((l) => l.issued.kind === 'receipt');
    expect(archived?.issued).toEqual(printed);
    const text = await pdfText(archived?.pdf ?? new Uint8Array());
    if (process.env['LOKET_SHOTS'] && archived) await fs.writeFile(path.join(process.env['LOKET_SHOTS'], 'receipt-archived.pdf'), archived.pdf);
    expect(text).not.toContain('SALINAN ARSIP');
    expect(text).not.toMatch(/(Asli|Salinan), \d+ halaman|Dokumen Pelengkap/);
    expect(text).toMatch(/SK penetapan[\s\S]*Hardcopy/);
  }, 120_000);

  it('a User-ID-only change: step 8 needs no reminder to change a default password, and the notice does not speak of one (walk s6 P1)', async () => {
    const { core, letters, store, clock } = await setUp();
    const change = await call(core, 'cases.create', validIntake({ kind: 'change_info', changes: CHANGES }));
    await drive(core, change.id, ['complete', 'valid', 'reset_done'], clock, 'change_info');
    const notice = await call(core, 'letters.issue', { id: change.id, kind: 'notification', visit: 1 });
    const pdf = await letters.deps.documents.blobs.read(notice.blob);
    if (process.env['LOKET_SHOTS']) await fs.writeFile(path.join(process.env['LOKET_SHOTS'], 'notification-change-info.pdf'), pdf);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Password akun tidak direset; Saudari tetap menggunakan password yang berlaku.');
    expect(text).not.toMatch(/password default/i);
    expect(text).toContain('Demikian kami sampaikan. Atas perhatian Saudari, kami ucapkan terima kasih.');
    const at = clock.advance(2).toISOString();
    let state = await call(core, 'workflow.open', { id: change.id, step: 8 });
    state = await call(core, 'workflow.complete', { id: change.id, revision: state.revision, payload: { step: 8, channel: 'in_person', receivedBy: 'Siti Nurhaliza', at }, overrunReason: '' });
    expect(state.step).toBe(9);
    const recorded = lastCompletion(foldTrail((await store.cases.get(change.id)).events), 8)?.payload.data;
    expect(recorded).toMatchObject({ mustChangeReminder: false });

    // A password was reset: the core still refuses step 8 without the reminder, on the field.
    const reset = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    await drive(core, reset.id, ['complete', 'valid', 'reset_done'], clock, 'reset_password');
    const text2 = (await pdfText(await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id: reset.id, kind: 'notification', visit: 1 })).blob))).replace(/\s+/g, ' ');
    expect(text2).toContain('wajib segera mengganti password default');
    const s2 = await call(core, 'workflow.open', { id: reset.id, step: 8 });
    const refused = await callError(core, 'workflow.complete', { id: reset.id, revision: s2.revision, payload: { step: 8, channel: 'in_person', receivedBy: 'Siti Nurhaliza', at: clock.advance(2).toISOString() }, overrunReason: '' });
    expect(refused).toMatchObject({ code: 'invalid_input', fields: { 'payload.mustChangeReminder': 'Pastikan anggota Pokja diingatkan untuk mengganti password default.' } });
  }, 120_000);

  it('addresses a woman as Saudari and a man as Saudara, as the NIP\'s 15th digit says (walk s6 P3)', async () => {
    const { core, letters, clock } = await setUp();
    const base = validIntake({ kind: 'reset_password' });
    const woman = await call(core, 'cases.create', base);
    const man = await call(core, 'cases.create', { ...base, requester: { ...base.requester, name: 'Agus Santoso, S.E.', nip: '198911042014021001' } });
    const texts: Record<string, string> = {};
    // (The man's SPSE data would not match the fixture's step-5 form: his letter is the step-3 notice.)
    for (const [who, c, outcomes, kind] of [['woman', woman, ['complete', 'valid', 'reset_done'], 'notification'], ['man', man, ['incomplete', 'notice_sent'], 'completion_notice']] as const) {
      await drive(core, c.id, outcomes, clock, 'reset_password');
      const pdf = await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id: c.id, kind, visit: 1 })).blob);
      if (process.env['LOKET_SHOTS']) await fs.writeFile(path.join(process.env['LOKET_SHOTS'], `notification-${who}.pdf`), pdf);
      const receipt = await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 })).blob);
      texts[who] = `${await pdfText(pdf)}\n${await pdfText(receipt)}`.replace(/\s+/g, ' ');
    }
    expect(texts['woman']).toContain('Yth. Saudari Siti Nurhaliza');
    expect(texts['woman']).toContain('Telah diterima dari Saudari Siti Nurhaliza');
    expect(texts['woman']).toContain('Saudari wajib segera mengganti password default');
    expect(texts['woman']).not.toMatch(/\bSaudara\b/);
    expect(texts['man']).toContain('Yth. Saudara Agus Santoso');
    expect(texts['man']).toContain('Telah diterima dari Saudara Agus Santoso');
    expect(texts['man']).not.toMatch(/\bSaudari\b/);
  }, 120_000);

  it('previews unsaved templates on a sample case without writing anything', async () => {
    const { core } = await setUp();
    const settings = await call(core, 'letters.settings.get', {});
    // index.json is the store's own derived index, flushed on its own schedule.
    const listing = async () => (await fs.readdir(core.dataDir, { recursive: true })).filter((f) => f !== 'index.json').sort();
    const before = await listing();
    for (const kind of LETTER_KINDS) {
      const custom = { ...settings, templates: { ...settings.templates, [kind]: { ...settings.templates[kind], subject: `Uji Pratinjau ${kind}` } } };
      const p = await call(core, 'letters.templatePreview', { settings: custom, kind, dpi: 50 });
      expect(p.pages.length, kind).toBeGreaterThanOrEqual(1);
      expect(Math.abs(p.pageWidthPt - 595.28)).toBeLessThan(2); // A4, up to the pixel rounding
    }
    expect(await listing()).toEqual(before);
    expect(before.some((f) => f.startsWith('blobs') || f.startsWith('letters'))).toBe(false);
  }, 120_000);
});

describe('the outgoing-letter register', () => {
  it('a damaged register is quarantined and numbering stops (no duplicate numbers), also after a restart', async () => {
    const clock = new TestClock();
    const dir = await tempDir();
    const first = await openLettersCore(dir, clock.now);
    await setUpOperator(first.core);
    const c = await call(first.core, 'cases.create', validIntake());
    expect((await call(first.core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 })).seq).toBe(1);
    await first.core.close();
    // Garbled with no usable backup (the first write keeps none).
    await fs.writeFile(path.join(dir, 'letters-register.json'), '{"schemaVersion": 1, "sequences": {"20');
    await fs.rm(path.join(dir, 'letters-register.json.bak'), { force: true });
    for (let restart = 0; restart < 2; restart++) {
      const { core } = await openLettersCore(dir, clock.now);
      const ops = await call(core, 'operators.list', {});
      await call(core, 'operators.unlock', { operatorId: ops.operators[0]?.id ?? '', pin: PIN });
      const e = await callError(core, 'letters.issue', { id: c.id, kind: 'control_sheet', visit: 1 });
      expect(e.code).toBe('corrupt');
      expect(e.message).toMatch(/karantina[\s\S]*nomor ganda/);
      await core.close();
    }
    expect((await fs.readdir(path.join(dir, 'quarantine'))).some((n) => n.endsWith('_letters-register.json'))).toBe(true);
  }, 60_000);
});
