/**
 * Merging village forums into a tambon forum keeps their plans: projects with their status
 * history, evidence files, ผ.02 details and lessons; agreements with every version, commitments
 * pointing at the copied projects; each copy traced to its origin; applying again adds nothing.
 */
import { expect, it } from 'vitest';
import { forumDraft } from '../../support/factories';
import { openPlan, twoVillages } from '../followup/harness';

const PHOTO = Buffer.from('photo of the road works', 'utf8').toString('base64');

it('copies the villages’ projects and agreements into the tambon forum, traced, once', async () => {
  const p = await openPlan();
  const { v1, v2, pond, road } = await twoVillages(p);
  const tao = await p.partner('อบต.หนองบัว');
  const school = await p.partner('โรงเรียนบ้านโนนสูง', 'school');
  await p.call('followUp.addStatus', {
    projectId: road.id,
    forumId: v2.id,
    status: 'in_progress',
    progressPercent: 25,
    reportedOn: '2027-03-01',
    spending: [{ source: 'ข้อบัญญัติ อบต.', amountSatang: 100_000_00 }],
    attachments: [{ fileName: 'ถนน.jpg', mimeType: 'image/jpeg', base64: PHOTO }],
  });
  await p.call('devPlan.setDetails', { projectId: pond.id, objective: 'มีน้ำใช้', budgetByYear: [{ fiscalYear: 2570, amountSatang: 450_000_00 }] });
  await p.call('lessons.create', { forumId: v1.id, projectId: pond.id, kind: 'went_well', text: 'ชาวบ้านร่วมแรง' });
  const agreement = await p.call('agreements.create', {
    forumId: v2.id,
    content: {
      title: 'ความร่วมมือซ่อมถนน',
      parties: [{ partnerId: tao.id }, { partnerId: school.id }],
      commitments: [
        { partnerId: tao.id, projectId: road.id, kind: 'money', amountSatang: 600_000_00 },
        { partnerId: school.id, projectId: road.id, kind: 'people', people: 10, days: 2 },
      ],
    },
  });
  await p.call('agreements.renew', { id: agreement.agreementId });

  const tambon = await p.call('forums.create', forumDraft({ title: 'เวทีบูรณาการแผนตำบลหนองบัว', kind: 'tambon_integration', date: '2027-02-01' }));
  const result = await p.call('merge.apply', { intoForumId: tambon.id, sourceForumIds: [v1.id, v2.id] });
  expect(result.plansAdded).toEqual({ projects: 4, agreements: 1 });

  const projects = await p.call('projects.list', { forumId: tambon.id });
  expect(projects.map((x) => x.title)).toEqual(['โครงการขุดลอกหนองน้ำสาธารณะ', 'โครงการอบรมทำปุ๋ยอินทรีย์', 'โครงการซ่อมถนนเข้าหมู่บ้าน', 'โครงการติดไฟส่องสว่าง']);
  const roadCopy = projects[2]?.id as string;
  expect(roadCopy).not.toBe(road.id);
  const [update] = await p.call('followUp.history', { projectId: roadCopy });
  expect(update).toMatchObject({ forumId: tambon.id, status: 'in_progress', progressPercent: 25, spending: [{ source: 'ข้อบัญญัติ อบต.', amountSatang: 100_000_00 }] });
  const file = await p.call('followUp.attachment', { id: update?.attachments[0]?.id as string });
  expect(file.base64).toBe(PHOTO);
  expect((await p.call('devPlan.details', { projectId: projects[0]?.id as string })).budgetByYear).toEqual([{ fiscalYear: 2570, amountSatang: 450_000_00 }]);
  expect((await p.call('lessons.list', { forumId: tambon.id })).map((l) => [l.projectId, l.text])).toEqual([[projects[0]?.id, 'ชาวบ้านร่วมแรง']]);

  const [copied] = await p.call('agreements.list', { forumId: tambon.id });
  expect(copied).toMatchObject({ title: 'ความร่วมมือซ่อมถนน', version: 2 });
  const v1Copy = await p.call('agreements.get', { id: copied?.agreementId as string, version: 1 });
  expect(v1Copy.commitments.map((c) => [c.projectId, c.amountSatang])).toEqual([
    [roadCopy, 600_000_00],
    [roadCopy, null],
  ]);
  const funding = await p.call('agreements.funding', { forumId: tambon.id });
  expect(funding.find((f) => f.projectId === roadCopy)).toMatchObject({ committedSatang: 600_000_00, personDays: 20, gapSatang: 600_000_00 });

  const sources = await p.call('merge.sources', { forumId: tambon.id });
  expect(sources.projects.find((x) => x.projectId === roadCopy)?.from).toEqual([{ forumId: v2.id, forumLabel: 'หมู่ที่ 2', id: road.id, label: road.title }]);
  expect(sources.agreements[0]?.from[0]).toMatchObject({ forumId: v2.id, id: agreement.agreementId, label: 'ความร่วมมือซ่อมถนน' });

  // The villages keep their own plans, and applying again copies nothing.
  expect((await p.call('projects.list', { forumId: v2.id })).map((x) => x.id)).toContain(road.id);
  const again = await p.call('merge.apply', { intoForumId: tambon.id, sourceForumIds: [v1.id, v2.id] });
  expect(again.plansAdded).toEqual({ projects: 0, agreements: 0 });
  expect(await p.call('projects.list', { forumId: tambon.id })).toHaveLength(4);
});
