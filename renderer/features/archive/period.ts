/** Periods for the registers: calendar months in the office's zone ("YYYY-MM-DD" strings). */

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month containing `today` ("YYYY-MM-DD"), moved by `offset` months (−1 = last month). */
export function monthPeriod(today: string, offset = 0): Period {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1 + offset;
  const first = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { from: iso(first), to: iso(last) };
}

/** A period the core accepts: both dates set, in order (a reversed pick is swapped, not refused). */
export function normalisePeriod(p: Period): Period | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.from) || !/^\d{4}-\d{2}-\d{2}$/.test(p.to)) return null;
  return p.from <= p.to ? p : { from: p.to, to: p.from };
}
