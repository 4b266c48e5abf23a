/**
 * Three village forums and a tambon integration forum, built through the core as a facilitator
 * would. People overlap (one person attended two villages' forums; the kamnan is in the tambon
 * forum and, as another record with the same phone, in village 1; อำไพ บุญเรือง has a record in
 * village 2's forum and another in village 3's; two different สมชาย ใจดี live in villages 1
 * and 2). Issues overlap ("ถนนลูกรังชำรุด" / "ถนนชำรุด" / "ถนน ชำรุด", and "น้ำประปาไม่ไหล"
 * twice). Each village has a priority list.
 */
import type { PersonDraft } from '../../../shared/contract';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft } from '../../support/factories';

const person = (titlePrefix: string, firstName: string, lastName: string, extra: Partial<PersonDraft> = {}): PersonDraft => ({
  titlePrefix,
  firstName,
  lastName,
  gender: titlePrefix === 'นาย' ? 'male' : 'female',
  ...extra,
});

export async function openVillages() {
  const t = await openCore({ now: steppingClock() });
  const forum = (village: string | null, kind: 'village' | 'tambon_integration' = 'village') =>
    t.call('forums.create', forumDraft({ kind, village, title: village ? `เวทีประชาคม${village}` : 'เวทีบูรณาการแผนตำบลหนองบัว' }));
  const tambon = await forum(null, 'tambon_integration');
  const v1 = await forum('หมู่ที่ 1');
  const v2 = await forum('หมู่ที่ 2');
  const v3 = await forum('หมู่ที่ 3');

  const add = async (forumId: string, draft: PersonDraft) => (await t.call('attendance.addAndCheckIn', { forumId, person: draft })).person.id;
  const people = {
    kamnan: await add(tambon.id, person('นาย', 'ทองดี', 'มีสุข', { phone: '081-111-1111', position: 'กำนัน' })),
    somchai1: await add(v1.id, person('นาย', 'สมชาย', 'ใจดี', { village: '1' })),
    malee: await add(v1.id, person('นาง', 'มาลี', 'ศรีสุข', { village: '1' })),
    boonmee: await add(v1.id, person('นาย', 'บุญมี', 'แก้วมณี', { village: '2' })),
    kamnanV1: await add(v1.id, person('นาย', 'ทองดี', 'มีสุข', { phone: '0811111111' })),
    somchai2: await add(v2.id, person('นาย', 'สมชาย', 'ใจดี', { village: '2' })),
    prayoon: await add(v2.id, person('นาย', 'ประยูร', 'พรหมมา', { village: '2' })),
    ampai2: await add(v2.id, person('นาง', 'อำไพ', 'บุญเรือง', { village: '3' })),
    ampai3: await add(v3.id, person('นางสาว', 'อำไพ', 'บุญเรือง', { village: 'หมู่ที่ 3' })),
    wichai: await add(v3.id, person('นาย', 'วิชัย', 'สายทอง', { village: '3' })),
  };
  // The same person (one id) at two villages' forums.
  await t.call('attendance.register', { forumId: v2.id, personId: people.boonmee });

  const issue = async (forumId: string, title: string, details: { causes?: string[]; needs?: string[] } = {}) =>
    (await t.call('issues.create', { forumId, title, agendaItemId: null, ...details })).id;
  const issues = {
    v1Road: await issue(v1.id, 'ถนนลูกรังชำรุด', { causes: ['ฝนตกหนัก'], needs: ['ลงหินคลุก'] }),
    v1Water: await issue(v1.id, 'น้ำประปาไม่ไหล', { causes: ['ท่อแตก'] }),
    v1Waste: await issue(v1.id, 'ขยะล้นถัง'),
    v2Road: await issue(v2.id, 'ถนนชำรุด', { causes: ['ฝนตกหนัก', 'รถบรรทุกหนัก'] }),
    v2Drugs: await issue(v2.id, 'ยาเสพติด'),
    v3Water: await issue(v3.id, 'น้ำประปาไม่ไหล', { causes: ['ท่อแตก', 'ปั๊มเสีย'] }),
    v3Road: await issue(v3.id, 'ถนน ชำรุด'),
    v3Light: await issue(v3.id, 'ไฟฟ้าส่องสว่างไม่เพียงพอ'),
  };
  await t.call('priorities.set', { forumId: v1.id, issueIds: [issues.v1Road, issues.v1Water, issues.v1Waste] });
  await t.call('priorities.set', { forumId: v2.id, issueIds: [issues.v2Drugs, issues.v2Road] });
  await t.call('priorities.set', { forumId: v3.id, issueIds: [issues.v3Water, issues.v3Light, issues.v3Road] });

  const villages = [v1.id, v2.id, v3.id];
  return { ...t, tambon, v1, v2, v3, villages, people, issues };
}

export type Villages = Awaited<ReturnType<typeof openVillages>>;

/** Row counts of what a merge writes, read from disk. */
export function counts(t: Villages) {
  const n = (table: string) => (t.peek<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)[0] as { n: number }).n;
  return { attendance: n('attendance'), issue: n('issue'), issue_detail: n('issue_detail'), merge_source: n('merge_source'), priority_item: n('priority_item'), audit: n('audit') };
}
