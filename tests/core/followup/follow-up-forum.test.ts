import { describe, expect, it } from 'vitest';
import { forumDraft } from '../../support/factories';
import { openPlan, twoVillages } from './harness';

describe('a forum created as the follow-up of earlier forums', () => {
  it('of one forum: the official agenda, item 3 filled with its resolutions and its projects with their current status', async () => {
    const p = await openPlan();
    const { v1, pond, compost } = await twoVillages(p);
    await p.call('followUp.addStatus', { projectId: pond.id, forumId: v1.id, status: 'in_progress', progressPercent: 40, reportedOn: '2027-05-01' });
    const follow = await p.call('followUp.createForum', { forum: forumDraft({ title: 'เวทีติดตามผลหมู่ที่ 1', date: '2027-06-05' }), followUpOf: [v1.id] });

    const agenda = await p.call('agenda.list', { forumId: follow.id });
    expect(agenda.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'ประธานแจ้งให้ที่ประชุมทราบ'],
      ['2', 'รับรองรายงานการประชุมครั้งที่แล้ว'],
      ['3', 'เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว'],
      ['4', 'เรื่องเพื่อพิจารณา'],
      ['5', 'เรื่องอื่น ๆ'],
    ]);
    const three = agenda.items[2]?.description ?? '';
    expect(three).toContain('เวทีประชาคมหมู่ที่ 1 บ้านหนองบัว');
    expect(three).toContain('1. ที่ประชุมเห็นชอบให้ขุดลอกหนองน้ำสาธารณะเป็นลำดับแรก');
    expect(three).toContain(`1. ${pond.title} – อยู่ระหว่างดำเนินการ (ร้อยละ 40)`);
    expect(three).toContain(`2. ${compost.title} – ยังไม่มีรายงานความก้าวหน้า`);
    expect(three).not.toContain('บ้านโนนสูง');

    const sources = await p.call('followUp.sources', { forumId: follow.id });
    expect(sources).toMatchObject({ isFollowUp: true, agendaItemId: agenda.items[2]?.id, earlier: [{ forumId: v1.id, missing: false }] });
    expect((await p.call('followUp.sources', { forumId: v1.id })).later.map((l) => l.forumId)).toEqual([follow.id]);
  });

  it('of several forums (the villages behind a tambon plan): item 3 lists every forum, resolution and project', async () => {
    const p = await openPlan();
    const { v1, v2, pond, compost, road, lights } = await twoVillages(p);
    await p.call('followUp.addStatus', { projectId: road.id, forumId: v2.id, status: 'dropped', reason: 'ไม่ได้รับงบประมาณ', reportedOn: '2027-05-01' });
    const tambon = await p.call('followUp.createForum', {
      forum: forumDraft({ title: 'เวทีติดตามแผนตำบลหนองบัว', date: '2027-06-05', kind: 'tambon_integration' }),
      followUpOf: [v2.id, v1.id],
    });
    const three = (await p.call('agenda.list', { forumId: tambon.id })).items[2]?.description ?? '';
    // The earlier forums oldest first, whatever order they were given in.
    expect(three.split('\n')[0]).toMatch(/^ติดตามผลจาก: เวทีประชาคมหมู่ที่ 1 บ้านหนองบัว .*; เวทีประชาคมหมู่ที่ 2 บ้านโนนสูง/);
    expect(three).toContain('1. ที่ประชุมเห็นชอบให้ขุดลอกหนองน้ำสาธารณะเป็นลำดับแรก');
    expect(three).toContain('2. ที่ประชุมเห็นชอบให้ซ่อมถนนเข้าหมู่บ้าน');
    for (const [n, title] of [pond.title, compost.title, road.title, lights.title].entries()) expect(three).toContain(`${n + 1}. ${title}`);
    expect(three).toContain(`${road.title} – ยกเลิก: ไม่ได้รับงบประมาณ`);

    const view = await p.call('followUp.view', { forumId: tambon.id, today: '2027-06-05' });
    expect(view.forums.map((f) => [f.title, f.current])).toEqual([
      ['เวทีประชาคมหมู่ที่ 1 บ้านหนองบัว', false],
      ['เวทีประชาคมหมู่ที่ 2 บ้านโนนสูง', false],
      ['เวทีติดตามแผนตำบลหนองบัว', true],
    ]);
    expect(view.projects.map((x) => x.title)).toEqual([pond.title, compost.title, road.title, lights.title]);
    expect(view.resolutions.map((r) => r.forumId)).toEqual([v1.id, v2.id]);
  });

  it('records updates of the earlier forums’ projects; the view counts by type and status, by source, and finds what is overdue', async () => {
    const p = await openPlan();
    const { v1, v2, pond, compost, road, lights } = await twoVillages(p);
    const tambon = await p.call('followUp.createForum', { forum: forumDraft({ title: 'เวทีติดตาม', date: '2027-06-05' }), followUpOf: [v1.id, v2.id] });
    await p.call('followUp.addStatus', {
      projectId: pond.id,
      forumId: tambon.id,
      status: 'in_progress',
      progressPercent: 70,
      reportedOn: '2027-06-05',
      spending: [{ source: 'ข้อบัญญัติ อบต.', amountSatang: 300_000_00 }],
    });
    await p.call('followUp.addStatus', { projectId: compost.id, forumId: tambon.id, status: 'done', progressPercent: 100, reportedOn: '2027-06-05', spending: [{ source: 'กองทุนหมู่บ้าน', amountSatang: 18_000_00 }] });
    await p.call('followUp.addStatus', { projectId: lights.id, forumId: tambon.id, status: 'dropped', reason: 'จังหวัดไม่อนุมัติ', reportedOn: '2027-06-05' });

    const view = await p.call('followUp.view', { forumId: tambon.id, today: '2027-06-05' });
    const row = (id: string) => view.projects.find((x) => x.projectId === id);
    // The pond was due 30 April and is not done; the road is due in September; compost has no end date.
    expect(row(pond.id)?.overdue).toBe(true);
    expect(row(road.id)?.overdue).toBe(false);
    expect(row(compost.id)?.overdue).toBe(false);
    expect(view.totals.overdue).toBe(1);
    expect(view.statusByType.requested).toMatchObject({ in_progress: 1, dropped: 1, none: 0 });
    expect(view.statusByType.self).toMatchObject({ done: 1 });
    expect(view.statusByType.joint).toMatchObject({ none: 1 });
    // Requested: pond 450,000 + road 1,200,000 (ข้อบัญญัติ อบต.), compost 20,000 (กองทุนหมู่บ้าน); the dropped lights had none.
    expect(view.totals.requestedSatang).toBe(1_670_000_00);
    expect(view.totals.spentSatang).toBe(318_000_00);
    expect(view.budgetBySource).toEqual([
      { source: 'ข้อบัญญัติ อบต.', requestedSatang: 1_650_000_00, spentSatang: 300_000_00 },
      { source: 'กองทุนหมู่บ้าน', requestedSatang: 20_000_00, spentSatang: 18_000_00 },
    ]);
    // The updates belong to the forum where they were recorded.
    expect(p.events.filter((e) => e.entity === 'status_update').every((e) => e.forumId === tambon.id)).toBe(true);
  });

  it('follows a chain of follow-ups back to the first forum, and flags an earlier forum that is not here', async () => {
    const p = await openPlan();
    const { v1, pond } = await twoVillages(p);
    const second = await p.call('followUp.createForum', { forum: forumDraft({ title: 'ติดตามครั้งที่ 1', date: '2027-03-01' }), followUpOf: [v1.id] });
    const third = await p.call('followUp.createForum', { forum: forumDraft({ title: 'ติดตามครั้งที่ 2', date: '2027-06-01' }), followUpOf: [second.id] });
    await p.call('followUp.addStatus', { projectId: pond.id, forumId: third.id, status: 'done', reportedOn: '2027-06-01' });
    const view = await p.call('followUp.view', { forumId: third.id });
    expect(view.forums.map((f) => f.title)).toEqual(['เวทีประชาคมหมู่ที่ 1 บ้านหนองบัว', 'ติดตามครั้งที่ 1', 'ติดตามครั้งที่ 2']);
    expect(view.projects.find((x) => x.projectId === pond.id)?.status).toBe('done');

    await p.call('forums.delete', { id: v1.id });
    const without = await p.call('followUp.view', { forumId: third.id });
    expect(without.missingForumIds).toEqual([v1.id]);
    expect(without.projects).toEqual([]);
    expect((await p.call('followUp.sources', { forumId: second.id })).earlier).toEqual([{ forumId: v1.id, title: '', date: null, number: null, missing: true }]);
  });

  it('refuses an unknown or repeated earlier forum and writes nothing', async () => {
    const p = await openPlan();
    const { v1 } = await twoVillages(p);
    const before = (await p.call('forums.list', {})).length;
    expect((await p.refusal('followUp.createForum', { forum: forumDraft(), followUpOf: ['01936d2a-0000-7000-8000-00000000dead'] })).code).toBe('not_found');
    expect((await p.refusal('followUp.createForum', { forum: forumDraft(), followUpOf: [v1.id, v1.id] })).code).toBe('validation');
    expect((await p.refusal('followUp.createForum', { forum: forumDraft(), followUpOf: [] })).code).toBe('validation');
    expect((await p.call('forums.list', {})).length).toBe(before);
    expect(p.peek('SELECT * FROM follow_up')).toEqual([]);
  });
});
