/**
 * Phones: joining with the room's code (a device) or a group's code (the group's scribe), the
 * token check on every request, and proving who one is: a checked-in participant (badge number
 * and personal code, or the last four digits of the phone number on the sign-in sheet) or a
 * printed voting code. A participant or a code is held by one phone at a time; the facilitator
 * can free it (`room.releaseIdentity`) when a phone is lost. Run inside `ctx.write`.
 */
import type { IdentifyRequest, RoomIdentity } from '../../../shared/room/wire';
import type { Context } from '../context';
import { RoomRefusal } from './refusal';
import { hashToken, newVoterToken } from './secrets';
import type { VoterKey } from './voted';

export interface Voter {
  id: string;
  forumId: string;
  groupId: string | null;
  personId: string | null;
  votingCodeId: string | null;
}

interface VoterRow {
  id: string;
  forum_id: string;
  group_id: string | null;
  person_id: string | null;
  voting_code_id: string | null;
}

const toVoter = (r: VoterRow): Voter => ({ id: r.id, forumId: r.forum_id, groupId: r.group_id, personId: r.person_id, votingCodeId: r.voting_code_id });

export function findVoter(ctx: Context, token: string): Voter | null {
  const row = ctx.sql('SELECT id, forum_id, group_id, person_id, voting_code_id FROM room_voter WHERE token_hash = ?').get(hashToken(token)) as VoterRow | undefined;
  return row ? toVoter(row) : null;
}

export function readVoter(ctx: Context, id: string): Voter | null {
  const row = ctx.sql('SELECT id, forum_id, group_id, person_id, voting_code_id FROM room_voter WHERE id = ?').get(id) as VoterRow | undefined;
  return row ? toVoter(row) : null;
}

export interface Joined {
  voter: Voter;
  token: string;
  group: { id: string; name: string } | null;
}

/** The code is the open room's join code (a device) or one of the forum's group codes (a scribe). */
export function join(ctx: Context, live: { roomId: string; forumId: string }, code: string): Joined {
  const room = ctx.sql('SELECT id, forum_id, closed_at FROM room WHERE join_code = ? ORDER BY opened_at DESC LIMIT 1').get(code) as
    | { id: string; forum_id: string; closed_at: string | null }
    | undefined;
  let groupId: string | null = null;
  let group: Joined['group'] = null;
  if (room) {
    if (room.id !== live.roomId || room.closed_at !== null) throw new RoomRefusal('code_expired', 'this code is no longer valid: ask for the code on the screen');
  } else {
    const found = ctx
      .sql('SELECT g.id, g.name FROM room_group_code c JOIN small_group g ON g.id = c.group_id WHERE c.code = ? AND g.forum_id = ?')
      .get(code, live.forumId) as { id: string; name: string } | undefined;
    if (!found) throw new RoomRefusal('unauthorized', 'unknown code');
    groupId = found.id;
    group = found;
  }
  const token = newVoterToken();
  const id = ctx.newId();
  ctx.sql('INSERT INTO room_voter (id, forum_id, token_hash, group_id, joined_at) VALUES (?, ?, ?, ?, ?)').run(id, live.forumId, hashToken(token), groupId, ctx.now());
  return { voter: { id, forumId: live.forumId, groupId, personId: null, votingCodeId: null }, token, group };
}

/** The last four digits of a phone number, when it has that many. */
const phoneTail = (phone: string | null) => {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
};

export type IdentifyOutcome = { ok: true } | { ok: false; failure: 'wrong_code' };

export function identify(ctx: Context, voter: Voter, request: IdentifyRequest): IdentifyOutcome {
  if (voter.groupId !== null) throw new RoomRefusal('not_allowed', "a group's phone votes as the group");
  if ('votingCode' in request) {
    const code = ctx.sql('SELECT id FROM room_voting_code WHERE forum_id = ? AND code = ?').pluck().get(voter.forumId, request.votingCode) as string | undefined;
    if (!code) return { ok: false, failure: 'wrong_code' };
    const holder = ctx.sql('SELECT id FROM room_voter WHERE voting_code_id = ?').pluck().get(code) as string | undefined;
    if (holder !== undefined && holder !== voter.id) throw new RoomRefusal('identity_taken', 'this code is already used on another phone: ask the facilitator');
    ctx.sql('UPDATE room_voter SET voting_code_id = ? WHERE id = ?').run(code, voter.id);
    return { ok: true };
  }
  const person = ctx
    .sql(
      `SELECT a.person_id, p.phone, c.code FROM attendance a JOIN person p ON p.id = a.person_id
       LEFT JOIN room_person_code c ON c.forum_id = a.forum_id AND c.person_id = a.person_id
       WHERE a.forum_id = ? AND a.badge_number = ?`,
    )
    .get(voter.forumId, request.badgeNumber) as { person_id: string; phone: string | null; code: string | null } | undefined;
  const given = String(request.personalCode);
  if (!person || (given !== person.code && given !== phoneTail(person.phone))) return { ok: false, failure: 'wrong_code' };
  const holder = ctx.sql('SELECT id FROM room_voter WHERE forum_id = ? AND person_id = ?').pluck().get(voter.forumId, person.person_id) as string | undefined;
  if (holder !== undefined && holder !== voter.id) throw new RoomRefusal('identity_taken', 'this participant is already on another phone: ask the facilitator');
  ctx.sql('UPDATE room_voter SET person_id = ? WHERE id = ?').run(person.person_id, voter.id);
  return { ok: true };
}

export function identitiesOf(ctx: Context, voter: Voter): RoomIdentity[] {
  const out: RoomIdentity[] = [];
  if (voter.groupId !== null) {
    const name = ctx.sql('SELECT name FROM small_group WHERE id = ?').pluck().get(voter.groupId) as string | undefined;
    out.push({ kind: 'group', groupId: voter.groupId, name: name ?? '' });
  }
  if (voter.personId !== null) {
    const p = ctx
      .sql('SELECT p.first_name, a.badge_number FROM person p JOIN attendance a ON a.person_id = p.id AND a.forum_id = ? WHERE p.id = ?')
      .get(voter.forumId, voter.personId) as { first_name: string; badge_number: number } | undefined;
    if (p) out.push({ kind: 'participant', badgeNumber: p.badge_number, firstName: p.first_name });
  }
  if (voter.votingCodeId !== null) {
    const number = ctx.sql('SELECT number FROM room_voting_code WHERE id = ?').pluck().get(voter.votingCodeId) as number | undefined;
    if (number !== undefined) out.push({ kind: 'code', number });
  }
  return out;
}

/** Frees a participant (by badge number) or a printed code (by slip number) from the phone holding it. */
export function release(ctx: Context, forumId: string, which: { badgeNumber: number } | { codeNumber: number }): boolean {
  if ('badgeNumber' in which) {
    return (
      ctx
        .sql('UPDATE room_voter SET person_id = NULL WHERE forum_id = ? AND person_id = (SELECT person_id FROM attendance WHERE forum_id = ? AND badge_number = ?)')
        .run(forumId, forumId, which.badgeNumber).changes > 0
    );
  }
  return (
    ctx
      .sql('UPDATE room_voter SET voting_code_id = NULL WHERE voting_code_id = (SELECT id FROM room_voting_code WHERE forum_id = ? AND number = ?)')
      .run(forumId, which.codeNumber).changes > 0
  );
}

export type { VoterKey };
