/**
 * How a case was closed, read from its trail: when (the SOP step-9 completion event, "Arsip
 * berkas"), how it ended, and where the paper went (step 9's `physical`: box, folder, shelf — SOP
 * *Pencatatan* 2). Shared: the registers and labels in the core, the closed case's page in the UI.
 */
import { localDate, type ZonaWaktu } from '../dates';
import type { CaseRecord } from './case';
import { foldTrail, type CaseResult } from './workflowFold';

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

