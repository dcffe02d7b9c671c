/**
 * The Laporan screen's period (docs/reports.md "Period"): the core's `PeriodInput` — a month,
 * quarter, semester, year or custom dates — built from "today" by the core's clock in the office's
 * zone. The core resolves it to dates; the screen only picks.
 */
import type { TFunction } from 'i18next';
import type { PeriodInput, Report } from '../../../shared/domain/report';
import { bulanRomawi, formatTanggal } from '../../../shared/dates';
import { numberLocale } from '../../i18n';
import { normalisePeriod } from '../archive/period';

export type PeriodKind = PeriodInput['kind'];

const parts = (today: string) => ({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) });

/** The period of `kind` that contains `today` ("YYYY-MM-DD"); a custom range starts as today's month so far. */
export function periodContaining(kind: PeriodKind, today: string): PeriodInput {
  const { year, month } = parts(today);
  switch (kind) {
    case 'month':
      return { kind, year, month };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) };
    case 'semester':
      return { kind, year, semester: month <= 6 ? 1 : 2 };
    case 'year':
      return { kind, year };
    case 'custom':
      return { kind, from: `${today.slice(0, 8)}01`, to: today };
  }
}

/** What the core is asked for: a custom range with both dates (a reversed pick swapped), else as picked; null while incomplete. */
export function periodToAsk(p: PeriodInput): PeriodInput | null {
  if (p.kind !== 'custom') return p;
  const range = normalisePeriod(p);
  return range ? { kind: 'custom', ...range } : null;
}

/**
 * Another kind of period for the year already picked: the one containing today in today's year,
 * else the year's first (a head looking at 2024 stays in 2024 when switching to semesters).
 */
export function switchKind(kind: PeriodKind, current: PeriodInput, today: string): PeriodInput {
  const here = periodContaining(kind, today);
  if (current.kind === 'custom' || here.kind === 'custom' || here.year === current.year) return here;
  const year = current.year;
  switch (here.kind) {
    case 'month':
      return { kind: 'month', year, month: 1 };
    case 'quarter':
      return { kind: 'quarter', year, quarter: 1 };
    case 'semester':
      return { kind: 'semester', year, semester: 1 };
    case 'year':
      return { kind: 'year', year };
  }
}

/** The months' names in the UI's language (the picker's list, the English title). */
export function monthNames(lang: string): string[] {
  const f = new Intl.DateTimeFormat(numberLocale(lang), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2026, i, 1))));
}

/** The period's name in the UI's language: the core's (Indonesian, as on the documents) or its English. */
export function periodTitle(period: Report['period'], lang: string, t: TFunction): string {
  if (!lang.startsWith('en')) return period.label;
  const year = period.from.slice(0, 4);
  const month = Number(period.from.slice(5, 7));
  switch (period.kind) {
    case 'month':
      return `${monthNames(lang)[month - 1] ?? ''} ${year}`;
    case 'quarter':
      return t('reports.period.titleQuarter', { n: bulanRomawi(Math.ceil(month / 3)), year });
    case 'semester':
      return t('reports.period.titleSemester', { n: bulanRomawi(month <= 6 ? 1 : 2), year });
    case 'year':
      return t('reports.period.titleYear', { year });
    case 'custom':
      return `${formatTanggal(period.from, 'en')} – ${formatTanggal(period.to, 'en')}`;
  }
}
