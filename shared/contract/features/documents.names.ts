/** Channel names of hardcopy intake (import, page editing, archival PDFs, OCR): issue "Hardcopy in". */
export const DOCUMENT_METHODS = [
  'documents.list',
  'documents.uploadBegin',
  'documents.uploadChunk',
  'documents.uploadFinish',
  'documents.uploadAbort',
  'documents.thumbnail',
  'documents.updateMeta',
  'documents.rotatePages',
  'documents.reorderPages',
  'documents.deletePages',
  'documents.split',
  'documents.movePages',
  'documents.delete',
  'documents.buildPdf',
  'documents.suggestFields',
  'documents.cancel',
  'documents.previewPdf',
] as const;
export const DOCUMENT_EVENTS = ['documents.progress'] as const;
