import { describe, expect, it } from 'vitest';
import { caseId, formatCaseNumber, validateCaseNumberPattern } from '../../shared/domain/caseNumber';
import { DEFAULT_CASE_NUMBER_PATTERN } from '../../shared/domain/settings';

describe('case numbers', () => {
  it('fills every token', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { seq: 7, workstation: 'WS01', year: 2026, month: 11 })).toBe(
      '0007/WS01/RP-UKPBJ/XI/2026',
    );
    expect(formatCaseNumber('{tahun}.{bulan}-{ws}-{seq}', { seq: 12345, workstation: 'A2', year: 2027, month: 3 })).toBe('2027.03-A2-12345');
  });
  it('refuses patterns that could repeat numbers or have unknown tokens', () => {
    expect(validateCaseNumberPattern(DEFAULT_CASE_NUMBER_PATTERN)).toBeNull();
    expect(validateCaseNumberPattern('{seq}/{tahun}')).toMatch(/\{ws\}/);
    expect(validateCaseNumberPattern('{seq}/{ws}')).toMatch(/\{tahun\}/);
    expect(validateCaseNumberPattern('{seq}/{ws}/{tahun}/{nomor}')).toMatch(/tidak dikenal: \{nomor\}/);
    expect(validateCaseNumberPattern('{seq}/{ws}/{tahun}}')).toMatch(/berpasangan/);
    expect(validateCaseNumberPattern('')).toMatch(/wajib/);
  });
  it('makes file-safe ids', () => {
    expect(caseId({ year: 2026, workstation: 'WS01', seq: 7 })).toBe('2026-WS01-00007');
  });
});
