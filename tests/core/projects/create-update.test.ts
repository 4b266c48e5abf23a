import { describe, expect, it } from 'vitest';
import { personDraft } from '../../support/factories';
import { MISSING, openProjects } from './harness';

describe('projects: create', () => {
  it('stores every field, fills the defaults, appends to the plan, and names the owner from the register', async () => {
    const { call, create, forum, addIssue, addPoll } = await openProjects();
    const owner = await call('people.create', personDraft({ titlePrefix: 'นาง', firstName: 'มาลี', lastName: 'ศรีสุข' }));
    const issueId = addIssue('ถนนเข้าหมู่บ้านชำรุด');

    const first = await create({ title: '  ปลูกผักสวนครัวรั้วกินได้  ' });
    expect(first).toMatchObject({
      forumId: forum.id,
      title: 'ปลูกผักสวนครัวรั้วกินได้',
      description: null,
      type: 'self',
      requestedFrom: null,
      requestedFromName: null,
      owner: null,
      ownerPersonId: null,
      ownerPersonName: null,
      budgetSatang: null,
      budgetSource: null,
      startDate: null,
      endDate: null,
      indicator: null,
      status: 'proposed',
      issueId: null,
      issueTitle: null,
      pollId: null,
      priorityRank: null,
      position: 0,
    });

    const pollId = addPoll();
    const second = await create({
      title: 'ซ่อมถนนลูกรังเข้าหมู่บ้าน',
      description: 'ระยะทาง 1.2 กม.',
      type: 'requested',
      requestedFrom: 'local_government',
      requestedFromName: 'อบต.หนองบัว',
      owner: 'ผู้ใหญ่บ้าน',
      ownerPersonId: owner.id,
      budgetSatang: 45_000_050,
      budgetSource: 'ข้อบัญญัติงบประมาณ อบต. ปี 2570',
      startDate: '2027-01-01',
      endDate: '2027-03-31',
      indicator: 'ถนนใช้ได้ตลอดฤดูฝน',
      status: 'approved',
      issueId,
      pollId,
      priorityRank: 1,
    });
    expect(second).toMatchObject({
      type: 'requested',
      requestedFrom: 'local_government',
      requestedFromName: 'อบต.หนองบัว',
      owner: 'ผู้ใหญ่บ้าน',
      ownerPersonId: owner.id,
      ownerPersonName: 'นางมาลี ศรีสุข',
      budgetSatang: 45_000_050,
      startDate: '2027-01-01',
      endDate: '2027-03-31',
      status: 'approved',
      issueId,
      issueTitle: 'ถนนเข้าหมู่บ้านชำรุด',
      pollId,
      priorityRank: 1,
      position: 1,
    });
    expect(await call('projects.get', { id: second.id })).toEqual(second);
    expect((await call('projects.list', { forumId: forum.id })).map((p) => [p.id, p.position])).toEqual([
      [first.id, 0],
      [second.id, 1],
    ]);
  });

  it('emits its change event only after the commit, with the audit row written in the same transaction', async () => {
    const t = await openProjects();
    const seen: unknown[] = [];
    // What another process sees when the event arrives: the row must already be on disk.
    t.core.events.subscribe((e) => {
      if (e.entity === 'project') seen.push(t.peek('SELECT title FROM project WHERE id = ?', e.id));
    });
    const p = await t.create({ title: 'ธนาคารขยะ' });
    expect(seen).toEqual([[{ title: 'ธนาคารขยะ' }]]);
    expect(t.events.at(-1)).toEqual({ entity: 'project', id: p.id, forumId: t.forum.id });
    expect(t.peek("SELECT op, entity, entity_id, detail FROM audit WHERE entity = 'project'")).toEqual([
      { op: 'projects.create', entity: 'project', entity_id: p.id, detail: t.forum.id },
    ]);
  });

  it.each([
    ['a requested project without requestedFrom', { type: 'requested' }, ['requestedFrom'], /requested project needs requestedFrom/],
    ['a joint project without requestedFrom', { type: 'joint', requestedFromName: 'อำเภอเมือง' }, ['requestedFrom'], /joint project needs/],
    ['a self project with requestedFrom', { requestedFrom: 'district' }, ['requestedFrom'], /must be null/],
    ['an agency with no name', { type: 'joint', requestedFrom: 'agency', requestedFromName: '  ' }, ['requestedFromName'], /agency's name/],
    ['an end before the start', { startDate: '2027-04-01', endDate: '2027-03-31' }, ['endDate'], /before startDate/],
    ['a negative budget', { budgetSatang: -100 }, ['budgetSatang'], /./],
    ['a fraction of a satang', { budgetSatang: 12.5 }, ['budgetSatang'], /whole satang/],
    ['a status not in the vocabulary', { status: 'postponed' }, ['status'], /./],
    ['a level not in the vocabulary', { type: 'requested', requestedFrom: 'region' }, ['requestedFrom'], /./],
    ['a rank of 0', { priorityRank: 0 }, ['priorityRank'], /./],
    ['an unknown key', { budget: 5 }, [], /budget/],
  ] as const)('refuses %s with a clear message and writes nothing', async (_what, fields, path, message) => {
    const t = await openProjects();
    const error = await t.refusal('projects.create', { forumId: t.forum.id, title: 'โครงการ', ...fields });
    expect(error.code).toBe('validation');
    const details = error.details as { path: string[]; message: string }[];
    expect(details.map((d) => d.path)).toContainEqual([...path]);
    expect(error.message).toMatch(message);
    expect(t.peek('SELECT count(*) AS n FROM project')).toEqual([{ n: 0 }]);
    expect(t.events.filter((e) => e.entity === 'project')).toEqual([]);
  });

  it('refuses a missing forum, owner, issue or poll as not_found, and an issue or poll of another forum as outside_forum', async () => {
    const t = await openProjects();
    expect(await t.refusal('projects.create', { forumId: MISSING, title: 'x' })).toMatchObject({ code: 'not_found', details: { entity: 'forum' } });
    expect(await t.refusal('projects.create', { forumId: t.forum.id, title: 'x', ownerPersonId: MISSING })).toMatchObject({
      code: 'not_found',
      details: { entity: 'person', id: MISSING },
    });
    expect(await t.refusal('projects.create', { forumId: t.forum.id, title: 'x', issueId: MISSING })).toMatchObject({
      code: 'not_found',
      details: { entity: 'issue', id: MISSING },
    });
    const other = await t.call('forums.create', { title: 'เวทีตำบล', date: '2026-12-01' });
    const elsewhere = t.addIssue('ประเด็นของอีกเวที', other.id);
    expect(await t.refusal('projects.create', { forumId: t.forum.id, title: 'x', issueId: elsewhere })).toMatchObject({
      code: 'outside_forum',
      details: { entity: 'issue', id: elsewhere, forumId: t.forum.id },
    });
    expect(await t.refusal('projects.create', { forumId: t.forum.id, title: 'x', pollId: MISSING })).toMatchObject({
      code: 'not_found',
      details: { entity: 'poll', id: MISSING },
    });
    const otherPoll = t.addPoll(other.id);
    expect(await t.refusal('projects.create', { forumId: t.forum.id, title: 'x', pollId: otherPoll })).toMatchObject({
      code: 'outside_forum',
      details: { entity: 'poll', id: otherPoll, forumId: t.forum.id },
    });
    expect(t.peek('SELECT count(*) AS n FROM project')).toEqual([{ n: 0 }]);
  });
});

describe('projects: update', () => {
  it('changes only the keys given; null clears a field', async () => {
    const t = await openProjects();
    const p = await t.create({ title: 'ฝึกอาชีพจักสาน', owner: 'กลุ่มแม่บ้าน', budgetSatang: 2_000_000, budgetSource: 'กองทุนหมู่บ้าน' });
    const updated = await t.call('projects.update', { id: p.id, patch: { status: 'in_progress', budgetSource: null } });
    expect(updated).toMatchObject({ title: 'ฝึกอาชีพจักสาน', owner: 'กลุ่มแม่บ้าน', budgetSatang: 2_000_000, budgetSource: null, status: 'in_progress' });
    expect(updated.updatedAt > p.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(p.createdAt);
    expect(t.events.at(-1)).toEqual({ entity: 'project', id: p.id, forumId: t.forum.id });
  });

  it('checks the rules on the project as it would be after the patch', async () => {
    const t = await openProjects();
    const p = await t.create({ title: 'ขุดลอกคลอง', startDate: '2027-02-01' });
    const before = t.peek('SELECT * FROM project');
    const eventsBefore = t.events.length;

    // Type alone: the stored requestedFrom (null) makes it incomplete.
    const typeOnly = await t.refusal('projects.update', { id: p.id, patch: { type: 'requested' } });
    expect(typeOnly).toMatchObject({ code: 'validation', messageKey: 'error.validation' });
    expect(typeOnly.details).toEqual([{ path: ['patch', 'requestedFrom'], message: 'a requested project needs requestedFrom: local_government, district, province or agency' }]);

    // End alone, before the stored start.
    const endOnly = await t.refusal('projects.update', { id: p.id, patch: { endDate: '2027-01-31' } });
    expect(endOnly.details).toEqual([{ path: ['patch', 'endDate'], message: 'endDate 2027-01-31 is before startDate 2027-02-01' }]);
    expect(endOnly.message).toBe('patch.endDate: endDate 2027-01-31 is before startDate 2027-02-01');

    expect(t.peek('SELECT * FROM project')).toEqual(before);
    expect(t.events).toHaveLength(eventsBefore);

    // Both together are fine; and back to self needs the level cleared in the same patch.
    const requested = await t.call('projects.update', { id: p.id, patch: { type: 'requested', requestedFrom: 'district', endDate: '2027-05-31' } });
    expect(requested).toMatchObject({ type: 'requested', requestedFrom: 'district', startDate: '2027-02-01', endDate: '2027-05-31' });
    expect((await t.refusal('projects.update', { id: p.id, patch: { type: 'self' } })).details).toEqual([
      { path: ['patch', 'requestedFrom'], message: 'a self project (done by the community) is requested from no one: requestedFrom must be null' },
    ]);
    expect(await t.call('projects.update', { id: p.id, patch: { type: 'self', requestedFrom: null } })).toMatchObject({ type: 'self', requestedFrom: null });
  });

  it('links an owner from the register and a new issue, checked like on create', async () => {
    const t = await openProjects();
    const p = await t.create({ title: 'ตั้งกลุ่มออมทรัพย์' });
    const person = await t.call('people.create', personDraft({ titlePrefix: 'นาย', firstName: 'บุญมี', lastName: 'ใจดี' }));
    const issueId = t.addIssue('หนี้นอกระบบ');
    expect(await t.call('projects.update', { id: p.id, patch: { ownerPersonId: person.id, issueId } })).toMatchObject({
      ownerPersonId: person.id,
      ownerPersonName: 'นายบุญมี ใจดี',
      issueId,
      issueTitle: 'หนี้นอกระบบ',
    });
    expect(await t.refusal('projects.update', { id: p.id, patch: { ownerPersonId: MISSING } })).toMatchObject({ code: 'not_found' });
    expect(await t.call('projects.update', { id: p.id, patch: { ownerPersonId: null, issueId: null } })).toMatchObject({
      ownerPersonId: null,
      ownerPersonName: null,
      issueId: null,
      issueTitle: null,
    });
  });

  it('an unknown project is not_found', async () => {
    const t = await openProjects();
    expect(await t.refusal('projects.update', { id: MISSING, patch: { title: 'x' } })).toMatchObject({
      code: 'not_found',
      details: { entity: 'project', id: MISSING },
    });
    expect(await t.refusal('projects.get', { id: MISSING })).toMatchObject({ code: 'not_found' });
    expect(await t.refusal('projects.list', { forumId: MISSING })).toMatchObject({ code: 'not_found', details: { entity: 'forum' } });
  });
});
