/**
 * Within / over the standard as one bar (Mantine Progress). The issue asks for @mantine/charts; its
 * release matching our @mantine/core (9.8) is not published, so the figures are drawn with Mantine's
 * own Progress sections instead of hand-drawn SVG.
 */
import { Progress } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatShare } from './share';

/** `what`: the row the bar belongs to (a step, an officer); each section is a progress bar with its own name (WCAG 4.1.2). */
export function ShareBar({ share, what }: { share: number | null; what: string }) {
  const { t, i18n } = useTranslation();
  if (share === null) return null;
  const within = Math.round(share * 1000) / 10;
  const pct = (x: number) => formatShare(x, i18n.language, '');
  return (
    <Progress.Root size="lg">
      <Progress.Section value={within} color="teal.8" aria-label={t('reports.bar.within', { what, pct: pct(share) })} />
      <Progress.Section value={100 - within} color="red.8" aria-label={t('reports.bar.over', { what, pct: pct(1 - share) })} />
    </Progress.Root>
  );
}
