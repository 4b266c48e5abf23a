/**
 * Where a phone stands in a poll: the voter it votes as (its key), or what it must do first, or
 * that the poll is not for phones at all. The same answer draws the phone's screen
 * (`/room/state`) and decides a ballot, so the two never disagree.
 */
import type { PollMethod, RoomPollSettings } from '../../../shared/contract';
import type { Context } from '../context';
import { isEligible } from '../polls/eligibility';
import type { PollRow } from '../polls/store';
import type { VoterKey } from './voted';
import type { Voter } from './voters';

/** Methods a phone can vote in: hands are raised in the hall, not on a phone. */
export const PHONE_METHODS: readonly PollMethod[] = ['yes_no', 'approval', 'plurality', 'borda', 'irv', 'schulze', 'score_matrix', 'consensus'];

export type Standing = { kind: 'voter'; key: VoterKey } | { kind: 'needs'; needs: 'participant' | 'code' | 'eligible' } | { kind: 'hidden'; why: string };

export function standing(ctx: Context, voter: Voter, row: PollRow, rules: RoomPollSettings): Standing {
  if (!PHONE_METHODS.includes(row.method)) return { kind: 'hidden', why: 'this vote is counted by a show of hands in the hall' };
  if (voter.groupId !== null) {
    return row.method === 'score_matrix' ? { kind: 'voter', key: `group:${voter.groupId}` } : { kind: 'hidden', why: "a group's phone scores matrices for the group" };
  }
  switch (rules.voters) {
    case 'off':
      return { kind: 'hidden', why: 'this vote is not taken from phones' };
    case 'devices':
      return { kind: 'voter', key: `device:${voter.id}` };
    case 'checked_in':
      if (voter.personId === null) return { kind: 'needs', needs: 'participant' };
      if (!isEligible(ctx, row, voter.personId)) return { kind: 'needs', needs: 'eligible' };
      return { kind: 'voter', key: `person:${voter.personId}` };
    case 'codes':
      return voter.votingCodeId === null ? { kind: 'needs', needs: 'code' } : { kind: 'voter', key: `code:${voter.votingCodeId}` };
  }
}
