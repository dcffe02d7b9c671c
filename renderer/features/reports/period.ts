/**
 * The Laporan screen's period (docs/reports.md "Period"): the core's `PeriodInput` — a month,
 * quarter, semester, year or custom dates — built from "today" by the core's clock in the office's
 * zone. The core resolves it to dates; the screen only picks.
 */
import type { PeriodInput } from '../../../shared/domain/report';
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
