/**
 * The height from an element's top to the bottom of the window, so the note pane fills the
 * screen and only its list scrolls: the box stays put under the note-taker's hands.
 *
 * On a small screen (1366×768 with the forum heading above) that would leave room for only a
 * note or two. Then the page is scrolled so the forum's tabs sit right under the app header
 * (the title scrolls away, the tabs stay in view) and the pane takes the height that frees.
 */
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/** Below this the list above the box shows only a note or two. */
const MIN_HEIGHT = 520;
const FLOOR = 360;

export function useFillHeight(ref: RefObject<HTMLElement | null>, bottomGap = 16): number {
  const [height, setHeight] = useState(MIN_HEIGHT);
  const scrollTarget = useRef<{ top: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const measure = (scroll: boolean) => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      const fit = window.innerHeight - top - bottomGap;
      const tabs = el.closest('[role="tabpanel"]')?.parentElement?.querySelector('[role="tablist"]');
      const header = document.querySelector('header');
      if (fit >= MIN_HEIGHT || !tabs) {
        setHeight(Math.max(FLOOR, fit));
        return;
      }
      const scrollTo = tabs.getBoundingClientRect().top + window.scrollY - (header?.getBoundingClientRect().bottom ?? 0) - 4;
      const next = Math.max(FLOOR, window.innerHeight - (top - scrollTo) - bottomGap);
      setHeight(next);
      if (scroll) scrollTarget.current = { top: scrollTo, height: next };
    };
    measure(true);
    const onResize = () => measure(false);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [ref, bottomGap]);
  // Scrolled once the pane has its new height: before, the page may not be long enough to scroll that far.
  useLayoutEffect(() => {
    if (scrollTarget.current?.height === height) {
      window.scrollTo({ top: scrollTarget.current.top });
      scrollTarget.current = null;
    }
  }, [height]);
  return height;
}
