/**
 * The height from an element's top to the bottom of the window, so the note pane fills the
 * screen and only its list scrolls: the box stays put under the note-taker's hands.
 */
import { type RefObject, useLayoutEffect, useState } from 'react';

/** Below this the list above the box shows only a note or two: the page scrolls the heading away instead. */
const MIN_HEIGHT = 520;

export function useFillHeight(ref: RefObject<HTMLElement | null>, bottomGap = 16): number {
  const [height, setHeight] = useState(MIN_HEIGHT);
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(MIN_HEIGHT, window.innerHeight - top - bottomGap));
    };
    measure();
    // On a small screen (1366×768 with the forum heading) the pane would not fit: scroll the
    // heading up just enough that the box and the notes above it are all in view.
    const el = ref.current;
    if (el) {
      const overflow = el.getBoundingClientRect().top + MIN_HEIGHT + bottomGap - window.innerHeight;
      if (overflow > 0) window.scrollTo({ top: window.scrollY + overflow });
    }
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, bottomGap]);
  return height;
}
