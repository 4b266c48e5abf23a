/** What the notes tab shows from other features; app/ForumPage hands them in (see ui/slots.ts). */
import type { ComponentType, RefObject } from 'react';
import type { SearchHit } from '../../../shared/contract';

export interface NotesSlots {
  /** The search beside the notes (memoised by its owner: a keystroke in the box does not reach it). */
  Search: ComponentType<{ forumId: string; inputRef: RefObject<HTMLInputElement | null>; onOpen: (hit: SearchHit) => void; onLeave: () => void }>;
  /** "Now speaking" beside the speaker: gives the floor to the note's speaker (null: someone unnamed). */
  NowSpeaking: ComponentType<{ forumId: string; personId: string | null }>;
}
