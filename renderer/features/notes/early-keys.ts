/**
 * Keys typed between Ctrl+K (or `@`) and the speaker picker's box taking the focus. The picker
 * opens a frame later; on a slow laptop a fast typist's `12` and Enter arrive before it, went
 * into the note and stored it under nobody. The note box holds them here instead, and the picker
 * takes them as it opens: the text becomes its query, Enter picks, Esc leaves the note unattributed.
 * Letters can also arrive as text input with no key of their own (a Thai input method, a
 * pasted or dictated word): those are held from the box's `beforeinput` (holdEarlyInput).
 */
import type { KeyboardEvent } from 'react';
import type { Participant } from '../../api/queries/speakers';
import { matchRoster } from '../../ui/roster-match';
import type { Speaker } from './speaker';

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

/**
 * Who the held keys chose, once Enter or Esc was among them: a person, or null for nobody (Esc).
 * Undefined while nothing is decided, or when the typed text matches nobody (the picker then
 * opens showing it).
 */
export function earlyChoice(early: EarlyKeys, roster: readonly Participant[], previous: Speaker | null | undefined): Speaker | null | undefined {
  if (early.done === 'none') return null;
  if (early.done !== 'pick') return undefined;
  const text = early.text.trim();
  const person = text ? matchRoster(roster, text, 1)[0] : roster.find((p) => p.id === previous?.id);
  return person ? { id: person.id, name: person.name, number: person.number } : undefined;
}
