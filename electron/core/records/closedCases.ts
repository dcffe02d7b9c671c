/** The closed cases of a period, each with its closing (shared/domain/closing.ts) for the registers. */
import type { CaseRecord, CaseSummary } from '../../../shared/domain/case';
import { closingOf, type Closing } from '../../../shared/domain/closing';
import type { Store } from '../store/openStore';

export interface ClosedCase {
  record: CaseRecord;
  closing: Closing;
}

/** Reads at most this many case files at once: enough to overlap disk latency, bounded for 20,000 cases. */
const READ_CONCURRENCY = 8;

/**
 * Every closed case whose closing date (configured zone) passes `keep`, oldest closing first. The
 * in-memory register picks the closed ones, so only their files are read.
 */
export async function closedCases(
  store: Store,
  keep: (closing: Closing) => boolean = () => true,
  candidate: (summary: CaseSummary) => boolean = () => true,
): Promise<ClosedCase[]> {
  const zone = store.settings.get().timeZone;
  const ids = [...store.cases.register.rows()].filter((r) => r.summary.status === 'closed' && candidate(r.summary)).map((r) => r.summary.id);
  const found: ClosedCase[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      const record = await store.cases.get(id);
      const closing = closingOf(record, zone);
      if (closing && keep(closing)) found.push({ record, closing });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, ids.length) }, worker));
  return found.sort((a, b) => a.closing.closedAt.localeCompare(b.closing.closedAt) || a.record.id.localeCompare(b.record.id));
}

/**
 * Closed within [from, to] (inclusive calendar dates in the configured zone). A closed case is never
 * written again, so its `updatedAt` is the closing write, never before the closing: cases last written
 * before `from` (with a day's slack for zones and clocks) are skipped without reading their files.
 */
export function closedBetween(store: Store, from: string, to: string): Promise<ClosedCase[]> {
  const earliest = Date.parse(`${from}T00:00:00Z`) - 2 * 86_400_000;
  return closedCases(
    store,
    (c) => c.closedDate >= from && c.closedDate <= to,
    (s) => !(Date.parse(s.updatedAt) < earliest),
  );
}
