/**
 * Keys typed between Ctrl+K (or `@`) and the speaker picker's box taking the focus. The picker
 * opens a frame later; on a slow laptop a fast typist's `12` and Enter arrive before it, went
 * into the note and stored it under nobody. The note box holds them here instead, and the picker
 * takes them as it opens: the text becomes its query, Enter picks, Esc leaves the note unattributed.
 * Letters can also arrive as text input with no key of their own (a Thai input method, a
 * pasted or dictated word): those are held from the box's `beforeinput` (holdEarlyInput).
 */
import type { KeyboardEvent } from 'react';

export interface EarlyKeys {
  text: string;
  /** Enter (pick the match, or the previous speaker) or Esc (nobody) pressed before the picker opened. */
  done: 'pick' | 'none' | null;
}

export const noEarlyKeys = (): EarlyKeys => ({ text: '', done: null });

/** True when the key was held for the picker (and must not reach the note box). */
export function holdEarlyKey(early: EarlyKeys, e: KeyboardEvent): boolean {
  // After Enter or Esc the picker is done; what follows is the note's text.
  if (early.done || e.nativeEvent.isComposing) return false;
  if (e.key === 'Enter') early.done = 'pick';
  else if (e.key === 'Escape') early.done = 'none';
  else if (e.key === 'Backspace') early.text = early.text.slice(0, -1);
  else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) early.text += e.key;
  else return false;
  e.preventDefault();
  return true;
}

/** True when the text input was held for the picker (and must not reach the note box). */
export function holdEarlyInput(early: EarlyKeys, e: InputEvent): boolean {
  if (early.done || e.isComposing || e.inputType !== 'insertText' || !e.data) return false;
  early.text += e.data;
  return true;
}
