/**
 * Brings a note into view inside the list's own scroll box only. Element.scrollIntoView would
 * also scroll the window (and with it the note box away from under the note-taker's hands).
 */
export function scrollIntoList(el: HTMLElement | null, where: 'nearest' | 'center' = 'nearest'): void {
  const box = el?.closest<HTMLElement>('[data-scroll-list]');
  if (!el || !box) return;
  const boxRect = box.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  const top = rect.top - boxRect.top + box.scrollTop;
  if (where === 'center') {
    box.scrollTop = top - (box.clientHeight - rect.height) / 2;
  } else if (rect.top < boxRect.top) {
    box.scrollTop = top;
  } else if (rect.bottom > boxRect.bottom) {
    box.scrollTop = top + rect.height - box.clientHeight;
  }
}
