/** The issues tab's keys: Q and G anywhere on the tab, the rest on the focused list (IssueList). */
import type { KeyHint } from '../../ui/key-hint';

export const ISSUE_HOTKEYS = {
  quick: { keys: ['Q'], label: 'issues.hints.quick', hotkeys: ['Q'] },
  group: { keys: ['G'], label: 'issues.hints.group', hotkeys: ['G'] },
} as const satisfies Record<string, KeyHint>;

export const ISSUE_KEYS: readonly KeyHint[] = [
  { keys: ['↑', '↓'], label: 'issues.hints.select' },
  { keys: ['Enter'], label: 'issues.hints.edit' },
  { keys: ['Space'], label: 'issues.hints.expand' },
  { keys: ['Alt+↑', 'Alt+↓'], label: 'issues.hints.move' },
  ISSUE_HOTKEYS.quick,
  ISSUE_HOTKEYS.group,
  { keys: ['M'], label: 'issues.hints.merge' },
  { keys: ['S'], label: 'issues.hints.split' },
  { keys: ['Delete'], label: 'issues.hints.delete' },
  { keys: ['Ctrl+Z'], label: 'issues.hints.undo' },
];
