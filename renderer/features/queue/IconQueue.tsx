/** The work queue's navbar icon (a tray of stacked tasks), drawn like the other inline icons. */
import type { SVGProps } from 'react';

export function IconQueue({ size = 18, ...rest }: SVGProps<SVGSVGElement> & { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden focusable={false} {...rest}>
      <path d="M4 5h16M4 10h16M4 15h10M4 20h6" />
      <path d="M17 17l2 2 3-4" />
    </svg>
  );
}
