/**
 * Numbers and dates in Indonesian words, as the opening of a *berita acara* writes them (tata naskah
 * dinas: "Pada hari ini Selasa, tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh
 * delapan"). Pure; shared by the letters and their tests.
 */
import { BULAN, isIsoDate } from './dates';

const SATUAN = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'] as const;

/** The weekdays from Sunday (Date.getUTCDay order). */
export const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** A whole number 0 … 999 999 999 999 in Indonesian words ("seratus", "seribu", "dua ribu dua puluh enam"). */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`terbilang: ${n}`);
  if (n < 12) return SATUAN[n] as string;
  if (n < 20) return `${terbilang(n - 10)} belas`;
  if (n < 100) return join(`${terbilang(Math.floor(n / 10))} puluh`, n % 10);
  if (n < 200) return join('seratus', n - 100);
  if (n < 1000) return join(`${terbilang(Math.floor(n / 100))} ratus`, n % 100);
  if (n < 2000) return join('seribu', n - 1000);
  if (n < 1e6) return join(`${terbilang(Math.floor(n / 1000))} ribu`, n % 1000);
  if (n < 1e9) return join(`${terbilang(Math.floor(n / 1e6))} juta`, n % 1e6);
  return join(`${terbilang(Math.floor(n / 1e9))} miliar`, n % 1e9);
}

const join = (head: string, rest: number) => (rest === 0 ? head : `${head} ${terbilang(rest)}`);

/** The parts of a calendar date ("YYYY-MM-DD") as a *berita acara* states them. */
export interface TanggalTerbilang {
  hari: string;
  tanggal: string;
  bulan: string;
  tahun: string;
}

export function tanggalTerbilang(isoDate: string): TanggalTerbilang {
  if (!isIsoDate(isoDate)) throw new RangeError(`tanggal: ${isoDate}`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return {
    hari: HARI[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as string,
    tanggal: terbilang(d),
    bulan: BULAN[m - 1] as string,
    tahun: terbilang(y),
  };
}

/** "Pada hari ini Selasa, tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh delapan" (no closing comma). */
export function pembukaBeritaAcara(isoDate: string): string {
  const t = tanggalTerbilang(isoDate);
  return `Pada hari ini ${t.hari}, tanggal ${t.tanggal} bulan ${t.bulan} tahun ${t.tahun}`;
}
