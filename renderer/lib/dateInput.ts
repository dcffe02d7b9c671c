/**
 * What admins type into date boxes: "25 November 2026", "25 Nov 2026", "25/11/2026", "25-11-2026",
 * "25.11.2026" or "2026-11-25" → "YYYY-MM-DD" (the form's and the store's calendar-date format).
 * Day-first, as Indonesian writes dates.
 */
import { BULAN, isIsoDate, MONTHS_EN, TIME_ZONES, type ZonaWaktu } from '../../shared/dates';

/** Month names and their abbreviations (Indonesian "Agu"/"Agt", "Okt", "Des"; English too). */
function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  // Older official spellings ("Pebruari", "Nopember") and the "Agt" abbreviation.
  for (const [alias, month] of [['peb', 2], ['agt', 8], ['nop', 11]] as const) if (w.startsWith(alias)) return month;
  for (const names of [BULAN, MONTHS_EN].map((list) => list.map((n) => n.toLowerCase()))) {
    const i = names.findIndex((n) => n.startsWith(w));
    if (i >= 0) return i + 1;
  }
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

export function parseTanggal(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2}) ([A-Za-z]+\.?) (\d{4})$/.exec(t);
  if (m) {
    const month = monthFromName(m[2] ?? '');
    return month === null ? null : iso(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

/** An instant → its calendar date and "HH:mm" in an Indonesian zone (fixed offsets, no DST). */
export function splitInstant(instantIso: string, zone: ZonaWaktu): { date: string; time: string } {
  const t = Date.parse(instantIso);
  if (Number.isNaN(t)) return { date: '', time: '' };
  const shifted = new Date(t + TIME_ZONES[zone].offsetHours * 3_600_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/**
 * A calendar date and "HH:mm" read in an Indonesian zone → an ISO instant (UTC). Returns '' when
 * either part is missing or wrong, so the intake schema reports "Waktu diterima …" on the field.
 */
export function joinInstant(date: string, time: string, zone: ZonaWaktu): string {
  if (!isIsoDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return '';
  const offset = TIME_ZONES[zone].offsetHours;
  const local = Date.parse(`${date}T${time}:00Z`);
  return new Date(local - offset * 3_600_000).toISOString();
}

/**
 * A typed time of day → "HH:mm", or null. Indonesian writes times with a dot ("14.05"); a colon,
 * "1405" and a bare hour ("9") are accepted too. A text box, not the browser's time picker, whose
 * 12/24-hour display follows the operating system rather than the app.
 */
export function parseJam(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(t) ?? /^(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** "14:05" → "14.05", as shown to the admin. */
export function formatJam(hhmm: string): string {
  return hhmm.replace(':', '.');
}
