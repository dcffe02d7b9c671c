import { describe, expect, it } from 'vitest';
import { intakeSchema } from '../../shared/domain/case';
import { fieldErrors } from '../../shared/contract/dispatch';
import { validIntake } from '../fixtures/intake';

function errorsOf(input: unknown): Record<string, string> {
  const r = intakeSchema.safeParse(input);
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
      letter: { ...validIntake().letter, date: '2999-01-01' },
      sk: { ...validIntake().sk, validFrom: '2026-06-01', validUntil: '2026-01-01' },
    }));
    expect(e['letter.date']).toBe('Tanggal surat tidak boleh setelah hari ini.');
    expect(e['sk.validUntil']).toBe('Masa berlaku SK berakhir sebelum dimulai.');
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
