/** The minutes tab's keys: they work anywhere on the tab, in the text boxes too. */
import type { KeyHint } from '../../ui/key-hint';

export const MINUTES_KEYS = {
  saveNow: { keys: ['Ctrl+S'], label: 'minutes.hints.saveNow', hotkeys: ['mod+S'] },
  exportPdf: { keys: ['Ctrl+P'], label: 'minutes.hints.exportPdf', hotkeys: ['mod+P'] },
} as const satisfies Record<string, KeyHint>;
