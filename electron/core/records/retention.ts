/**
 * JRA retention (docs/reference.md §3): a closed file is kept *active* at the unit for
 * `retentionActiveYears` after it is closed, then *inactive* at the records centre for
 * `retentionInactiveYears`, then gets its final disposition (musnah / permanen / dinilai kembali).
 * Counted from the closing date (SOP step 9), the day the file is complete.
 */
import type { ArchiveSettings, RetentionDue } from '../../../shared/domain/archive';
import type { ClosedCase } from './closedCases';

/** "YYYY-MM-DD" + whole years; 29 February becomes 28 February in a common year. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = y + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface RetentionDates {
  activeUntil: string;
  inactiveUntil: string;
}

export function retentionOf(closedDate: string, settings: Pick<ArchiveSettings, 'retentionActiveYears' | 'retentionInactiveYears'>): RetentionDates {
  const activeUntil = addYears(closedDate, settings.retentionActiveYears);
  return { activeUntil, inactiveUntil: addYears(activeUntil, settings.retentionInactiveYears) };
}

/** The closed cases whose active retention has ended on `asOf` (the day it ends counts as ended), longest overdue first. */
export function retentionDue(cases: readonly ClosedCase[], settings: ArchiveSettings, asOf: string): RetentionDue[] {
  const due: RetentionDue[] = [];
  for (const { record, closing } of cases) {
    const { activeUntil, inactiveUntil } = retentionOf(closing.closedDate, settings);
    if (activeUntil > asOf) continue;
    due.push({
      caseId: record.id,
      caseNumber: record.caseNumber,
      name: record.intake.requester.name,
      closedAt: closing.closedAt,
      activeUntil,
      inactiveUntil,
      finalDisposition: settings.finalDisposition,
      box: closing.physical.box,
      folder: closing.physical.folder,
      shelf: closing.physical.shelf,
    });
  }
  return due.sort((a, b) => a.activeUntil.localeCompare(b.activeUntil) || a.caseId.localeCompare(b.caseId));
}
