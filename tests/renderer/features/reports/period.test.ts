/** The Laporan screen's address and its period picker's arithmetic (docs/reports.md "Period"). */
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../../../shared/domain/report';
import { periodContaining, periodToAsk } from '../../../../renderer/features/reports/period';
import { hrefOf, navSection, parseRoute } from '../../../../renderer/router/routes';

describe('reports route', () => {
  it('round-trips #/reports and lights the Laporan nav entry', () => {
    expect(parseRoute(hrefOf({ name: 'reports' }))).toEqual({ name: 'reports' });
    expect(navSection(parseRoute('#/reports'))).toBe('reports');
    expect(parseRoute('#/reports/x').name).toBe('notFound');
  });
});

describe('periodContaining', () => {
  it('names the month, quarter, semester and year that hold the day, at both ends of the year and on a leap day', () => {
    expect(periodContaining('month', '2028-02-29')).toEqual({ kind: 'month', year: 2028, month: 2 });
    expect(resolvePeriod(periodContaining('month', '2028-02-29'))).toMatchObject({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodContaining('quarter', '2026-12-31')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(periodContaining('quarter', '2026-01-01')).toEqual({ kind: 'quarter', year: 2026, quarter: 1 });
    expect(periodContaining('semester', '2026-06-30')).toEqual({ kind: 'semester', year: 2026, semester: 1 });
    expect(periodContaining('semester', '2026-07-01')).toEqual({ kind: 'semester', year: 2026, semester: 2 });
    expect(periodContaining('year', '2026-11-24')).toEqual({ kind: 'year', year: 2026 });
    // A custom range starts as the month so far.
    expect(periodContaining('custom', '2026-11-24')).toEqual({ kind: 'custom', from: '2026-11-01', to: '2026-11-24' });
  });
});

describe('periodToAsk', () => {
  it('asks for a custom range only with both dates, a reversed pick swapped; named periods as picked', () => {
    expect(periodToAsk({ kind: 'custom', from: '', to: '2026-11-24' })).toBeNull();
    expect(periodToAsk({ kind: 'custom', from: '2026-11-24', to: '2026-11-01' })).toEqual({ kind: 'custom', from: '2026-11-01', to: '2026-11-24' });
    expect(periodToAsk({ kind: 'year', year: 2026 })).toEqual({ kind: 'year', year: 2026 });
  });
});
