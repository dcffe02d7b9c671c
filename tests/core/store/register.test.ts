import { describe, expect, it } from 'vitest';
import { Register, toRow, type ListQuery } from '../../../electron/core/store/register';
import type { CaseSummary } from '../../../shared/domain/case';

function summary(n: number, over: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: `2026-WS01-${String(n).padStart(5, '0')}`,
    caseNumber: `${String(n).padStart(4, '0')}/WS01/RP-UKPBJ/XI/2026`,
    status: 'registered',
    kind: 'reset_password',
    name: `Pemohon ${n}`,
    nip: '198503122010011003',
    userId: `user${n}`,
    agency: 'Dinas Kesehatan Kabupaten Sukamaju',
    letterNumber: `027/${n}/DINKES/2026`,
    receivedAt: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
    updatedAt: '2026-11-01T00:00:00.000Z',
    step: 2,
    waitingDeadline: '',
    result: '',
    handedOverTo: '',
    ...over,
  };
}
const q = (over: Partial<ListQuery> = {}): ListQuery => ({ text: '', status: [], kind: [], receivedFrom: '', receivedTo: '', offset: 0, limit: 200, ...over });
const file = { size: 1, mtimeMs: 1 };
const ids = (r: { items: CaseSummary[] }) => r.items.map((i) => i.id.slice(-2));

describe('Register', () => {
  it('lists newest received first and paginates by offset/limit with the full total', () => {
    const reg = new Register();
    reg.load([1, 5, 3, 2, 4].map((n) => toRow(summary(n), file)));
    expect(ids(reg.list(q(), 'WIB'))).toEqual(['05', '04', '03', '02', '01']);
    const page = reg.list(q({ offset: 1, limit: 2 }), 'WIB');
    expect(page).toMatchObject({ total: 5, offset: 1 });
    expect(ids(page)).toEqual(['04', '03']);
    expect(reg.list(q({ offset: 10 }), 'WIB')).toEqual({ total: 5, offset: 10, items: [] });
  });

  it('keeps the order through inserts, updates that move a case, and removals', () => {
    const reg = new Register();
    reg.load([10, 20, 30].map((n) => toRow(summary(n), file)));
    reg.list(q(), 'WIB'); // sorted now; later changes are inserted in place
    reg.upsert(toRow(summary(25), file));
    reg.upsert(toRow(summary(10, { receivedAt: '2027-01-01T00:00:00.000Z' }), file));
    reg.remove(summary(20).id);
    expect(ids(reg.list(q(), 'WIB'))).toEqual(['10', '30', '25']);
    expect(reg.size).toBe(3);
  });

  it('matches every word of the text, case-insensitively, in number, name, NIP, User ID, agency or letter number', () => {
    const reg = new Register();
    reg.load([
      toRow(summary(1, { name: 'Sri Wahyuni, S.E.', agency: 'Dinas Pekerjaan Umum dan Penataan Ruang' }), file),
      toRow(summary(2, { name: 'Tumpal Siregar', userId: 'tumpal.siregar' }), file),
      toRow(summary(3, { nip: '197001011995031001', letterNumber: '027/145/DPUPR/2026' }), file),
    ]);
    expect(ids(reg.list(q({ text: 'WAHYUNI' }), 'WIB'))).toEqual(['01']);
    expect(ids(reg.list(q({ text: 'sri pekerjaan' }), 'WIB'))).toEqual(['01']);
    expect(ids(reg.list(q({ text: 'sri siregar' }), 'WIB'))).toEqual([]);
    expect(ids(reg.list(q({ text: 'tumpal.sir' }), 'WIB'))).toEqual(['02']);
    expect(ids(reg.list(q({ text: '19700101' }), 'WIB'))).toEqual(['03']);
    expect(ids(reg.list(q({ text: '145/dpupr' }), 'WIB'))).toEqual(['03']);
    expect(ids(reg.list(q({ text: '0002/WS01' }), 'WIB'))).toEqual(['02']);
    // Each word may match a different field, but one word never spans two adjacent fields (agency | letter).
    expect(ids(reg.list(q({ text: 'ruang 027/1/' }), 'WIB'))).toEqual(['01']);
    expect(reg.list(q({ text: 'ruang027' }), 'WIB').total).toBe(0);
  });

  it('filters by status and kind', () => {
    const reg = new Register();
    reg.load([
      toRow(summary(1, { status: 'closed', kind: 'both' }), file),
      toRow(summary(2, { status: 'checking', kind: 'change_info' }), file),
      toRow(summary(3, { status: 'closed', kind: 'reset_password' }), file),
    ]);
    expect(ids(reg.list(q({ status: ['closed'] }), 'WIB'))).toEqual(['03', '01']);
    expect(ids(reg.list(q({ status: ['closed', 'checking'], kind: ['both', 'change_info'] }), 'WIB'))).toEqual(['02', '01']);
  });

  it('filters the received date inclusively, as a calendar day in the configured zone', () => {
    const reg = new Register();
    // In WIB (UTC+7) 16:30 UTC on the 9th is 23:30 the same day; 17:30 UTC is 00:30 on the 10th.
    reg.load([
      toRow(summary(1, { receivedAt: '2026-03-09T16:30:00.000Z' }), file),
      toRow(summary(2, { receivedAt: '2026-03-09T17:30:00.000Z' }), file),
      toRow(summary(3, { receivedAt: '2026-03-10T16:30:00.000Z' }), file),
    ]);
    expect(ids(reg.list(q({ receivedFrom: '2026-03-10', receivedTo: '2026-03-10' }), 'WIB'))).toEqual(['03', '02']);
    // In WIT (UTC+9) 16:30 UTC on the 9th is 01:30 on the 10th.
    expect(ids(reg.list(q({ receivedFrom: '2026-03-10', receivedTo: '2026-03-10' }), 'WIT'))).toEqual(['02', '01']);
    expect(ids(reg.list(q({ receivedTo: '2026-03-09' }), 'WIB'))).toEqual(['01']);
    expect(ids(reg.list(q({ receivedFrom: '2026-03-11' }), 'WIT'))).toEqual(['03']);
  });
});
