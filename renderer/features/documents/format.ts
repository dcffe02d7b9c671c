/** Small display helpers of the hardcopy screens. */
import { numberLocale } from '../../i18n';

/** "245 KB", "1,4 MB" (Indonesian decimal comma) — file sizes as the admin reads them. */
export function formatBytes(bytes: number, lang: string): string {
  const fmt = (n: number, digits: number) => new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${fmt(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024, 0)} KB`;
  return `${fmt(bytes / (1024 * 1024), 1)} MB`;
}
