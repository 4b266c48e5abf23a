/** The agenda keys, on screen next to the list they work in. */
import { KeyHints } from '../../ui/KeyHints';
import { AGENDA_KEYS } from './agenda-keys';

export function AgendaKeyHints() {
  return <KeyHints hints={AGENDA_KEYS} testId="agenda-hints" />;
}
