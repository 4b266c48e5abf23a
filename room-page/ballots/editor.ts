/**
 * A ballot being filled in. Its draft lives outside the screen (the app keeps one per poll), so
 * a live update that redraws the poll list, or leaving and coming back, never clears a ballot
 * half-filled. `ballot()` is null until the ballot can be sent.
 */
import type { PhoneBallot, RoomPoll } from '../../shared/room/wire';
import type { Strings } from '../strings';

export interface Editor {
  el: HTMLElement;
  ballot(): PhoneBallot | null;
}

export interface EditorContext {
  poll: RoomPoll;
  t: Strings;
  /** The draft for this poll: an editor reads and writes only its own keys. */
  draft: Record<string, unknown>;
  changed(): void;
}

/** Options that still exist: a draft kept across updates must not send an id the poll no longer has. */
export const known = (poll: RoomPoll) => {
  const ids = new Set(poll.options.map((o) => o.id));
  return (id: string) => ids.has(id);
};

export const labelOf = (poll: RoomPoll) => {
  const labels = new Map(poll.options.map((o) => [o.id, o.label]));
  return (id: string) => labels.get(id) ?? '';
};
