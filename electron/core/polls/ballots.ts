/**
 * Ballots: ranked ballots, approval and dot ballots, and fist-to-five consensus votes, one row
 * per entry line. Each is checked as it is entered, with the same checks the tally makes
 * (shared/tally: unknown option, an option twice, dots or approvals over the limit), plus the
 * voter's: eligible, one ballot each, and for dot voting all their ballots together within
 * the dots per participant. A batch is all or nothing. Run inside `ctx.write`.
 */
import type { ParsedInput, PollBallot, PollSettings } from '../../../shared/contract';
import { RANKED_BALLOT_METHODS } from '../../../shared/contract';
import { checkApproval } from '../../../shared/tally/approval';
import { checkRankedBallots } from '../../../shared/tally/profile';
import { DEFAULT_TIE_RULE, MAX_ERRORS, type TallyError } from '../../../shared/tally/types';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { isSecretPoll } from '../room/poll-rules';
import { hasVoted, markVoted, personKey } from '../room/voted';
import { requireEligible } from './eligibility';
import { refused, requireStatus } from './guards';
import { readOptions } from './options';
import { type PollRow, requirePollRow, settingsOf } from './store';

type Entry = ParsedInput<'polls.addBallots'>['ballots'][number];
/** What a ballot row holds (JSON `content`); `choice` and `scores` come only from phones (electron/core/room). */
export type Content = Pick<PollBallot, 'ranking' | 'approved' | 'dots' | 'value' | 'concern' | 'choice' | 'scores'>;

interface BallotRow {
  id: string;
  poll_id: string;
  seq: number;
  voter_id: string | null;
  content: string;
  count: number;
  created_at: string;
}

const toBallot = (row: BallotRow): PollBallot => ({
  id: row.id,
  pollId: row.poll_id,
  seq: row.seq,
  voterId: row.voter_id,
  ...(JSON.parse(row.content) as Content),
  count: row.count,
  createdAt: row.created_at,
});

export function ballotsOf(ctx: Context, pollId: string): PollBallot[] {
  return (ctx.sql('SELECT * FROM poll_ballot WHERE poll_id = ? ORDER BY seq').all(pollId) as BallotRow[]).map(toBallot);
}

/** What the method takes on a ballot, for the refusal when something else comes. */
function expectedField(settings: PollSettings): 'ranking' | 'approved' | 'dots' | 'value' | null {
  if ((RANKED_BALLOT_METHODS as readonly string[]).includes(settings.method)) return 'ranking';
  if (settings.method === 'approval') return settings.rules.mode === 'dots' ? 'dots' : 'approved';
  if (settings.method === 'consensus') return 'value';
  return null;
}

const FIELD_TEXT: Record<string, string> = {
  ranking: '"ranking" (option ids, most preferred first)',
  approved: '"approved" (the option ids approved)',
  dots: '"dots" (option id → stickers)',
  value: '"value" (0–5 or "block")',
};

/** The entry's content for the method, or the problems with it. */
function contentOf(settings: PollSettings, entry: Entry, at: string, ballot: number | null): { content?: Content; problems: Problem[] } {
  const field = expectedField(settings);
  if (field === null) {
    const instead = settings.method === 'score_matrix' ? 'scores (polls.setScores)' : 'counts (polls.setCounts)';
    throw new AppError('validation', 'poll.ballots_not_taken', `a ${settings.method} poll takes ${instead}, not ballots`, [
      { path: [at], message: `a ${settings.method} poll takes ${instead}` },
    ]);
  }
  const given = (['ranking', 'approved', 'dots', 'value'] as const).filter((k) => entry[k] !== undefined);
  const problems: Problem[] = [];
  if (given.length !== 1 || given[0] !== field) {
    const instead = given.length > 0 ? `, not ${given.map((g) => `"${g}"`).join(' and ')}` : '';
    problems.push({ ballot, path: at, message: `${settings.method}${field === 'dots' ? ' (dots)' : ''} ballots have ${FIELD_TEXT[field]}${instead}` });
  }
  if (entry.concern !== undefined && field !== 'value') problems.push({ ballot, path: `${at}.concern`, message: 'a concern goes with a consensus vote' });
  if (entry.voterId !== undefined && entry.count !== 1) problems.push({ ballot, path: `${at}.count`, message: 'a ballot of a named voter counts once' });
  if (problems.length > 0) return { problems };
  const content: Content = { [field]: entry[field] };
  if (entry.concern !== undefined) content.concern = entry.concern;
  return { content, problems };
}

interface Problem {
  ballot: number | null;
  path: string;
  message: string;
}

/** The tally's own checks on the batch (option ids as names); its reasons name options by label. */
function tallyProblems(settings: PollSettings, optionIds: string[], entries: { content: Content; count: number; at: number }[], labels: Map<string, string>, single: boolean): Problem[] {
  let errors: TallyError[] = [];
  if (settings.method === 'approval') {
    errors = checkApproval({
      options: optionIds,
      mode: settings.rules.mode,
      dotsPerParticipant: settings.rules.dotsPerParticipant,
      maxApprovals: settings.rules.maxApprovals,
      ballots: entries.map((e) => (e.content.dots !== undefined ? { dots: e.content.dots, count: e.count } : { approved: e.content.approved ?? [], count: e.count })),
      tieRule: DEFAULT_TIE_RULE,
    });
  } else if (settings.method !== 'consensus') {
    errors = checkRankedBallots(optionIds, entries.map((e) => ({ ranking: e.content.ranking ?? [], count: e.count })));
  }
  const relabel = (text: string) => text.replace(/"([0-9a-f-]{36})"/g, (whole, id: string) => (labels.has(id) ? `"${labels.get(id)}"` : whole));
  return errors.map((e) => {
    const at = e.ballot === null ? null : (entries[e.ballot]?.at ?? null);
    const path = single ? e.path.replace(/^ballots\[\d+\]\.?/, '') || 'ballot' : e.path.replace(/^ballots\[\d+\]/, `ballots[${at}]`);
    return { ballot: at, path, message: relabel(e.reason) };
  });
}

const dotsOf = (content: Content) => Object.values(content.dots ?? {}).reduce((a, v) => a + v, 0);

/** A removed ballot coming back (undo): its id, and its entry number if still free. */
interface Restored {
  id: string;
  seq: number;
}

/**
 * Checks and stores ballots; `single` shapes refusals for `polls.addBallot` (no index);
 * `restored` puts one removed ballot back under its own id (and entry number when free).
 */
export function addBallots(ctx: Context, pollId: string, entries: readonly Entry[], single: boolean, restored?: Restored): PollBallot[] {
  const row = requirePollRow(ctx, pollId);
  requireStatus(row, 'open');
  const settings = settingsOf(row);
  const options = readOptions(ctx, pollId);
  const labels = new Map(options.map((o) => [o.id, o.label]));

  const problems: Problem[] = [];
  const checked: { content: Content; count: number; at: number; voterId: string | undefined }[] = [];
  entries.forEach((entry, i) => {
    const { content, problems: found } = contentOf(settings, entry, single ? 'ballot' : `ballots[${i}]`, single ? null : i);
    problems.push(...found);
    if (content) checked.push({ content, count: entry.count, at: i, voterId: entry.voterId });
  });
  problems.push(...tallyProblems(settings, options.map((o) => o.id), checked, labels, single));
  if (problems.length > 0) throw refusal(problems, entries.length, single);

  checkVoters(ctx, row, settings, checked, single);

  // A secret poll keeps who voted apart from what they voted: the name goes to poll_voted only.
  const secret = isSecretPoll(ctx, pollId);
  if (secret) for (const c of checked) if (c.voterId !== undefined) markVoted(ctx, pollId, personKey(c.voterId));
  return insertBallots(
    ctx,
    pollId,
    checked.map((c) => ({ content: c.content, count: c.count, voterId: secret ? null : (c.voterId ?? null) })),
    restored,
  );
}

/** Stores checked ballots under the next entry numbers (a restored one under its own when free). Run inside `ctx.write`. */
export function insertBallots(
  ctx: Context,
  pollId: string,
  ballots: readonly { content: Content; count: number; voterId: string | null }[],
  restored?: Restored,
): PollBallot[] {
  const at = ctx.now();
  let seq = ctx.sql('SELECT coalesce(max(seq), 0) FROM poll_ballot WHERE poll_id = ?').pluck().get(pollId) as number;
  const insert = ctx.sql('INSERT INTO poll_ballot (id, poll_id, seq, voter_id, content, count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  return ballots.map((c) => {
    const id = restored?.id ?? ctx.newId();
    const own = restored && ctx.sql('SELECT 1 FROM poll_ballot WHERE poll_id = ? AND seq = ?').get(pollId, restored.seq) === undefined ? restored.seq : null;
    if (own === null) seq += 1;
    const number = own ?? seq;
    insert.run(id, pollId, number, c.voterId, JSON.stringify(c.content), c.count, at);
    return { id, pollId, seq: number, voterId: c.voterId, ...c.content, count: c.count, createdAt: at };
  });
}

/** `polls.restoreBallot`: a removed ballot back, checked as a new one is (the voter may have voted since). */
export function restoreBallot(ctx: Context, pollId: string, { id, seq, ...entry }: Entry & Restored): PollBallot {
  if (ctx.sql('SELECT 1 FROM poll_ballot WHERE id = ?').get(id) !== undefined) {
    throw new AppError('conflict', 'poll.ballot_exists', `ballot ${id} is stored already: there is nothing to put back`, { ballotId: id });
  }
  return addBallots(ctx, pollId, [entry], true, { id, seq })[0] as PollBallot;
}

function refusal(problems: Problem[], total: number, single: boolean): AppError {
  const first = problems[0] as Problem;
  const where = single || first.ballot === null ? '' : `ballot ${first.ballot}: `;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  const message = `${where}${first.message}${more}${single ? '' : `; none of the ${total} ballots was saved`}`;
  return refused('poll.ballot_invalid', message, problems.slice(0, MAX_ERRORS));
}

/** Eligibility, one ballot per named voter, and dots per participant across all their ballots. */
function checkVoters(ctx: Context, row: PollRow, settings: PollSettings, checked: { content: Content; at: number; voterId: string | undefined }[], single: boolean): void {
  const dots = settings.method === 'approval' && settings.rules.mode === 'dots';
  const limit = settings.method === 'approval' ? settings.rules.dotsPerParticipant : undefined;
  const used = new Map<string, number>();
  for (const c of checked) {
    if (c.voterId === undefined) continue;
    const where = single ? '' : `ballots[${c.at}]: `;
    requireEligible(ctx, row, c.voterId, where);
    if (!used.has(c.voterId)) {
      const stored = ctx.sql('SELECT content FROM poll_ballot WHERE poll_id = ? AND voter_id = ?').pluck().all(row.id, c.voterId) as string[];
      // Voted from a phone, or on paper in a secret poll: recorded apart from the ballots, whose dots cannot be told.
      if (hasVoted(ctx, row.id, personKey(c.voterId)) && stored.length === 0) {
        throw new AppError('conflict', 'poll.already_voted', `${where}person ${c.voterId} has voted in this poll already (from a phone, or on a secret ballot)`, {
          pollId: row.id,
          personId: c.voterId,
          ...(single ? {} : { ballot: c.at }),
        });
      }
      if (stored.length > 0 && !dots) {
        throw new AppError('conflict', 'poll.already_voted', `${where}person ${c.voterId} has a ballot in this poll already (remove it to enter another)`, {
          pollId: row.id,
          personId: c.voterId,
          ...(single ? {} : { ballot: c.at }),
        });
      }
      used.set(c.voterId, stored.reduce((a, s) => a + dotsOf(JSON.parse(s) as Content), 0));
    } else if (!dots) {
      throw new AppError('conflict', 'poll.already_voted', `${where}person ${c.voterId} has another ballot in this batch`, { pollId: row.id, personId: c.voterId, ballot: c.at });
    }
    const total = (used.get(c.voterId) as number) + dotsOf(c.content);
    used.set(c.voterId, total);
    if (dots && limit !== undefined && total > limit) {
      throw new AppError('validation', 'poll.dots_over_limit', `${where}person ${c.voterId} would have ${total} dots, the limit is ${limit} per participant`, [
        { ...(single ? {} : { ballot: c.at }), path: [single ? 'dots' : `ballots[${c.at}].dots`], message: `${total} dots, the limit is ${limit} per participant` },
      ]);
    }
  }
}

export function removeBallot(ctx: Context, id: string): PollBallot {
  const row = ctx.sql('SELECT * FROM poll_ballot WHERE id = ?').get(id) as BallotRow | undefined;
  if (!row) throw notFound('ballot', id);
  requireStatus(requirePollRow(ctx, row.poll_id), 'open');
  ctx.sql('DELETE FROM poll_ballot WHERE id = ?').run(id);
  return toBallot(row);
}
