/**
 * A dialog showing a rendered PDF (`PdfPreview`) with Print and Close: the letter preview and print
 * view (issue 5 §1) and the viewer of a document's archival PDF (issue 4). Sized for 1366×768: the
 * details and buttons stay at the top while the pages scroll.
 */
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfPreview } from '../../../shared/domain/letters';
import { errorMessage } from '../../api/client';
import { IconPrinter } from './icons';
import { printPages, PrintPages } from '../../components/PrintPages';
import { Dialog } from '../../components/Dialog';

export interface PdfPreviewDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The pages; undefined while they are being rendered. */
  preview: PdfPreview | undefined;
  /** Why the pages could not be rendered (shown instead of them). */
  error?: unknown;
  /** Text under the spinner while rendering. */
  loadingText?: string;
  /** Number, date, hash… shown above the pages. */
  details?: ReactNode;
  /** Open the print dialog as soon as the pages are there (the "Cetak" path). */
  autoPrint?: boolean;
  /** Called after `window.print()` returned. */
  onPrinted?: () => void;
  /**
   * What the Print button does instead of printing the shown pages: a letter previewed as a draft
   * is issued (numbered, archived) first, so no paper leaves without its register entry.
   */
  onPrint?: () => void;
}

export function PdfPreviewDialog({ opened, onClose, title, preview, error, loadingText, details, autoPrint = false, onPrinted, onPrint }: PdfPreviewDialogProps) {
  const { t } = useTranslation('letters');
  const print = async () => {
    await printPages();
    onPrinted?.();
  };
  // Print once per set of pages: a re-render must not open the print dialog again.
  const printedFor = useRef<PdfPreview | null>(null);
  useEffect(() => {
    if (!opened || !autoPrint || !preview || printedFor.current === preview) return;
    printedFor.current = preview;
    void print();
    // `print` is recreated every render; the guard above is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, autoPrint, preview]);

  return (
    <Dialog
      opened={opened}
      onClose={onClose}
      title={title}
      size={900}
      yOffset="2vh"
      styles={{ body: { paddingTop: 0 }, title: { fontWeight: 600 } }}
      data-testid="pdf-preview-dialog"
    >
      <Stack gap="sm">
        <Stack
          gap="xs"
          pt="xs"
          pb="sm"
          style={{ position: 'sticky', top: 'var(--mb-height, 60px)', zIndex: 2, background: 'var(--mantine-color-body)', borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          {details}
          <Group justify="space-between" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('print.printHint')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button variant="default" onClick={onClose}>
                {t('print.close')}
              </Button>
              <Button leftSection={<IconPrinter size={16} />} disabled={!preview} onClick={() => (onPrint ? onPrint() : void print())} data-testid="print-button">
                {t('print.print')}
              </Button>
            </Group>
          </Group>
        </Stack>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : preview ? (
          <PrintPages preview={preview} label={title} />
        ) : (
          <Center py="xl">
            <Group gap="sm">
              <Loader size="sm" />
              <Text c="dimmed">{loadingText ?? t('print.preparing')}</Text>
            </Group>
          </Center>
        )}
      </Stack>
    </Dialog>
  );
}
