/** The file name of a report document: `laporan-<kind>_<from>_<to>.<ext>` (docs/reports.md). */
import type { ReportKind } from '../../../shared/contract/features/reports';
import type { Report } from '../../../shared/domain/report';

export function reportFileName(kind: ReportKind, report: Report, ext: 'xlsx' | 'json' | 'pdf'): string {
  return `laporan-${kind}_${report.period.from}_${report.period.to}.${ext}`;
}
