/**
 * The height from an element's top to the bottom of the window, so the note pane fills the
 * screen and only its list scrolls: the box stays put under the note-taker's hands.
 */
import { type RefObject, useLayoutEffect, useState } from 'react';

const MIN_HEIGHT = 420;

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
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, bottomGap]);
  return height;
}
