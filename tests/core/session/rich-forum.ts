/**
 * The sample village forum plus what it does not exercise, so every table of the session file
 * has rows: a speakers' queue, a poll open to a named list, a scoring matrix with a group and a
 * person scoring, a custom issue category list, and an edited minutes section.
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
  return sample;
}
