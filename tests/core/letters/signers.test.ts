/**
 * Issue 10 §2 and §8 through the core: who signs which letter (roles per kind, people from the
 * profile and the trail), an empty profile printed as visible placeholders, a head changed in
 * Settings on the next preview, the berita acara's opening in words, and archive copies of letters
 * never printed.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTanggal, localDate } from '../../../shared/dates';
import { DEFAULT_LETTER_SIGNERS, type LetterKind } from '../../../shared/domain/letters';
import { LETTERS_FILE, V1_RESET_REPORT_BODY, defaultLettersSettings } from '../../../electron/core/letters/settingsFile';
import { PROFILE_PLACEHOLDERS } from '../../../electron/core/letters/signers';
import { TEST_OPERATOR, call, callError } from '../support/core';
import { tempDir } from '../support/tempDir';
import { validIntake } from '../../fixtures/intake';
import { TEST_AGENCY, testSettingsInput } from '../../fixtures/profile';
import { TestClock, drive, setUpOperator } from '../workflow/support';
import { openLettersCore, pdfText, type LettersCore } from './support';

/** A second admin, who does the steps after registration. */
const AGUS = { name: 'Agus Salim, S.Kom.', nip: '198806102014021001', pin: '135790' };
const RINA_NIP = '19900115 201503 2 001';
const HEAD_NIP = '19720515 199803 1 004';

/** pdftotext's layout spacing folded, so a sentence reads the same wherever its lines break. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function setUp(start?: number): Promise<LettersCore & { clock: TestClock }> {
  const clock = new TestClock(start);
  const lc = await openLettersCore(await tempDir(), clock.now);
  await setUpOperator(lc.core);
  return { ...lc, clock };
}

async function unlockAgus(lc: LettersCore): Promise<void> {
  const agus = await call(lc.core, 'operators.create', { name: AGUS.name, nip: AGUS.nip, role: 'admin_agency', pin: AGUS.pin, pinConfirm: AGUS.pin });
  await call(lc.core, 'operators.unlock', { operatorId: agus.id, pin: AGUS.pin });
}

async function issuedText(lc: LettersCore, id: string, kind: LetterKind): Promise<string> {
  const issued = await call(lc.core, 'letters.issue', { id, kind, visit: 1 });
  return flat(await pdfText(await lc.letters.deps.documents.blobs.read(issued.blob)));
}

describe('who signs a letter', () => {
  it('by default the officer who did the work signs and the head acknowledges; letters to the requester are signed by the head', async () => {
    const lc = await setUp();
    await call(lc.core, 'settings.save', testSettingsInput());
    // Registered by Rina (the receiving officer); every later step done by Agus.
    const c = await call(lc.core, 'cases.create', validIntake({ receivedBy: TEST_OPERATOR.name }));
    await unlockAgus(lc);
    await drive(lc.core, c.id, ['complete', 'valid', 'reset_done'], lc.clock, 'reset_password');

    const receipt = await issuedText(lc, c.id, 'receipt');
    expect(receipt).toMatch(/Yang menyerahkan, Yang menerima, Anggota Pokja Pemilihan Admin Agency/);
    expect(receipt).toContain(`NIP. ${RINA_NIP}`);
    expect(receipt).not.toContain(TEST_AGENCY.headName);
    expect(receipt).not.toContain('Mengetahui');

    for (const kind of ['completeness_result', 'validity_result', 'reset_report'] as const) {
      const text = await issuedText(lc, c.id, kind);
      expect(text, kind).toContain('Mengetahui,');
      expect(text, kind).toContain(`${TEST_AGENCY.headName}`);
      expect(text, kind).toContain(`NIP. ${HEAD_NIP}`);
      expect(text, kind).toContain(`NIP. ${AGUS.nip.slice(0, 8)} ${AGUS.nip.slice(8, 14)} ${AGUS.nip.slice(14, 15)} ${AGUS.nip.slice(15)}`);
      expect(text, kind).not.toContain(`NIP. ${RINA_NIP}`);
    }
    const notice = await issuedText(lc, c.id, 'notification');
    expect(notice).toContain(`NIP. ${HEAD_NIP}`);
    expect(notice).not.toContain('Mengetahui');
    expect(notice).not.toContain(AGUS.name);
  }, 180_000);

  it('a configured role per kind is enforced by the core; a letter acknowledged by its own signer is refused in Indonesian', async () => {
    const lc = await setUp();
    await call(lc.core, 'settings.save', testSettingsInput());
    const c = await call(lc.core, 'cases.create', validIntake());
    await drive(lc.core, c.id, ['complete', 'valid', 'reset_done'], lc.clock, 'reset_password');
    const saved = await call(lc.core, 'letters.settings.get', {});
    expect(saved.signers).toEqual(DEFAULT_LETTER_SIGNERS);
    const bad = { ...saved, signers: { ...saved.signers, reset_report: { signer: 'head' as const, acknowledger: 'head' as const } } };
    expect(await callError(lc.core, 'letters.settings.save', bad)).toMatchObject({
      code: 'invalid_input',
      fields: { 'signers.reset_report.acknowledger': 'Yang mengetahui tidak boleh sama dengan penanda tangan.' },
    });
    await fs.access(path.join(lc.core.dataDir, LETTERS_FILE)).then(
      () => expect.unreachable('nothing saved'),
      () => undefined,
    );
    await call(lc.core, 'letters.settings.save', {
      ...saved,
      signers: { ...saved.signers, reset_report: { signer: 'head', acknowledger: 'none' }, receipt: { signer: 'officer', acknowledger: 'head' } },
    });
    const report = await issuedText(lc, c.id, 'reset_report');
    expect(report).toContain(`NIP. ${HEAD_NIP}`);
    expect(report).not.toContain('Mengetahui');
    expect(report).not.toContain(`NIP. ${RINA_NIP}`);
    const receipt = await issuedText(lc, c.id, 'receipt');
    expect(receipt).toMatch(/Yang menyerahkan,.*Yang menerima,.*Mengetahui,/);
    expect(receipt).toContain(`NIP. ${RINA_NIP}`);
    expect(receipt).toContain(`NIP. ${HEAD_NIP}`);
  }, 180_000);

  it('a head changed in Settings shows on the next preview of every letter; an empty profile prints placeholders, never a made-up head', async () => {
    const lc = await setUp();
    const settings = await call(lc.core, 'letters.settings.get', {});
    const sampleText = async (kind: LetterKind) => flat(await pdfText(await lc.letters.templatePreviewPdf(settings, kind)));
    // Nothing filled in yet.
    const empty = await sampleText('reset_report');
    expect(empty).toContain(PROFILE_PLACEHOLDERS.headName);
    expect(empty).toContain(PROFILE_PLACEHOLDERS.headNip);
    expect(empty).toContain(PROFILE_PLACEHOLDERS.institution.toUpperCase());
    expect(empty).not.toMatch(/Sukamaju|1970010119950310|19700101 199503/);

    await call(lc.core, 'settings.save', testSettingsInput());
    const c = await call(lc.core, 'cases.create', validIntake());
    await drive(lc.core, c.id, ['complete'], lc.clock, 'reset_password');
    const first = await call(lc.core, 'letters.issue', { id: c.id, kind: 'completeness_result', visit: 1 });
    expect(flat(await pdfText(await lc.letters.deps.documents.blobs.read(first.blob)))).toContain(TEST_AGENCY.headName);

    const newHead = { headName: 'Ir. Wayan Sudarma, M.T.', headNip: '197508172000121002' };
    await call(lc.core, 'settings.save', testSettingsInput({ agency: { ...TEST_AGENCY, ...newHead } }));
    const listed = (await call(lc.core, 'letters.list', { id: c.id })).letters.find((l) => l.kind === 'completeness_result');
    expect(listed?.stale).toBe(true);
    const next = await lc.letters.printable(c.id, 'completeness_result', 1, false);
    const text = flat(await pdfText(next.pdf));
    expect(text).toContain(newHead.headName);
    expect(text).toContain('NIP. 19750817 200012 1 002');
    expect(text).not.toContain(TEST_AGENCY.headName);
    expect(await sampleText('notification')).toContain(newHead.headName);
    // A draft says where its number will go — unless its kind takes none (the control sheet).
    expect(flat(await pdfText((await lc.letters.printable(c.id, 'receipt', 1, false)).pdf))).toContain('NOMOR: (nomor diberikan saat diterbitkan)');
    expect(flat(await pdfText((await lc.letters.printable(c.id, 'control_sheet', 1, false)).pdf))).not.toContain('NOMOR:');
  }, 180_000);
});

describe('the berita acara opening (tata naskah dinas)', () => {
  it.each([
    ['2028-02-29T03:00:00Z', 'Pada hari ini Selasa, tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh delapan'],
    ['2026-12-31T16:50:00Z', 'Pada hari ini Kamis, tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh enam'],
    // 00.10 WIB: already the new year in the office's zone.
    ['2026-12-31T17:10:00Z', 'Pada hari ini Jumat, tanggal satu bulan Januari tahun dua ribu dua puluh tujuh'],
  ])('on %s it says the day, the date, the month and the year in words', async (instant, opening) => {
    const lc = await setUp(Date.parse(instant));
    await call(lc.core, 'settings.save', testSettingsInput());
    const settings = await call(lc.core, 'letters.settings.get', {});
    const text = flat(await pdfText(await lc.letters.templatePreviewPdf(settings, 'reset_report')));
    expect(text).toContain(`${opening}, kami yang bertanda tangan di bawah ini`);
  }, 60_000);
});

describe('a letter never printed before the case is archived', () => {
  it('is archived as a copy without a number that says it was never printed; printed later it takes its number then', async () => {
    const lc = await setUp();
    await call(lc.core, 'settings.save', testSettingsInput());
    const c = await call(lc.core, 'cases.create', validIntake());
    await drive(lc.core, c.id, ['complete'], lc.clock, 'reset_password');
    const printed = await call(lc.core, 'letters.issue', { id: c.id, kind: 'completeness_result', visit: 1 });
    await drive(lc.core, c.id, ['valid', 'reset_done', 'notified', 'archived'], lc.clock, 'reset_password');
    const archived = await lc.letters.lettersForArchive(await lc.store.cases.get(c.id));
    const byKind = new Map(archived.map((l) => [l.issued.kind, l]));
    // Printed before: archived as printed.
    expect(byKind.get('completeness_result')?.issued).toEqual(printed);
    const receipt = byKind.get('receipt');
    expect(receipt?.issued).toMatchObject({ archiveCopy: true, number: '', seq: 0, version: 1 });
    const text = flat(await pdfText(receipt?.pdf ?? new Uint8Array()));
    expect(text).toContain('SALINAN ARSIP — versi surat ini tidak pernah dicetak');
    expect(text).toContain('NOMOR: — (tidak pernah dicetak; salinan arsip)');
    expect(receipt?.content.placeDate).toBe(`Sukamaju, ${formatTanggal(localDate(lc.clock.now(), 'WIB'))} (tanggal pengarsipan)`);
    // The control sheet is the archive's own record: issued as usual, and recorded as the archiver's, not as printed.
    const sheet = byKind.get('control_sheet')?.issued;
    expect(sheet).toMatchObject({ archiveCopy: false, byArchiver: true, version: 1 });
    // The printed letter stays an operator's print; the archive copy is the archiver's.
    expect(printed.byArchiver).toBe(false);
    expect(receipt?.issued.byArchiver).toBe(true);
    // Only the printed letter took a number.
    expect(await lc.letters.register.nextSeq(printed.year)).toBe(2);
    // Archiving again changes nothing.
    expect((await lc.letters.lettersForArchive(await lc.store.cases.get(c.id))).map((l) => l.issued)).toEqual(archived.map((l) => l.issued));

    // Printed after all: a printed version with the next number and that day's date.
    lc.clock.advance(1);
    const late = await call(lc.core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 });
    expect(late).toMatchObject({ archiveCopy: false, byArchiver: false, version: 2, seq: 2 });
    expect(late.number).toMatch(/^002\/TT\//);

    // The control sheet printed by hand after the export: the same letter (number, date, content,
    // archived PDF), now recorded as printed by the operator; printing again records nothing more.
    const handPrinted = await call(lc.core, 'letters.issue', { id: c.id, kind: 'control_sheet', visit: 1 });
    expect(handPrinted).toEqual({ ...sheet, issuedAt: lc.clock.now().toISOString(), operator: { id: expect.any(String), name: TEST_OPERATOR.name }, byArchiver: false });
    expect(await lc.letters.register.latest(c.id, 'control_sheet', 1)).toEqual(handPrinted);
    expect(await call(lc.core, 'letters.issue', { id: c.id, kind: 'control_sheet', visit: 1 })).toEqual(handPrinted);
    expect((await lc.letters.register.ofCase(c.id)).filter((l) => l.kind === 'control_sheet')).toHaveLength(2);
    expect(flat(await pdfText(await lc.letters.deps.documents.blobs.read(late.blob)))).not.toContain('SALINAN ARSIP');
  }, 180_000);
});

describe('letters.json from version 1', () => {
  it('loses its copied signatory, gains the signer roles, and its unchanged berita acara and control sheet get the opening and the closing line', async () => {
    const dir = await tempDir();
    const v2 = defaultLettersSettings();
    const { signers: _roles, schemaVersion: _version, ...rest } = v2;
    const v1 = {
      ...rest,
      schemaVersion: 1,
      signatory: { position: 'Kepala UKPBJ', name: 'Kepala UKPBJ', nip: '197001011995031001' },
      templates: {
        ...v2.templates,
        reset_report: { ...v2.templates.reset_report, body: V1_RESET_REPORT_BODY },
        control_sheet: { ...v2.templates.control_sheet, closing: '' },
        // Edited by the admin: left as it is.
        receipt: { ...v2.templates.receipt, body: 'Diterima dari {nama}.' },
      },
    };
    await fs.writeFile(path.join(dir, LETTERS_FILE), JSON.stringify(v1));
    const lc = await openLettersCore(dir, new TestClock().now);
    await setUpOperator(lc.core);
    const migrated = await call(lc.core, 'letters.settings.get', {});
    expect(migrated).not.toHaveProperty('signatory');
    expect(migrated.signers).toEqual(DEFAULT_LETTER_SIGNERS);
    expect(migrated.templates.reset_report.body).toBe(v2.templates.reset_report.body);
    expect(migrated.templates.reset_report.body.startsWith('Pada hari ini {hari}, tanggal {tanggalTerbilang} bulan {bulan} tahun {tahunTerbilang}')).toBe(true);
    expect(migrated.templates.control_sheet.closing).toBe(v2.templates.control_sheet.closing);
    expect(migrated.templates.receipt.body).toBe('Diterima dari {nama}.');
    // The v1 file is kept beside it.
    expect(await fs.readdir(dir)).toContain(`${LETTERS_FILE}.v1.bak`);
  }, 60_000);
});
