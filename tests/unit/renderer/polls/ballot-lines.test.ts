/** The "last ballots" list built from this window's typed lines and the host's stored ballots. */
import { describe, expect, it } from 'vitest';
import type { PollBallot } from '../../../../shared/contract';
import { type BallotLine, heldLines, lastLine, listedBallots } from '../../../../renderer/features/polls/ballot-lines';

const options = ['a', 'b', 'c'].map((id, i) => ({ id, position: i + 1, label: id.toUpperCase(), issueId: null, sourceIssueId: null, issueMissing: false }));
const ballot = (id: string, seq: number, ranking: string[], voterId: string | null = null): PollBallot => ({
  id,
  pollId: 'p',
  seq,
  voterId,
  ranking,
  count: 1,
  createdAt: '2026-11-23T09:00:00.000+07:00',
});
let key = 0;
const line = (status: BallotLine['status'], change: Partial<BallotLine> = {}): BallotLine => ({
  key: ++key,
  text: '12',
  numbers: [1, 2],
  voterId: null,
  status,
  ballot: null,
  reason: null,
  takingBack: false,
  ...change,
});

describe('listedBallots', () => {
  it('shows lines still saving at once, on top, newest first, with their voter', () => {
    const stored = [ballot('x1', 1, ['a']), ballot('x2', 2, ['b', 'a'])];
    const lines = [line('saving', { numbers: [3], voterId: 'somchai' }), line('saving', { numbers: [2, 3] })];
    const rows = listedBallots(stored, lines, options, 10);
    expect(rows.map((r) => [r.seq, r.numbers.join(' '), r.voterId, r.state])).toEqual([
      [null, '2 3', null, 'saving'],
      [null, '3', 'somchai', 'saving'],
      [2, '2 1', null, 'stored'],
      [1, '1', null, 'stored'],
    ]);
  });

  it('keeps a stored line the host list has not caught up with, drops one taken back, strikes one going', () => {
    const stored = [ballot('x1', 1, ['a']), ballot('x2', 2, ['b'])];
    const lines = [
      line('removed', { ballot: ballot('x1', 1, ['a']) }),
      line('saved', { ballot: ballot('x2', 2, ['b']), takingBack: true }),
      line('saved', { ballot: ballot('x3', 3, ['c'], 'somsri'), voterId: 'somsri' }),
    ];
    expect(listedBallots(stored, lines, options, 10).map((r) => [r.seq, r.state, r.voterId])).toEqual([
      [3, 'stored', 'somsri'],
      [2, 'takingBack', null],
    ]);
  });

  it('lists a ballot taken back and put back with Undo (same id), whether or not the host list has caught up', () => {
    const back = ballot('x2', 2, ['b'], 'somsri');
    const lines = [line('removed', { ballot: back }), line('saved', { ballot: back })];
    expect(listedBallots([ballot('x1', 1, ['a'])], lines, options, 10).map((r) => [r.seq, r.voterId])).toEqual([
      [2, 'somsri'],
      [1, null],
    ]);
    expect(listedBallots([ballot('x1', 1, ['a']), back], lines, options, 10).map((r) => r.seq)).toEqual([2, 1]);
  });

  it('never lists a refused line among the ballots: it is held', () => {
    const refused = line('refused', { text: '2', voterId: 'voted-already', reason: 'ลงคะแนนไปแล้ว' });
    const lines = [line('saved', { ballot: ballot('x1', 1, ['a']) }), refused];
    expect(listedBallots([ballot('x1', 1, ['a'])], lines, options, 10).map((r) => r.seq)).toEqual([1]);
    expect(heldLines(lines)).toEqual([refused]);
  });

  it('shows at most the number asked for', () => {
    const stored = Array.from({ length: 12 }, (_, i) => ballot(`x${i}`, i + 1, ['a']));
    expect(listedBallots(stored, [], options, 8).map((r) => r.seq)).toEqual([12, 11, 10, 9, 8, 7, 6, 5]);
  });
});

describe('lastLine (Ctrl+Z)', () => {
  it('is the last line entered here, whatever became of it, skipping lines already going or gone', () => {
    const a = line('saved');
    const b = line('refused');
    expect(lastLine([a, b])).toBe(b);
    expect(lastLine([a, { ...b, status: 'removed' }])).toBe(a);
    expect(lastLine([a, line('saving', { takingBack: true })])).toBe(a);
    expect(lastLine([])).toBeUndefined();
  });
});
