/**
 * Ctrl+F (anywhere on the screen, the note box included) and `/` (outside text fields) go to the
 * search box. Matched by physical key as well as by character, so they work with the Thai
 * keyboard layout on (there `/` is on the 2 key and the / key types ฝ).
 */
import { useEffect } from 'react';

const inTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');

export function useSearchHotkeys(focusSearch: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && !e.shiftKey && e.code === 'KeyF') {
        e.preventDefault();
        focusSearch();
      } else if (!mod && !e.altKey && (e.key === '/' || e.code === 'Slash') && !inTextField(e.target)) {
        e.preventDefault();
        focusSearch();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [focusSearch]);
}
