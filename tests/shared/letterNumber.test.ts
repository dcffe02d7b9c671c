import { describe, expect, it } from 'vitest';
import { formatLetterNumber, letterNumberLacksWorkstation, letterNumberPatternProblem } from '../../shared/domain/letterNumber';
import { DEFAULT_LETTER_NUMBER_PATTERN } from '../../shared/domain/letters';

describe('letter number pattern', () => {
  it('fills {seq} (3 digits), {kode}, {ws}, {bulan}, {bulanRomawi} and {tahun}', () => {
    expect(formatLetterNumber(DEFAULT_LETTER_NUMBER_PATTERN, 7, 'PPB', '2026-11-25', 'WS01')).toBe('007/PPB/WS01/UKPBJ/XI/2026');
    expect(formatLetterNumber('{kode}.{seq}/{bulan}/{bulanRomawi}/{tahun}', 1234, 'BA', '2027-04-01', 'WS01')).toBe('BA.1234/04/IV/2027');
    // An empty code leaves no empty segment.
    expect(formatLetterNumber(DEFAULT_LETTER_NUMBER_PATTERN, 12, '', '2026-01-31', 'WS02')).toBe('012/WS02/UKPBJ/I/2026');
  });

  it('the default carries the workstation code, so two PCs of one office archive never issue the same number (walk s6 P2)', () => {
    const [a, b] = ['WS01', 'WS02'].map((ws) => formatLetterNumber(DEFAULT_LETTER_NUMBER_PATTERN, 1, 'TT', '2026-12-03', ws));
    expect(a).toBe('001/TT/WS01/UKPBJ/XII/2026');
    expect(a).not.toBe(b);
    expect(letterNumberLacksWorkstation(DEFAULT_LETTER_NUMBER_PATTERN)).toBe(false);
    // A pattern saved before {ws} existed is still accepted (a warning in Pengaturan, not a refusal).
    expect(letterNumberPatternProblem('{seq}/{kode}/UKPBJ/{bulanRomawi}/{tahun}')).toBeNull();
    expect(letterNumberLacksWorkstation('{seq}/{kode}/UKPBJ/{bulanRomawi}/{tahun}')).toBe(true);
  });

  it('refuses patterns that could repeat a number or that it cannot fill, in Indonesian', () => {
    expect(letterNumberPatternProblem(DEFAULT_LETTER_NUMBER_PATTERN)).toBeNull();
    expect(letterNumberPatternProblem('{kode}/UKPBJ/{tahun}')).toBe('Pola nomor surat harus memuat {seq} (nomor urut) dan {tahun}.');
    expect(letterNumberPatternProblem('{seq}/UKPBJ/{bulanRomawi}')).toMatch(/harus memuat \{seq\}/);
    expect(letterNumberPatternProblem('{seq}/{pc}/{tahun}')).toMatch(/Penanda \{pc\} tidak dikenal/);
    expect(letterNumberPatternProblem('{seq}/{ws}/{tahun}')).toBeNull();
    expect(letterNumberPatternProblem('{seq}/{tahun}}')).toMatch(/tidak berpasangan/);
  });
});
