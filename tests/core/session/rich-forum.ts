/**
 * The sample village forum plus what it does not exercise, so every table of the session file
 * has rows: a speakers' queue, a poll open to a named list, a scoring matrix with a group and a
 * person scoring, a custom issue category list, an edited minutes section, and the follow-through
 * of issue 14 (seedFollowThrough).
 */
import { type SampleForum, seedSampleForum } from '../../support/sample-forum';
import type { TestCore } from '../../support/core';
import { clientId } from '../../support/room';

export async function seedRichForum(t: TestCore, options: { title?: string } = {}): Promise<SampleForum> {
  const sample = await seedSampleForum(t, options);
  const { forumId, people, groupId } = sample;
  await t.call('speakers.enqueue', { forumId, personId: people.teacher });
  await t.call('speakers.enqueue', { forumId, personId: people.waterGroup });

  const committee = await t.call('polls.create', {
    forumId,
    title: 'คณะกรรมการเห็นชอบโครงการ',
    method: 'approval',
    eligibility: { kind: 'list', personIds: [people.chair, people.healthVolunteer] },
    options: [{ label: 'ขุดลอกหนอง' }, { label: 'ซ่อมถนน' }],
  });
  await t.call('polls.open', { id: committee.id });

  const matrix = await t.call('polls.create', {
    forumId,
    title: 'ให้คะแนนปัญหา',
    method: 'score_matrix',
    rules: { scale: { min: 1, max: 5 }, criteria: [{ name: 'ความรุนแรง', weight: 2 }, { name: 'ความเป็นไปได้', weight: 1 }] },
    options: [{ issueId: sample.issue.road }, { issueId: sample.issue.water }],
  });
  await t.call('polls.open', { id: matrix.id });
  const [road, water] = matrix.options.map((o) => o.id) as [string, string];
  const sheet = (a: number, b: number) => ({ [road]: { ความรุนแรง: a, ความเป็นไปได้: b }, [water]: { ความรุนแรง: b, ความเป็นไปได้: a } });
  await t.call('polls.setScores', { pollId: matrix.id, scorer: { kind: 'group', groupId }, scores: sheet(5, 3) });
  await t.call('polls.setScores', { pollId: matrix.id, scorer: { kind: 'person', personId: people.specialist }, scores: sheet(4, 2) });

  // The room (issue 13): a secret consensus check voted from a phone, and an issue sent from it.
  const check = await t.call('polls.create', { forumId, title: 'เห็นชอบแผนขุดลอกหนอง', method: 'consensus' });
  await t.call('room.setPollSettings', { pollId: check.id, secret: true });
  await t.call('polls.open', { id: check.id });
  const room = await t.call('room.open', { forumId, host: '127.0.0.1', port: 0 });
  const gate = t.room.gate();
  const phone = gate.voter(gate.join(room.room?.code ?? '').voterToken);
  if (!phone) throw new Error('the phone did not join');
  gate.castBallot(phone, { ballotId: clientId(), pollId: check.id, ballot: { value: 4 } });
  gate.submit(phone, { submissionId: clientId(), kind: 'issue', text: 'ไฟฟ้าดับบ่อยช่วงหน้าฝน', cause: 'สายไฟเก่า', need: 'เปลี่ยนสายไฟ', anonymous: false, name: 'ป้าแดง' });
  await t.call('room.close', { forumId });

  await t.call('reports.saveSection', { forumId, key: 'opening', text: 'ผู้ใหญ่บ้านกล่าวเปิดประชุมเวลา ๐๙.๐๐ น.' });
  await seedFollowThrough(t, sample);
  return sample;
}

const PHOTO_BASE64 = Buffer.from('\xff\xd8\xff\xe0 evidence photo of the dredged pond', 'latin1').toString('base64');

/**
 * The follow-through of the rich forum, so every table of issue 14 has rows: it follows up an
 * earlier forum (not in its file), has an agreement with two partners (one contact registered,
 * one typed) and a renewal, a status update with spending and a photo, ผ.02 details with a budget
 * per fiscal year, and a lesson.
 */
export async function seedFollowThrough(t: TestCore, sample: SampleForum): Promise<{ earlierForumId: string; agreementId: string; partnerIds: string[] }> {
  const { forumId, people } = sample;
  const projectId = sample.projectIds[0] as string;
  const earlier = await t.call('forums.create', { title: 'เวทีประชาคมหมู่บ้าน ครั้งที่ 2/2569', date: '2026-06-01' });
  await t.call('followUp.link', { forumId, followUpOf: [earlier.id] });
  const tao = await t.call('partners.create', { name: 'องค์การบริหารส่วนตำบลหนองบัว', kind: 'local_government', sector: 'local_government', contactPersonId: people.officer });
  const water = await t.call('partners.create', { name: 'กลุ่มผู้ใช้น้ำบ้านหนองบัว', kind: 'community_group', sector: 'civil_society', contactName: 'นายวิชัย บุญเรือง' });
  const agreement = await t.call('agreements.create', {
    forumId,
    content: {
      title: 'ความร่วมมือฟื้นฟูหนองน้ำสาธารณะ',
      parties: [{ partnerId: tao.id, role: 'สนับสนุนงบประมาณ' }, { partnerId: water.id, role: 'ดูแลรักษาหนองน้ำ' }],
      commitments: [
        { partnerId: tao.id, projectId, kind: 'money', amountSatang: 300_000_00 },
        { partnerId: water.id, projectId, kind: 'people', people: 15, days: 4, amountSatang: 18_000_00 },
      ],
      signatories: [
        { role: 'party', partnerId: tao.id, personId: people.officer, jobTitle: 'นักพัฒนาชุมชน' },
        { role: 'witness', name: 'นางสาวศิริพร จดดี' },
      ],
      reviewOn: '2027-10-01',
    },
  });
  await t.call('agreements.renew', { id: agreement.agreementId });
  await t.call('followUp.addStatus', {
    projectId,
    forumId,
    status: 'in_progress',
    progressPercent: 30,
    reportedOn: '2027-02-15',
    reportedByPersonId: people.chair,
    spending: [{ source: 'ข้อบัญญัติ อบต.', amountSatang: 120_000_00 }],
    attachments: [{ fileName: 'หนองน้ำ.jpg', mimeType: 'image/jpeg', base64: PHOTO_BASE64 }],
  });
  await t.call('devPlan.setDetails', {
    projectId,
    objective: 'เพื่อให้มีน้ำใช้ตลอดฤดูแล้ง',
    target: 'หนองน้ำสาธารณะ 1 แห่ง ลึก 3 เมตร',
    expectedResult: 'ครัวเรือนมีน้ำใช้เพียงพอ',
    responsibleUnit: 'กองช่าง อบต.หนองบัว',
    budgetByYear: [{ fiscalYear: 2570, amountSatang: 450_000_00 }],
  });
  await t.call('lessons.create', { forumId, projectId, kind: 'obstacle', text: 'ขุดลอกช่วงฤดูฝนไม่ได้' });
  return { earlierForumId: earlier.id, agreementId: agreement.agreementId, partnerIds: [tao.id, water.id] };
}
