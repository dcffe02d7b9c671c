/** Pure helpers of the archive screens: periods, paging, download bytes, sizes, Payload-Oxum, refetch timing. */
import { describe, expect, it } from 'vitest';
import { statusRefetchMs } from '../../../../renderer/features/archive/api';
import { base64ToBytes } from '../../../../renderer/features/archive/download';
import { formatBytes, parseOxum } from '../../../../renderer/features/archive/format';
import { pageWindow, ROWS_PER_PAGE } from '../../../../renderer/features/archive/paging';
import { monthPeriod, normalisePeriod } from '../../../../renderer/features/archive/period';
import type { ExportStatus } from '../../../../shared/domain/archive';

describe('monthPeriod', () => {
  it('covers the calendar month, leap February and year ends included', () => {
    expect(monthPeriod('2026-11-25')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthPeriod('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-01-31', -1)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(monthPeriod('2026-12-01', 1)).toEqual({ from: '2027-01-01', to: '2027-01-31' });
  });

  it('swaps a reversed pick and refuses an empty or partial date', () => {
    expect(normalisePeriod({ from: '2026-11-30', to: '2026-11-01' })).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(normalisePeriod({ from: '', to: '2026-11-01' })).toBeNull();
    expect(normalisePeriod({ from: '2026-11', to: '2026-11-30' })).toBeNull();
  });
});

describe('pageWindow', () => {
  it('slices rows per page and clamps the page into range', () => {
    expect(pageWindow(0, 0)).toEqual({ page: 0, pages: 1, start: 0, end: 0 });
    expect(pageWindow(40, 1, 15)).toEqual({ page: 1, pages: 3, start: 15, end: 30 });
    expect(pageWindow(40, 9, 15)).toEqual({ page: 2, pages: 3, start: 30, end: 40 });
    expect(pageWindow(40, -3, 15).page).toBe(0);
    expect(ROWS_PER_PAGE).toBeGreaterThan(5);
  });
});

describe('base64ToBytes', () => {
  it('gives back the exact bytes, including high and zero bytes', () => {
    const bytes = Uint8Array.from([0, 1, 127, 128, 200, 255, 80, 75, 3, 4]);
    const b64 = Buffer.from(bytes).toString('base64');
    expect([...base64ToBytes(b64)]).toEqual([...bytes]);
    expect(base64ToBytes('').length).toBe(0);
  });
});

describe('formatBytes and parseOxum', () => {
  it('reads sizes the Indonesian way (decimal comma) and the English way', () => {
    expect(formatBytes(512, 'id')).toBe('512 B');
    expect(formatBytes(1_234_567, 'id')).toBe('1,2 MB');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(250_000_000, 'id')).toBe('250 MB');
  });

  it('splits RFC 8493 Payload-Oxum into bytes and files', () => {
    expect(parseOxum('52428800.7')).toEqual({ bytes: 52_428_800, files: 7 });
    expect(parseOxum('garbage')).toEqual({ bytes: 0, files: 0 });
  });
});

describe('statusRefetchMs', () => {
  const base: ExportStatus = { caseId: 'c', state: 'waiting', attempts: 1, lastError: 'x', lastAttemptAt: null, nextRetryAt: null, bags: [] };
  const now = Date.parse('2026-11-25T10:00:00Z');
  it('polls quickly while exporting, after the core’s retry while waiting, not at all when settled', () => {
    expect(statusRefetchMs({ ...base, state: 'exporting' }, now)).toBe(1500);
    expect(statusRefetchMs({ ...base, nextRetryAt: '2026-11-25T10:00:30Z' }, now)).toBe(31_000);
    expect(statusRefetchMs({ ...base, nextRetryAt: '2026-11-25T09:00:00Z' }, now)).toBe(2000);
    expect(statusRefetchMs({ ...base, nextRetryAt: '2026-11-25T12:00:00Z' }, now)).toBe(60_000);
    expect(statusRefetchMs({ ...base, state: 'exported' }, now)).toBe(false);
    expect(statusRefetchMs(undefined, now)).toBe(false);
  });
});
