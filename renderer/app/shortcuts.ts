/**
 * Every keyboard shortcut, by where it works, for the `?` dialog. The screens' own lists (agenda,
 * issues, notes, speakers) are the very lists their on-screen hints show and their hotkeys are
 * bound from; the forum tabs' Alt+digit keys are made here and bound by the forum page.
 * Letter shortcuts match the physical key, so they work while the Thai keyboard layout is on.
 * tests/unit/renderer/app/shortcuts.test.ts checks that every `useHotkeys` key is listed here.
 */
import { AGENDA_KEYS } from '../features/agenda/agenda-keys';
import { AGREEMENT_KEYS } from '../features/agreements/agreement-keys';
import { ISSUE_KEYS } from '../features/issues/issue-keys';
import { MINUTES_KEYS } from '../features/reports/minutes-keys';
import { NOTE_BOX_KEYS, NOTE_MORE_KEYS } from '../features/notes/note-keys';
import { SPEAKER_KEYS } from '../features/speakers/speaker-keys';
import type { KeyHint, TranslationKey } from '../ui/key-hint';
import { FORUM_TABS, type ForumTab } from '../ui/route';

export const GENERAL_KEYS = {
  help: { keys: ['?', 'F1'], label: 'shortcuts.help', hotkeys: ['shift+?', 'F1'] },
  newForum: { keys: ['Ctrl+N', 'N'], label: 'shortcuts.newForum', hotkeys: ['mod+N', 'N'] },
} as const satisfies Record<string, KeyHint>;

const CHECK_IN_KEYS: readonly KeyHint[] = [
  { keys: ['↑', '↓'], label: 'shortcuts.move' },
  { keys: ['Enter'], label: 'shortcuts.checkIn' },
  { keys: ['Ctrl+Enter'], label: 'shortcuts.newPerson' },
  { keys: ['Ctrl+Z'], label: 'shortcuts.undo', hotkeys: ['mod+Z'] },
  { keys: ['Esc'], label: 'shortcuts.clear' },
];

const FORM_KEYS: readonly KeyHint[] = [
  { keys: ['Ctrl+Enter'], label: 'shortcuts.save' },
  { keys: ['Esc'], label: 'shortcuts.close' },
];

export interface TabShortcut extends KeyHint {
  tab: ForumTab;
  hotkeys: readonly [string];
}

/** The first ten tabs answer to Alt+1 … Alt+9 and Alt+0; the later ones are reached by Tab or mouse. */
export const TAB_SHORTCUTS: readonly TabShortcut[] = FORUM_TABS.slice(0, 10).map((tab, i) => {
  const digit = (i + 1) % 10;
  return { tab, keys: [`Alt+${digit}`], label: `forumPage.tabs.${tab}`, hotkeys: [`alt+digit${digit}`] };
});

export interface ShortcutSection {
  title: TranslationKey;
  items: readonly KeyHint[];
}

export const SHORTCUT_SECTIONS: readonly ShortcutSection[] = [
  { title: 'shortcuts.groupGeneral', items: Object.values(GENERAL_KEYS) },
  { title: 'shortcuts.tabs', items: TAB_SHORTCUTS },
  { title: 'shortcuts.groupCheckIn', items: CHECK_IN_KEYS },
  { title: 'forumPage.tabs.agenda', items: AGENDA_KEYS },
  { title: 'forumPage.tabs.issues', items: ISSUE_KEYS },
  { title: 'forumPage.tabs.notes', items: [...NOTE_BOX_KEYS, ...NOTE_MORE_KEYS] },
  { title: 'forumPage.tabs.speakers', items: SPEAKER_KEYS },
  { title: 'forumPage.tabs.minutes', items: Object.values(MINUTES_KEYS) },
  { title: 'forumPage.tabs.agreements', items: Object.values(AGREEMENT_KEYS) },
  { title: 'shortcuts.groupForms', items: FORM_KEYS },
];
