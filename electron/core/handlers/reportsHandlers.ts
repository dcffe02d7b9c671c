/** `reports.*`: the period's figures from the case trails (issue 11; docs/reports.md). */
import type { Handlers } from '../../../shared/contract/contract';
import type { REPORT_METHODS } from '../../../shared/contract/features/reports.names';
import { resolvePeriod } from '../../../shared/domain/report';
import type { ReportFactsCache } from '../reports/factsCache';
import { isDemoFolder } from '../demo/demoMarker';
import type { LettersService } from '../letters/service';
import { reportFileName } from '../reports/reportFileName';
import { storeReport } from '../reports/storeReport';
import type { Store } from '../store/openStore';
import type { WorkflowSettingsFile } from '../workflow/settingsFile';

export function reportsHandlers(
  store: Store,
  workflow: WorkflowSettingsFile,
  deps: { facts: ReportFactsCache; letters: LettersService },
): Pick<Handlers, (typeof REPORT_METHODS)[number]> {
  const { facts, letters } = deps;
  const compute = async (period: Parameters<typeof resolvePeriod>[0]) => storeReport(store, await workflow.load(), resolvePeriod(period), facts);
  return {
    'reports.compute': ({ period }) => compute(period),
    'reports.export': async ({ period, kind, threshold, format }) => {
      const report = await compute(period);
      // Both writers are large: loaded when a document is asked for (as the registers do).
      if (format === 'pdf') {
        const { reportPdfContent } = await import('../reports/pdf/reportPdfContent');
        const content = reportPdfContent(report, kind, threshold, { settings: store.settings.get(), letters: await letters.settings.load(), sample: await isDemoFolder(store.ctx) });
        const pdf = await letters.renderReport(content, report.generatedAt);
        return { fileName: reportFileName(kind, report, 'pdf'), mediaType: 'application/pdf', base64: Buffer.from(pdf).toString('base64') };
      }
      const { reportWorkbook } = await import('../reports/reportWorkbook');
      const bytes = await reportWorkbook(report, kind, store.settings.get(), threshold);
      return {
        fileName: reportFileName(kind, report, 'xlsx'),
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: Buffer.from(bytes).toString('base64'),
      };
    },
  };
}
