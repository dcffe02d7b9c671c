import { describe, expect, it } from 'vitest';
import { bulanRomawi, formatTanggal, formatWaktu, isIsoDate, localDate } from '../../shared/dates';

describe('dates', () => {
  it('formats Indonesian calendar dates', () => {
    expect(formatTanggal('2026-11-25')).toBe('25 November 2026');
    expect(formatTanggal('2026-01-05')).toBe('5 Januari 2026');
    expect(formatTanggal('not a date')).toBe('not a date');
  });
  it('formats times in the Indonesian zones with a dot', () => {
    expect(formatWaktu('2026-11-25T07:05:00Z')).toBe('25 November 2026 14.05 WIB');
    expect(formatWaktu('2026-11-25T07:05:00Z', 'WIT')).toBe('25 November 2026 16.05 WIT');
  });
  it('formats dates and times in English for the UI in English (issue 10 §9)', () => {
    expect(formatTanggal('2026-08-17', 'en')).toBe('17 August 2026');
    expect(formatTanggal('2026-08-17', 'id')).toBe('17 Agustus 2026');
    expect(formatWaktu('2026-12-31T17:05:00Z', 'WIB', 'en')).toBe('1 January 2027 00:05 WIB');
  });
  it('takes the local date across midnight', () => {
    expect(localDate(new Date('2026-11-24T18:30:00Z'), 'WIB')).toBe('2026-11-25');
    expect(localDate(new Date('2026-11-24T15:30:00Z'), 'WITA')).toBe('2026-11-24');
  });
  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
  });
  it('writes months in Roman numerals', () => {
    expect([1, 4, 9, 11, 12].map(bulanRomawi)).toEqual(['I', 'IV', 'IX', 'XI', 'XII']);
    expect(() => bulanRomawi(13)).toThrow(RangeError);
  });
});
