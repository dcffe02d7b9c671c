/** The letter settings editor's model: to and from the contract, and errors back onto its fields. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_NUMBER_PATTERN, DEFAULT_LETTER_SIGNERS, LETTERS_SETTINGS_VERSION, LETTER_KINDS, type LettersSettings, type LetterTemplate } from '../../../../shared/domain/letters';
import { checkForm, fieldOfPath, formOf, inputOf, insertAt, kindsWithErrors, mapErrors, numberExample } from '../../../../renderer/features/letters/settingsForm';

const template: LetterTemplate = { subject: 'Perihal {nama}', body: 'Isi untuk {nama}.', closing: 'Demikian.', copies: ['Arsip'], code: 'X', numbered: true, nature: 'Biasa' };
const saved: LettersSettings = {
  schemaVersion: LETTERS_SETTINGS_VERSION,
  numberPattern: DEFAULT_LETTER_NUMBER_PATTERN,
  signers: { ...DEFAULT_LETTER_SIGNERS, receipt: { signer: 'officer', acknowledger: 'head' } },
  letterheadLines: ['Telepon (0266) 123456'],
  logo: '',
  templates: Object.fromEntries(LETTER_KINDS.map((k) => [k, { ...template, code: k.slice(0, 3).toUpperCase() }])) as LettersSettings['templates'],
};

describe('letter settings editor model', () => {
  it('round-trips the saved settings (copies as lines, three letterhead boxes)', () => {
    const f = formOf(saved);
    expect(f.letterheadLines).toEqual(['Telepon (0266) 123456', '', '']);
    expect(f.templates.notification.copies).toBe('Arsip');
    const { schemaVersion: _v, ...input } = saved;
    expect(inputOf(f)).toEqual(input);
  });

  it('drops blank tembusan lines and blank letterhead boxes', () => {
    const f = formOf(saved);
    f.templates.receipt.copies = ' Arsip \n\n  Inspektorat \n';
    f.letterheadLines = ['', 'surel: ukpbj@sukamajukab.go.id', ''];
    const input = inputOf(f);
    expect(input.templates.receipt.copies).toEqual(['Arsip', 'Inspektorat']);
    expect(input.letterheadLines).toEqual(['surel: ukpbj@sukamajukab.go.id']);
  });

  it('refuses an unknown placeholder with the Indonesian message on its field', () => {
    const f = formOf(saved);
    f.templates.notification.body = 'Yth. {namaLengkap}';
    const checked = checkForm(f);
    expect(checked.errors['templates.notification.body']).toBe('Penanda {namaLengkap} tidak dikenal. Pilih dari daftar penanda di samping.');
    expect([...kindsWithErrors(Object.keys(checked.errors))]).toEqual(['notification']);
    expect(checkForm(formOf(saved)).errors).toEqual({});
  });

  it('refuses a letter acknowledged by its own signer, on that kind’s control', () => {
    const f = formOf(saved);
    f.signers.reset_report = { signer: 'head', acknowledger: 'head' };
    const checked = checkForm(f);
    expect(checked.errors['signers.reset_report.acknowledger']).toBe('Yang mengetahui tidak boleh sama dengan penanda tangan.');
    expect([...kindsWithErrors(Object.keys(checked.errors))]).toEqual(['reset_report']);
  });

  it('puts the core’s field paths on the editor’s fields', () => {
    const f = formOf(saved);
    f.letterheadLines = ['', 'baris dua', 'baris tiga'];
    expect(fieldOfPath('templates.receipt.copies.1', f)).toBe('templates.receipt.copies');
    expect(fieldOfPath('signers.receipt.acknowledger', f)).toBe('signers.receipt.acknowledger');
    // The second line sent is the third box.
    expect(fieldOfPath('letterheadLines.1', f)).toBe('letterheadLines.2');
    expect(fieldOfPath('templates.unknown.subject', f)).toBeNull();
    const mapped = mapErrors({ numberPattern: 'Pola salah.', somethingElse: 'Lain.' }, f);
    expect(mapped).toEqual({ fields: { numberPattern: 'Pola salah.' }, other: ['Lain.'] });
  });

  it('shows an example number from the pattern', () => {
    expect(numberExample('{seq}/{kode}/UKPBJ/{bulanRomawi}/{tahun}', 'PPB', '2026-11-25', 'WS01')).toBe('007/PPB/UKPBJ/XI/2026');
    expect(numberExample('{seq}/{kode}/{ws}/UKPBJ/{bulanRomawi}/{tahun}', 'PPB', '2026-11-25', 'WS01')).toBe('007/PPB/WS01/UKPBJ/XI/2026');
    expect(numberExample('{seq}/{kode}/{bulan}/{tahun}', '', '2026-03-02', 'WS01')).toBe('007/03/2026');
  });

  it('inserts a placeholder at the cursor or over the selection', () => {
    expect(insertAt('Yth. Saudara', '{nama}', 13, 13)).toEqual({ value: 'Yth. Saudara{nama}', cursor: 18 });
    expect(insertAt('Yth. X ini', '{nama}', 5, 6)).toEqual({ value: 'Yth. {nama} ini', cursor: 11 });
    expect(insertAt('abc', '{nip}', null, null)).toEqual({ value: 'abc{nip}', cursor: 8 });
  });
});
