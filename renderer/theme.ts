/** Mantine theme: calm government-office blue, system fonts only (offline: nothing is fetched). */
import { createTheme } from '@mantine/core';

const BELOW: Array<'label' | 'input' | 'description' | 'error'> = ['label', 'input', 'description', 'error'];

export const theme = createTheme({
  primaryColor: 'blue',
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
