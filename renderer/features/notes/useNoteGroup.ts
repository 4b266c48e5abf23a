/**
 * Which small group the note-taker is writing for: null for the plenary (ทั้งที่ประชุม). Kept
 * per window and forum in localStorage, beside the draft's author lease, so a window that comes
 * back after a crash files the restored draft under the same group it was typed for.
 */
import { useCallback, useState } from 'react';
import { windowAuthor } from './window-author';

interface GroupRef {
  id: string;
}

const storageKey = (forumId: string) => `wethi.noteGroup.${windowAuthor()}.${forumId}`;

const read = (forumId: string): string | null => {
  try {
    return localStorage.getItem(storageKey(forumId));
  } catch {
    return null;
  }
};

/** The next target after `current` in the cycle plenary → group 1 → … → last group → plenary. */
export function nextGroup(groups: readonly GroupRef[], current: string | null): string | null {
  const index = current === null ? -1 : groups.findIndex((g) => g.id === current);
  return groups[index + 1]?.id ?? null;
}

export function useNoteGroup(forumId: string, groups: readonly GroupRef[] | undefined) {
  const [chosen, setChosen] = useState<string | null>(() => read(forumId));
  // A group deleted (or split away) since: back to the plenary. Until the groups are loaded, keep the choice.
  const groupId = chosen !== null && groups && !groups.some((g) => g.id === chosen) ? null : chosen;

  const choose = useCallback(
    (id: string | null) => {
      setChosen(id);
      try {
        if (id === null) localStorage.removeItem(storageKey(forumId));
        else localStorage.setItem(storageKey(forumId), id);
      } catch {
        // Storage refused: the choice still holds for this window.
      }
    },
    [forumId],
  );

  return { groupId, choose, cycle: () => choose(nextGroup(groups ?? [], groupId)) };
}
