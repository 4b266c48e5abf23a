/**
 * A note to show once its forum's notes tab has opened: a search result from another forum
 * navigates there first. Kept in memory only; a one-shot hand-over between two screens.
 */
let pending: string | null = null;

export const showNoteAfterNavigation = (noteId: string) => {
  pending = noteId;
};

export function takeNoteToShow(): string | null {
  const id = pending;
  pending = null;
  return id;
}
