import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../../shared/domain/case';
import { PAGE_SIZE, pagesForRange, rowAt } from '../../../../renderer/features/register/paging';

describe('pagesForRange', () => {
  it('covers the rows on screen with as few pages as possible', () => {
    expect(pagesForRange(0, 15, 20_000, 200)).toEqual([0]);
    expect(pagesForRange(190, 210, 20_000, 200)).toEqual([0, 1]);
    expect(pagesForRange(10_000, 10_015, 20_000, 200)).toEqual([50]);
  });

  it('adds neighbours when asked, within the list', () => {
    expect(pagesForRange(10_000, 10_015, 20_000, 200, 1)).toEqual([49, 50, 51]);
    expect(pagesForRange(0, 10, 20_000, 200, 1)).toEqual([0, 1]);
    expect(pagesForRange(19_990, 19_999, 20_000, 200, 1)).toEqual([98, 99]);
  });

  it('never asks beyond the total, and asks page 0 of an empty list', () => {
    expect(pagesForRange(0, 50, 0, 200)).toEqual([0]);
    expect(pagesForRange(0, 50, 30, 200, 2)).toEqual([0]);
    expect(pagesForRange(5_000, 5_010, 1_000, 200)).toEqual([]);
  });

  it('stays within the contract limit of 1000 per page', () => {
    expect(PAGE_SIZE).toBeGreaterThan(0);
    expect(PAGE_SIZE).toBeLessThanOrEqual(1000);
  });
});

describe('rowAt', () => {
  const row = (n: number): CaseSummary => ({
    id: `2026-WS01-${String(n).padStart(5, '0')}`,
    caseNumber: `${n}/WS01/2026`,
    status: 'registered',
    kind: 'reset_password',
    name: `Pemohon ${n}`,
    nip: '198503122010011003',
    userId: `u${n}`,
    agency: 'Dinas',
    letterNumber: `S-${n}`,
    receivedAt: '2026-11-25T03:00:00.000Z',
    updatedAt: '2026-11-25T03:00:00.000Z',
    step: 2,
    waitingDeadline: '',
    result: '',
    handedOverTo: '',
  });
  const pages = new Map([
    [0, [row(0), row(1), row(2)]],
    [2, [row(6), row(7)]],
  ]);

  it('finds rows on loaded pages and nothing on pages still loading', () => {
    expect(rowAt(pages, 1, 3)?.name).toBe('Pemohon 1');
    expect(rowAt(pages, 6, 3)?.name).toBe('Pemohon 6');
    expect(rowAt(pages, 4, 3)).toBeUndefined();
    expect(rowAt(pages, 8, 3)).toBeUndefined();
  });
});
