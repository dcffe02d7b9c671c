/** Channel names of hardcopy intake (import, scanning, page editing, archival PDFs, OCR): issue "Hardcopy in". */
export const DOCUMENT_METHODS = [] as const;
export const DOCUMENT_EVENTS = [] as const;
