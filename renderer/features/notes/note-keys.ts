/**
 * The note pane's keys: those of the box (NoteComposer) shown under it, and the rest (the kind,
 * the list of notes in NoteList, search) in the `?` dialog.
 */
import type { KeyHint } from '../../ui/key-hint';

export const NOTE_BOX_KEYS: readonly KeyHint[] = [
  { keys: ['Enter'], label: 'notes.hints.store' },
  { keys: ['Shift+Enter'], label: 'notes.hints.newline' },
  { keys: ['@', 'Ctrl+K'], label: 'notes.hints.speaker' },
  { keys: ['Alt+S'], label: 'notes.hints.speaking' },
  { keys: ['Alt+G'], label: 'notes.hints.group' },
  { keys: ['↑'], label: 'notes.hints.list' },
];

export const NOTE_MORE_KEYS: readonly KeyHint[] = [
  { keys: ['Alt+1…4'], label: 'notes.hints.kind' },
  { keys: ['Ctrl+E'], label: 'notes.hints.editLast' },
  { keys: ['Ctrl+Z'], label: 'notes.hints.undo' },
  { keys: ['Enter', 'Ctrl+E'], label: 'notes.hints.listEdit' },
  { keys: ['Delete'], label: 'notes.hints.listDelete' },
  { keys: ['M'], label: 'notes.hints.listMove' },
  { keys: ['R'], label: 'notes.hints.listResolution' },
  { keys: ['Esc'], label: 'notes.hints.listLeave' },
  { keys: ['Ctrl+F', '/'], label: 'notes.hints.search' },
];
