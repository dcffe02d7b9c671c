/**
 * A fixity audit of the office archive (issue 12 §4; NDSA Levels of Digital Preservation,
 * "Fixity"): every bag listed under the archive root, in name order, checked by bagAudit against
 * its manifests and its catalogue entry; then every catalogue entry whose bag is gone. A pass can
 * run whole (`loket audit`, "Periksa sekarang") or in slices that resume after the last bag
 * logged (the daily slice of the scheduled pass). Every check is logged before progress moves.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { AuditPass, BagAudit } from '../../../shared/contract/features/office';
import type { CatalogueEntry } from '../../../shared/domain/office';
import type { AuditLogLine, AuditLogWriter } from './auditLog';
import { AUDIT_LOG_VERSION } from './auditLog';
import type { PassProgress } from './auditState';
import { auditBag, missingBagAudit, type BagAuditContext } from './bagAudit';
import type { OfficeCatalogue } from './officeCatalogue';

/** Bags with problems a pass keeps for the screen (the log on the share has every one). */
export const MAX_LISTED = 200;
/** Log lines and progress are written every this many bags, and at the end of a slice. */
const FLUSH_EVERY = 25;

/** What a pass checks: the share as the catalogue's last sync saw it. */
export interface AuditTarget {
  root: string;
  /** Every bag folder under the root, sorted. */
  bags: readonly string[];
  /** The newest catalogue entry per bag. */
  catalogued: ReadonlyMap<string, CatalogueEntry>;
  /** Catalogued bags not on the share. */
  missing: readonly string[];
}

/** The target of a pass from a catalogue just synced with `root`. */
export function targetOf(root: string, catalogue: OfficeCatalogue): AuditTarget {
  const v = catalogue.view();
  return { root, bags: v.bags, catalogued: catalogue.catalogued(), missing: v.missingBags };
}

export function newPass(root: string, kind: PassProgress['kind'], startedAt: string): PassProgress {
  return { root, kind, startedAt, cursor: '', total: 0, checked: 0, bytes: 0, failed: 0, uncatalogued: 0, problems: [] };
}

export interface SliceOptions extends BagAuditContext {
  target: AuditTarget;
  /** Bags to check in this slice at most. */
  limit: number;
  now: () => Date;
  log: AuditLogWriter;
  /** Where the pass is logged, or why not ('' logged): kept with the pass. */
  logNote: string;
  /** Persists the progress, called after the lines it covers are logged. */
  save?: (p: PassProgress) => Promise<void>;
  /** After each bag: how many of the pass are done, of how many. */
  onBag?: (done: number, total: number, result: BagAudit) => void;
  /** True when the slice must end early (the app is closing); checked between bags. */
  stopped?: () => boolean;
  /** Bags with problems kept in the pass (default MAX_LISTED). */
  listAtMost?: number;
}

/**
 * Checks up to `limit` bags after `p.cursor` (updating `p`); returns the completed pass when no bag
 * remains, else null. Hashing streams each file in 1 MiB reads and yields between bags, so a slice
 * never holds the app's event loop for long.
 */
export async function auditSlice(p: PassProgress, o: SliceOptions): Promise<AuditPass | null> {
  const { target } = o;
  const todo = target.bags.filter((b) => b > p.cursor);
  p.total = p.checked + todo.length;
  let lines: AuditLogLine[] = [];
  const flush = async () => {
    await o.log(lines);
    lines = [];
    await o.save?.(p);
  };
  const keep = (r: BagAudit) => {
    if (p.problems.length < (o.listAtMost ?? MAX_LISTED)) p.problems.push(r);
  };
  let stopped = false;
  for (const bag of todo.slice(0, o.limit)) {
    if (o.stopped?.()) {
      stopped = true;
      break;
    }
    const recorded = target.catalogued.get(bag) ?? null;
    const { result, bytes } = await auditBag(target.root, bag, recorded, o);
    p.checked += 1;
    p.bytes += bytes;
    if (!recorded) p.uncatalogued += 1;
    if (!result.ok) {
      p.failed += 1;
      keep(result);
    }
    p.cursor = bag;
    lines.push({ v: AUDIT_LOG_VERSION, type: 'bag', at: o.now().toISOString(), bag, ok: result.ok, problems: result.problems });
    o.onBag?.(p.checked, p.total, result);
    if (lines.length >= FLUSH_EVERY) await flush();
    await yieldToLoop();
  }
  if (stopped || todo.length > o.limit) {
    await flush();
    return null;
  }
  // Every listed bag is done: the entries whose bag is gone close the pass.
  for (const bag of target.missing) {
    const recorded = target.catalogued.get(bag);
    if (!recorded) continue;
    const result = await missingBagAudit(recorded, o);
    keep(result);
    lines.push({ v: AUDIT_LOG_VERSION, type: 'bag', at: o.now().toISOString(), bag, ok: false, problems: result.problems });
  }
  const pass: AuditPass = {
    root: p.root,
    kind: p.kind,
    startedAt: p.startedAt,
    finishedAt: o.now().toISOString(),
    bags: p.checked,
    failed: p.failed,
    missing: target.missing.length,
    uncatalogued: p.uncatalogued,
    bytes: p.bytes,
    problems: p.problems,
    logNote: o.logNote,
  };
  const { kind, startedAt, bags, failed, missing, uncatalogued, bytes } = pass;
  lines.push({ v: AUDIT_LOG_VERSION, type: 'pass', at: pass.finishedAt, kind, startedAt, bags, failed, missing, uncatalogued, bytes });
  await flush();
  return pass;
}
