/**
 * A forum with its room open (no sockets: tests/support/room.ts) and phones that join it. Phones
 * go through the gate, the same door the room server uses; the facilitator through operations.
 */
import type { PhoneBallot } from '../../../shared/room/wire';
import type { Voter } from '../../../electron/core/room/voters';
import { openPolls } from '../polls/harness';
import { clientId } from '../../support/room';

export async function openRoom(options: Parameters<typeof openPolls>[0] = {}) {
  const t = await openPolls(options);
  const status = await t.call('room.open', { forumId: t.forum.id, host: '127.0.0.1', port: 0 });
  const code = status.room?.code ?? '';
  const gate = () => t.room.gate();

  /** A phone joins with the room's code (or a group's code) and keeps its token. */
  const phone = (joinCode = code) => {
    const joined = gate().join(joinCode);
    const voter = gate().voter(joined.voterToken) as Voter;
    const me = {
      token: joined.voterToken,
      joined,
      get voter(): Voter {
        return gate().refresh(voter) as Voter;
      },
      vote: (pollId: string, ballot: PhoneBallot, ballotId = clientId()) => gate().castBallot(me.voter, { ballotId, pollId, ballot }),
      state: () => gate().state(me.voter),
    };
    return me;
  };
  const badgeOf = (personId: string) => (t.peek<{ badge_number: number }>('SELECT badge_number FROM attendance WHERE forum_id = ? AND person_id = ?', t.forum.id, personId)[0] as { badge_number: number }).badge_number;
  const count = (sql: string, ...params: unknown[]) => (t.peek<{ n: number }>(`SELECT count(*) AS n FROM (${sql})`, ...params)[0] as { n: number }).n;
  return { ...t, code, gate, phone, count, badgeOf };
}

/** The refusal's room code, or the error itself when it is not a refusal. */
export function refusalOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'none';
}
