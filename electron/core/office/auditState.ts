/**
 * Where the fixity audit stands on this PC (`office-audit.json` in the data folder, not backed up):
 * the pass in progress — the scheduled pass advances a slice a day and resumes after the last bag
 * it logged — and the last completed pass, which the Arsip screen shows. Lost or damaged, it costs
 * only a pass started again: the audit log on the share keeps every check.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { auditPassSchema, bagAuditSchema } from '../../../shared/contract/features/office';
import { writeFileDurable } from '../store/durableWrite';

export const AUDIT_STATE_FILE = 'office-audit.json';

export const passProgressSchema = z.object({
  root: z.string(),
  kind: auditPassSchema.shape.kind,
  startedAt: z.string(),
  /** The last bag checked and logged (bags are audited in name order); '' before the first. */
  cursor: z.string(),
  /** Bags on the share when the last slice began. */
  total: z.number().int().nonnegative(),
  checked: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  uncatalogued: z.number().int().nonnegative(),
  /** Bags with problems so far, first ones. */
  problems: z.array(bagAuditSchema),
});
export type PassProgress = z.infer<typeof passProgressSchema>;

const stateSchema = z.object({
  v: z.literal(1),
  current: passProgressSchema.nullable(),
  /** The local day ("YYYY-MM-DD") of the last scheduled slice: one slice a day. */
  lastSliceDay: z.string(),
  last: auditPassSchema.nullable(),
});
export type AuditState = z.infer<typeof stateSchema>;

const EMPTY: AuditState = { v: 1, current: null, lastSliceDay: '', last: null };

export async function loadAuditState(dataDir: string): Promise<AuditState> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await fs.readFile(path.join(dataDir, AUDIT_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

export async function saveAuditState(dataDir: string, state: AuditState): Promise<void> {
  await writeFileDurable(path.join(dataDir, AUDIT_STATE_FILE), JSON.stringify(state));
}
