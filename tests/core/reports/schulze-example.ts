/**
 * The Wikipedia Schulze example (45 voters, options A–E) as a poll of a forum: the published
 * pairwise counts D and strongest paths P, and a helper that records its ballots under any labels.
 * By hand (Wikipedia, "Schulze method"): the pairwise winners run in cycles (A beats C 26–19,
 * C beats B 29–16, B beats D 33–12, D beats C 28–17 …); the strongest paths rank E, A, C, B, D.
 */
import type { TestCore } from '../../support/core';

export const ORDER = ['A', 'B', 'C', 'D', 'E'] as const;
export const BALLOTS: [string, number][] = [
  ['ACBED', 5],
  ['ADECB', 5],
  ['BEDAC', 8],
  ['CABED', 3],
  ['CAEBD', 7],
  ['CBADE', 2],
  ['DCEBA', 7],
  ['EBADC', 8],
];
/** Published: d[X][Y], ballots preferring X to Y. */
export const D = [
  [0, 20, 26, 30, 22],
  [25, 0, 16, 33, 18],
  [19, 29, 0, 17, 24],
  [15, 12, 28, 0, 14],
  [23, 27, 21, 31, 0],
];
/** Published: p[X][Y], the strongest path from X to Y. */
export const P = [
  [0, 28, 28, 30, 24],
  [25, 0, 28, 33, 24],
  [25, 29, 0, 29, 24],
  [25, 28, 28, 0, 24],
  [25, 28, 28, 31, 0],
];

/** A closed Schulze poll with the example's ballots, its options labelled A–E in order by `labels`. */
export async function addSchulzePoll(t: Pick<TestCore, 'call'>, forumId: string, title: string, labels: readonly string[], agendaItemId?: string) {
  const poll = await t.call('polls.create', { forumId, agendaItemId, title, method: 'schulze', options: labels.map((label) => ({ label })) });
  await t.call('polls.open', { id: poll.id });
  const id = (letter: string) => poll.options[ORDER.indexOf(letter as (typeof ORDER)[number])]?.id as string;
  await t.call('polls.addBallots', { pollId: poll.id, ballots: BALLOTS.map(([order, count]) => ({ ranking: [...order].map(id), count })) });
  await t.call('polls.close', { id: poll.id });
  return poll;
}

/** Option names as long as a village's projects get, for layout tests. */
export const LONG_OPTIONS = [
  'ขยายเขตประปาหมู่บ้านไปยังคุ้มหนองบัวใต้และคุ้มโนนสูง',
  'ปรับปรุงถนนลูกรังสายบ้านหนองบัว–บ้านโนนสูงเป็นถนนคอนกรีตเสริมเหล็ก',
  'ติดตั้งไฟฟ้าส่องสว่างทางโค้งหน้าโรงเรียนบ้านหนองบัว',
  'ก่อสร้างลานกีฬาอเนกประสงค์ประจำหมู่บ้าน',
  'ขุดลอกสระน้ำสาธารณะประโยชน์หนองบัวใหญ่',
];
