/** The hand-off to the documents core: scanned pages and inbox files become case documents there. */
import path from 'node:path';
import { localDate } from '../../../../shared/dates';
import type { Store } from '../../store/openStore';
import { documentsOf } from '../service';
import type { PageSink } from './pageSink';

export function documentsSink(store: Store): PageSink {
  // The day the paper was received: scanned or dropped today, in the office's time zone (SOP step 1).
  const today = () => localDate(store.ctx.now(), store.settings.get().timeZone);
  return {
    async addScannedPages({ caseId, documentId, type, developmentLevel, files }) {
      const { document } = await documentsOf(store).addPages(
        caseId,
        files.map((file) => ({ file, name: path.basename(file) })),
        { type, developmentLevel, receivedDate: today(), source: 'scanner', ...(documentId ? { documentId } : {}) },
      );
      return { documentId: document.id };
    },
    async importInboxFile({ caseId, file, name, type, developmentLevel }) {
      const { document } = await documentsOf(store).addPages(caseId, [{ file, name }], { type, developmentLevel, receivedDate: today(), source: 'hot_folder' });
      return { documentId: document.id };
    },
  };
}
