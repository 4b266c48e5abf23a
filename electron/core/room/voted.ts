/**
 * Who has voted in a poll (`poll_voted`), apart from what they voted. A voter is a key: the
 * device, the participant, the printed code or the group the phone votes as. A participant has
 * also voted when a paper ballot was typed in under their name (`poll_ballot.voter_id`) or a
 * scoring sheet is theirs, so paper and phone never count one person twice.
 */
import type { Context } from '../context';

export type VoterKey = `device:${string}` | `person:${string}` | `code:${string}` | `group:${string}`;

export const personKey = (personId: string): VoterKey => `person:${personId}`;

export function hasVoted(ctx: Context, pollId: string, key: VoterKey): boolean {
  if (ctx.sql('SELECT 1 FROM poll_voted WHERE poll_id = ? AND voter_key = ?').get(pollId, key) !== undefined) return true;
  if (key.startsWith('person:')) {
    const personId = key.slice('person:'.length);
    return (
      ctx.sql('SELECT 1 FROM poll_ballot WHERE poll_id = ? AND voter_id = ?').get(pollId, personId) !== undefined ||
      ctx.sql('SELECT 1 FROM poll_scorer WHERE poll_id = ? AND person_id = ?').get(pollId, personId) !== undefined
    );
  }
  if (key.startsWith('group:')) {
    return ctx.sql('SELECT 1 FROM poll_scorer WHERE poll_id = ? AND group_id = ?').get(pollId, key.slice('group:'.length)) !== undefined;
  }
  return false;
}

export function markVoted(ctx: Context, pollId: string, key: VoterKey): void {
  ctx.sql('INSERT OR IGNORE INTO poll_voted (poll_id, voter_key) VALUES (?, ?)').run(pollId, key);
}

/** The polls of `pollIds` this key has voted in: one query for a whole snapshot. */
export function votedPolls(ctx: Context, keys: readonly VoterKey[]): Set<string> {
  const voted = new Set<string>();
  for (const key of keys) {
    for (const id of ctx.sql('SELECT poll_id FROM poll_voted WHERE voter_key = ?').pluck().all(key) as string[]) voted.add(id);
    if (key.startsWith('person:')) {
      const personId = key.slice('person:'.length);
      for (const id of ctx.sql('SELECT DISTINCT poll_id FROM poll_ballot WHERE voter_id = ? UNION SELECT poll_id FROM poll_scorer WHERE person_id = ?').pluck().all(personId, personId) as string[]) voted.add(id);
    }
    if (key.startsWith('group:')) {
      for (const id of ctx.sql('SELECT poll_id FROM poll_scorer WHERE group_id = ?').pluck().all(key.slice('group:'.length)) as string[]) voted.add(id);
    }
  }
  return voted;
}
