/** The share of executions within the standard, as the screen shows it ("85,7 %"; docs/reports.md). */
import { numberLocale } from '../../i18n';

export function shareOf(within: number, executions: number): number | null {
  return executions === 0 ? null : within / executions;
}

export function formatShare(share: number | null, lang: string, none: string): string {
  return share === null ? none : new Intl.NumberFormat(numberLocale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
