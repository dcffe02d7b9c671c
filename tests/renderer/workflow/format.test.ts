import { describe, expect, it } from 'vitest';
import { bi, formatDuration, formatMinutes, liveWorkedMs } from '../../../renderer/features/workflow/format';
import { i18n } from '../../../renderer/i18n';

describe('workflow formatting', () => {
  const t = i18n.getFixedT('id', 'workflow');
  const tEn = i18n.getFixedT('en', 'workflow');

  it('writes working times the Indonesian way', () => {
    expect(formatDuration(4_000, t)).toBe('4 dtk');
    expect(formatDuration(6 * 60_000 + 5_000, t)).toBe('6 mnt 05 dtk');
    expect(formatDuration(70 * 60_000, t)).toBe('1 j 10 mnt');
    expect(formatDuration(3 * 86_400_000 + 2 * 3_600_000, t)).toBe('3 hari 2 j');
    expect(formatDuration(-5, t)).toBe('0 dtk');
    expect(formatDuration(6 * 60_000 + 5_000, tEn)).toBe('6 min 05 s');
  });

  it('writes a standard in the same style as the times beside it (one duration style)', () => {
    expect(formatMinutes(5, t)).toBe('5 mnt');
    expect(formatMinutes(90, t)).toBe('1 j 30 mnt');
    expect(formatMinutes(5, tEn)).toBe('5 min');
    expect(formatDuration(7 * 60_000, t)).toBe('7 mnt');
  });

  it('adds the seconds since the core answered only while the clock runs', () => {
    expect(liveWorkedMs(60_000, true, 1_000, 31_000)).toBe(90_000);
    expect(liveWorkedMs(60_000, false, 1_000, 31_000)).toBe(60_000);
    expect(liveWorkedMs(60_000, true, 31_000, 1_000)).toBe(60_000);
  });

  it('picks the label in the UI language, Indonesian otherwise', () => {
    expect(bi({ id: 'Lengkap', en: 'Complete' }, 'en')).toBe('Complete');
    expect(bi({ id: 'Lengkap', en: 'Complete' }, 'id')).toBe('Lengkap');
    expect(bi({ id: 'Lengkap', en: 'Complete' }, 'fr')).toBe('Lengkap');
  });
});
