/** `reports.*`: the period's figures from the case trails (issue 11; docs/reports.md). */
import type { Handlers } from '../../../shared/contract/contract';
import type { REPORT_METHODS } from '../../../shared/contract/features/reports.names';
import { resolvePeriod } from '../../../shared/domain/report';
import type { ReportFactsCache } from '../reports/factsCache';
import { storeReport } from '../reports/storeReport';
import type { Store } from '../store/openStore';
import type { WorkflowSettingsFile } from '../workflow/settingsFile';

export function reportsHandlers(store: Store, workflow: WorkflowSettingsFile, facts: ReportFactsCache): Pick<Handlers, (typeof REPORT_METHODS)[number]> {
  const compute = async (period: Parameters<typeof resolvePeriod>[0]) => storeReport(store, await workflow.load(), resolvePeriod(period), facts);
  return {
    'reports.compute': ({ period }) => compute(period),
    'reports.export': async ({ period, kind, threshold }) => {
      const report = await compute(period);
      // exceljs is large: loaded when a workbook is asked for (as the registers do).
      const { reportWorkbook, reportFileName } = await import('../reports/reportWorkbook');
      const bytes = await reportWorkbook(report, kind, store.settings.get(), threshold);
      return {
        fileName: reportFileName(kind, report, 'xlsx'),
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: Buffer.from(bytes).toString('base64'),
      };
    },
  };
}
