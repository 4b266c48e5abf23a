import { expect, it } from 'vitest';
import { ApiCallError } from '../../../../shared/api-client';
import { decodeBallotFile, readPollBallots, refusedLines, toBallotEntries } from '../../../../renderer/features/polls/ballot-file';
import type { Poll } from '../../../../renderer/api/queries/polls';

const option = (id: string, position: number, label: string) => ({ id, position, label, issueId: null, sourceIssueId: null, issueMissing: false });
// Out of order on purpose: ballot numbers follow `position`, not the array.
const poll = { options: [option('id-b', 2, 'ประปา'), option('id-a', 1, 'ถนน'), option('id-c', 3, 'ไฟฟ้า')] } as unknown as Poll;

it('reads a file by ballot number and turns it into ballots of option ids, with counts', () => {
  const read = readPollBallots('จำนวน,อันดับ 1,อันดับ 2\n4,1,2\n,ไฟฟ้า,\n', 'b.csv', poll, 'ranked', undefined);
  if (!read.ok) throw new Error('refused');
  expect(toBallotEntries(read.ballots, poll, 'ranked')).toEqual([
    { ranking: ['id-a', 'id-b'], count: 4 },
    { ranking: ['id-c'], count: 1 },
  ]);
  const dots = readPollBallots('1,1,3\n', 'd.csv', poll, 'dots', 3);
  if (!dots.ok) throw new Error('refused');
  expect(toBallotEntries(dots.ballots, poll, 'dots')).toEqual([{ dots: { 'id-a': 2, 'id-c': 1 }, count: 1 }]);
  // Plurality takes one option per ballot.
  expect(readPollBallots('1,2\n', 'p.csv', poll, 'single', undefined)).toMatchObject({ ok: false, problems: [{ line: 1, code: 'too_many_options' }] });
});

it('decodes UTF-8, and Windows-874 as Thai Excel saves it', () => {
  expect(decodeBallotFile(new TextEncoder().encode('ถนน,1').buffer as ArrayBuffer)).toBe('ถนน,1');
  // ถ น น in TIS-620.
  expect(decodeBallotFile(new Uint8Array([0xb6, 0xb9, 0xb9, 0x2c, 0x31]).buffer)).toBe('ถนน,1');
});

it("maps the host's refusal of a batch back to the file's lines", () => {
  const read = readPollBallots('1\n\n2\n3\n', 'b.csv', poll, 'ranked', undefined);
  if (!read.ok) throw new Error('refused');
  const error = new ApiCallError({
    code: 'validation',
    messageKey: 'poll.dots_over_limit',
    message: 'ballots[2]: 4 dots, the limit is 3 per participant',
    details: [{ ballot: 2, path: ['ballots[2].dots'], message: '4 dots, the limit is 3 per participant' }],
  } as ConstructorParameters<typeof ApiCallError>[0]);
  expect(refusedLines(error, read.ballots)).toEqual([{ line: 4, message: '4 dots, the limit is 3 per participant' }]);
  expect(refusedLines(new Error('x'), read.ballots)).toEqual([]);
});
