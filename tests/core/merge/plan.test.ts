/** merge.plan: people and issue matches proposed across three village forums, nothing written. */
import { expect, it } from 'vitest';
import { counts, openVillages } from './harness';

it('proposes the same-phone and same-name-same-village records as duplicates, never two namesakes of different villages', async () => {
  const t = await openVillages();
  const plan = await t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: t.villages });
  const { people: p } = t;

  // By id: สมชาย(1), มาลี, บุญมี (at two forums, one id), ทองดี(V1), สมชาย(2), ประยูร, อำไพ(2), อำไพ(3), วิชัย = 9.
  expect(plan.people.sourcePeople).toBe(9);
  expect(plan.people.alreadyInTarget).toBe(0);
  const dupes = plan.people.duplicates.map((d) => ({ ids: d.people.map((x) => x.personId).sort(), reasons: d.reasons }));
  expect(dupes).toEqual(
    expect.arrayContaining([
      { ids: [p.kamnan, p.kamnanV1].sort(), reasons: ['phone'] },
      // "นาง" / "นางสาว" and "3" / "หมู่ที่ 3" do not tell them apart.
      { ids: [p.ampai2, p.ampai3].sort(), reasons: ['name_and_village'] },
    ]),
  );
  expect(dupes).toHaveLength(2);
  expect(plan.people.duplicates.flatMap((d) => d.people.map((x) => x.personId))).not.toContain(p.somchai1);
  const boonmee = plan.people.duplicates.flatMap((d) => d.people).find((x) => x.personId === p.boonmee);
  expect(boonmee).toBeUndefined();
  const kamnan = plan.people.duplicates[0]?.people.find((x) => x.personId === p.kamnan);
  expect(kamnan).toMatchObject({ inTarget: true, forumIds: [t.tambon.id] });
});

it('groups near-duplicate and exact issue titles across villages, with their scores, one issue per village per group', async () => {
  const t = await openVillages();
  const { issues: i } = t;
  const plan = await t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: t.villages });
  const groups = plan.issueGroups.map((g) => ({ ids: g.issues.map((x) => x.issueId), title: g.title, score: g.score }));
  // Trigrams with an end marker each side: "ถนนลูกรังชำรุด" has 14, "ถนนชำรุด" 8, sharing 6
  // (·ถน ถนน ชำร ำรุ รุด ุด·): 6 / (14 + 8 − 6) = 0.375 ≥ 0.3. "ถนน ชำรุด" equals "ถนนชำรุด" once spaces go.
  expect(groups).toEqual([
    { ids: [i.v1Road, i.v2Road, i.v3Road], title: 'ถนนลูกรังชำรุด', score: 0.375 },
    { ids: [i.v1Water, i.v3Water], title: 'น้ำประปาไม่ไหล', score: 1 },
    { ids: [i.v1Waste], title: 'ขยะล้นถัง', score: 1 },
    { ids: [i.v2Drugs], title: 'ยาเสพติด', score: 1 },
    { ids: [i.v3Light], title: 'ไฟฟ้าส่องสว่างไม่เพียงพอ', score: 1 },
  ]);
  const road = plan.issueGroups[0];
  expect(road?.links).toEqual([
    { a: i.v2Road, b: i.v3Road, score: 1, exact: true },
    { a: i.v1Road, b: i.v2Road, score: 0.375, exact: false },
  ]);
  expect(road?.issues.map((x) => x.forumLabel)).toEqual(['หมู่ที่ 1', 'หมู่ที่ 2', 'หมู่ที่ 3']);
  expect(plan.similarity).toEqual({ method: 'trigram_jaccard', threshold: 0.3 });
  expect(plan.villageRankings.map((v) => v.items.map((x) => x.title))).toEqual([
    ['ถนนลูกรังชำรุด', 'น้ำประปาไม่ไหล', 'ขยะล้นถัง'],
    ['ยาเสพติด', 'ถนนชำรุด'],
    ['น้ำประปาไม่ไหล', 'ไฟฟ้าส่องสว่างไม่เพียงพอ', 'ถนน ชำรุด'],
  ]);
});

it('writes nothing and emits nothing', async () => {
  const t = await openVillages();
  const before = counts(t);
  const events = t.events.length;
  await t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: t.villages });
  expect(counts(t)).toEqual(before);
  expect(t.events.length).toBe(events);
});

it('refuses unknown forums (not_found), the target among its sources and a source twice (validation)', async () => {
  const t = await openVillages();
  const nowhere = '01936d2a-0000-7000-8000-00000000dead';
  await expect(t.call('merge.plan', { intoForumId: nowhere, sourceForumIds: t.villages })).rejects.toMatchObject({ code: 'not_found' });
  await expect(t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: [t.v1.id, nowhere] })).rejects.toMatchObject({ code: 'not_found' });
  await expect(t.call('merge.apply', { intoForumId: t.tambon.id, sourceForumIds: [nowhere] })).rejects.toMatchObject({ code: 'not_found' });
  await expect(t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: [t.tambon.id] })).rejects.toMatchObject({
    code: 'validation',
    messageKey: 'merge.source_is_target',
  });
  await expect(t.call('merge.plan', { intoForumId: t.tambon.id, sourceForumIds: [t.v1.id, t.v1.id] })).rejects.toMatchObject({
    code: 'validation',
    messageKey: 'merge.source_twice',
  });
  await expect(t.call('merge.sources', { forumId: nowhere })).rejects.toMatchObject({ code: 'not_found' });
  await expect(t.call('merge.priorities', { forumId: nowhere })).rejects.toMatchObject({ code: 'not_found' });
});

it('lists the other forums as candidates, not the target itself', async () => {
  const t = await openVillages();
  const candidates = await t.call('merge.candidates', { forumId: t.tambon.id });
  expect(candidates.map((c) => c.forumId).sort()).toEqual([...t.villages].sort());
  expect(candidates.find((c) => c.forumId === t.v1.id)).toMatchObject({ village: 'หมู่ที่ 1', attendeeCount: 4, issueCount: 3 });
});
