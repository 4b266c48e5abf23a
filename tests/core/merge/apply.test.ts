/** merge.apply: three village forums into the tambon forum, traceable, idempotent, Borda aggregate. */
import { expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import { type Villages, counts, openVillages } from './harness';

/** What the facilitator confirms: every proposed group and duplicate, the road group renamed. */
async function confirmedInput(t: Villages): Promise<Input<'merge.apply'>> {
  const plan = await t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: t.villages });
  return {
    intoForumId: t.tambon.id,
    sourceForumIds: t.villages,
    issueGroups: plan.issueGroups.map((g, i) => ({ sourceIssueIds: g.issues.map((x) => x.issueId), ...(i === 0 ? { title: 'ถนนชำรุด' } : {}) })),
    personMerges: plan.people.duplicates.map((d) => ({ personIds: d.people.map((x) => x.personId) })),
  };
}

it('registers each person once, keeps namesakes of different villages apart, and traces every attendee', async () => {
  const t = await openVillages();
  const { people: p } = t;
  const result = await t.call('merge.apply', await confirmedInput(t));

  // The kamnan (already there) + สมชาย(1), มาลี, บุญมี, สมชาย(2), ประยูร, อำไพ(2), วิชัย = 8:
  // บุญมี came to two forums with one id; ทองดี(V1) is the kamnan, อำไพ(3) is อำไพ(2).
  const attendees = await t.call('attendance.list', { forumId: t.tambon.id });
  expect(attendees.map((a) => a.person.id).sort()).toEqual(
    [p.kamnan, p.somchai1, p.malee, p.boonmee, p.somchai2, p.prayoon, p.ampai2, p.wichai].sort(),
  );
  expect(result.added.attendees).toBe(7);
  // The tambon forum has its own arrivals; the village forums and the register are untouched.
  expect(attendees.filter((a) => a.person.id !== p.kamnan).every((a) => a.checkedInAt === null)).toBe(true);
  expect((await t.call('attendance.list', { forumId: t.v3.id })).map((a) => a.person.id).sort()).toEqual([p.ampai3, p.wichai].sort());
  expect((await t.call('people.get', { id: p.kamnanV1 })).id).toBe(p.kamnanV1);

  const sources = await t.call('merge.sources', { forumId: t.tambon.id });
  const from = (id: string) => sources.people.find((x) => x.personId === id)?.from.map((o) => [o.forumLabel, o.id]);
  expect(from(p.kamnan)).toEqual([['หมู่ที่ 1', p.kamnanV1]]);
  expect(from(p.boonmee)).toEqual([
    ['หมู่ที่ 1', p.boonmee],
    ['หมู่ที่ 2', p.boonmee],
  ]);
  expect(from(p.ampai2)).toEqual([
    ['หมู่ที่ 2', p.ampai2],
    ['หมู่ที่ 3', p.ampai3],
  ]);
  expect(from(p.somchai1)).toEqual([['หมู่ที่ 1', p.somchai1]]);
  expect(from(p.somchai2)).toEqual([['หมู่ที่ 2', p.somchai2]]);
  // 4 attendances at หมู่ 1, 4 at หมู่ 2, 2 at หมู่ 3: every one traced.
  expect(sources.people.flatMap((x) => x.from)).toHaveLength(10);
});

it('makes one issue per confirmed group with the details combined, each traced to its village issues', async () => {
  const t = await openVillages();
  const { issues: i } = t;
  const result = await t.call('merge.apply', await confirmedInput(t));
  expect(result.added).toMatchObject({ issues: 5, issuesJoined: 0 });

  const merged = await t.call('issues.list', { forumId: t.tambon.id });
  expect(merged.map((x) => x.title)).toEqual(['ถนนชำรุด', 'น้ำประปาไม่ไหล', 'ขยะล้นถัง', 'ยาเสพติด', 'ไฟฟ้าส่องสว่างไม่เพียงพอ']);
  const [road, water] = merged;
  // หมู่ 1 ["ฝนตกหนัก"] + หมู่ 2 ["ฝนตกหนัก", "รถบรรทุกหนัก"]: the repeat once.
  expect(road?.causes.map((d) => d.text)).toEqual(['ฝนตกหนัก', 'รถบรรทุกหนัก']);
  expect(road?.needs.map((d) => d.text)).toEqual(['ลงหินคลุก']);
  expect(water?.causes.map((d) => d.text)).toEqual(['ท่อแตก', 'ปั๊มเสีย']);

  const sources = await t.call('merge.sources', { forumId: t.tambon.id });
  expect(sources.sources.map((s) => [s.forumId, s.missing])).toEqual(t.villages.map((id) => [id, false]));
  const origins = new Map(sources.issues.map((x) => [x.issueId, x.from.map((o) => [o.forumLabel, o.id, o.label])]));
  expect(origins.get(road?.id as string)).toEqual([
    ['หมู่ที่ 1', i.v1Road, 'ถนนลูกรังชำรุด'],
    ['หมู่ที่ 2', i.v2Road, 'ถนนชำรุด'],
    ['หมู่ที่ 3', i.v3Road, 'ถนน ชำรุด'],
  ]);
  expect(origins.get(water?.id as string)).toEqual([
    ['หมู่ที่ 1', i.v1Water, 'น้ำประปาไม่ไหล'],
    ['หมู่ที่ 3', i.v3Water, 'น้ำประปาไม่ไหล'],
  ]);
  // Every merged issue says where it came from; all 8 village issues are accounted for.
  expect(merged.every((x) => (origins.get(x.id)?.length ?? 0) > 0)).toBe(true);
  expect([...origins.values()].flat()).toHaveLength(8);
  // 3 village forums + 10 attendances + 8 issues.
  expect(result.added.traceRows).toBe(21);
});

it('aggregates the villages’ lists by Borda and stores it as the tambon forum’s priority list', async () => {
  const t = await openVillages();
  const result = await t.call('merge.apply', await confirmedInput(t));
  // Ballots (as merged issues): หมู่ 1 [ถนน, ประปา, ขยะ], หมู่ 2 [ยาเสพติด, ถนน], หมู่ 3 [ประปา, ไฟฟ้า, ถนน].
  // n = 5 issues listed, so places 1, 2, 3 give 4, 3, 2 points; unlisted 0.
  //   ถนน    4 + 3 + 2 = 9
  //   ประปา  3 + 0 + 4 = 7
  //   ยาเสพติด 0 + 4 + 0 = 4
  //   ไฟฟ้า   0 + 0 + 3 = 3
  //   ขยะ    2 + 0 + 0 = 2
  const p = result.priorities;
  expect(p.ranking.map((e) => [e.title, e.score, e.rank])).toEqual([
    ['ถนนชำรุด', 9, 1],
    ['น้ำประปาไม่ไหล', 7, 2],
    ['ยาเสพติด', 4, 3],
    ['ไฟฟ้าส่องสว่างไม่เพียงพอ', 3, 4],
    ['ขยะล้นถัง', 2, 5],
  ]);
  expect(p.ranking[0]?.byVillage.map((v) => [v.position, v.points])).toEqual([
    [1, 4],
    [2, 3],
    [3, 2],
  ]);
  expect(p.method).toEqual({ kind: 'borda', optionCount: 5, unrankedPoints: 0, villageTies: 'list_order', tieRule: { rule: 'revote' } });
  expect([p.tie, p.winners, p.ballots]).toEqual([false, [p.ranking[0]?.issueId], { total: 3, blank: 0 }]);

  expect(result.priorityListWritten).toBe(true);
  const list = await t.call('priorities.get', { forumId: t.tambon.id });
  expect(list.items.map((x) => [x.rank, x.title, x.score])).toEqual(p.ranking.map((e) => [e.rank, e.title, e.score]));
  expect(list.source).toMatchObject({ kind: 'merge', method: 'borda', sourceForumIds: t.villages, tie: false });
  expect(await t.call('merge.priorities', { forumId: t.tambon.id })).toEqual(p);
});

it('adds nothing when the same merge is applied again', async () => {
  const t = await openVillages();
  const input = await confirmedInput(t);
  const first = await t.call('merge.apply', input);
  const after = counts(t);
  const second = await t.call('merge.apply', input);
  expect(second.added).toEqual({ attendees: 0, issues: 0, issuesJoined: 0, traceRows: 0 });
  const again = counts(t);
  // Only the audit grows (the apply is recorded), and the list is rewritten as it was.
  expect({ ...again, audit: 0 }).toEqual({ ...after, audit: 0 });
  expect(second.priorities.ranking).toEqual(first.priorities.ranking);
  // Planned again, the groups are the ones already made.
  const plan = await t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: t.villages });
  expect(plan.issueGroups.every((g) => g.targetIssueId !== null)).toBe(true);
  expect(plan.issueGroups.map((g) => g.title)[0]).toBe('ถนนชำรุด');
});

it('takes a village in later: its issues join the groups already made, its people are added', async () => {
  const t = await openVillages();
  const { issues: i } = t;
  const two = await t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: [t.v1.id, t.v2.id] });
  await t.call('merge.apply', {
    intoForumId: t.tambon.id,
    sourceForumIds: [t.v1.id, t.v2.id],
    issueGroups: two.issueGroups.map((g) => ({ sourceIssueIds: g.issues.map((x) => x.issueId) })),
  });
  const plan = await t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: t.villages });
  const road = plan.issueGroups[0];
  expect(road?.issues.map((x) => x.issueId)).toEqual([i.v1Road, i.v2Road, i.v3Road]);
  const result = await t.call('merge.apply', {
    intoForumId: t.tambon.id,
    sourceForumIds: t.villages,
    issueGroups: plan.issueGroups.map((g) => ({ sourceIssueIds: g.issues.map((x) => x.issueId) })),
  });
  // ประปา and ถนน of หมู่ 3 join; ไฟฟ้า is new. อำไพ(3) and วิชัย come in (no confirmed duplicates this time).
  expect(result.added).toEqual({ attendees: 2, issues: 1, issuesJoined: 2, traceRows: 1 + 2 + 3 });
  expect((await t.call('issues.list', { forumId: t.tambon.id })).map((x) => x.title)).toEqual([
    'ถนนลูกรังชำรุด',
    'น้ำประปาไม่ไหล',
    'ขยะล้นถัง',
    'ยาเสพติด',
    'ไฟฟ้าส่องสว่างไม่เพียงพอ',
  ]);
});

it('carries an issue taken out of a group alone, and refuses an issue that is not a source’s or is named twice', async () => {
  const t = await openVillages();
  const { issues: i } = t;
  const base = { intoForumId: t.tambon.id, sourceForumIds: t.villages };
  await expect(t.call('merge.apply', { ...base, issueGroups: [{ sourceIssueIds: [i.v1Road] }, { sourceIssueIds: [i.v1Road, i.v2Road] }] })).rejects.toMatchObject({
    code: 'validation',
    messageKey: 'merge.issue_twice',
  });
  const other = await t.call('forums.create', { title: 'อื่น', date: '2026-11-23' });
  const stray = await t.call('issues.create', { forumId: other.id, title: 'ไม่เกี่ยว', agendaItemId: null });
  await expect(t.call('merge.apply', { ...base, issueGroups: [{ sourceIssueIds: [stray.id] }] })).rejects.toMatchObject({
    code: 'validation',
    messageKey: 'merge.issue_not_in_sources',
  });
  await expect(t.call('merge.apply', { ...base, personMerges: [{ personIds: [t.people.malee, t.people.wichai], keepId: t.people.kamnan }] })).rejects.toMatchObject({
    code: 'validation',
    messageKey: 'merge.keep_not_listed',
  });
  // Refused applies wrote nothing.
  expect(counts(t).merge_source).toBe(0);

  // หมู่ 2 and 3's roads together; หมู่ 1's taken out, so it stands alone.
  const result = await t.call('merge.apply', { ...base, issueGroups: [{ sourceIssueIds: [i.v3Road, i.v2Road] }] });
  expect(result.added.issues).toBe(7);
  const titles = (await t.call('issues.list', { forumId: t.tambon.id })).map((x) => x.title);
  expect(titles.slice(0, 4)).toEqual(['ถนนลูกรังชำรุด', 'น้ำประปาไม่ไหล', 'ขยะล้นถัง', 'ถนนชำรุด']);
});

it('keeps a priority list the tambon forum set itself, and flags a tie for first place', async () => {
  const t = await openVillages();
  const { issues: i } = t;
  // หมู่ 1 lists only [ประปา], หมู่ 2 only [ยาเสพติด]: n = 2 issues listed, each gets 2 − 1 = 1 point,
  // a tie for first place, left to the tambon forum (rule "revote").
  await t.call('priorities.set', { forumId: t.v1.id, issueIds: [i.v1Water] });
  await t.call('priorities.set', { forumId: t.v2.id, issueIds: [i.v2Drugs] });
  const own = await t.call('issues.create', { forumId: t.tambon.id, title: 'ของตำบลเอง', agendaItemId: null });
  await t.call('priorities.set', { forumId: t.tambon.id, issueIds: [own.id] });

  const result = await t.call('merge.apply', { intoForumId: t.tambon.id, sourceForumIds: [t.v1.id, t.v2.id] });
  expect(result.priorities.ranking.map((e) => [e.title, e.score, e.rank])).toEqual([
    ['น้ำประปาไม่ไหล', 1, 1],
    ['ยาเสพติด', 1, 1],
  ]);
  expect(result.priorities.tie).toBe(true);
  expect(result.priorities.winners).toHaveLength(2);
  expect(result.priorities.tieBreak).toMatchObject({ rule: 'revote', status: 'revote_required' });
  expect(result.priorityListWritten).toBe(false);
  expect((await t.call('priorities.get', { forumId: t.tambon.id })).items.map((x) => x.title)).toEqual(['ของตำบลเอง']);
});
