/** Props that mark an input as required without putting "*" into its label's text (see global.css). */
export function requiredProps(required: boolean | undefined): { labelProps?: { className: string }; 'aria-required'?: true } {
  return required ? { labelProps: { className: 'loket-required' }, 'aria-required': true } : {};
}

/**
 * The same mark for a group of radio buttons: Mantine would put `aria-required` on the group's
 * outer wrapper, a plain div where ARIA does not allow it (axe aria-allowed-attr, critical).
 */
export function requiredGroupProps(): { labelProps: { className: string } } {
  return { labelProps: { className: 'loket-required' } };
}
