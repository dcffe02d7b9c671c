/**
 * The report over the office archive (issue 11 §5): the same figures, from the bags every
 * workstation published to the shared drive — each bag's case.json and audit-trail.jsonl, read and
 * chain-checked by the one bag reader (archive/bagCaseTrail.ts) — so the head of the unit reports
 * over every workstation. Same builder as this PC's report; another source of trails.
 *
 * The bags hold closed cases only: "still open" and "waiting" are this PC's (its own report).
 * A case exported twice counts once, from its newest bag. A bag is read once: its facts are kept
 * under its folder with its tag-manifest digest as stamp (a bag is never changed once published;
 * a new version is a new folder).
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import path from 'node:path';
import type { CatalogueEntry } from '../../../shared/domain/office';
import type { Period, Report } from '../../../shared/domain/report';
import type { ZonaWaktu } from '../../../shared/dates';
import type { WorkflowSettings } from '../../../shared/domain/workflow';
import { readBagCaseTrail } from '../archive/bagCaseTrail';
import { withShareTimeout } from '../office/officeFiles';
import { runLimited } from '../store/caseRepository';
import { caseFacts, periodBounds, reportBuilder, type CaseFacts, type TrailCase } from './computeReport';
import { bagKey, isBagKey, type ReportFactsCache } from './factsCache';

/** Bags read at once: the share's latency overlaps, without flooding an SMB server. */
const READ_CONCURRENCY = 4;
const BATCH = 100;
const SLACK_MS = 2 * 86_400_000;


export interface OfficeReportInput {
  archive: { root: string; entries: readonly CatalogueEntry[] };
  settings: WorkflowSettings;
  period: Period;
  zone: ZonaWaktu;
  now: Date;
  cache?: ReportFactsCache;
}

/** Of each case, its newest bag (the catalogue keeps every version). */
function newestBags(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  const newest = new Map<string, CatalogueEntry>();
  for (const e of entries) {
    const seen = newest.get(e.caseId);
    if (!seen || e.version > seen.version || (e.version === seen.version && e.publishedAt > seen.publishedAt)) newest.set(e.caseId, e);
  }
  return [...newest.values()].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
}

export async function officeReport({ archive, settings, period, zone, now, cache }: OfficeReportInput): Promise<Report> {
  const { startMs, endMs } = periodBounds(period, zone);
  await cache?.load();
  const all = newestBags(archive.entries);
  // Received before the period's end, and not closed before it began.
  const bags = all.filter((e) => Date.parse(e.receivedAt) < endMs && !(Date.parse(e.closedAt) < startMs - SLACK_MS));
  const builder = reportBuilder({ period, zone, now, settings, source: 'office' });
  const unreadable: string[] = [];
  for (let i = 0; i < bags.length; i += BATCH) {
    const batch = bags.slice(i, i + BATCH);
    const facts = new Map<string, CaseFacts>();
    /** Bags read in this batch: a period ending before a case's closing cuts its trail without reading it again. */
    const trails = new Map<string, TrailCase>();
    await runLimited(
      batch.filter((e) => {
        const f = cache?.get(bagKey(e.bag), e.tagManifestSha256);
        if (f) facts.set(e.bag, f);
        return !f;
      }),
      READ_CONCURRENCY,
      async (e) => {
        const read = await withShareTimeout(readBagCaseTrail(path.join(archive.root, ...e.bag.split('/'))), archive.root).catch(() => null);
        // A bag that cannot be read, or whose trail does not hold, is named instead of counted (the audit says why).
        if (!read?.record || !read.trailReadable || read.problems.length > 0) {
          unreadable.push(e.bag);
          return;
        }
        const r = read.record;
        const trail: TrailCase = { id: r.id, caseNumber: r.caseNumber, kind: r.intake.kind, receivedAt: r.intake.receivedAt, events: read.trail };
        trails.set(e.bag, trail);
        const f = caseFacts(trail);
        cache?.set(bagKey(e.bag), e.tagManifestSha256, f);
        facts.set(e.bag, f);
      },
    );
    for (const e of batch) {
      const f = facts.get(e.bag);
      if (!f) continue;
      // A closed case's events all lie before its closing; a period ending earlier cuts them.
      if (builder.usable(f)) builder.addFacts(f);
      else {
        const trail = trails.get(e.bag) ?? (await readTrail(archive.root, e.bag));
        if (trail) builder.add(trail);
      }
    }
    await yieldToLoop();
  }
  if (cache) {
    const current = new Set(all.map((e) => bagKey(e.bag)));
    cache.retain((key) => !isBagKey(key) || current.has(key));
    void cache.save();
  }
  await builder.settle();
  const report = builder.finish();
  // Where each counted case lives on the share, for its read-only view (issue 12 §2).
  const where: Record<string, string> = {};
  for (const e of bags) if (report.caseIds[e.caseNumber] !== undefined) where[e.caseNumber] = e.bag;
  return { ...report, bags: where, unreadable: unreadable.sort() };
}

/** A bag's case as the report reads it (its facts were cached, its trail is needed whole). */
async function readTrail(root: string, bag: string): Promise<TrailCase | null> {
  const read = await withShareTimeout(readBagCaseTrail(path.join(root, ...bag.split('/'))), root);
  const r = read.record;
  return r ? { id: r.id, caseNumber: r.caseNumber, kind: r.intake.kind, receivedAt: r.intake.receivedAt, events: read.trail } : null;
}
