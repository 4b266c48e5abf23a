/** The speakers tab's one-key controls (outside the add box) and the queue's keys. */
import type { KeyHint } from '../../ui/key-hint';

export const SPEAKER_HOTKEYS = {
  next: { keys: ['N'], label: 'speakers.keys.next', hotkeys: ['n'] },
  pause: { keys: ['P'], label: 'speakers.keys.pause', hotkeys: ['p'] },
  stop: { keys: ['S'], label: 'speakers.keys.stop', hotkeys: ['s'] },
  add: { keys: ['A', '/'], label: 'speakers.keys.add', hotkeys: ['a', '/'] },
} as const satisfies Record<string, KeyHint>;

export const SPEAKER_KEYS: readonly KeyHint[] = [
  SPEAKER_HOTKEYS.next,
  SPEAKER_HOTKEYS.pause,
  SPEAKER_HOTKEYS.stop,
  SPEAKER_HOTKEYS.add,
  { keys: ['Esc'], label: 'speakers.keys.leave' },
  { keys: ['Alt+↑', 'Alt+↓'], label: 'speakers.keys.move' },
  { keys: ['Delete'], label: 'speakers.keys.remove' },
];
