/**
 * The phone tally is the tally of the same ballots typed in (property test): ballots cast from
 * phones into one poll and the very same ballots entered by keyboard into a twin poll give the
 * same result, for every method a phone votes in. Yes/no typed in is the hall's count; a matrix
 * typed in is one sheet per scorer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Input, PollResults } from '../../../shared/contract';
import { PhoneBallot } from '../../../shared/room/wire';
import { labels } from '../polls/harness';
import { openRoom, refusalOf } from './harness';

const RUNS = { numRuns: 12 };
const LOTTERY = { rule: 'lottery' as const, seed: 20261123 };
const CRITERIA = [
  { name: 'ความรุนแรง', weight: 2 },
  { name: 'ความเป็นไปได้', weight: 1 },
];

type Room = Awaited<ReturnType<typeof openRoom>>;

/** Results with each poll's own ids (poll, options, ballots, scorers) replaced by what they stand for. */
function comparable(results: PollResults, optionIds: string[]): unknown {
  const { pollId: _p, forumId: _f, title: _t, matrix, ...rest } = results;
  const text = JSON.stringify({ ...rest, matrixTable: matrix?.table.map((r) => ({ ...r, perScorer: r.perScorer.map((s) => s.total).sort() })) });
  return JSON.parse(optionIds.reduce((s, id, i) => s.split(id).join(`option-${i + 1}`), text));
}

async function twinPolls(t: Room, draft: Omit<Input<'polls.create'>, 'forumId'>) {
  const phone = await t.createOpen({ ...draft, title: 'ทางโทรศัพท์', tieRule: LOTTERY } as Omit<Input<'polls.create'>, 'forumId'>);
  const typed = await t.createOpen({ ...draft, title: 'กรอกจากบัตร', tieRule: LOTTERY } as Omit<Input<'polls.create'>, 'forumId'>);
  const ids = (p: typeof phone) => p.options.map((o) => o.id);
  return { phone, typed, phoneIds: ids(phone), typedIds: ids(typed) };
}

/** The same ballot for each poll: option positions become that poll's option ids. */
const byPosition = (ids: string[]) => (i: number) => ids[i] as string;

const rankingArb = (n: number) => fc.shuffledSubarray([...Array(n).keys()]);

describe('the phone tally equals the tally of the same ballots typed in', () => {
  for (const method of ['plurality', 'borda', 'irv', 'schulze'] as const) {
    it(`${method}: ranked ballots`, async () => {
      const t = await openRoom();
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 2, max: 5 }).chain((n) => fc.record({ n: fc.constant(n), ballots: fc.array(rankingArb(n), { maxLength: 12 }) })),
          async ({ n, ballots }) => {
            const twins = await twinPolls(t, { title: '', method, options: labels(...Array.from({ length: n }, (_, i) => `ตัวเลือก ${i + 1}`)) });
            for (const b of ballots) t.phone().vote(twins.phone.id, { ranking: b.map(byPosition(twins.phoneIds)) });
            if (ballots.length > 0) await t.call('polls.addBallots', { pollId: twins.typed.id, ballots: ballots.map((b) => ({ ranking: b.map(byPosition(twins.typedIds)) })) });
            expect(comparable(await t.results(twins.phone.id), twins.phoneIds)).toEqual(comparable(await t.results(twins.typed.id), twins.typedIds));
          },
        ),
        RUNS,
      );
    });
  }

  it('approval, with a limit of approvals per ballot', async () => {
    const t = await openRoom();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.subarray([0, 1, 2, 3], { maxLength: 2 }), { maxLength: 12 }), async (ballots) => {
        const twins = await twinPolls(t, { title: '', method: 'approval', rules: { mode: 'approval', maxApprovals: 2 }, options: labels('ก', 'ข', 'ค', 'ง') });
        for (const b of ballots) t.phone().vote(twins.phone.id, { approved: b.map(byPosition(twins.phoneIds)) });
        if (ballots.length > 0) await t.call('polls.addBallots', { pollId: twins.typed.id, ballots: ballots.map((b) => ({ approved: b.map(byPosition(twins.typedIds)) })) });
        expect(comparable(await t.results(twins.phone.id), twins.phoneIds)).toEqual(comparable(await t.results(twins.typed.id), twins.typedIds));
      }),
      RUNS,
    );
  });

  it('dots, within the dots per participant', async () => {
    const t = await openRoom();
    const dotsArb = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }).filter((d) => d.reduce((a, b) => a + b, 0) <= 3);
    await fc.assert(
      fc.asyncProperty(fc.array(dotsArb, { maxLength: 12 }), async (ballots) => {
        const twins = await twinPolls(t, { title: '', method: 'approval', rules: { mode: 'dots', dotsPerParticipant: 3 }, options: labels('ก', 'ข', 'ค') });
        const dots = (ids: string[], d: number[]) => Object.fromEntries(d.flatMap((n, i) => (n > 0 ? [[ids[i] as string, n]] : [])));
        for (const d of ballots) t.phone().vote(twins.phone.id, { dots: dots(twins.phoneIds, d) });
        if (ballots.length > 0) await t.call('polls.addBallots', { pollId: twins.typed.id, ballots: ballots.map((d) => ({ dots: dots(twins.typedIds, d) })) });
        expect(comparable(await t.results(twins.phone.id), twins.phoneIds)).toEqual(comparable(await t.results(twins.typed.id), twins.typedIds));
      }),
      RUNS,
    );
  });

  it('consensus (fist to five), with concerns', async () => {
    const t = await openRoom();
    const reason = fc.constantFrom('น้ำท่วมทางเข้า', 'งบไม่พอ');
    // A block always gives its reason (refused otherwise, typed in or from a phone: below).
    const voteArb = fc.oneof(
      fc.record({ value: fc.integer({ min: 0, max: 5 }), concern: fc.option(reason, { nil: undefined }) }),
      fc.record({ value: fc.constant('block' as const), concern: reason }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(voteArb, { maxLength: 12 }), async (votes) => {
        const twins = await twinPolls(t, { title: '', method: 'consensus' });
        const ballot = (v: (typeof votes)[number]): Extract<PhoneBallot, { value: unknown }> => (v.concern ? { value: v.value, concern: v.concern } : { value: v.value });
        for (const v of votes) t.phone().vote(twins.phone.id, ballot(v));
        if (votes.length > 0) await t.call('polls.addBallots', { pollId: twins.typed.id, ballots: votes.map((v) => ballot(v)) });
        expect(comparable(await t.results(twins.phone.id), [])).toEqual(comparable(await t.results(twins.typed.id), []));
      }),
      RUNS,
    );
  });

  it('a block without its reason is refused from a phone, as it is typed in, and nothing is stored', async () => {
    const t = await openRoom();
    const poll = await t.createOpen({ title: 'ฉันทามติ', method: 'consensus' });
    expect(refusalOf(() => t.phone().vote(poll.id, { value: 'block' }))).toBe('validation');
    expect(refusalOf(() => t.phone().vote(poll.id, { value: 'block', concern: '' }))).toBe('validation');
    await expect(t.call('polls.addBallots', { pollId: poll.id, ballots: [{ value: 'block' }] })).rejects.toMatchObject({ code: 'validation' });
    expect((await t.call('polls.inputs', { pollId: poll.id })).ballots).toEqual([]);
    // The room server's own schema says the same before the core is asked.
    expect(PhoneBallot.safeParse({ value: 'block' }).success).toBe(false);
    expect(PhoneBallot.safeParse({ value: 'block', concern: '   ' }).success).toBe(false);
    expect(PhoneBallot.safeParse({ value: 'block', concern: 'งบไม่พอ' }).success).toBe(true);
  });

  it('yes/no: the phones’ votes equal the same votes counted in the hall', async () => {
    const t = await openRoom();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const), { maxLength: 15 }), fc.constantFrom('simple' as const, 'absolute' as const, 'two_thirds' as const), async (choices, majority) => {
        const twins = await twinPolls(t, { title: '', method: 'yes_no', rules: { majority } });
        for (const c of choices) t.phone().vote(twins.phone.id, { choice: c });
        const n = (c: string) => choices.filter((x) => x === c).length;
        // Zero counts typed in are a count (no 'no_input' warning); no phone ballot is none: both empty alike.
        if (choices.length > 0) await t.call('polls.setCounts', { pollId: twins.typed.id, kind: 'yes_no', yes: n('yes'), no: n('no'), abstain: n('abstain'), present: choices.length });
        const phone = await t.results(twins.phone.id);
        const typed = await t.results(twins.typed.id);
        expect(comparable(phone, [])).toEqual(comparable(typed, []));
      }),
      RUNS,
    );
  });

  it('scoring matrix: each phone’s sheet counts as a scorer’s sheet typed in', async () => {
    const t = await openRoom();
    const scorers = await t.checkIn(10);
    const sheetArb = fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 2 }), { minLength: 3, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { maxLength: 10 }), async (sheets) => {
        const twins = await twinPolls(t, { title: '', method: 'score_matrix', rules: { scale: { min: 1, max: 5 }, criteria: CRITERIA }, options: labels('ถนน', 'ประปา', 'ไฟฟ้า') });
        const scores = (ids: string[], sheet: number[][]) =>
          Object.fromEntries(sheet.map((row, o) => [ids[o] as string, Object.fromEntries(CRITERIA.map((c, k) => [c.name, row[k] as number]))]));
        for (const s of sheets) t.phone().vote(twins.phone.id, { scores: scores(twins.phoneIds, s) });
        for (const [i, s] of sheets.entries()) {
          await t.call('polls.setScores', { pollId: twins.typed.id, scorer: { kind: 'person', personId: scorers[i] as string }, scores: scores(twins.typedIds, s) });
        }
        expect(comparable(await t.results(twins.phone.id), twins.phoneIds)).toEqual(comparable(await t.results(twins.typed.id), twins.typedIds));
      }),
      RUNS,
    );
  });
});
