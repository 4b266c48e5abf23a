import { describe, expect, it } from 'vitest';
import { clientId } from '../../support/room';
import { openRoom } from './harness';

describe('issues, ideas and questions from phones wait in a moderation queue', () => {
  it('stores a resend once; names the identified participant, a typed name, or nobody', async () => {
    const t = await openRoom();
    const [somchai] = await t.checkIn(1, { phone: '0899999999', firstName: 'สมชาย', lastName: 'ใจดี', titlePrefix: 'นาย' });
    const named = t.phone();
    t.gate().identify(named.voter, { badgeNumber: t.badgeOf(somchai as string), personalCode: '9999' });
    const id = clientId();
    expect(t.gate().submit(named.voter, { submissionId: id, kind: 'issue', text: 'ถนนลูกรังเป็นหลุม', cause: 'รถบรรทุกอ้อย', need: 'ลาดยาง', anonymous: false })).toEqual({ status: 'stored' });
    expect(t.gate().submit(named.voter, { submissionId: id, kind: 'issue', text: 'ถนนลูกรังเป็นหลุม', anonymous: false })).toEqual({ status: 'already_stored' });
    t.gate().submit(named.voter, { submissionId: clientId(), kind: 'question', text: 'งบมาจากไหน', anonymous: true });
    t.gate().submit(t.phone().voter, { submissionId: clientId(), kind: 'idea', text: 'ตั้งกองทุนซ่อมถนน', name: 'ป้าแดง', anonymous: false });
    const queue = await t.call('room.submissions', { forumId: t.forum.id, status: 'pending' });
    expect(queue.map((s) => [s.kind, s.text, s.author, s.personId])).toEqual([
      ['idea', 'ตั้งกองทุนซ่อมถนน', 'ป้าแดง', null],
      ['question', 'งบมาจากไหน', null, null],
      ['issue', 'ถนนลูกรังเป็นหลุม', 'นายสมชาย ใจดี', somchai],
    ]);
    expect((await t.call('room.status', { forumId: t.forum.id })).pendingSubmissions).toBe(3);
    // Nothing reaches the forum's issues until the facilitator accepts it.
    expect(await t.call('issues.list', { forumId: t.forum.id })).toEqual([]);
  });

  it('accepts into a new issue raised by the sender, or merges a duplicate into an issue already listed', async () => {
    const t = await openRoom();
    const [somchai] = await t.checkIn(1, { phone: '0899999999' });
    const phone = t.phone();
    t.gate().identify(phone.voter, { badgeNumber: t.badgeOf(somchai as string), personalCode: '9999' });
    t.gate().submit(phone.voter, { submissionId: clientId(), kind: 'issue', text: 'ถนนเป็นหลุม', cause: 'รถบรรทุก', need: 'ซ่อมถนน', anonymous: false });
    t.gate().submit(t.phone().voter, { submissionId: clientId(), kind: 'issue', text: 'ถนนพังมาก', cause: 'ฝนตกหนัก', need: 'ซ่อมถนน', anonymous: true });
    const [dup, first] = await t.call('room.submissions', { forumId: t.forum.id });
    const accepted = await t.call('room.acceptSubmission', { id: first?.id ?? '' });
    expect(accepted.status).toBe('accepted');
    const [issue] = await t.call('issues.list', { forumId: t.forum.id });
    expect(issue).toMatchObject({ id: accepted.issueId, title: 'ถนนเป็นหลุม', raisedBy: { kind: 'person', personId: somchai } });
    const merged = await t.call('room.acceptSubmission', { id: dup?.id ?? '', intoIssueId: issue?.id ?? '' });
    expect(merged.issueId).toBe(issue?.id);
    const after = await t.call('issues.get', { id: issue?.id ?? '' });
    expect(after.causes.map((c) => c.text)).toEqual(['รถบรรทุก', 'ฝนตกหนัก']);
    // The same need twice is listed once.
    expect(after.needs.map((c) => c.text)).toEqual(['ซ่อมถนน']);
    expect(await t.call('issues.list', { forumId: t.forum.id })).toHaveLength(1);
  });

  it('edits before accepting, hides and brings back', async () => {
    const t = await openRoom();
    t.gate().submit(t.phone().voter, { submissionId: clientId(), kind: 'issue', text: 'นำ้ไม่ไหล', anonymous: true });
    const [s] = await t.call('room.submissions', { forumId: t.forum.id });
    const edited = await t.call('room.editSubmission', { id: s?.id ?? '', patch: { text: 'น้ำประปาไม่ไหล', need: 'ขุดบ่อบาดาล' } });
    expect(edited).toMatchObject({ text: 'น้ำประปาไม่ไหล', need: 'ขุดบ่อบาดาล', status: 'pending' });
    expect((await t.call('room.hideSubmission', { id: edited.id, hidden: true })).status).toBe('hidden');
    expect(await t.call('room.submissions', { forumId: t.forum.id, status: 'pending' })).toEqual([]);
    expect((await t.call('room.hideSubmission', { id: edited.id, hidden: false })).status).toBe('pending');
    const accepted = await t.call('room.acceptSubmission', { id: edited.id });
    expect((await t.call('issues.get', { id: accepted.issueId ?? '' })).needs.map((n) => n.text)).toEqual(['ขุดบ่อบาดาล']);
    await expect(t.call('room.editSubmission', { id: edited.id, patch: { text: 'อื่น' } })).rejects.toMatchObject({ code: 'conflict' });
  });
});
