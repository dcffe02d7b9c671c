import { describe, expect, it } from 'vitest';
import { intakeDateIssues, intakeSchema, intakeSchemaAt } from '../../shared/domain/case';
import { textIn } from '../../shared/messages/format';
import { fieldErrors } from '../../shared/contract/dispatch';
import { validIntake } from '../fixtures/intake';

/** A fixed clock (tests never read the wall clock): 25 November 2026, 14.05 WIB. */
const NOW = new Date('2026-11-25T07:05:00Z');
const atNow = intakeSchemaAt(() => NOW, 'WIB');

function errorsOf(input: unknown): Record<string, string> {
  const r = atNow.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
}

describe('intakeSchema (SOP step 1)', () => {
  it('accepts a valid request and normalises NIP and phone', () => {
    const r = intakeSchema.parse(validIntake({ requester: { ...validIntake().requester, nip: '19850312 201001 2 003' } }));
    expect(r.requester.nip).toBe('198503122010012003');
    expect(r.requester.phone).toBe('081234567890');
  });
  it('rejects bad NIPs with the NIP message', () => {
    expect(errorsOf(validIntake({ requester: { ...validIntake().requester, nip: '1985' } }))['requester.nip']).toBe('NIP harus 18 digit.');
    expect(errorsOf(validIntake({ requester: { ...validIntake().requester, nip: '198502302010012003' } }))['requester.nip']).toMatch(/tanggal lahir/);
  });
  it('rejects a future letter date and an SK that ends before it starts', () => {
    const e = errorsOf(validIntake({
      letter: { ...validIntake().letter, date: '2026-11-26' },
      sk: { ...validIntake().sk, validFrom: '2026-06-01', validUntil: '2026-01-01' },
    }));
    expect(e['letter.date']).toBe('Tanggal surat tidak boleh setelah hari ini.');
    expect(e['sk.validUntil']).toBe('Masa berlaku SK berakhir sebelum dimulai.');
  });
  it('judges "today" by the clock it is given, in the office zone, and keeps the day-free rules without one', () => {
    const letterOn = (date: string) => validIntake({ letter: { ...validIntake().letter, date }, receivedAt: '2026-11-25T07:00:00Z' });
    // 25 November 2026 is today in WIB at 07:05Z; the 26th is after today.
    expect(errorsOf(letterOn('2026-11-25'))['letter.date']).toBeUndefined();
    expect(errorsOf(letterOn('2026-11-26'))['letter.date']).toBe('Tanggal surat tidak boleh setelah hari ini.');
    // At 15:30Z it is already the 26th in WIT (UTC+9) but not in WIB.
    const late = new Date('2026-11-25T15:30:00Z');
    expect(intakeDateIssues(validIntake({ letter: { ...validIntake().letter, date: '2026-11-26' }, receivedAt: '2026-11-25T15:00:00Z' }), late, 'WIB').map((i) => textIn('id', i.message))).toEqual([
      'Tanggal surat tidak boleh setelah hari ini.',
    ]);
    expect(intakeDateIssues(validIntake({ letter: { ...validIntake().letter, date: '2026-11-26' }, receivedAt: '2026-11-25T15:00:00Z' }), late, 'WIT')).toEqual([]);
    // Without a clock the contract's schema judges no dates against today (the core does, with its own).
    expect(intakeSchema.safeParse(letterOn('2999-01-01')).success).toBe(true);
    expect(errorsOf(validIntake({ receivedAt: '2026-11-25T08:00:00Z' }))['receivedAt']).toBe('Waktu diterima tidak boleh di masa depan.');
  });
  it('says an impossible date is not valid, and an empty required field is required', () => {
    const e = errorsOf(validIntake({
      letter: { ...validIntake().letter, date: '31/02/2026' },
      sk: { ...validIntake().sk, date: '2026-02-31' },
      requester: { ...validIntake().requester, userId: '' },
    }));
    expect(e['letter.date']).toBe('Tanggal surat tidak valid.');
    expect(e['sk.date']).toBe('Tanggal SK tidak valid.');
    expect(e['requester.userId']).toBe('User ID SPSE wajib diisi.');
    expect(errorsOf(validIntake({ requester: { ...validIntake().requester, userId: 'ab' } }))['requester.userId']).toBe('User ID SPSE minimal 3 karakter.');
    expect(errorsOf(validIntake({ letter: { ...validIntake().letter, date: '' } }))['letter.date']).toBe('Tanggal surat wajib diisi.');
  });
  it('names every missing required field in Indonesian', () => {
    const e = errorsOf({ kind: 'reset_password', requester: {}, letter: {}, sk: {}, receivedAt: '', receivedBy: '' });
    for (const key of ['requester.name', 'requester.nip', 'requester.userId', 'letter.number', 'letter.date', 'sk.number', 'receivedBy'])
      expect(e[key], key).toMatch(/wajib|tidak benar|bukan/);
    expect(e['receivedAt']).toMatch(/Waktu diterima/);
  });
  it('requires the requested changes for change requests, and none for a plain reset', () => {
    expect(errorsOf(validIntake({ kind: 'change_info' }))['changes']).toMatch(/sedikitnya satu/);
    const change = { field: 'email' as const, label: '', current: 'a@x.go.id', requested: 'b@x.go.id' };
    expect(errorsOf(validIntake({ kind: 'both', changes: [change] }))).toEqual({});
    expect(errorsOf(validIntake({ kind: 'reset_password', changes: [change] }))['changes']).toBeDefined();
    expect(errorsOf(validIntake({ kind: 'change_info', changes: [{ ...change, requested: change.current }] }))['changes.0.requested']).toMatch(/sama/);
  });
  it('rejects a letter dated after the file was received', () => {
    const e = errorsOf(validIntake({ letter: { ...validIntake().letter, date: '2026-11-24' }, receivedAt: '2026-11-22T03:00:00Z' }));
    expect(e['letter.date']).toMatch(/setelah tanggal berkas diterima/);
  });
});
