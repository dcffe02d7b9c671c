/**
 * The work queue (issue 3 §6): cases by state, overdue first, served from the in-memory register
 * (the index summaries carry step, waiting deadline and result), never by reading case files.
 */
import { CASE_STATUSES, type CaseStatus, type CaseSummary } from '../../../shared/domain/case';
import { localDate, type ZonaWaktu } from '../../../shared/dates';
import { isStepNo } from '../../../shared/sop/definition';
import type { QueueItem } from '../../../shared/domain/workflow';
import { daysBetween } from '../../../shared/domain/workflowFold';

export interface QueueGroup {
  status: CaseStatus;
  count: number;
  overdue: number;
  items: QueueItem[];
}

export function toQueueItem(s: CaseSummary, today: string): QueueItem {
  const waiting = s.status === 'waiting_pokja' && s.waitingDeadline !== '';
  const daysLeft = waiting ? daysBetween(today, s.waitingDeadline) : null;
  return {
    id: s.id,
    caseNumber: s.caseNumber,
    name: s.name,
    nip: s.nip,
    userId: s.userId,
    kind: s.kind,
    status: s.status,
    step: s.step !== null && isStepNo(s.step) ? s.step : null,
    receivedAt: s.receivedAt,
    updatedAt: s.updatedAt,
    waitingDeadline: waiting ? s.waitingDeadline : '',
    daysLeft,
    overdue: daysLeft !== null && daysLeft < 0,
    result: s.result,
  };
}

/** Overdue first (most overdue first), then fewest days left, then oldest received; closed: newest first. */
function order(a: QueueItem, b: QueueItem): number {
  if (a.status === 'closed') return b.updatedAt.localeCompare(a.updatedAt);
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.daysLeft !== null && b.daysLeft !== null && a.daysLeft !== b.daysLeft) return a.daysLeft - b.daysLeft;
  return a.receivedAt.localeCompare(b.receivedAt);
}

export function buildQueue(summaries: Iterable<CaseSummary>, now: Date, zone: ZonaWaktu, perGroup: number): QueueGroup[] {
  const today = localDate(now, zone);
  const byStatus = new Map<CaseStatus, QueueItem[]>(CASE_STATUSES.map((s) => [s, []]));
  // A case handed over to another workstation is that workstation's work now (issue 12 §5).
  for (const s of summaries) if (!s.handedOverTo) byStatus.get(s.status)?.push(toQueueItem(s, today));
  return CASE_STATUSES.map((status) => {
    const all = byStatus.get(status) ?? [];
    // Only the first `perGroup` are sent; a partial sort would do, but 20,000 rows sort in a few ms.
    all.sort(order);
    return { status, count: all.length, overdue: all.filter((i) => i.overdue).length, items: all.slice(0, perGroup) };
  });
}
