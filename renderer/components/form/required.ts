/** Props that mark an input as required without putting "*" into its label's text (see global.css). */
export function requiredProps(required: boolean | undefined): { labelProps?: { className: string }; 'aria-required'?: true } {
  return required ? { labelProps: { className: 'loket-required' }, 'aria-required': true } : {};
}
