import { describe, expect, it } from 'vitest';
import { checkNip, formatNip, nipSex, normalizeNip } from '../../shared/nip';
import { formatMessage } from '../../shared/messages/format';

const today = new Date('2026-11-25T00:00:00Z');

describe('checkNip', () => {
  it('accepts a valid NIP and reads its parts', () => {
    const r = checkNip('198503122010011003', today);
    expect(r).toEqual({ ok: true, parts: { birthDate: '1985-03-12', appointment: '2010-01', sex: 'L', sequence: 3 } });
  });
  it('accepts the spaced form people type', () => {
    expect(checkNip('19850312 201001 2 003', today).ok).toBe(true);
    expect(normalizeNip('19850312.201001.2.003')).toBe('198503122010012003');
  });
  it.each([
    ['12345', 'length'],
    ['1985031220100110031', 'length'],
    ['19850312201001100A', 'digits'],
    ['198502302010011003', 'birthDate'], // 30 February
    ['198513122010011003', 'birthDate'], // month 13
    ['201503122030011003', 'birthDate'], // too young to be a civil servant
    ['198503122010131003', 'appointment'], // month 13
    ['198503122027011003', 'appointment'], // appointed in the future
    ['198503121995011003', 'appointmentBeforeAdult'],
    ['198503122010013003', 'sex'],
    ['198503122010011000', 'sequence'],
  ] as const)('%s → %s', (nip, problem) => {
    expect(checkNip(nip, today)).toEqual({ ok: false, problem });
    expect(formatMessage('id', `nip.${problem}`)).toMatch(/NIP/);
    expect(formatMessage('en', `nip.${problem}`)).toMatch(/NIP/);
  });
  it('accepts a leap-day birth date only in leap years', () => {
    expect(checkNip('198402292010011003', today).ok).toBe(true);
    expect(checkNip('198502292010011003', today)).toEqual({ ok: false, problem: 'birthDate' });
  });
});

describe('nipSex', () => {
  it('reads the 15th digit: 1 male, 2 female, else unknown (spaces as printed are fine)', () => {
    expect(nipSex('19850312 201001 2 003')).toBe('P');
    expect(nipSex('198911042014021001')).toBe('L');
    expect(nipSex('198911042014023001')).toBeNull();
    expect(nipSex('1989110420140210')).toBeNull();
  });
});

describe('formatNip', () => {
  it('groups the NIP as printed on letters', () => {
    expect(formatNip('198503122010011003')).toBe('19850312 201001 1 003');
    expect(formatNip('123')).toBe('123');
  });
});
