/**
 * The report over this PC's store: the cases that can hold an event of the period are read (in id
 * order, a few files at a time) and fed to the report builder, yielding to the event loop between
 * batches so the app stays responsive over 20,000 cases (issue 11 "Speed").
 */
import { AppError } from '../../../shared/contract/result';
import type { Period, Report } from '../../../shared/domain/report';
import type { WorkflowSettings } from '../../../shared/domain/workflow';
import type { Store } from '../store/openStore';
import { runLimited } from '../store/caseRepository';
import { periodBounds, reportBuilder, type TrailCase } from './computeReport';

/** Files read at once (disk latency overlaps) and cases per batch between two yields. */
const READ_CONCURRENCY = 8;
const BATCH = 100;
/** A closed case is never written again: its last write is its closing (records/closedCases.ts); a day's slack for clocks. */
const SLACK_MS = 2 * 86_400_000;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function storeReport(store: Store, settings: WorkflowSettings, period: Period): Promise<Report> {
  const zone = store.settings.get().timeZone;
  const now = store.ctx.now();
  const { startMs, endMs } = periodBounds(period, zone);
  // Received before the period's end, and not closed before it began (such a case has no event in it).
  const ids = [...store.cases.register.rows()]
    .filter((r) => r.receivedMs < endMs && !(r.summary.status === 'closed' && Date.parse(r.summary.updatedAt) < startMs - SLACK_MS))
    .map((r) => r.summary.id)
    .sort();
  const builder = reportBuilder({ period, zone, now, settings });
  const unreadable: string[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const read = new Map<string, TrailCase>();
    await runLimited(batch, READ_CONCURRENCY, async (id) => {
      try {
        const r = await store.cases.get(id);
        read.set(id, { id: r.id, caseNumber: r.caseNumber, kind: r.intake.kind, receivedAt: r.intake.receivedAt, events: r.events });
      } catch (e) {
        // A corrupt or vanished file is quarantined and reported by the store; the report names it.
        if (e instanceof AppError && (e.code === 'corrupt' || e.code === 'not_found' || e.code === 'unsupported_version')) unreadable.push(id);
        else throw e;
      }
    });
    for (const id of batch) {
      const c = read.get(id);
      if (c) builder.add(c);
    }
    await yieldToLoop();
  }
  return { ...builder.finish(), unreadable: unreadable.sort() };
}
