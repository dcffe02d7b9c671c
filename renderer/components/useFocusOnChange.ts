/**
 * Moves focus to `target` when `key` changes after the first render: a save, a step start or a
 * page change has just removed the control that had focus, and focus would otherwise fall back to
 * the page's start (WCAG 2.1 §2.4.3 focus order).
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useFocusOnChange(key: string, target: RefObject<HTMLElement | null>): void {
  const last = useRef(key);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    target.current?.focus();
  }, [key, target]);
}
