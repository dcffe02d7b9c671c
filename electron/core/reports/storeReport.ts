/**
 * The report over this PC's store: the cases that can hold an event of the period are read (in id
 * order, a few files at a time) and fed to the report builder, yielding to the event loop between
 * batches so the app stays responsive over 20,000 cases (issue 11 "Speed"). With a facts cache, a
 * case whose file has not changed since it was last folded is not read again (factsCache.ts).
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { AppError } from '../../../shared/contract/result';
import type { Period, Report } from '../../../shared/domain/report';
import type { WorkflowSettings } from '../../../shared/domain/workflow';
import type { Store } from '../store/openStore';
import type { RegisterRow } from '../store/register';
import { runLimited } from '../store/caseRepository';
import { caseFacts, periodBounds, reportBuilder, type CaseFacts, type TrailCase } from './computeReport';
import { isBagKey, type ReportFactsCache } from './factsCache';

/** Files read at once (disk latency overlaps) and cases per batch between two yields. */
const READ_CONCURRENCY = 8;
const BATCH = 100;
/** A closed case is never written again: its last write is its closing (records/closedCases.ts); a day's slack for clocks. */
const SLACK_MS = 2 * 86_400_000;


export async function storeReport(store: Store, settings: WorkflowSettings, period: Period, cache?: ReportFactsCache): Promise<Report> {
  const zone = store.settings.get().timeZone;
  const now = store.ctx.now();
  const { startMs, endMs } = periodBounds(period, zone);
  await cache?.load();
  const all = [...store.cases.register.rows()];
  // Received before the period's end, and not closed before it began (such a case has no event in it).
  const rows = all
    .filter((r) => r.receivedMs < endMs && !(r.summary.status === 'closed' && Date.parse(r.summary.updatedAt) < startMs - SLACK_MS))
    .sort((a, b) => (a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0));
  const builder = reportBuilder({ period, zone, now, settings });
  const unreadable: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const known = new Map<string, CaseFacts>();
    const toRead: string[] = [];
    for (const r of batch) {
      const f = cache?.get(r.summary.id, stampOf(r));
      if (f && builder.usable(f)) known.set(r.summary.id, f);
      else toRead.push(r.summary.id);
    }
    const read = new Map<string, TrailCase>();
    await runLimited(toRead, READ_CONCURRENCY, async (id) => {
      try {
        const r = await store.cases.get(id);
        read.set(id, { id: r.id, caseNumber: r.caseNumber, kind: r.intake.kind, receivedAt: r.intake.receivedAt, events: r.events });
      } catch (e) {
        // A corrupt or vanished file is quarantined and reported by the store; the report names it.
        if (e instanceof AppError && (e.code === 'corrupt' || e.code === 'not_found' || e.code === 'unsupported_version')) unreadable.push(id);
        else throw e;
      }
    });
    for (const r of batch) {
      const id = r.summary.id;
      const f = known.get(id);
      if (f) {
        builder.addFacts(f);
        continue;
      }
      const c = read.get(id);
      if (!c) continue;
      // The stamp read before the file: a save in between only makes the row look older, so it is refolded next time.
      const whole = caseFacts(c);
      cache?.set(id, stampOf(r), whole);
      if (builder.usable(whole)) builder.addFacts(whole);
      else builder.add(c);
    }
    await yieldToLoop();
  }
  if (cache) {
    const ids = new Set(all.map((r) => r.summary.id));
    cache.retain((key) => isBagKey(key) || ids.has(key));
    // In the background: the report does not wait for the cache's write (the core's close does).
    void cache.save();
  }
  await builder.settle();
  return { ...builder.finish(), unreadable: unreadable.sort() };
}

/** A case file's version as the register knows it (the index's own staleness check). */
const stampOf = (r: RegisterRow): string => `${r.size}:${r.mtimeMs}`;
