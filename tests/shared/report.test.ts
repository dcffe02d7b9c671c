/** Report periods as the agency names them, in calendar dates (leap years, year ends). */
import { describe, expect, it } from 'vitest';
import { periodFromDates, periodInputSchema, resolvePeriod } from '../../shared/domain/report';
import { textIn } from '../../shared/messages/format';

describe('resolvePeriod', () => {
  it('turns a month, quarter, semester, year or custom range into inclusive dates and an Indonesian label', () => {
    expect(resolvePeriod({ kind: 'month', year: 2028, month: 2 })).toEqual({ kind: 'month', from: '2028-02-01', to: '2028-02-29', label: 'Februari 2028' });
    expect(resolvePeriod({ kind: 'month', year: 2026, month: 2 })).toMatchObject({ to: '2026-02-28' });
    expect(resolvePeriod({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31', label: 'Triwulan IV 2026' });
    expect(resolvePeriod({ kind: 'semester', year: 2026, semester: 1 })).toEqual({ kind: 'semester', from: '2026-01-01', to: '2026-06-30', label: 'Semester I 2026' });
    expect(resolvePeriod({ kind: 'semester', year: 2026, semester: 2 })).toMatchObject({ from: '2026-07-01', to: '2026-12-31', label: 'Semester II 2026' });
    expect(resolvePeriod({ kind: 'year', year: 2026 })).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31', label: 'Tahun 2026' });
    expect(resolvePeriod({ kind: 'custom', from: '2026-11-03', to: '2026-11-17' })).toMatchObject({ label: '3 s.d. 17 November 2026' });
  });

  it('names the period two dates span exactly, else keeps them as a custom range', () => {
    expect(periodFromDates('2026-07-01', '2026-12-31')).toEqual({ kind: 'semester', year: 2026, semester: 2 });
    expect(periodFromDates('2028-02-01', '2028-02-29')).toEqual({ kind: 'month', year: 2028, month: 2 });
    expect(periodFromDates('2026-01-01', '2026-12-31')).toEqual({ kind: 'year', year: 2026 });
    expect(periodFromDates('2026-10-01', '2026-12-31')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(periodFromDates('2026-11-01', '2026-11-29')).toEqual({ kind: 'custom', from: '2026-11-01', to: '2026-11-29' });
  });

  it('refuses impossible periods with Indonesian messages', () => {
    const issues = (v: unknown) => periodInputSchema.safeParse(v).error?.issues.map((i) => textIn('id', i.message)) ?? [];
    expect(issues({ kind: 'month', year: 2026, month: 13 })).toEqual(['Bulan 1 sampai 12.']);
    expect(issues({ kind: 'custom', from: '2026-11-30', to: '2026-11-01' })).toEqual(['Tanggal awal tidak boleh sesudah tanggal akhir.']);
    expect(issues({ kind: 'custom', from: '2026-02-30', to: '2026-03-01' })).toEqual(['Tanggal awal tidak valid.']);
    expect(issues({ kind: 'minggu', year: 2026 })).toHaveLength(1);
  });
});
