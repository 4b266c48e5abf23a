/**
 * Who may vote in a poll: everyone checked in at the forum, the members of a small group, or
 * a named list of registered attendees. Checked where a voter is named (a ballot per person, a
 * scorer who is a person); anonymous paper ballots cannot be checked, so results warn when
 * there are more votes than eligible people instead.
 */
import type { Eligibility, ParsedInput, PollStatus } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { requireAttendee, requireInForum } from '../guard';

/** The columns of a poll row (store.ts's PollRow) that say who may vote. */
interface EligibilityRow {
  id: string;
  forum_id: string;
  eligibility: Eligibility['kind'];
  eligible_group_id: string | null;
  eligible_group_name: string | null;
}

/** With what a closed poll recorded when it closed. */
interface RecordedRow extends EligibilityRow {
  status: PollStatus;
  closed_eligible_count: number | null;
}

export function eligibilityOf(ctx: Context, row: EligibilityRow): Eligibility {
  switch (row.eligibility) {
    case 'checked_in':
      return { kind: 'checked_in' };
    case 'group': {
      const name = row.eligible_group_id === null ? null : (ctx.sql('SELECT name FROM small_group WHERE id = ?').pluck().get(row.eligible_group_id) as string);
      return { kind: 'group', groupId: row.eligible_group_id, groupName: name ?? row.eligible_group_name };
    }
    case 'list':
      return { kind: 'list', personIds: ctx.sql('SELECT person_id FROM poll_voter WHERE poll_id = ? ORDER BY person_id').pluck().all(row.id) as string[] };
  }
}

export function eligibleCount(ctx: Context, row: EligibilityRow): number {
  switch (row.eligibility) {
    case 'checked_in':
      return ctx.sql('SELECT count(*) FROM attendance WHERE forum_id = ? AND checked_in_at IS NOT NULL').pluck().get(row.forum_id) as number;
    case 'group':
      return row.eligible_group_id === null
        ? 0
        : (ctx.sql('SELECT count(*) FROM group_member WHERE group_id = ?').pluck().get(row.eligible_group_id) as number);
    case 'list':
      return ctx.sql('SELECT count(*) FROM poll_voter WHERE poll_id = ?').pluck().get(row.id) as number;
  }
}

/**
 * The count a poll's result uses: for a closed poll the one recorded when it closed, so erasing
 * a participant (PDPA) or a late check-in never rewrites a vote already taken; the live count
 * while it is open.
 */
export function recordedEligibleCount(ctx: Context, row: RecordedRow): number {
  if (row.status === 'closed' && row.closed_eligible_count !== null) return row.closed_eligible_count;
  return eligibleCount(ctx, row);
}

export function isEligible(ctx: Context, row: EligibilityRow, personId: string): boolean {
  switch (row.eligibility) {
    case 'checked_in':
      return ctx.sql('SELECT 1 FROM attendance WHERE forum_id = ? AND person_id = ? AND checked_in_at IS NOT NULL').get(row.forum_id, personId) !== undefined;
    case 'group':
      return (
        row.eligible_group_id !== null &&
        ctx.sql('SELECT 1 FROM group_member WHERE group_id = ? AND person_id = ?').get(row.eligible_group_id, personId) !== undefined
      );
    case 'list':
      return ctx.sql('SELECT 1 FROM poll_voter WHERE poll_id = ? AND person_id = ?').get(row.id, personId) !== undefined;
  }
}

const WHO: Record<EligibilityRow['eligibility'], string> = {
  checked_in: 'is not checked in at the forum',
  group: "is not a member of the poll's group",
  list: "is not on the poll's list of voters",
};

/** Refuses a named voter who may not vote; `where` says which ballot, for batch entry. */
export function requireEligible(ctx: Context, row: EligibilityRow, personId: string, where = ''): void {
  if (isEligible(ctx, row, personId)) return;
  // Someone not registered at the forum at all is outside it, like any other forum's id.
  requireAttendee(ctx, row.forum_id, personId);
  throw new AppError('conflict', 'poll.voter_not_eligible', `${where}person ${personId} ${WHO[row.eligibility]}`, {
    pollId: row.id,
    personId,
    eligibility: row.eligibility,
  });
}

/** Writes the eligibility of a draft poll; the group must be the forum's, the people registered at it. */
export function writeEligibility(ctx: Context, pollId: string, forumId: string, draft: ParsedInput<'polls.create'>['eligibility']): void {
  ctx.sql('DELETE FROM poll_voter WHERE poll_id = ?').run(pollId);
  let groupId: string | null = null;
  let groupName: string | null = null;
  if (draft.kind === 'group') {
    requireInForum(ctx, forumId, 'small_group', draft.groupId, ['eligibility', 'groupId']);
    groupId = draft.groupId;
    groupName = ctx.sql('SELECT name FROM small_group WHERE id = ?').pluck().get(draft.groupId) as string;
  }
  if (draft.kind === 'list') {
    const insert = ctx.sql('INSERT OR IGNORE INTO poll_voter (poll_id, person_id) VALUES (?, ?)');
    for (const [i, personId] of draft.personIds.entries()) {
      requireAttendee(ctx, forumId, personId, ['eligibility', 'personIds', String(i)]);
      insert.run(pollId, personId);
    }
  }
  ctx
    .sql('UPDATE poll SET eligibility = ?, eligible_group_id = ?, eligible_group_name = ? WHERE id = ?')
    .run(draft.kind, groupId, groupName, pollId);
}
