/**
 * Who may vote in a poll, as the entry screen sees it, and how far each named voter has got:
 * used to mark people in the voter picker before the host is asked; and their names as shown. The host checks again on
 * every ballot, and its refusal is what counts.
 */
import { useTranslation } from 'react-i18next';
import type { PollBallot } from '../../../shared/contract';
import type { Participant } from '../../api/queries/speakers';
import { matchRoster } from '../../ui/roster-match';
import type { Poll } from '../../api/queries/polls';

export interface VoterState {
  eligible: boolean;
  /** Ballots already stored under the person's name. */
  ballots: number;
  /** Dots already used (dot voting). */
  dots: number;
}

const dotsOf = (b: PollBallot) => Object.values(b.dots ?? {}).reduce((a, n) => a + n, 0);

/** `groupMembers`: the person ids of the poll's group, when eligibility is a group. */
export function voterStates(poll: Poll, roster: readonly Participant[], ballots: readonly PollBallot[], groupMembers: readonly string[] | null): Map<string, VoterState> {
  const listed = poll.eligibility.kind === 'list' ? new Set(poll.eligibility.personIds) : null;
  const members = groupMembers ? new Set(groupMembers) : new Set<string>();
  const states = new Map<string, VoterState>();
  for (const p of roster) {
    const eligible = poll.eligibility.kind === 'checked_in' ? p.checkedIn : poll.eligibility.kind === 'list' ? (listed?.has(p.id) ?? false) : members.has(p.id);
    states.set(p.id, { eligible, ballots: 0, dots: 0 });
  }
  for (const b of ballots) {
    const state = b.voterId ? states.get(b.voterId) : undefined;
    if (!state) continue;
    state.ballots += 1;
    state.dots += dotsOf(b);
  }
  return states;
}

/**
 * A voter in sentences and the ballot list: "สมชาย ใจดี (เลขที่ 12)". The picker shows "#12 …"
 * as the note pane does, but next to a ballot's entry number ("#3") a second "#" would confuse.
 */
export function useVoterName() {
  const { t } = useTranslation();
  return (p: Pick<Participant, 'name' | 'number'> | undefined): string | null => (p ? t('polls.voter.named', { name: p.name, number: p.number }) : null);
}

/**
 * The people a search in the voter picker finds, best first: a badge number typed in full is
 * that person whether or not they may vote (the host's refusal then says why); then those who
 * may vote and still have a ballot (or dots) to give; then the rest, in the roster match order.
 * An empty search lists those ready to vote.
 */
export function orderVoters(roster: readonly Participant[], states: Map<string, VoterState>, dotsLimit: number | undefined, search: string, limit: number): string[] {
  const ready = (id: string) => {
    const s = states.get(id);
    return s?.eligible === true && (dotsLimit === undefined ? s.ballots === 0 : s.dots < dotsLimit);
  };
  const found = search.trim() ? matchRoster(roster, search, limit * 3).map((p) => p.id) : roster.map((p) => p.id).filter(ready);
  const sorted = [...found].sort((a, b) => Number(ready(b)) - Number(ready(a)));
  const exact = roster.find((p) => String(p.number) === search.trim().replace(/^#/, ''));
  return (exact ? [exact.id, ...sorted.filter((id) => id !== exact.id)] : sorted).slice(0, limit);
}
