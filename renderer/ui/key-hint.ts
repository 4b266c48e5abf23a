/**
 * One keyboard shortcut as data: what it shows, what it does, and (for keys that work anywhere on
 * a screen) the hotkeys it registers. The on-screen hints and the `?` dialog both read these
 * lists, and the hotkeys are bound from them, so what is shown cannot drift from what works.
 */
import type { HotkeyItem } from '@mantine/hooks';
import type { ParseKeys } from 'i18next';

export type TranslationKey = ParseKeys;

export interface KeyHint {
  /** As shown, e.g. 'Ctrl+K'; several are alternatives ("or"). */
  keys: readonly string[];
  /** What it does (a translation key). */
  label: TranslationKey;
  /** @mantine/hooks hotkeys it registers on its screen, matched by physical key (works with the Thai layout on). */
  hotkeys?: readonly string[];
}

/** The `useHotkeys` entries of a shortcut, all calling `handler`. */
export const bindHotkeys = (hint: KeyHint, handler: (event: KeyboardEvent) => void): HotkeyItem[] =>
  (hint.hotkeys ?? []).map((hotkey) => [hotkey, handler, { usePhysicalKeys: true }]);
