/**
 * The codes the facilitator hands out: printed one-time voting codes (numbered slips), a code
 * per small group for its scribe, and a personal code per checked-in participant (printed with
 * the badge number). Made when first asked for and kept, so a reprint gives the same slips.
 * Run inside `ctx.write`.
 */
import type { GroupCode, PersonalCode, VotingCode } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';
import { CODE_LENGTH, uniqueDigits } from './secrets';

export function votingCodes(ctx: Context, forumId: string): VotingCode[] {
  return (
    ctx
      .sql(
        `SELECT c.id, c.number, c.code, EXISTS (SELECT 1 FROM room_voter v WHERE v.voting_code_id = c.id) AS claimed
         FROM room_voting_code c WHERE c.forum_id = ? ORDER BY c.number`,
      )
      .all(forumId) as { id: string; number: number; code: string; claimed: number }[]
  ).map((r) => ({ ...r, claimed: r.claimed === 1 }));
}

export function addVotingCodes(ctx: Context, forumId: string, count: number): VotingCode[] {
  let number = ctx.sql('SELECT coalesce(max(number), 0) FROM room_voting_code WHERE forum_id = ?').pluck().get(forumId) as number;
  const taken = ctx.sql('SELECT 1 FROM room_voting_code WHERE code = ?');
  const insert = ctx.sql('INSERT INTO room_voting_code (id, forum_id, number, code, created_at) VALUES (?, ?, ?, ?, ?)');
  const at = ctx.now();
  const made: VotingCode[] = [];
  const fresh = new Set<string>();
  for (let i = 0; i < count; i++) {
    number += 1;
    const code = uniqueDigits(CODE_LENGTH.voting, (c) => fresh.has(c) || taken.get(c) !== undefined);
    fresh.add(code);
    const id = ctx.newId();
    insert.run(id, forumId, number, code, at);
    made.push({ id, number, code, claimed: false });
  }
  return made;
}

export function groupCodes(ctx: Context, forumId: string): GroupCode[] {
  const groups = ctx.sql('SELECT id, name FROM small_group WHERE forum_id = ? ORDER BY position').all(forumId) as { id: string; name: string }[];
  const existing = ctx.sql('SELECT code FROM room_group_code WHERE group_id = ?').pluck();
  const taken = ctx.sql('SELECT 1 FROM room_group_code WHERE code = ?');
  const insert = ctx.sql('INSERT INTO room_group_code (group_id, code, created_at) VALUES (?, ?, ?)');
  const scribes = ctx.sql('SELECT count(*) FROM room_voter WHERE group_id = ?').pluck();
  return groups.map((g) => {
    let code = existing.get(g.id) as string | undefined;
    if (code === undefined) {
      code = uniqueDigits(CODE_LENGTH.group, (c) => taken.get(c) !== undefined);
      insert.run(g.id, code, ctx.now());
    }
    return { groupId: g.id, name: g.name, code, scribes: scribes.get(g.id) as number };
  });
}

/** Every checked-in participant's personal code, by badge number; new ones are drawn for those without. */
export function personalCodes(ctx: Context, forumId: string): PersonalCode[] {
  const rows = ctx
    .sql(
      `SELECT a.person_id, a.badge_number, p.title_prefix, p.first_name, p.last_name, c.code,
         EXISTS (SELECT 1 FROM room_voter v WHERE v.forum_id = a.forum_id AND v.person_id = a.person_id) AS claimed
       FROM attendance a JOIN person p ON p.id = a.person_id
       LEFT JOIN room_person_code c ON c.forum_id = a.forum_id AND c.person_id = a.person_id
       WHERE a.forum_id = ? AND a.checked_in_at IS NOT NULL ORDER BY a.badge_number`,
    )
    .all(forumId) as { person_id: string; badge_number: number; title_prefix: string | null; first_name: string; last_name: string | null; code: string | null; claimed: number }[];
  const insert = ctx.sql('INSERT INTO room_person_code (forum_id, person_id, code) VALUES (?, ?, ?)');
  return rows.map((r) => {
    let code = r.code;
    if (code === null) {
      // Personal codes need not be unique: the badge number says whose code it is.
      code = uniqueDigits(CODE_LENGTH.personal, () => false);
      insert.run(forumId, r.person_id, code);
    }
    return {
      personId: r.person_id,
      badgeNumber: r.badge_number,
      name: fullName({ titlePrefix: r.title_prefix, firstName: r.first_name, lastName: r.last_name }),
      code,
      claimed: r.claimed === 1,
    };
  });
}
