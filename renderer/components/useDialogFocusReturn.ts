/**
 * Focus back on the control that opened a dialog, once the dialog is gone (WCAG 2.1 §2.4.3).
 * Mantine's own return runs 10 ms after closing and gives up when focus is elsewhere by then; a
 * dialog closed with Escape right after opening races its own focus trap, which moves focus into
 * the closing dialog after that check, and focus then falls to the page's start when the dialog
 * unmounts. This remembers the opener before any trap runs and restores it after the exit
 * transition, unless the admin has already put focus somewhere else on the page.
 */
import { useLayoutEffect, useRef } from 'react';

export function useDialogFocusReturn(opened: boolean): { returnFocus: false; onExitTransitionEnd: () => void } {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (!opened) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, [opened]);
  return {
    returnFocus: false,
    onExitTransitionEnd: () => {
      const target = opener.current;
      opener.current = null;
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected || active.closest('[role="dialog"]') !== null;
      if (target?.isConnected && lost) target.focus({ preventScroll: true });
    },
  };
}
