import { describe, expect, it } from 'vitest';
import { caseListQuerySchema } from '../../../../shared/contract/contract';
import { emptyFilters, hasFilters, toQuery } from '../../../../renderer/features/register/filters';

describe('register filters', () => {
  it('knows when anything is filtered', () => {
    expect(hasFilters(emptyFilters)).toBe(false);
    expect(hasFilters({ ...emptyFilters, text: '   ' })).toBe(false);
    expect(hasFilters({ ...emptyFilters, text: 'budi' })).toBe(true);
    expect(hasFilters({ ...emptyFilters, status: ['closed'] })).toBe(true);
    expect(hasFilters({ ...emptyFilters, receivedTo: '2026-11-01' })).toBe(true);
  });

  it('builds a query the contract accepts, trimming text and swapping a reversed range', () => {
    const q = toQuery({ text: '  1985 ', status: ['registered', 'closed'], kind: ['both'], receivedFrom: '2026-11-30', receivedTo: '2026-11-01' });
    expect(q).toEqual({ text: '1985', status: ['registered', 'closed'], kind: ['both'], receivedFrom: '2026-11-01', receivedTo: '2026-11-30' });
    expect(caseListQuerySchema.safeParse({ ...q, offset: 200, limit: 200 }).success).toBe(true);
    expect(toQuery(emptyFilters)).toEqual({ text: '', status: [], kind: [], receivedFrom: '', receivedTo: '' });
  });
});
