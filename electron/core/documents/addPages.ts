/**
 * The entry point for page producers outside the renderer — scanner adapters (SANE/WIA/NAPS2), the
 * hot folder, the CLI import: `addPages(store, caseId, sources, meta, opts)` adds the pages of the
 * given files/bytes (PNG, PNM, JPEG, TIFF incl. multi-page/G4, PDF; type from the content) to the
 * case as one new document, or to `meta.documentId`. Refused input throws AppError('invalid_input')
 * with the Indonesian message and leaves nothing behind. Progress: `documents.progress` events with
 * `opts.taskId`; cancel with `opts.signal` or `documentsOf(store).cancel(taskId)`.
 */
import type { CaseDocument } from '../../../shared/domain/document';
import type { Store } from '../store/openStore';
import { documentsOf, type AddPagesMeta, type PageSource, type TaskOptions } from './service';

export type { AddPagesMeta, PageSource, TaskOptions };

export function addPages(
  store: Store,
  caseId: string,
  sources: readonly PageSource[],
  meta: AddPagesMeta,
  opts: TaskOptions = {},
): Promise<{ document: CaseDocument; revision: number }> {
  return documentsOf(store).addPages(caseId, sources, meta, opts);
}
