import { describe, expect, it } from 'vitest';
import {
  DOMINANCE_MIN_ATTENDEES,
  type EquityPerson,
  type TimedSpeech,
  WARNINGS_AFTER_MS,
  equity,
  gini,
  topTenthCount,
  writtenShares,
} from '../../../shared/domain/equity';

type Groups = NonNullable<EquityPerson['sensitive']>['disadvantagedGroups'];

function person(id: string, p: Partial<Omit<EquityPerson, 'id' | 'sensitive'>> & { groups?: Groups } = {}): EquityPerson {
  return {
    id,
    sector: p.sector ?? null,
    gender: p.gender ?? 'unspecified',
    village: p.village ?? null,
    ageGroup: p.ageGroup ?? null,
    role: p.role ?? null,
    sensitive: p.groups ? { disadvantagedGroups: p.groups, consentGivenAt: '2026-11-23T02:00:00.000Z', consentRecordedBy: 'ผู้จด' } : null,
  };
}
const spoke = (who: EquityPerson | null, ms: number): TimedSpeech => ({ person: who, durationMs: ms });
const MIN = 60_000;

describe('equity: hand-computed cases', () => {
  it('nobody spoke: zero time, Gini 0, only the nobody_spoke warning, attendee shares still shown', () => {
    const a = person('a', { gender: 'female', sector: 'citizens', village: '3' });
    const b = person('b', { gender: 'male', sector: 'citizens', village: '3' });
    const c = person('c', { gender: 'male', sector: 'government', village: '5' });
    const f = equity([a, b, c], []);
    expect(f).toMatchObject({
      attendees: 3,
      speeches: 0,
      totalMs: 0,
      unattributed: { speeches: 0, ms: 0 },
      speakers: [],
      topThree: { people: 0, share: 0 },
      topTenth: { people: 0, share: 0 },
      gini: 0,
      warnings: [{ key: 'nobody_spoke', params: { attendees: 3 } }],
    });
    expect(f.byDimension.gender).toEqual([
      { key: 'male', attendees: 2, attendeeShare: 2 / 3, speeches: 0, speechShare: 0, ms: 0, timeShare: 0, gap: -2 / 3 },
      { key: 'female', attendees: 1, attendeeShare: 1 / 3, speeches: 0, speechShare: 0, ms: 0, timeShare: 0, gap: -1 / 3 },
    ]);
  });

  it('an empty forum has no figures to speak of and still says nobody spoke', () => {
    const f = equity([], []);
    expect(f.gini).toBe(0);
    expect(f.byDimension.sector).toEqual([]);
    expect(f.warnings).toEqual([{ key: 'nobody_spoke', params: { attendees: 0 } }]);
  });

  it('one person spoke: they hold everything, Gini (n−1)/n, the silent groups are named', () => {
    const a = person('a', { gender: 'female', sector: 'citizens', village: '3', groups: ['elderly'] });
    const room = [
      a,
      person('b', { gender: 'male', sector: 'citizens', village: '3' }),
      person('c', { gender: 'male', sector: 'government', village: '5' }),
      person('d', { gender: 'female', sector: 'local_government', village: '5' }),
      person('e', { gender: 'male', sector: 'citizens' }),
      person('f', { gender: 'female', sector: 'citizens', village: '3' }),
    ];
    const f = equity(room, [spoke(a, 4 * MIN), spoke(a, 2 * MIN)]);
    expect(f.totalMs).toBe(360_000);
    expect(f.speakers).toEqual([{ personId: 'a', speeches: 2, ms: 360_000, timeShare: 1 }]);
    expect(f.topThree).toEqual({ people: 1, share: 1 });
    expect(f.topTenth).toEqual({ people: 1, share: 1 });
    // Sorted times 0,0,0,0,0,360 000: only the last weighs, (2·6 − 6 − 1) · x / (6 · x) = 5/6.
    expect(f.gini).toBe(5 / 6);
    expect(f.byDimension.gender).toEqual([
      { key: 'female', attendees: 3, attendeeShare: 0.5, speeches: 2, speechShare: 1, ms: 360_000, timeShare: 1, gap: 0.5 },
      { key: 'male', attendees: 3, attendeeShare: 0.5, speeches: 0, speechShare: 0, ms: 0, timeShare: 0, gap: -0.5 },
    ]);
    // Age group and role are empty for everyone ('unknown'): never called silent.
    expect(f.warnings).toEqual([
      { key: 'few_voices_dominate', params: { people: 1, share: 1, attendees: 6 } },
      { key: 'group_silent', params: { dimension: 'sector', key: 'government', attendees: 1 } },
      { key: 'group_silent', params: { dimension: 'sector', key: 'local_government', attendees: 1 } },
      { key: 'group_silent', params: { dimension: 'gender', key: 'male', attendees: 3 } },
      { key: 'group_silent', params: { dimension: 'village', key: '5', attendees: 2 } },
    ]);
  });

  it('ties: two speakers with equal time share the top equally, ordered by id, whatever the speech order', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => person(id));
    const room = [a, b, c, d] as EquityPerson[];
    const f = equity(room, [spoke(b as EquityPerson, 2 * MIN), spoke(a as EquityPerson, 2 * MIN)]);
    expect(f.speakers).toEqual([
      { personId: 'a', speeches: 1, ms: 120_000, timeShare: 0.5 },
      { personId: 'b', speeches: 1, ms: 120_000, timeShare: 0.5 },
    ]);
    expect(f.topThree).toEqual({ people: 2, share: 1 });
    // Room of 4: the top tenth is ⌈0.4⌉ = 1 person.
    expect(f.topTenth).toEqual({ people: 1, share: 0.5 });
    // Sorted 0, 0, 2, 2 min: (−3·0 − 1·0 + 1·2 + 3·2) / (4 · 4) = 8/16.
    expect(f.gini).toBe(0.5);
    // 4 minutes of speaking: too early to judge.
    expect(f.warnings).toEqual([]);
  });

  it('Gini of 1, 2, 3, 4 minutes is exactly 1/4 (pairwise: 20 / (2 · 4² · 2.5))', () => {
    const room = ['a', 'b', 'c', 'd'].map((id) => person(id));
    const f = equity(
      room,
      room.map((p, i) => spoke(p, (i + 1) * MIN)),
    );
    expect(f.gini).toBe(0.25);
    expect(gini([MIN, 2 * MIN, 3 * MIN, 4 * MIN])).toBe(0.25);
    expect(gini([0, 0, 0, 7])).toBe(0.75);
    expect(gini([5, 5, 5])).toBe(0);
    expect(gini([0, 0])).toBe(0);
    expect(gini([])).toBe(0);
  });

  it('unattributed and erased speeches count in the totals and under unknown, in no group and no Gini', () => {
    const a = person('a', { gender: 'female', groups: ['elderly', 'low_income'] });
    const b = person('b', { gender: 'male' });
    const f = equity([a, b], [spoke(a, 60_000), spoke(null, 30_000)]);
    expect(f.totalMs).toBe(90_000);
    expect(f.speeches).toBe(2);
    expect(f.unattributed).toEqual({ speeches: 1, ms: 30_000 });
    expect(f.speakers).toEqual([{ personId: 'a', speeches: 1, ms: 60_000, timeShare: 2 / 3 }]);
    expect(f.topThree).toEqual({ people: 1, share: 2 / 3 });
    expect(f.byDimension.gender).toEqual([
      { key: 'female', attendees: 1, attendeeShare: 0.5, speeches: 1, speechShare: 0.5, ms: 60_000, timeShare: 2 / 3, gap: 2 / 3 - 0.5 },
      { key: 'male', attendees: 1, attendeeShare: 0.5, speeches: 0, speechShare: 0, ms: 0, timeShare: 0, gap: -0.5 },
      { key: 'unknown', attendees: 0, attendeeShare: 0, speeches: 1, speechShare: 0.5, ms: 30_000, timeShare: 1 / 3, gap: 1 / 3 },
    ]);
    // A person in two groups counts in both; nobody known counts in none.
    expect(f.byDimension.disadvantagedGroup.map((s) => [s.key, s.speeches, s.ms])).toEqual([
      ['elderly', 1, 60_000],
      ['low_income', 1, 60_000],
    ]);
    // Room a = 60 000, b = 0: (−1·0 + 1·60 000) / (2 · 60 000).
    expect(f.gini).toBe(0.5);
  });

  it('someone who spoke without checking in joins the room for Gini but adds no attendee', () => {
    const a = person('a', { sector: 'citizens' });
    const guest = person('g', { sector: 'academia' });
    const f = equity([a], [spoke(guest, 60_000)]);
    expect(f.attendees).toBe(1);
    expect(f.byDimension.sector).toEqual([
      { key: 'citizens', attendees: 1, attendeeShare: 1, speeches: 0, speechShare: 0, ms: 0, timeShare: 0, gap: -1 },
      { key: 'academia', attendees: 0, attendeeShare: 0, speeches: 1, speechShare: 1, ms: 60_000, timeShare: 1, gap: 1 },
    ]);
    expect(f.gini).toBe(0.5);
  });
});

describe('equity: warning thresholds on both sides', () => {
  const keys = (f: ReturnType<typeof equity>) => f.warnings.map((w) => w.key);
  const room = (n: number) => Array.from({ length: n }, (_, i) => person(`p${i}`, { gender: 'female' }));

  it('few_voices_dominate: exactly half for the top three is not domination, a millisecond more is', () => {
    const six = room(DOMINANCE_MIN_ATTENDEES);
    const even = equity(
      six,
      six.map((p) => spoke(p, MIN)),
    );
    expect(even.topThree.share).toBe(0.5);
    expect(keys(even)).toEqual([]);
    const tilted = equity(
      six,
      six.map((p, i) => spoke(p, i === 0 ? MIN + 1 : MIN)),
    );
    expect(tilted.warnings).toEqual([{ key: 'few_voices_dominate', params: { people: 3, share: 180_001 / 360_001, attendees: 6 } }]);
  });

  it('few_voices_dominate needs at least six in the room', () => {
    const five = room(DOMINANCE_MIN_ATTENDEES - 1);
    expect(keys(equity(five, [spoke(five[0] as EquityPerson, 10 * MIN)]))).not.toContain('few_voices_dominate');
    const six = room(DOMINANCE_MIN_ATTENDEES);
    expect(keys(equity(six, [spoke(six[0] as EquityPerson, 10 * MIN)]))).toContain('few_voices_dominate');
  });

  it('warnings wait for five minutes of speaking', () => {
    const a = person('a', { gender: 'female' });
    const people = [a, ...Array.from({ length: 6 }, (_, i) => person(`m${i}`, { gender: 'male' }))];
    expect(equity(people, [spoke(a, WARNINGS_AFTER_MS - 1)]).warnings).toEqual([]);
    expect(keys(equity(people, [spoke(a, WARNINGS_AFTER_MS)]))).toEqual(['few_voices_dominate', 'group_silent']);
  });

  it('group_silent: a group that spoke once, even briefly, is not silent', () => {
    const a = person('a', { gender: 'female' });
    const b = person('b', { gender: 'male' });
    expect(equity([a, b], [spoke(a, WARNINGS_AFTER_MS)]).warnings).toEqual([
      { key: 'group_silent', params: { dimension: 'gender', key: 'male', attendees: 1 } },
    ]);
    expect(equity([a, b], [spoke(a, WARNINGS_AFTER_MS), spoke(b, 1_000)]).warnings).toEqual([]);
  });

  it('group_silent covers disadvantaged groups present in the room', () => {
    const a = person('a');
    const b = person('b', { groups: ['disability'] });
    expect(equity([a, b], [spoke(a, WARNINGS_AFTER_MS)]).warnings).toEqual([
      { key: 'group_silent', params: { dimension: 'disadvantagedGroup', key: 'disability', attendees: 1 } },
    ]);
  });

  it('the top tenth is ⌈n/10⌉ people', () => {
    expect([0, 1, 9, 10, 11, 30, 31].map(topTenthCount)).toEqual([0, 1, 1, 1, 2, 3, 4]);
  });
});

describe('written contributions by the same groups (hand-computed)', () => {
  it('shares of all written contributions, nobody known in the total only; a group present that wrote nothing shows 0; a person in two disadvantaged groups counts in both', () => {
    const a = person('a', { gender: 'female', sector: 'citizens', groups: ['elderly', 'disability'] });
    const b = person('b', { gender: 'male', sector: 'citizens' });
    const c = person('c', { gender: 'male', sector: 'government' });
    // a wrote 2, c wrote 1, nobody known 1: 4 in all.
    const w = writtenShares([a, b, c], [a, c, null, a]);
    expect(w.total).toBe(4);
    expect(w.unattributed).toBe(1);
    expect(w.byDimension.gender).toEqual([
      { key: 'female', written: 2, writtenShare: 0.5 },
      { key: 'male', written: 1, writtenShare: 0.25 },
    ]);
    expect(w.byDimension.sector).toEqual([
      { key: 'citizens', written: 2, writtenShare: 0.5 },
      { key: 'government', written: 1, writtenShare: 0.25 },
    ]);
    expect(w.byDimension.disadvantagedGroup).toEqual([
      { key: 'disability', written: 2, writtenShare: 0.5 },
      { key: 'elderly', written: 2, writtenShare: 0.5 },
    ]);
    expect(writtenShares([a, b], []).byDimension.gender).toEqual([
      { key: 'female', written: 0, writtenShare: 0 },
      { key: 'male', written: 0, writtenShare: 0 },
    ]);
  });
});
