/**
 * A bag's case record and audit trail as the app reads them back (docs/archive-profile.md §6,
 * "Audit trail"): case.json parsed, audit-trail.jsonl parsed line by line, its hash chain recomputed
 * with the app's own `verifyTrail` and compared with the trail inside case.json. `loket verify` and
 * the office's read-only view of an archived case (issue 12 §2) read a bag through this one piece.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BagProblem } from '../../../shared/contract/features/archive';
import type { CaseRecord } from '../../../shared/domain/case';
import { caseEventSchema, type CaseEvent } from '../../../shared/domain/trail';
import { canonicalJson } from '../workflow/canonical';
import { verifyTrail } from '../workflow/trail';
import { AUDIT_TRAIL_JSONL, CASE_JSON, caseJsonSchema } from './caseBag';

/** A tag file larger than this is not one of ours (a record is a few hundred KB at most): not read into memory. */
export const MAX_CASE_JSON = 4 * 1024 * 1024;

export interface BagCaseTrail {
  /** From case.json; null when it is missing or unreadable (a problem says which). */
  record: CaseRecord | null;
  /** The events of audit-trail.jsonl; empty when unreadable. */
  trail: CaseEvent[];
  /** audit-trail.jsonl is there and every line is an event (its chain may still be broken). */
  trailReadable: boolean;
  problems: BagProblem[];
}

/** A tag file's text; null when absent; 'too_large' over the cap. */
async function readTag(file: string): Promise<string | null | 'too_large'> {
  const st = await fs.stat(file).catch(() => null);
  if (!st?.isFile()) return null;
  if (st.size > MAX_CASE_JSON) return 'too_large';
  return fs.readFile(file, 'utf8');
}

export async function readBagCaseTrail(bagDir: string): Promise<BagCaseTrail> {
  const problems: BagProblem[] = [];
  const add = (code: BagProblem['code'], p: string, message: string) => problems.push({ code, path: p, message });
  let record: CaseRecord | null = null;
  const caseText = await readTag(path.join(bagDir, CASE_JSON)).catch(() => 'unreadable' as const);
  if (caseText === 'too_large') add('unreadable', CASE_JSON, `${CASE_JSON} lebih dari ${MAX_CASE_JSON / 1024 / 1024} MB: bukan data berkas Loket Akun SPSE.`);
  else if (caseText !== null) {
    let value: unknown = null;
    try {
      value = caseText === 'unreadable' ? null : JSON.parse(caseText);
    } catch {
      // Reported below.
    }
    const parsed = caseJsonSchema.safeParse(value);
    if (!parsed.success) add('unreadable', CASE_JSON, `${CASE_JSON} tidak dapat dibaca sebagai data berkas (rusak atau formatnya tidak dikenal).`);
    else record = parsed.data.record;
  }
  if (!record) return { record, trail: [], trailReadable: false, problems };

  const trailText = await readTag(path.join(bagDir, AUDIT_TRAIL_JSONL)).catch(() => null);
  if (trailText === null) return { record, trail: [], trailReadable: false, problems };
  if (trailText === 'too_large') {
    add('audit_trail_broken', AUDIT_TRAIL_JSONL, `${AUDIT_TRAIL_JSONL} lebih dari ${MAX_CASE_JSON / 1024 / 1024} MB: bukan jejak audit Loket Akun SPSE.`);
    return { record, trail: [], trailReadable: false, problems };
  }
  const events: CaseEvent[] = [];
  for (const [i, line] of trailText.split('\n').filter((l) => l.trim() !== '').entries()) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = null;
    }
    const e = caseEventSchema.safeParse(value);
    if (!e.success) {
      add('audit_trail_broken', AUDIT_TRAIL_JSONL, `Baris ${i + 1} ${AUDIT_TRAIL_JSONL} bukan peristiwa jejak audit yang sah.`);
      return { record, trail: [], trailReadable: false, problems };
    }
    events.push(e.data);
  }
  // The same chain check the app runs (issue 3 §5), on the archived copy.
  const verdict = verifyTrail({ ...record, events });
  if (!verdict.ok) add('audit_trail_broken', AUDIT_TRAIL_JSONL, verdict.message);
  if (canonicalJson(events) !== canonicalJson(record.events))
    add('audit_trail_broken', AUDIT_TRAIL_JSONL, `${AUDIT_TRAIL_JSONL} tidak sama dengan jejak audit di ${CASE_JSON}: salah satunya telah diubah.`);
  return { record, trail: events, trailReadable: true, problems };
}
