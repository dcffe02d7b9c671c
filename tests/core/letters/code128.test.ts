import { describe, expect, it } from 'vitest';
import { CODE128_PATTERNS, code128BValues, code128BWidths } from '../../../electron/core/letters/pdf/code128';

describe('Code 128-B encoder (ISO/IEC 15417)', () => {
  it('has the 107 symbol patterns: 11 modules each (Stop 13), bars even and spaces odd, all different', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
    CODE128_PATTERNS.forEach((p, v) => {
      const w = [...p].map(Number);
      expect(w.reduce((a, b) => a + b, 0), `symbol ${v}`).toBe(v === 106 ? 13 : 11);
      // ISO/IEC 15417 §4.2: the bar modules of a symbol character add up to an even number.
      expect(w.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0) % 2, `symbol ${v}`).toBe(0);
      expect(w.every((x) => x >= 1 && x <= 4)).toBe(true);
    });
    // Known rows of the table: value 0 (space), 16 ("0"), 33 ("A"), Start A/B/C, Stop.
    expect([CODE128_PATTERNS[0], CODE128_PATTERNS[16], CODE128_PATTERNS[33]]).toEqual(['212222', '123122', '111323']);
    expect(CODE128_PATTERNS.slice(103)).toEqual(['211412', '211214', '211232', '2331112']);
  });

  it('encodes with Start B, the mod-103 check symbol and Stop (worked example "PJJ123C" → check 55)', () => {
    // 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879; 879 mod 103 = 55.
    expect(code128BValues('PJJ123C')).toEqual([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]);
    const widths = code128BWidths('0001/WS01/RP-UKPBJ/XI/2026');
    // 26 data symbols + start + check (11 modules each) + stop (13).
    expect(widths.reduce((a, b) => a + b, 0)).toBe(28 * 11 + 13);
    expect(widths.slice(0, 6)).toEqual([2, 1, 1, 2, 1, 4]);
    expect(widths.slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2]);
  });

  it('refuses what code set B cannot carry', () => {
    expect(() => code128BValues('')).toThrow(/empty/);
    expect(() => code128BValues('Nomor\u00e9')).toThrow(/not encodable/);
  });
});
