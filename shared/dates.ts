/** Date helpers shared by core and renderer. Calendar dates are ISO strings "YYYY-MM-DD". */

export const BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** English month names: the UI in English writes "25 November 2026" (documents stay Indonesian). */
export const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const TIME_ZONES = {
  WIB: { iana: 'Asia/Jakarta', offsetHours: 7 },
  WITA: { iana: 'Asia/Makassar', offsetHours: 8 },
  WIT: { iana: 'Asia/Jayapura', offsetHours: 9 },
} as const;
export type ZonaWaktu = keyof typeof TIME_ZONES;

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** The calendar date of an instant in an Indonesian zone (no DST in Indonesia: fixed offsets). */
export function localDate(instant: Date, zone: ZonaWaktu = 'WIB'): string {
  const shifted = new Date(instant.getTime() + TIME_ZONES[zone].offsetHours * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}

/** The instant (ms) a calendar date "YYYY-MM-DD" begins in an Indonesian zone: its 00.00 local time. */
export function startOfLocalDay(isoDate: string, zone: ZonaWaktu = 'WIB'): number {
  return Date.parse(`${isoDate}T00:00:00Z`) - TIME_ZONES[zone].offsetHours * 3_600_000;
}

/**
 * "2026-11-25" → "25 November 2026" (SOP: dates as in Indonesian official letters); with `lang`
 * 'en' the English month name ("25 August 2026"), for the UI in English.
 */
export function formatTanggal(isoDate: string, lang: 'id' | 'en' = 'id'): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${d} ${(lang === 'en' ? MONTHS_EN : BULAN)[m - 1]} ${y}`;
}

/**
 * *Kurun waktu* of a file (ANRI registers, folder labels): "25 November 2026" for one day,
 * "24 s.d. 25 November 2026" within a month, else both dates in full; an open end is "…".
 */
export function kurunWaktu(from: string, to: string | null): string {
  if (to === null) return `${formatTanggal(from)} s.d. …`;
  if (from === to) return formatTanggal(from);
  if (from.slice(0, 7) === to.slice(0, 7) && isIsoDate(from)) return `${Number(from.slice(8, 10))} s.d. ${formatTanggal(to)}`;
  return `${formatTanggal(from)} s.d. ${formatTanggal(to)}`;
}

/** "25 November 2026 14.05 WIB" — Indonesian writes times with a dot; English "25 November 2026 14:05 WIB". */
export function formatWaktu(instantIso: string, zone: ZonaWaktu = 'WIB', lang: 'id' | 'en' = 'id'): string {
  const t = new Date(instantIso);
  if (Number.isNaN(t.getTime())) return instantIso;
  const shifted = new Date(t.getTime() + TIME_ZONES[zone].offsetHours * 3_600_000).toISOString();
  return `${formatTanggal(shifted.slice(0, 10), lang)} ${shifted.slice(11, 13)}${lang === 'en' ? ':' : '.'}${shifted.slice(14, 16)} ${zone}`;
}

const ROMAWI: ReadonlyArray<string> = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** Month 1–12 → Roman numeral, as used in Indonesian letter numbers. */
export function bulanRomawi(month: number): string {
  const r = ROMAWI[month - 1];
  if (!r) throw new RangeError(`bulan ${month}`);
  return r;
}
