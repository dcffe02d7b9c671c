/**
 * Mantine theme: calm government-office blue, system fonts only (offline: nothing is fetched).
 * Colours meet WCAG 2.1 AA: the primary shade 8 carries white text at 5.0:1, and themeContrast.ts
 * derives the other colour variables (issue 13).
 */
import { createTheme, DEFAULT_THEME, mergeThemeOverrides, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';
import { readablePalette } from './themeContrast';

const BELOW: Array<'label' | 'input' | 'description' | 'error'> = ['label', 'input', 'description', 'error'];

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  colors: readablePalette(DEFAULT_THEME.colors, [DEFAULT_THEME.white, DEFAULT_THEME.colors.gray[0]]),
  // Every focusable element shows the ring when reached from the keyboard (global.css adds inputs).
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: "'Segoe UI', 'Noto Sans', 'Liberation Sans', Arial, Roboto, 'DejaVu Sans', sans-serif",
  fontFamilyMonospace: "Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace",
  headings: { fontFamily: "'Segoe UI', 'Noto Sans', 'Liberation Sans', Arial, Roboto, 'DejaVu Sans', sans-serif" },
  // Hints go under the box, so boxes in one row line up whether or not they have a hint.
  components: {
    TextInput: { defaultProps: { inputWrapperOrder: BELOW } },
    Textarea: { defaultProps: { inputWrapperOrder: BELOW } },
    NativeSelect: { defaultProps: { inputWrapperOrder: BELOW } },
    DateInput: { defaultProps: { inputWrapperOrder: BELOW } },
  },
});

/**
 * The names Mantine's own icon buttons need (WCAG 2.1 §4.1.2), in the UI language: every dialog's
 * close ✕, a password box's show toggle (reachable with Tab, §2.1.1); one banner landmark only.
 */
export function localizedTheme(t: TFunction): MantineThemeOverride {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        // The ✕ is named apart from a dialog's own "Tutup" button, so the two are told apart.
        // The dialog's <header> would count as a second `banner` landmark beside the app's header.
        Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('app.closeDialog') }, attributes: { header: { role: 'none' } } } },
        Drawer: { defaultProps: { closeButtonProps: { 'aria-label': t('app.closeDialog') }, attributes: { header: { role: 'none' } } } },
        PasswordInput: { defaultProps: { visibilityToggleFocusable: true, visibilityToggleButtonProps: { 'aria-label': t('app.showHidden') } } },
        Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('app.closeMessage') } } },
      },
    }),
  );
}
