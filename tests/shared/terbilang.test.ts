import { describe, expect, it } from 'vitest';
import { pembukaBeritaAcara, tanggalTerbilang, terbilang } from '../../shared/terbilang';

describe('terbilang (numbers in Indonesian words)', () => {
  it.each([
    [0, 'nol'], [1, 'satu'], [10, 'sepuluh'], [11, 'sebelas'], [12, 'dua belas'], [19, 'sembilan belas'], [20, 'dua puluh'],
    [21, 'dua puluh satu'], [29, 'dua puluh sembilan'], [31, 'tiga puluh satu'], [99, 'sembilan puluh sembilan'],
    [100, 'seratus'], [101, 'seratus satu'], [111, 'seratus sebelas'], [200, 'dua ratus'], [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'], [1001, 'seribu satu'], [1999, 'seribu sembilan ratus sembilan puluh sembilan'], [2000, 'dua ribu'],
    [2026, 'dua ribu dua puluh enam'], [2028, 'dua ribu dua puluh delapan'], [2100, 'dua ribu seratus'], [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'], [1000000, 'satu juta'], [2500000, 'dua juta lima ratus ribu'], [1000000000, 'satu miliar'],
  ])('%i → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('refuses what it cannot say', () => {
    for (const n of [-1, 1.5, Number.NaN, 1e12]) expect(() => terbilang(n)).toThrow(RangeError);
  });

  it('a date as a berita acara states it: weekday, day, month and year in words (leap day, year end)', () => {
    expect(tanggalTerbilang('2028-02-29')).toEqual({ hari: 'Selasa', tanggal: 'dua puluh sembilan', bulan: 'Februari', tahun: 'dua ribu dua puluh delapan' });
    expect(tanggalTerbilang('2026-12-31')).toEqual({ hari: 'Kamis', tanggal: 'tiga puluh satu', bulan: 'Desember', tahun: 'dua ribu dua puluh enam' });
    expect(pembukaBeritaAcara('2027-01-01')).toBe('Pada hari ini Jumat, tanggal satu bulan Januari tahun dua ribu dua puluh tujuh');
    expect(() => tanggalTerbilang('2026-02-29')).toThrow(RangeError);
  });
});
