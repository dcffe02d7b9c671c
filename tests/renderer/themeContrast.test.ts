/**
 * The theme's colours against WCAG 2.1 AA (issue 13): every colour's filled variant carries white
 * text at 4.5:1 and reads at 4.5:1 as text on the page, the light variant's text reads on its own
 * tinted background, and dimmed and error text read on white and on the page's gray-0.
 */
import { describe, expect, it } from 'vitest';
import { mergeMantineTheme, DEFAULT_THEME } from '@mantine/core';
import { contrastRatio, DIMMED, readableColorVariables, readablePalette, readableShade } from '../../renderer/themeContrast';
import { theme } from '../../renderer/theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const vars = readableColorVariables(full);
const WHITE = '#ffffff';
const GRAY0 = full.colors.gray[0];

describe('contrastRatio', () => {
  it('gives the WCAG figures: black on white 21:1, a colour on itself 1:1, Mantine blue-6 on white 3.56:1', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio('#228be6', '#228be6')).toBe(1);
    expect(contrastRatio('#228be6', WHITE)).toBeCloseTo(3.56, 2);
    expect(contrastRatio(WHITE, '#228be6')).toBe(contrastRatio('#228be6', WHITE));
  });
});

describe('readableShade', () => {
  it('keeps a shade that already passes and walks darker for one that does not', () => {
    expect(readableShade(DEFAULT_THEME.colors.blue, 8, [WHITE])).toBe(DEFAULT_THEME.colors.blue[8]);
    expect(readableShade(DEFAULT_THEME.colors.teal, 8, [WHITE])).toBe(DEFAULT_THEME.colors.teal[9]);
  });
  it('darkens past shade 9 when even shade 9 fails (orange, yellow)', () => {
    for (const name of ['orange', 'yellow'] as const) {
      const c = readableShade(DEFAULT_THEME.colors[name], 8, [WHITE]);
      expect(contrastRatio(DEFAULT_THEME.colors[name][9], WHITE)).toBeLessThan(4.5);
      expect(contrastRatio(c, WHITE)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('readablePalette', () => {
  it('darkens only the shades 8 and 9 that fail, just enough, and keeps 9 at least as dark as 8', () => {
    const page = [WHITE, DEFAULT_THEME.colors.gray[0]];
    const p = readablePalette(DEFAULT_THEME.colors, page);
    expect(p['blue']).toEqual(DEFAULT_THEME.colors.blue);
    expect(p['orange']?.slice(0, 8)).toEqual(DEFAULT_THEME.colors.orange.slice(0, 8));
    for (const tuple of Object.values(p))
      for (const i of [8, 9] as const) {
        expect(contrastRatio(tuple[i], WHITE)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(tuple[i], DEFAULT_THEME.colors.gray[0])).toBeGreaterThanOrEqual(4.5);
      }
    // Just enough: orange-8 ends below 5:1 on white, not near black.
    expect(contrastRatio(p['orange']?.[8] ?? '', WHITE)).toBeLessThan(5);
  });
});

describe('the theme passes WCAG 2.1 AA', () => {
  it('uses primary shade 8: white on the filled blue at 5:1', () => {
    expect(theme.primaryShade).toEqual({ light: 8, dark: 8 });
    expect(contrastRatio(WHITE, vars['--mantine-color-blue-filled'] ?? '')).toBeGreaterThanOrEqual(5);
  });

  for (const name of Object.keys(full.colors)) {
    it(`${name}: filled, outline and light variants reach 4.5:1`, () => {
      const tuple = full.colors[name];
      const filled = vars[`--mantine-color-${name}-filled`] ?? '';
      const lightColor = vars[`--mantine-color-${name}-light-color`] ?? '';
      expect(contrastRatio(WHITE, filled)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(filled, GRAY0)).toBeGreaterThanOrEqual(4.5);
      expect(vars[`--mantine-color-${name}-outline`]).toBe(filled);
      expect(contrastRatio(lightColor, tuple?.[1] ?? '')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(lightColor, tuple?.[2] ?? '')).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('dimmed and error text read on white, on the page and on the active menu item', () => {
    expect(vars['--mantine-color-dimmed']).toBe(DIMMED);
    for (const bg of [WHITE, GRAY0, full.colors.gray[1], full.colors.blue[0], full.colors.blue[1]])
      expect(contrastRatio(DIMMED, bg)).toBeGreaterThanOrEqual(4.5);
    for (const bg of [WHITE, GRAY0]) expect(contrastRatio(vars['--mantine-color-error'] ?? '', bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('a text box border stands out from the page at 3:1 (WCAG 1.4.11)', () => {
    expect(contrastRatio(vars['--mantine-color-default-border'] ?? '', WHITE)).toBeGreaterThanOrEqual(3);
  });
});
