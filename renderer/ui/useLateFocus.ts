/**
 * A focus target a shortcut can aim at before it exists. A facilitator on an old laptop presses
 * the tab's key (Q, A, …) while the tab is still loading; the key is kept and the box takes the
 * focus as soon as it mounts, instead of the key being lost.
 */
import { useCallback, useRef } from 'react';

export function useLateFocus<T extends HTMLElement>() {
  const node = useRef<T | null>(null);
  const pending = useRef(false);
  const ref = useCallback((el: T | null) => {
    node.current = el;
    if (el && pending.current) {
      pending.current = false;
      el.focus();
    }
  }, []);
  const focus = useCallback(() => {
    if (node.current) node.current.focus();
    else pending.current = true;
  }, []);
  return { ref, focus, node };
}
