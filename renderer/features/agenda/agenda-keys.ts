/** The agenda list's keys (handled by AgendaList on the focused list), shown beside it and in the `?` dialog. */
import type { KeyHint } from '../../ui/key-hint';

export const AGENDA_KEYS: readonly KeyHint[] = [
  { keys: ['↑', '↓'], label: 'agenda.hints.select' },
  { keys: ['Enter'], label: 'agenda.hints.edit' },
  { keys: ['Ins', 'Ctrl+Enter'], label: 'agenda.hints.add' },
  { keys: ['Tab', 'Shift+Tab'], label: 'agenda.hints.indent' },
  { keys: ['Alt+↑', 'Alt+↓'], label: 'agenda.hints.move' },
  { keys: ['Space'], label: 'agenda.hints.clock' },
  { keys: ['N'], label: 'agenda.hints.next' },
  { keys: ['Delete'], label: 'agenda.hints.delete' },
  { keys: ['Ctrl+Z'], label: 'agenda.hints.undo' },
];
