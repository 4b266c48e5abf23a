/**
 * This window's ballot lines from Enter to stored, and the "last ballots" list built from them
 * and the host's stored ballots. Pure, so the rules are tested without a screen:
 * - a line typed shows at once ("saving", with its voter) and never waits for the host;
 * - a line refused (by the box's own check or by the host) is held, never put back in the box;
 * - a ballot taken back is struck at once and gone from the list when the host has removed it.
 */
import type { PollBallot } from '../../../shared/contract';
import { ballotNumbers } from './ballot-entry';
import type { Poll } from '../../api/queries/polls';

export type LineStatus = 'saving' | 'saved' | 'refused' | 'removed';

export interface BallotLine {
  key: number;
  /** As typed, to bring back for correction. */
  text: string;
  /** Ballot numbers as read from the text (empty for a blank ballot or one not readable). */
  numbers: number[];
  /** The voter chosen for this ballot; null: an anonymous paper ballot. */
  voterId: string | null;
  status: LineStatus;
  /** The host's ballot once stored. */
  ballot: PollBallot | null;
  /** Why it was not stored, in words (status "refused"). */
  reason: string | null;
  /** Ctrl+Z or ✕ asked for it to go; the host has not answered yet. */
  takingBack: boolean;
}

export interface ListedBallot {
  key: string;
  /** null while saving. */
  seq: number | null;
  numbers: number[];
  count: number;
  voterId: string | null;
  state: 'saving' | 'stored' | 'takingBack';
  ballot: PollBallot | null;
}

/** The lines refused and not yet dismissed, newest last. */
export const heldLines = (lines: readonly BallotLine[]): BallotLine[] => lines.filter((l) => l.status === 'refused');

/** What Ctrl+Z takes back: the last line entered here that is not already going. */
export const lastLine = (lines: readonly BallotLine[]): BallotLine | undefined => lines.findLast((l) => l.status !== 'removed' && !l.takingBack);

/**
 * Newest first: lines still saving on top (newest first), then stored ballots by entry number
 * (from every window), with this window's stored lines the host's list has not caught up with.
 */
export function listedBallots(stored: readonly PollBallot[], lines: readonly BallotLine[], options: Poll['options'], shown: number): ListedBallot[] {
  // A ballot taken back and put back again (Undo) keeps its id: its latest line says where it is.
  const latest = new Map(lines.flatMap((l) => (l.ballot ? [[l.ballot.id, l] as const] : [])));
  const removed = new Set([...latest].flatMap(([id, l]) => (l.status === 'removed' ? [id] : [])));
  const mine = new Map([...latest].filter(([, l]) => l.status === 'saved'));
  const row = (b: PollBallot): ListedBallot => ({
    key: b.id,
    seq: b.seq,
    numbers: ballotNumbers(b, options),
    count: b.count,
    voterId: b.voterId,
    state: mine.get(b.id)?.takingBack ? 'takingBack' : 'stored',
    ballot: b,
  });
  const storedIds = new Set(stored.map((b) => b.id));
  const ballots = [...stored.filter((b) => !removed.has(b.id)), ...[...mine.values()].flatMap((l) => (l.ballot && !storedIds.has(l.ballot.id) ? [l.ballot] : []))];
  const saving: ListedBallot[] = lines
    .filter((l) => l.status === 'saving')
    .reverse()
    .map((l) => ({ key: `line-${l.key}`, seq: null, numbers: l.numbers, count: 1, voterId: l.voterId, state: l.takingBack ? 'takingBack' : 'saving', ballot: null }));
  return [...saving, ...ballots.sort((a, b) => b.seq - a.seq).map(row)].slice(0, shown);
}
