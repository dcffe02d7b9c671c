/** One-line fields refuse line breaks, controls and bidi overrides; multi-line fields keep line breaks only. */
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../shared/contract/dispatch';
import { intakeSchema } from '../../shared/domain/case';
import { forbiddenCharacter } from '../../shared/domain/fields';
import { textIn } from '../../shared/messages/format';
import { letterTemplateSchema } from '../../shared/domain/letters';
import { stepPayloadSchema } from '../../shared/domain/workflow';
import { validIntake } from '../fixtures/intake';

function errorsOf(input: unknown): Record<string, string> {
  const r = intakeSchema.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
}
const withName = (name: string) => validIntake({ requester: { ...validIntake().requester, name } });

describe('one-line and multi-line text fields', () => {
  it.each([
    ['a newline', 'Siti\nNurhaliza'],
    ['a carriage return', 'Siti\rNurhaliza'],
    ['a tab', 'Siti\tNurhaliza'],
    ['NUL', 'Siti\u0000Nurhaliza'],
    ['a C1 control (NEL)', 'Siti\u0085Nurhaliza'],
    ['DEL', 'Siti\u007fNurhaliza'],
    ['a Unicode line separator', 'Siti\u2028Nurhaliza'],
  ])('refuses %s in a name', (_what, name) => {
    expect(errorsOf(withName(name))['requester.name']).toBe('Nama tidak boleh berisi baris baru atau karakter kendali.');
  });

  it.each([0x202e, 0x202a, 0x202b, 0x202c, 0x202d, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f].map((c) => [c.toString(16).toUpperCase(), String.fromCodePoint(c)]))(
    'refuses the bidi control U+%s in a name',
    (_code, bidi) => {
      expect(errorsOf(withName(`Siti ${bidi}Nurhaliza`))['requester.name']).toBe('Nama tidak boleh berisi karakter pengatur arah teks (bidi).');
    },
  );

  it('names each one-line field of the intake with its own label', () => {
    const intake = validIntake();
    const e = errorsOf({
      ...intake,
      requester: { ...intake.requester, position: 'Anggota\nPokja', agency: 'Dinas\u202ePU' },
      letter: { ...intake.letter, number: '027/145\t/DPUPR' },
      receivedBy: 'Budi\nSantoso',
    });
    expect(e['requester.position']).toBe('Jabatan tidak boleh berisi baris baru atau karakter kendali.');
    expect(e['requester.agency']).toBe('Instansi/unit kerja tidak boleh berisi karakter pengatur arah teks (bidi).');
    expect(e['letter.number']).toBe('Nomor surat tidak boleh berisi baris baru atau karakter kendali.');
    expect(e['receivedBy']).toBe('Petugas penerima tidak boleh berisi baris baru atau karakter kendali.');
  });

  it('keeps plain text, accents and the line breaks of notes; trims surrounding whitespace as before', () => {
    const r = intakeSchema.parse(validIntake({ requester: { ...validIntake().requester, name: '  Ni Luh Putu Ayu Déwi, S.E.  ' }, notes: 'Baris satu\nBaris dua\r\nBaris tiga' }));
    expect(r.requester.name).toBe('Ni Luh Putu Ayu Déwi, S.E.');
    expect(r.notes).toBe('Baris satu\nBaris dua\r\nBaris tiga');
  });

  it('refuses bidi overrides and other controls in notes', () => {
    expect(errorsOf(validIntake({ notes: 'Catatan \u202eadmin' }))['notes']).toBe('Catatan tidak boleh berisi karakter pengatur arah teks (bidi).');
    expect(errorsOf(validIntake({ notes: 'Catatan\tadmin' }))['notes']).toBe('Catatan tidak boleh berisi karakter kendali (selain baris baru).');
    expect(errorsOf(validIntake({ notes: 'Catatan\radmin' }))['notes']).toBe('Catatan tidak boleh berisi karakter kendali (selain baris baru).');
    expect(errorsOf(validIntake({ notes: 'Catatan\u0007admin' }))['notes']).toBe('Catatan tidak boleh berisi karakter kendali (selain baris baru).');
  });

  it('applies to the step forms (box/folder/shelf one line, reasons several lines) and the letter templates', () => {
    const archive = (physical: { box: string; folder: string; shelf: string }, notes = '') =>
      stepPayloadSchema.safeParse({ step: 9, physical, electronic: 'pending', notes });
    const bad = archive({ box: 'B\n12', folder: 'F\u2067034', shelf: 'Lemari\u00852' });
    expect(bad.success).toBe(false);
    const e = bad.success ? {} : fieldErrors(bad.error);
    expect(e['physical.box']).toBe('Nomor boks tidak boleh berisi baris baru atau karakter kendali.');
    expect(e['physical.folder']).toBe('Nomor folder tidak boleh berisi karakter pengatur arah teks (bidi).');
    expect(e['physical.shelf']).toBe('Lemari/rak tidak boleh berisi baris baru atau karakter kendali.');
    expect(archive({ box: 'B-12', folder: 'F-034', shelf: 'Lemari 2' }, 'Boks di\nruang arsip').success).toBe(true);
    const rejection = { step: 7, reason: 'Nama berbeda.\nUser ID berbeda.', channel: 'letter', sentAt: '2026-11-24T02:30:00.000Z' };
    expect(stepPayloadSchema.safeParse(rejection).success).toBe(true);

    const template = { subject: 'Pemberitahuan', body: 'Paragraf satu.\n\nParagraf dua.', closing: 'Demikian.\nTerima kasih.' };
    expect(letterTemplateSchema.safeParse(template).success).toBe(true);
    const badSubject = letterTemplateSchema.safeParse({ ...template, subject: 'Pemberi\ntahuan' });
    expect(badSubject.success ? {} : fieldErrors(badSubject.error)).toEqual({ subject: 'Perihal tidak boleh berisi baris baru atau karakter kendali.' });
  });

  it('leaves the decision to one function the form and the core share', () => {
    expect(forbiddenCharacter('label.name', 'Siti Nurhaliza', 'one')).toBeNull();
    expect(forbiddenCharacter('label.notes', 'a\r\nb\nc', 'many')).toBeNull();
    expect(textIn('id', forbiddenCharacter('label.notes', 'a\rb', 'many') ?? '')).toMatch(/Catatan .*kendali/);
    expect(textIn('en', forbiddenCharacter('label.notes', 'a\rb', 'many') ?? '')).toBe('Notes may not contain control characters (other than line breaks).');
    expect(textIn('id', forbiddenCharacter('label.name', 'a\r\nb', 'one') ?? '')).toMatch(/baris baru/);
  });
});
