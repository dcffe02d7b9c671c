/**
 * Within / over the standard as one bar (Mantine Progress). The issue asks for @mantine/charts; its
 * release matching our @mantine/core (9.8) is not published, so the figures are drawn with Mantine's
 * own Progress sections instead of hand-drawn SVG.
 */
import { Progress } from '@mantine/core';

export function ShareBar({ share, label }: { share: number | null; label: string }) {
  if (share === null) return null;
  const within = Math.round(share * 1000) / 10;
  return (
    <Progress.Root size="lg" aria-label={label} title={label}>
      <Progress.Section value={within} color="teal.8" />
      <Progress.Section value={100 - within} color="red.8" />
    </Progress.Root>
  );
}
