import { describe, expect, it } from 'vitest';
import { formatTanggal, formatWaktu } from '../../../shared/dates';
import { formatJam, joinInstant, parseJam, parseTanggal, splitInstant } from '../../../renderer/lib/dateInput';

describe('parseTanggal', () => {
  it('reads the ways Indonesian offices write dates, day first', () => {
    expect(parseTanggal('25 November 2026')).toBe('2026-11-25');
    expect(parseTanggal('  5  Agustus   2025 ')).toBe('2025-08-05');
    expect(parseTanggal('5 Agu 2025')).toBe('2025-08-05');
    expect(parseTanggal('5 Agt 2025')).toBe('2025-08-05');
    expect(parseTanggal('1 Okt. 2024')).toBe('2024-10-01');
    expect(parseTanggal('17 Mei 2024')).toBe('2024-05-17');
    expect(parseTanggal('17 May 2024')).toBe('2024-05-17');
    expect(parseTanggal('10 Nopember 2025')).toBe('2025-11-10');
    expect(parseTanggal('3 Pebruari 2025')).toBe('2025-02-03');
    expect(parseTanggal('25/11/2026')).toBe('2026-11-25');
    expect(parseTanggal('1-2-2026')).toBe('2026-02-01');
    expect(parseTanggal('01.02.2026')).toBe('2026-02-01');
    expect(parseTanggal('2026-11-25')).toBe('2026-11-25');
  });

  it('reads back what formatTanggal prints', () => {
    for (const d of ['2026-01-01', '2024-02-29', '2025-12-31', '2023-08-17']) expect(parseTanggal(formatTanggal(d))).toBe(d);
  });

  it('rejects dates that do not exist and text that is not a date', () => {
    for (const s of ['', '31/02/2026', '29 Februari 2025', '2026-13-01', '12/25/2026', '25 Nopember', 'besok', '25 Xy 2026', '32-01-2026'])
      expect(parseTanggal(s), s).toBeNull();
  });
});

describe('parseJam / formatJam', () => {
  it('reads dotted, coloned, compact and bare-hour times', () => {
    expect(parseJam('14.05')).toBe('14:05');
    expect(parseJam('14:05')).toBe('14:05');
    expect(parseJam('1405')).toBe('14:05');
    expect(parseJam('9')).toBe('09:00');
    expect(parseJam(' 7.30 ')).toBe('07:30');
    expect(formatJam('07:30')).toBe('07.30');
  });

  it('rejects impossible times', () => {
    for (const s of ['', '24.00', '12.60', '1.5', 'jam 9', '12345']) expect(parseJam(s), s).toBeNull();
  });
});

describe('splitInstant / joinInstant', () => {
  it('reads an instant in each Indonesian zone and back', () => {
    const iso = '2026-11-25T07:05:00.000Z';
    expect(splitInstant(iso, 'WIB')).toEqual({ date: '2026-11-25', time: '14:05' });
    expect(splitInstant(iso, 'WITA')).toEqual({ date: '2026-11-25', time: '15:05' });
    expect(splitInstant(iso, 'WIT')).toEqual({ date: '2026-11-25', time: '16:05' });
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) {
      const { date, time } = splitInstant(iso, zone);
      expect(joinInstant(date, time, zone)).toBe(iso);
    }
  });

  it('agrees with formatWaktu on the local time shown elsewhere', () => {
    const iso = joinInstant('2026-01-01', '00:30', 'WIB');
    expect(iso).toBe('2025-12-31T17:30:00.000Z');
    expect(formatWaktu(iso, 'WIB')).toBe('1 Januari 2026 00.30 WIB');
  });

  it('gives an empty value for missing or wrong parts (the schema then says so)', () => {
    expect(joinInstant('', '14:05', 'WIB')).toBe('');
    expect(joinInstant('2026-02-30', '14:05', 'WIB')).toBe('');
    expect(joinInstant('2026-02-01', '', 'WIB')).toBe('');
    expect(splitInstant('kemarin', 'WIB')).toEqual({ date: '', time: '' });
  });
});
