/** The agreements tab's own shortcut, listed in the `?` dialog (app/shortcuts.ts) and bound by the tab. */
import type { KeyHint } from '../../ui/key-hint';

export const AGREEMENT_KEYS = {
  newAgreement: { keys: ['Alt+N'], label: 'agreements.new', hotkeys: ['alt+N'] },
} as const satisfies Record<string, KeyHint>;
