/** How letters are named and described on screen. */
import { describe, expect, it } from 'vitest';
import type { CaseLetter, IssuedLetter } from '../../../../shared/domain/letters';
import { latestByKind, letterDate, letterPrinted, letterState, letterStep, letterTitle, lettersNeverPrinted, shortHash } from '../../../../renderer/features/letters/format';
import { pageSizeCss } from '../../../../renderer/components/PrintPages';

const issued: IssuedLetter = {
  caseId: '2026-WS01-00001', kind: 'notification', visit: 1, version: 1, number: '007/PPB/UKPBJ/XI/2026', year: 2026, seq: 7,
  issuedAt: '2026-11-25T03:00:00.000Z', date: '2026-11-25', contentHash: 'a'.repeat(64), blob: 'b'.repeat(64), bytes: 1000, pages: 1, operator: null, archiveCopy: false, byArchiver: false,
};
const letter = (over: Partial<CaseLetter>): CaseLetter => ({
  kind: 'notification', visit: 1, title: 'Pemberitahuan', available: false, issued: null, stale: false, passwordAvailable: false, ...over,
});

describe('letter states', () => {
  it('is not available until its step is done, then ready, printed, or changed since', () => {
    expect(letterState(letter({}))).toBe('unavailable');
    expect(letterState(letter({ available: true }))).toBe('ready');
    expect(letterState(letter({ available: true, issued }))).toBe('issued');
    expect(letterState(letter({ available: true, issued, stale: true }))).toBe('stale');
  });

  it('counts as printed only what an operator printed: not an archive copy, not what the archiver numbered', () => {
    expect(letterPrinted(letter({ available: true }))).toBe(false);
    expect(letterPrinted(letter({ available: true, issued }))).toBe(true);
    expect(letterPrinted(letter({ available: true, issued, stale: true }))).toBe(true);
    expect(letterPrinted(letter({ available: true, issued: { ...issued, archiveCopy: true, byArchiver: true } }))).toBe(false);
    expect(letterPrinted(letter({ kind: 'control_sheet', available: true, issued: { ...issued, kind: 'control_sheet', byArchiver: true } }))).toBe(false);
  });

  it('step 9 names the available letters never printed, not the control sheet (the archiver issues it)', () => {
    const never = lettersNeverPrinted([
      letter({ kind: 'receipt', available: true, issued: { ...issued, kind: 'receipt' } }),
      letter({ kind: 'completeness_result', available: true }),
      letter({ kind: 'completion_notice', available: false }),
      letter({ kind: 'validity_result', available: true, issued: { ...issued, kind: 'validity_result', archiveCopy: true, byArchiver: true } }),
      letter({ kind: 'control_sheet', available: true }),
    ]);
    expect(never.map((l) => l.kind)).toEqual(['completeness_result', 'validity_result']);
  });

  it('names the step that produces each letter; the control sheet covers every step', () => {
    expect(letterStep('receipt')).toBe(1);
    expect(letterStep('notification')).toBe(8);
    expect(letterStep('control_sheet')).toBeNull();
  });

  it('titles letters in the UI language', () => {
    expect(letterTitle('rejection_notice', 'id')).toBe('Pemberitahuan Permohonan Ditolak');
    expect(letterTitle('rejection_notice', 'en')).toBe('Rejection notice');
  });

  it('shortens the hash to its ends and writes dates the Indonesian way', () => {
    expect(shortHash(`3f2a9c11${'0'.repeat(50)}44b41e`)).toBe('3f2a9c11…44b41e');
    expect(letterDate('2026-11-25')).toBe('25 November 2026');
    expect(letterDate(undefined)).toBe('—');
  });

  it('offers the newest visit of each kind', () => {
    const latest = latestByKind([letter({ kind: 'completeness_result', visit: 1 }), letter({ kind: 'completeness_result', visit: 2 }), letter({ kind: 'receipt' })]);
    expect(latest.get('completeness_result')?.visit).toBe(2);
    expect(latest.get('receipt')?.visit).toBe(1);
  });
});

describe('print page size', () => {
  it('asks for A4 when the PDF is A4, either way round, else its own size in points', () => {
    expect(pageSizeCss({ pageWidthPt: 595.28, pageHeightPt: 841.89 })).toBe('A4');
    expect(pageSizeCss({ pageWidthPt: 595, pageHeightPt: 842 })).toBe('A4');
    expect(pageSizeCss({ pageWidthPt: 842, pageHeightPt: 595 })).toBe('A4 landscape');
    expect(pageSizeCss({ pageWidthPt: 612, pageHeightPt: 1008 })).toBe('612pt 1008pt');
  });
});
