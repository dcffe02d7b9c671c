/**
 * The closed cases of a period, with what the registers need from the trail: when the case was
 * closed (the SOP step-9 completion event, "Arsip berkas"), how it ended, and where the paper went
 * (step 9's `physical`: box, folder, shelf — SOP *Pencatatan* 2).
 */
import { localDate, type ZonaWaktu } from '../../../shared/dates';
import type { CaseRecord, CaseSummary } from '../../../shared/domain/case';
import { foldTrail, type CaseResult } from '../../../shared/domain/workflowFold';
import type { Store } from '../store/openStore';

export interface Closing {
  /** Instant of the step-9 completion event. */
  closedAt: string;
  /** Its calendar date in the configured zone ("YYYY-MM-DD"). */
  closedDate: string;
  /** Date the request was received (SOP step 1), same zone. */
  receivedDate: string;
  result: CaseResult;
  physical: { box: string; folder: string; shelf: string };
}

export interface ClosedCase {
  record: CaseRecord;
  closing: Closing;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The closing of a case, or null while it is still open (no step-9 completion in its trail). */
export function closingOf(record: CaseRecord, zone: ZonaWaktu): Closing | null {
  const event = [...record.events].reverse().find((e) => e.type === 'step_completed' && e.payload['step'] === 9);
  if (!event) return null;
  const physical = obj(obj(event.payload['data'])['physical']);
  return {
    closedAt: event.at,
    closedDate: localDate(new Date(event.at), zone),
    receivedDate: localDate(new Date(record.intake.receivedAt), zone),
    result: foldTrail(record.events).result,
    physical: { box: text(physical['box']), folder: text(physical['folder']), shelf: text(physical['shelf']) },
  };
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
