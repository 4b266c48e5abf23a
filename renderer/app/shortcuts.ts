/**
 * Every keyboard shortcut, listed once so the help dialog and the hints on buttons agree.
 * Letter shortcuts match the physical key, so they work while the Thai keyboard layout is on.
 */
export const SHORTCUTS = {
  help: { keys: ['?', 'F1'], label: 'shortcuts.help' },
  newForum: { keys: ['Ctrl+N', 'N'], label: 'shortcuts.newForum' },
  tabs: { keys: ['Alt+1…9, 0'], label: 'shortcuts.tabs' },
  search: { keys: ['↑', '↓'], label: 'shortcuts.move' },
  checkIn: { keys: ['Enter'], label: 'shortcuts.checkIn' },
  newPerson: { keys: ['Ctrl+Enter'], label: 'shortcuts.newPerson' },
  undo: { keys: ['Ctrl+Z'], label: 'shortcuts.undo' },
  clear: { keys: ['Esc'], label: 'shortcuts.clear' },
  save: { keys: ['Ctrl+Enter'], label: 'shortcuts.save' },
  close: { keys: ['Esc'], label: 'shortcuts.close' },
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

export const SHORTCUT_GROUPS: { title: 'shortcuts.groupGeneral' | 'shortcuts.groupCheckIn' | 'shortcuts.groupForms'; items: ShortcutName[] }[] = [
  { title: 'shortcuts.groupGeneral', items: ['help', 'newForum', 'tabs'] },
  { title: 'shortcuts.groupCheckIn', items: ['search', 'checkIn', 'newPerson', 'undo', 'clear'] },
  { title: 'shortcuts.groupForms', items: ['save', 'close'] },
];
