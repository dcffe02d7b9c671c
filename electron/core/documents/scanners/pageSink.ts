/**
 * Where scanned pages and inbox files go: the documents core (blob store + case documents). The
 * scanner side only hands over finished files; the documents side validates, stores and records them.
 */
import type { DevelopmentLevel, DocumentType } from '../../../../shared/domain/document';

export interface PageSink {
  /**
   * Adds complete page files (scan order) to a case document, creating it when `documentId` is null.
   * Called once per page as the scanner delivers it, so a jam keeps what was scanned.
   */
  addScannedPages(input: {
    caseId: string;
    documentId: string | null;
    type: DocumentType;
    developmentLevel: DevelopmentLevel;
    files: readonly string[];
  }): Promise<{ documentId: string }>;
  /** Attaches one inbox file (PDF/JPEG/PNG/TIFF from the hot folder) to a case as a new document. */
  importInboxFile(input: {
    caseId: string;
    file: string;
    /** Sanitized display name (metadata only). */
    name: string;
    type: DocumentType;
    developmentLevel: DevelopmentLevel;
  }): Promise<{ documentId: string }>;
}
