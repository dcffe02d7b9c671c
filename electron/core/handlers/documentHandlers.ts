/** `documents.*`: import (chunked upload), page edits, thumbnails, archival PDFs and OCR suggestions (issue "Hardcopy in"). */
import type { Handlers } from '../../../shared/contract/contract';
import type { DOCUMENT_METHODS } from '../../../shared/contract/features/documents.names';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/contract/features/documents';
import type { DocumentService } from '../documents/service';
import type { Store } from '../store/openStore';

export function documentHandlers(store: Store, service: DocumentService): Pick<Handlers, (typeof DOCUMENT_METHODS)[number]> {
  const docs = () => service;
  return {
    'documents.list': ({ caseId }) => docs().list(caseId),
    'documents.uploadBegin': async ({ caseId, name, bytes }) => {
      await store.cases.get(caseId); // a missing case fails here, before anything is staged
      await service.ready;
      const u = await docs().staging.begin(caseId, name, bytes);
      return { uploadId: u.id, chunkBytes: UPLOAD_CHUNK_BYTES };
    },
    'documents.uploadChunk': async ({ uploadId, offset, data }) => ({
      received: await docs().staging.chunk(uploadId, offset, Buffer.from(data, 'base64')),
    }),
    'documents.uploadFinish': async ({ uploadId, meta, documentId, taskId, source }) => {
      const s = docs();
      const u = s.staging.take(uploadId);
      try {
        return await s.addPages(u.caseId, [{ file: u.file, name: u.name }], { ...meta, source, documentId }, { taskId });
      } finally {
        await s.staging.abort(uploadId);
      }
    },
    'documents.uploadAbort': async ({ uploadId }) => {
      await docs().staging.abort(uploadId);
      return {};
    },
    'documents.thumbnail': ({ caseId, pageId, size }) => docs().thumbnail(caseId, pageId, size),
    'documents.updateMeta': ({ caseId, documentId, meta }) => docs().updateMeta(caseId, documentId, meta),
    'documents.rotatePages': ({ caseId, pageIds, turn }) => docs().rotatePages(caseId, pageIds, turn),
    'documents.reorderPages': ({ caseId, documentId, pageIds }) => docs().reorderPages(caseId, documentId, pageIds),
    'documents.deletePages': ({ caseId, pageIds }) => docs().deletePages(caseId, pageIds),
    'documents.split': ({ caseId, documentId, fromPageId, type }) => docs().split(caseId, documentId, fromPageId, type),
    'documents.movePages': ({ caseId, pageIds, toDocumentId, position }) => docs().movePages(caseId, pageIds, toDocumentId, position),
    'documents.delete': ({ caseId, documentId }) => docs().deleteDocument(caseId, documentId),
    'documents.buildPdf': ({ caseId, documentId, ocr, taskId }) => docs().buildPdf(caseId, documentId, ocr, { taskId }),
    'documents.suggestFields': async ({ caseId, documentIds, taskId }) => ({ suggestions: await docs().suggestFields(caseId, documentIds, { taskId }) }),
    'documents.cancel': async ({ taskId }) => ({ cancelled: docs().cancel(taskId) }),
    'documents.previewPdf': ({ caseId, documentId, dpi }) => docs().documentPdfPreview(caseId, documentId, dpi),
  };
}
