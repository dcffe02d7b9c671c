import { describe, expect, it } from 'vitest';
import { intakeDateIssues, intakeSchema, intakeSchemaAt } from '../../shared/domain/case';
import { textIn } from '../../shared/messages/format';
import { fieldErrors } from '../../shared/contract/dispatch';
import { validIntake } from '../fixtures/intake';
import { localDate } from '../../shared/dates';
import { TEST_NOW_MS } from '../support/clock';

/** The suite's clock (tests never read the wall clock; LOKET_TEST_NOW moves it), five minutes on. */
const NOW = new Date(TEST_NOW_MS + 5 * 60_000);
const atNow = intakeSchemaAt(() => NOW, 'WIB');
const TODAY = localDate(NOW, 'WIB');
/** The calendar day `n` days after `day` ("YYYY-MM-DD"). */
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

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
      letter: { ...validIntake().letter, date: plusDays(TODAY, 1) },
      sk: { ...validIntake().sk, validFrom: plusDays(TODAY, -170), validUntil: plusDays(TODAY, -320) },
    }));
    expect(e['letter.date']).toBe('Tanggal surat tidak boleh setelah hari ini.');
    expect(e['sk.validUntil']).toBe('Masa berlaku SK berakhir sebelum dimulai.');
  });
  it('judges "today" by the clock it is given, in the office zone, and keeps the day-free rules without one', () => {
    const letterOn = (date: string) => validIntake({ letter: { ...validIntake().letter, date }, receivedAt: at(0) });
    // Today in WIB is fine; tomorrow is after today.
    expect(errorsOf(letterOn(TODAY))['letter.date']).toBeUndefined();
    expect(errorsOf(letterOn(plusDays(TODAY, 1)))['letter.date']).toBe('Tanggal surat tidak boleh setelah hari ini.');
    // At 15:30Z it is already the 26th in WIT (UTC+9) but not in WIB.
    const utcDay = NOW.toISOString().slice(0, 10);
    const late = new Date(`${utcDay}T15:30:00Z`);
    const nextDay = plusDays(utcDay, 1);
    expect(intakeDateIssues(validIntake({ letter: { ...validIntake().letter, date: nextDay }, receivedAt: `${utcDay}T15:00:00Z` }), late, 'WIB').map((i) => textIn('id', i.message))).toEqual([
      'Tanggal surat tidak boleh setelah hari ini.',
    ]);
    expect(intakeDateIssues(validIntake({ letter: { ...validIntake().letter, date: nextDay }, receivedAt: `${utcDay}T15:00:00Z` }), late, 'WIT')).toEqual([]);
    // Without a clock the contract's schema judges no dates against today (the core does, with its own).
    expect(intakeSchema.safeParse(letterOn('2999-01-01')).success).toBe(true);
    expect(errorsOf(validIntake({ receivedAt: at(60 * 60_000) }))['receivedAt']).toBe('Waktu diterima tidak boleh di masa depan.');
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
    const e = errorsOf(validIntake({ letter: { ...validIntake().letter, date: plusDays(TODAY, -1) }, receivedAt: `${plusDays(TODAY, -3)}T03:00:00Z` }));
    expect(e['letter.date']).toMatch(/setelah tanggal berkas diterima/);
  });
});
