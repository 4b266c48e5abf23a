/**
 * A ballot from a phone, the heart of the room. Inside one IMMEDIATE transaction:
 * 1. the phone's own ballot id is looked up first: a resend gets the first receipt back,
 *    `already_stored`, and nothing is written (the id is the table's primary key);
 * 2. the poll must be open and for phones, and the phone must stand as a voter in it
 *    (a device, a checked-in participant, a printed code, a group);
 * 3. one ballot per voter: a voter who has voted (from a phone, or named on paper) is refused,
 *    or, where the poll allows changes and it is not secret, their phone ballot is replaced;
 * 4. the ballot is checked and stored whole as the polls store keeps every ballot (a
 *    `poll_ballot` row, or a matrix sheet), with the same checks as one typed in, so every
 *    method recounts it and the phone tally is the tally of the same ballots typed in;
 * 5. a secret poll records that the voter voted (`poll_voted`) and a ballot naming nobody.
 * A refusal rolls the whole transaction back: nothing half-written, the old ballot kept.
 */
import type { PollSettings, RoomPollSettings } from '../../../shared/contract';
import type { BallotResponse, PhoneBallot } from '../../../shared/room/wire';
import type { Context } from '../context';
import { AppError } from '../errors';
import { addBallots, type Content, insertBallots } from '../polls/ballots';
import { readOptions } from '../polls/options';
import { setScores } from '../polls/scores';
import { type PollRow, findPollRow, settingsOf } from '../polls/store';
import { roomPollRules } from './poll-rules';
import { RoomRefusal } from './refusal';
import { newReceipt } from './secrets';
import { standing } from './standing';
import { type VoterKey, hasVoted, markVoted } from './voted';
import type { Voter } from './voters';

export interface CastBallot {
  ballotId: string;
  pollId: string;
  ballot: PhoneBallot;
}

export interface CastResult extends BallotResponse {
  forumId: string;
}

interface RoomBallotRow {
  poll_id: string;
  receipt: string;
}

export function castBallot(ctx: Context, voter: Voter, cast: CastBallot): CastResult {
  const earlier = ctx.sql('SELECT poll_id, receipt FROM room_ballot WHERE ballot_id = ?').get(cast.ballotId) as RoomBallotRow | undefined;
  if (earlier) {
    if (earlier.poll_id !== cast.pollId) throw new RoomRefusal('validation', 'this ballot id was already used for another vote');
    return { receipt: earlier.receipt, status: 'already_stored', forumId: voter.forumId };
  }

  const row = findPollRow(ctx, cast.pollId);
  if (!row || row.forum_id !== voter.forumId) throw new RoomRefusal('not_found', 'no such vote in this forum');
  if (row.status !== 'open') throw new RoomRefusal('not_open', 'this vote is not open');
  const rules = roomPollRules(ctx, row.id);
  const stands = standing(ctx, voter, row, rules);
  if (stands.kind === 'hidden') throw new RoomRefusal('not_allowed', stands.why);
  if (stands.kind === 'needs') {
    throw stands.needs === 'eligible'
      ? new RoomRefusal('not_allowed', 'this participant may not vote in this poll')
      : new RoomRefusal('needs_identity', stands.needs === 'participant' ? 'give your badge number and personal code first' : 'give your voting code first');
  }
  const key = stands.key;
  const settings = settingsOf(row);
  const content = contentFor(ctx, row, settings, cast.ballot);

  if (hasVoted(ctx, row.id, key)) replaceOrRefuse(ctx, row.id, key, rules);

  const pollBallotId = store(ctx, row, key, rules, content);
  // A named key is on the ballot row or the sheet already; the others are recorded here.
  if (!key.startsWith('group:') && (rules.secret || !key.startsWith('person:'))) markVoted(ctx, row.id, key);
  const receipt = newReceipt();
  ctx
    .sql('INSERT INTO room_ballot (ballot_id, poll_id, poll_ballot_id, voter_key, receipt) VALUES (?, ?, ?, ?, ?)')
    .run(cast.ballotId, row.id, pollBallotId, rules.secret && !key.startsWith('group:') ? null : key, receipt);
  return { receipt, status: 'stored', forumId: row.forum_id };
}

/** A voter's earlier phone ballot makes way for the new one, where the poll allows it. */
function replaceOrRefuse(ctx: Context, pollId: string, key: VoterKey, rules: RoomPollSettings): void {
  if (rules.secret && !key.startsWith('group:')) throw new RoomRefusal('already_voted', 'you have voted: a secret ballot cannot be changed');
  if (!rules.allowChange) throw new RoomRefusal('already_voted', 'you have voted: this vote cannot be changed');
  const current = ctx.sql('SELECT ballot_id, poll_ballot_id FROM room_ballot WHERE poll_id = ? AND voter_key = ? AND replaced = 0').get(pollId, key) as
    | { ballot_id: string; poll_ballot_id: string | null }
    | undefined;
  if (!current) throw new RoomRefusal('already_voted', 'you have voted on paper in this vote');
  if (current.poll_ballot_id !== null) ctx.sql('DELETE FROM poll_ballot WHERE id = ?').run(current.poll_ballot_id);
  ctx.sql('UPDATE room_ballot SET replaced = 1, poll_ballot_id = NULL WHERE ballot_id = ?').run(current.ballot_id);
}

/** Stores the ballot as the polls store keeps it; returns the `poll_ballot` id (null for a named sheet). */
function store(ctx: Context, row: PollRow, key: VoterKey, rules: RoomPollSettings, content: Content): string | null {
  const named = key.startsWith('person:') && !rules.secret ? key.slice('person:'.length) : null;
  if (content.scores !== undefined) {
    if (key.startsWith('group:')) {
      setScores(ctx, { pollId: row.id, scorer: { kind: 'group', groupId: key.slice('group:'.length) }, scores: content.scores });
      return null;
    }
    if (named !== null) {
      setScores(ctx, { pollId: row.id, scorer: { kind: 'person', personId: named }, scores: content.scores });
      return null;
    }
    return (insertBallots(ctx, row.id, [{ content: { scores: content.scores }, count: 1, voterId: null }])[0] as { id: string }).id;
  }
  if (content.choice !== undefined) {
    return (insertBallots(ctx, row.id, [{ content: { choice: content.choice }, count: 1, voterId: named }])[0] as { id: string }).id;
  }
  try {
    const [stored] = addBallots(ctx, row.id, [{ ...content, count: 1, ...(named === null ? {} : { voterId: named }) }], true);
    return (stored as { id: string }).id;
  } catch (error) {
    throw asRefusal(error);
  }
}

/** The polls store's refusals (an option twice, over the dots) in the room's words. */
function asRefusal(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  if (error.code === 'validation') return new RoomRefusal('validation', error.message);
  if (error.messageKey === 'poll.already_voted') return new RoomRefusal('already_voted', 'you have voted in this vote');
  if (error.code === 'conflict') return new RoomRefusal('not_allowed', error.message);
  return error;
}

const EXPECTED: Record<string, string> = {
  yes_no: 'choice',
  consensus: 'value',
  plurality: 'ranking',
  borda: 'ranking',
  irv: 'ranking',
  schulze: 'ranking',
  score_matrix: 'scores',
};

/** The ballot's content for the poll's method, or a refusal saying what the method takes. */
function contentFor(ctx: Context, row: PollRow, settings: PollSettings, ballot: PhoneBallot): Content {
  const field = settings.method === 'approval' ? (settings.rules.mode === 'dots' ? 'dots' : 'approved') : EXPECTED[settings.method];
  if (field === undefined || !(field in ballot)) {
    throw new RoomRefusal('validation', field === undefined ? 'this vote does not take ballots' : `a ${settings.method} ballot has "${field}"`);
  }
  if ('scores' in ballot && settings.method === 'score_matrix') return { scores: checkSheet(ctx, row, settings, ballot.scores) };
  if ('value' in ballot) {
    if (ballot.value === 'block' && !ballot.concern) throw new RoomRefusal('validation', 'a block must give its reason (concern)');
    return ballot.concern ? { value: ballot.value, concern: ballot.concern } : { value: ballot.value };
  }
  return ballot as Content;
}

/** A phone's matrix sheet: every option on every criterion, a whole number on the scale. */
function checkSheet(ctx: Context, row: PollRow, settings: Extract<PollSettings, { method: 'score_matrix' }>, scores: Record<string, Record<string, number>>) {
  const options = readOptions(ctx, row.id);
  const { criteria, scale } = settings.rules;
  const known = new Set(options.map((o) => o.id));
  for (const option of Object.keys(scores)) if (!known.has(option)) throw new RoomRefusal('validation', `unknown option ${option}`);
  const out: Record<string, Record<string, number>> = {};
  for (const option of options) {
    const given = scores[option.id] ?? {};
    const byName = new Map(Object.entries(given).map(([name, v]) => [name.normalize('NFC'), v]));
    for (const name of byName.keys()) {
      if (!criteria.some((c) => c.name.normalize('NFC') === name)) throw new RoomRefusal('validation', `unknown criterion "${name}"`);
    }
    const sheet: Record<string, number> = {};
    for (const criterion of criteria) {
      const value = byName.get(criterion.name.normalize('NFC'));
      if (value === undefined) throw new RoomRefusal('validation', `"${option.label}" has no score for "${criterion.name}"`);
      if (value < scale.min || value > scale.max) throw new RoomRefusal('validation', `"${option.label}", ${criterion.name}: ${value} is outside ${scale.min}–${scale.max}`);
      sheet[criterion.name] = value;
    }
    out[option.id] = sheet;
  }
  return out;
}
