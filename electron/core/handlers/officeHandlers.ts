/** `office.*`: the office on the shared drive (issue 12; electron/core/office/officeService.ts). */
import type { Handlers } from '../../../shared/contract/contract';
import type { OFFICE_METHODS } from '../../../shared/contract/features/office.names';
import type { OfficeAudit } from '../office/auditService';
import type { OfficeService } from '../office/officeService';
import type { PdfPreview } from '../../../shared/domain/letters';

/** Renders a PDF's pages to PNG in the documents worker (DocumentService.previewPdf): nothing is written to disk. */
export type PdfPreviewer = (pdf: Uint8Array, dpi: number) => Promise<PdfPreview>;

export function officeHandlers(office: OfficeService, audit: OfficeAudit, preview: PdfPreviewer): Pick<Handlers, (typeof OFFICE_METHODS)[number]> {
  return {
    'office.status': () => office.status(),
    'office.sync': async () => {
      await office.sync();
      return office.status();
    },
    'office.find': (q) => office.find(q),
    'office.claim': ({ takeOver }) => office.claim(takeOver),
    'office.handOver': ({ id, to }) => office.handOver(id, to),
    'office.handoverStatus': ({ id }) => office.handoverStatus(id),
    'office.incoming': () => office.incoming(),
    'office.receive': async ({ caseId }) => {
      const r = await office.receive(caseId);
      return { id: r.id, caseNumber: r.caseNumber };
    },
    'office.audit.status': () => audit.status(),
    'office.audit.run': async () => {
      await audit.runFull();
      return audit.status();
    },
    'office.openBag': ({ bag }) => office.openBag(bag),
    'office.bagPdf': async ({ bag, file, dpi }) => preview(await office.bagPdf(bag, file), dpi),
  };
}
