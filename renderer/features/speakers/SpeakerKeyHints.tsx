/** The speakers list's keys, on screen where the facilitator looks. */
import { KeyHints } from '../../ui/KeyHints';
import { SPEAKER_KEYS } from './speaker-keys';

export function SpeakerKeyHints() {
  return <KeyHints hints={SPEAKER_KEYS} testId="speaker-keys" />;
}
