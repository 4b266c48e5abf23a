import { expect, it } from 'vitest';
import type { Poll } from '../../../../renderer/api/queries/polls';
import { orderVoters, voterStates } from '../../../../renderer/features/polls/voters';
import type { PollBallot } from '../../../../shared/contract';

const person = (n: number, checkedIn = true) => ({ id: `p${n}`, name: `สมาชิก${n} ทดสอบ`, number: n, checkedIn, speeches: 0, speakingMs: 0 });
const roster = [person(1), person(2), person(10), person(11, false)];
const ballot = (voterId: string, dots?: Record<string, number>) => ({ id: `b-${voterId}`, voterId, dots, count: 1 }) as unknown as PollBallot;

it('marks who may vote under each rule and what each named voter has used', () => {
  const checkedIn = voterStates({ eligibility: { kind: 'checked_in' } } as Poll, roster, [ballot('p1')], null);
  expect(checkedIn.get('p1')).toEqual({ eligible: true, ballots: 1, dots: 0 });
  expect(checkedIn.get('p11')?.eligible).toBe(false);
  const listed = voterStates({ eligibility: { kind: 'list', personIds: ['p2', 'p11'] } } as unknown as Poll, roster, [], null);
  expect([...listed].filter(([, s]) => s.eligible).map(([id]) => id)).toEqual(['p2', 'p11']);
  const group = voterStates({ eligibility: { kind: 'group', groupId: 'g', groupName: 'ก' } } as Poll, roster, [ballot('p10', { a: 2 }), ballot('p10', { b: 1 })], ['p10']);
  expect(group.get('p10')).toEqual({ eligible: true, ballots: 2, dots: 3 });
  expect(group.get('p1')?.eligible).toBe(false);
});

it('orders the picker: a full badge number first even if that person voted, then those ready to vote', () => {
  const states = voterStates({ eligibility: { kind: 'checked_in' } } as Poll, roster, [ballot('p1')], null);
  expect(orderVoters(roster, states, undefined, '1', 8)).toEqual(['p1', 'p10', 'p11']);
  expect(orderVoters(roster, states, undefined, '#1', 8)[0]).toBe('p1');
  // Nothing typed: only those who may vote and have not.
  expect(orderVoters(roster, states, undefined, '', 8)).toEqual(['p2', 'p10']);
  // By name: the ready before the voted and the absent.
  expect(orderVoters(roster, states, undefined, 'สมาชิก1', 8)).toEqual(['p10', 'p1', 'p11']);
  // Dot voting: ready while dots remain.
  const dots = voterStates({ eligibility: { kind: 'checked_in' } } as Poll, roster, [ballot('p2', { a: 3 }), ballot('p10', { a: 1 })], null);
  expect(orderVoters(roster, dots, 3, '', 8)).toEqual(['p1', 'p10']);
});
