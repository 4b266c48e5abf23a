/** The speaker a note is attributed to, as the pane holds it: the badge number when known. */
import type { NoteSpeaker } from '../../../shared/contract';

export interface Speaker {
  id: string;
  name: string;
  /** The badge number at this forum; null for someone not registered here (an old draft, an erased person). */
  number: number | null;
}

export const speakerFrom = (s: NoteSpeaker | null, roster: readonly { id: string; number: number }[]): Speaker | null =>
  s ? { ...s, number: roster.find((p) => p.id === s.id)?.number ?? null } : null;

export const speakerLabel = (s: Speaker) => (s.number === null ? s.name : `#${s.number} ${s.name}`);
