/**
 * Colours that pass WCAG 2.1 AA (§1.4.3 text 4.5:1, §1.4.11 UI parts 3:1) on the app's light
 * backgrounds, derived from Mantine's palettes instead of chosen per component: for every colour,
 * the filled variant (buttons, badges; white text on it, and used as text on the page), the light
 * variant's text, the palette's dark end, and the app-wide dimmed and error colours. Issue 13: the defaults
 * (#228be6 with white 3.6:1, dimmed #868e96 3.3:1, error #fa5252 3.3:1) fail on office monitors.
 */
import { darken, luminance, toRgba, type CSSVariablesResolver, type MantineColorsTuple, type MantineTheme } from '@mantine/core';

/** WCAG 2.1 §1.4.3: at least 4.5:1 for normal-size text. */
export const TEXT_CONTRAST = 4.5;

/** WCAG 2.1 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The lightest shade of `tuple`, from `from` up, that reaches `min` against every background;
 * past shade 9, shade 9 darkened step by step (orange, green and yellow never get there otherwise).
 */
export function readableShade(tuple: MantineColorsTuple, from: number, backgrounds: readonly string[], min = TEXT_CONTRAST): string {
  const passes = (c: string) => backgrounds.every((bg) => contrastRatio(c, bg) >= min);
  for (let i = from; i <= 9; i++) if (passes(tuple[i] ?? tuple[9])) return tuple[i] ?? tuple[9];
  return darkenUntil(tuple[9], passes);
}

/** `color` darkened in steps of 2 % until it passes, as #rrggbb (the form Mantine's palettes use). */
function darkenUntil(color: string, passes: (c: string) => boolean): string {
  for (let step = 1; step < 50; step++) {
    const c = toHex(darken(color, step * 0.02));
    if (passes(c)) return c;
  }
  return color;
}

function toHex(color: string): string {
  const { r, g, b } = toRgba(color);
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A palette whose dark end (shades 8 and 9, the ones used for text, e.g. `c="orange.8"`) reads at
 * 4.5:1 on white and on the page's gray-0: a shade that does not is darkened just enough. Lighter
 * shades (backgrounds, borders) stay Mantine's.
 */
export function readablePalette(colors: Record<string, MantineColorsTuple>, page: readonly string[]): Record<string, MantineColorsTuple> {
  const passes = (c: string) => page.every((bg) => contrastRatio(c, bg) >= TEXT_CONTRAST);
  return Object.fromEntries(
    Object.entries(colors).map(([name, tuple]) => {
      const [eight, nine] = [tuple[8], tuple[9]].map((c) => (passes(c) ? c : darkenUntil(c, passes))) as [string, string];
      // Shade 9 stays at least as dark as shade 8.
      const darker = luminance(nine) <= luminance(eight) ? nine : eight;
      return [name, [...tuple.slice(0, 8), eight, darker] as unknown as MantineColorsTuple];
    }),
  );
}

/** Dimmed text (hints, secondary lines): 6.1:1 on white, 4.9:1 on the active nav item's blue-1. */
export const DIMMED = '#5c636a';

/**
 * The light-scheme colour variables (Mantine's own names, so every component follows): the page is
 * white or gray-0, so text colours are checked against both; a filled colour carries white text.
 */
export function readableColorVariables(theme: MantineTheme): Record<string, string> {
  const pageBackgrounds = [theme.white, theme.colors.gray[0]];
  const vars: Record<string, string> = {};
  for (const [name, tuple] of Object.entries(theme.colors)) {
    // The lightest shade from Mantine's default (6) that passes: blue 8, gray 7, violet 6.
    const filled = readableShade(tuple, 6, pageBackgrounds);
    vars[`--mantine-color-${name}-filled`] = filled;
    vars[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.12);
    vars[`--mantine-color-${name}-outline`] = filled;
    vars[`--mantine-color-${name}-light-color`] = readableShade(tuple, 9, [tuple[1], tuple[2]]);
  }
  return {
    ...vars,
    '--mantine-color-dimmed': DIMMED,
    '--mantine-color-error': readableShade(theme.colors.red, 8, pageBackgrounds),
    '--mantine-color-anchor': `var(--mantine-color-${theme.primaryColor}-filled)`,
    // §1.4.11: an input's border is what shows where to type (3:1 against the page).
    '--mantine-color-default-border': theme.colors.gray[6],
  };
}

export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({ variables: {}, light: readableColorVariables(theme), dark: {} });
