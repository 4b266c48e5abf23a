/**
 * The note-taker's keys (the kind's Alt+1…4 and search's Ctrl+F are shown on their own controls), under the box where the eyes already are, with the draft's state beside them. */
import type { ReactNode } from 'react';
import { KeyHints } from '../../ui/KeyHints';
import { NOTE_BOX_KEYS } from './note-keys';

export function NotesKeyHints({ children }: { children?: ReactNode }) {
  return (
    <KeyHints hints={NOTE_BOX_KEYS} testId="notes-hints" size="xs">
      {children}
    </KeyHints>
  );
}
