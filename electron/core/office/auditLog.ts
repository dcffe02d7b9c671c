/**
 * The audit log on the share (issue 12 §4): `<root>/.loket/audit/<code>.jsonl`, written by one
 * workstation only, append-only (officeFiles.appendJsonLines: O_APPEND, fsync). One line per bag
 * checked and one per completed pass, so IT can see on the share itself when each bag was last
 * found sound, by which PC, and what was wrong (docs/office.md, "Fixity audits").
 */
import { z } from 'zod';
import { auditPassSchema, auditProblemSchema } from '../../../shared/contract/features/office';
import { appendJsonLines, auditLogPath, ensureOfficeDir } from './officeFiles';

export const AUDIT_LOG_VERSION = 1;

export const auditLogLineSchema = z.discriminatedUnion('type', [
  z.object({ v: z.literal(AUDIT_LOG_VERSION), type: z.literal('bag'), at: z.string(), bag: z.string(), ok: z.boolean(), problems: z.array(auditProblemSchema) }),
  auditPassSchema
    .pick({ kind: true, startedAt: true, bags: true, failed: true, missing: true, uncatalogued: true, bytes: true })
    .extend({ v: z.literal(AUDIT_LOG_VERSION), type: z.literal('pass'), at: z.string() }),
]);
export type AuditLogLine = z.infer<typeof auditLogLineSchema>;

export type AuditLogWriter = (lines: readonly AuditLogLine[]) => Promise<void>;

/** Appends to `code`'s audit log under `root` (the folder is made at the first write). */
export function auditLogWriter(root: string, code: string): AuditLogWriter {
  let ready = false;
  return async (lines) => {
    if (lines.length === 0) return;
    if (!ready) await ensureOfficeDir(root, 'audit');
    ready = true;
    await appendJsonLines(auditLogPath(root, code), lines);
  };
}

/** For a run that writes no log (`loket audit` without a data folder: no workstation of its own). */
export const NO_AUDIT_LOG: AuditLogWriter = async () => undefined;
