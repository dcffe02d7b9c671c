import { describe, expect, it } from 'vitest';
import { formatLetterNumber, letterNumberPatternProblem } from '../../shared/domain/letterNumber';
import { DEFAULT_LETTER_NUMBER_PATTERN } from '../../shared/domain/letters';

describe('letter number pattern', () => {
  it('fills {seq} (3 digits), {kode}, {bulan}, {bulanRomawi} and {tahun}', () => {
    expect(formatLetterNumber(DEFAULT_LETTER_NUMBER_PATTERN, 7, 'PPB', '2026-11-25')).toBe('007/PPB/UKPBJ/XI/2026');
    expect(formatLetterNumber('{kode}.{seq}/{bulan}/{bulanRomawi}/{tahun}', 1234, 'BA', '2027-04-01')).toBe('BA.1234/04/IV/2027');
    // An empty code leaves no empty segment.
    expect(formatLetterNumber(DEFAULT_LETTER_NUMBER_PATTERN, 12, '', '2026-01-31')).toBe('012/UKPBJ/I/2026');
  });

  it('refuses patterns that could repeat a number or that it cannot fill, in Indonesian', () => {
    expect(letterNumberPatternProblem(DEFAULT_LETTER_NUMBER_PATTERN)).toBeNull();
    expect(letterNumberPatternProblem('{kode}/UKPBJ/{tahun}')).toBe('Pola nomor surat harus memuat {seq} (nomor urut) dan {tahun}.');
    expect(letterNumberPatternProblem('{seq}/UKPBJ/{bulanRomawi}')).toMatch(/harus memuat \{seq\}/);
    expect(letterNumberPatternProblem('{seq}/{ws}/{tahun}')).toMatch(/Penanda \{ws\} tidak dikenal/);
    expect(letterNumberPatternProblem('{seq}/{tahun}}')).toMatch(/tidak berpasangan/);
  });
});
