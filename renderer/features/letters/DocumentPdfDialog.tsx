/**
 * The viewer of a document's archival PDF/A (issue 4 "view the built PDF"): the pages rendered by the
 * documents worker (`documents.previewPdf`), in the same dialog as the letters, so they print too.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDocument } from '../../../shared/domain/document';
import { call } from '../../api/client';
import { documentKeys } from '../../api/queryKeys';
import { PdfPreviewDialog } from './PdfPreviewDialog';

/** Readable on screen and still fine on paper; the worker renders it off the main thread. */
const VIEW_DPI = 110;

export function DocumentPdfDialog({ caseId, doc, onClose }: { caseId: string; doc: CaseDocument | null; onClose: () => void }) {
  const { t } = useTranslation('letters');
  const { t: td } = useTranslation('documents');
  const documentId = doc?.id ?? '';
  // Keyed on the PDF's hash: a rebuilt PDF is a new view; the pages are not kept after closing.
  const pages = useQuery({
    queryKey: documentKeys.pdfPreview(caseId, documentId, doc?.pdf?.blob ?? ''),
    queryFn: () => call('documents.previewPdf', { caseId, documentId, dpi: VIEW_DPI }),
    enabled: doc !== null && doc.pdf !== null,
    gcTime: 0,
    staleTime: Infinity,
  });
  const type = doc ? td(`documentTypes.${doc.type}`) : '';
  return (
    <PdfPreviewDialog
      opened={doc !== null}
      onClose={onClose}
      title={t('viewer.pdfTitle', { type })}
      preview={pages.data}
      error={pages.error ?? undefined}
      loadingText={t('viewer.pdfLoading')}
    />
  );
}
