/**
 * Rendered PDF pages (a `PdfPreview`) on screen and on paper. Printing goes through Chromium
 * (`window.print()`; Electron prints the same way): the print CSS in PrintPages.css shows only the
 * print copy this component puts directly under <body>, one image per sheet, sized from the PDF's
 * page size in points, with no margin — so the paper matches the archived PDF. Nothing is written
 * to disk: the pages are data URLs held in memory (the step-8 notice may carry the temporary
 * password, issue 5 §2).
 *
 * When several PrintPages are mounted (a dialog over a page), only the most recently mounted print
 * copy is printed (PrintPages.css).
 */
import { Box, Image, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PdfPreview } from '../../shared/domain/letters';
import './PrintPages.css';

/** A4 in PDF points (ISO 216: 210 × 297 mm). */
const A4 = { w: 595.28, h: 841.89 };
const PRINT_ROOT = 'loket-print-root';

export interface PrintPagesProps {
  /** The pages to show and print. */
  preview: PdfPreview;
  /** What the pages are ("Pemberitahuan Password Baru …", a document type): the pages' alt texts. */
  label: string;
  /** Width of a page on screen, in CSS pixels (the print size always comes from the PDF). */
  screenWidth?: number;
}

/** The CSS `@page` size: the keyword A4 when the PDF is A4 (printer drivers pick the tray by it), else points. */
export function pageSizeCss(preview: Pick<PdfPreview, 'pageWidthPt' | 'pageHeightPt'>): string {
  const { pageWidthPt: w, pageHeightPt: h } = preview;
  if (Math.abs(w - A4.w) < 1.5 && Math.abs(h - A4.h) < 1.5) return 'A4';
  if (Math.abs(w - A4.h) < 1.5 && Math.abs(h - A4.w) < 1.5) return 'A4 landscape';
  return `${w}pt ${h}pt`;
}

/** Shows the pages on screen and keeps their print copy ready for `printPages()`. */
export function PrintPages({ preview, label, screenWidth = 620 }: PrintPagesProps) {
  const { t } = useTranslation('letters');
  const count = preview.pages.length;
  const pageSize = pageSizeCss(preview);

  // The sheet size of this print copy; removed with it. A <style> element, because `@page` cannot be
  // set from an inline style attribute (CSP allows inline styles: index.html).
  useEffect(() => {
    const style = document.createElement('style');
    style.dataset.loketPrint = 'page-size';
    style.textContent = `@media print { @page { size: ${pageSize}; margin: 0; } }`;
    document.head.append(style);
    return () => style.remove();
  }, [pageSize]);

  const printCopy = (
    <div className={PRINT_ROOT} data-testid="print-root" aria-hidden>
      {preview.pages.map((p, i) => (
        <div key={i} className="loket-print-sheet" style={{ width: `${preview.pageWidthPt}pt`, height: `${preview.pageHeightPt}pt` }}>
          <img src={p.dataUrl} alt="" width={p.width} height={p.height} />
        </div>
      ))}
    </div>
  );

  return (
    <>
      <Stack gap="md" align="center" data-testid="print-pages" aria-label={label}>
        {preview.pages.map((p, i) => (
          <Stack key={i} gap={4} align="center">
            <Box
              w={screenWidth}
              maw="100%"
              bg="white"
              style={{ boxShadow: '0 1px 4px rgba(0,0,0,.25)', aspectRatio: `${preview.pageWidthPt} / ${preview.pageHeightPt}` }}
            >
              <Image
                src={p.dataUrl}
                alt={t('print.pageAlt', { label, n: i + 1, count })}
                w="100%"
                h="100%"
                fit="contain"
                data-testid="print-page"
              />
            </Box>
            <Text size="xs" c="dimmed">
              {t('print.pageOf', { n: i + 1, count })}
            </Text>
          </Stack>
        ))}
      </Stack>
      {createPortal(printCopy, document.body)}
    </>
  );
}

/**
 * Opens the print dialog for the mounted print copy once its images are decoded (a page printed
 * before its image is ready comes out blank).
 */
export async function printPages(): Promise<void> {
  const roots = document.body.querySelectorAll(`:scope > .${PRINT_ROOT}`);
  const root = roots[roots.length - 1];
  if (root) await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  window.print();
}
