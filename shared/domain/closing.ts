/**
 * How a case was closed, read from its trail: when (the SOP step-9 completion event, "Arsip
 * berkas"), how it ended, and where the paper went (step 9's `physical`: box, folder, shelf — SOP
 * *Pencatatan* 2). Shared: the registers and labels in the core, the closed case's page in the UI.
 */
import { localDate, type ZonaWaktu } from '../dates';
import type { CaseRecord } from './case';
import { foldTrail, lastCompletion, type CaseResult, type Folded } from './workflowFold';

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

/** The closing of a case, or null while it is still open (no step-9 completion in its trail). `folded`: the record's trail folded, when the caller has it. */
export function closingOf(record: CaseRecord, zone: ZonaWaktu, folded: Folded = foldTrail(record.events)): Closing | null {
  const archived = lastCompletion(folded, 9);
  if (!archived) return null;
  const { box, folder, shelf } = archived.payload.data.physical;
  return {
    closedAt: archived.at,
    closedDate: localDate(new Date(archived.at), zone),
    receivedDate: localDate(new Date(record.intake.receivedAt), zone),
    result: folded.result,
    physical: { box, folder, shelf },
  };
}

