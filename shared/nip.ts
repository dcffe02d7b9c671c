/**
 * NIP (Nomor Induk Pegawai), the 18-digit civil-servant number (PP 11/2017 practice):
 * birth date YYYYMMDD (8) + appointment (TMT CPNS) YYYYMM (6) + sex 1=male/2=female (1) + sequence (3).
 */
export type NipProblem =
  | 'length'
  | 'digits'
  | 'birthDate'
  | 'appointment'
  | 'appointmentBeforeAdult'
  | 'sex'
  | 'sequence';

export interface NipParts {
  birthDate: string; // YYYY-MM-DD
  appointment: string; // YYYY-MM
  sex: 'L' | 'P';
  sequence: number;
}

export type NipCheck = { ok: true; parts: NipParts } | { ok: false; problem: NipProblem };

/** Each problem has its message in shared/messages (`nip.<problem>`), shown under the NIP field and returned by the core. */

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Strips the spaces and dots people type in NIPs ("19850312 201001 1 003"). */
export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function checkNip(raw: string, today: Date = new Date()): NipCheck {
  const nip = normalizeNip(raw);
  if (!/^\d*$/.test(nip)) return { ok: false, problem: 'digits' };
  if (nip.length !== 18) return { ok: false, problem: 'length' };
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const thisYear = today.getUTCFullYear();
  if (by < 1940 || by > thisYear - 17 || !isRealDate(by, bm, bd)) return { ok: false, problem: 'birthDate' };
  const ay = Number(nip.slice(8, 12));
  const am = Number(nip.slice(12, 14));
  const nowMonth = thisYear * 12 + today.getUTCMonth();
  if (am < 1 || am > 12 || ay < 1960 || ay * 12 + am - 1 > nowMonth) return { ok: false, problem: 'appointment' };
  if (ay - by < 17) return { ok: false, problem: 'appointmentBeforeAdult' };
  const sex = nip[14];
  if (sex !== '1' && sex !== '2') return { ok: false, problem: 'sex' };
  const sequence = Number(nip.slice(15));
  if (sequence === 0) return { ok: false, problem: 'sequence' };
  return {
    ok: true,
    parts: {
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      appointment: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      sex: sex === '1' ? 'L' : 'P',
      sequence,
    },
  };
}

/** The sex a NIP records (its 15th digit: 1 male, 2 female), or null when it is not an 18-digit NIP saying so. */
export function nipSex(raw: string): NipParts['sex'] | null {
  const nip = normalizeNip(raw);
  if (!/^\d{18}$/.test(nip)) return null;
  return nip[14] === '1' ? 'L' : nip[14] === '2' ? 'P' : null;
}

/** "198503122010011003" → "19850312 201001 1 003", the way NIPs are printed on letters. */
export function formatNip(nip: string): string {
  const n = normalizeNip(nip);
  if (n.length !== 18) return nip;
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}
