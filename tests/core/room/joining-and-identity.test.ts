import { describe, expect, it } from 'vitest';
import { hashToken } from '../../../electron/core/room/secrets';
import { labels } from '../polls/harness';
import { openRoom, refusalOf } from './harness';

describe('joining the room', () => {
  it('gives a voter token for the open room’s code; only its hash is stored; the code expires when the room closes', async () => {
    const t = await openRoom();
    expect(t.code).toMatch(/^\d{6}$/);
    const phone = t.phone();
    expect(phone.joined).toMatchObject({ forum: { id: t.forum.id, title: t.forum.title }, role: 'device', group: null });
    expect(t.peek('SELECT token_hash FROM room_voter')).toEqual([{ token_hash: hashToken(phone.token) }]);
    expect(t.peek('SELECT * FROM room_voter WHERE token_hash = ?', phone.token)).toEqual([]);
    expect(refusalOf(() => t.gate().join('000000'))).toBe('unauthorized');

    const gate = t.gate();
    await t.call('room.close', { forumId: t.forum.id });
    expect(gate.voter(phone.token)).toBeNull();
    expect(refusalOf(() => gate.join(t.code))).toBe('room_closed');
    const reopened = await t.call('room.open', { forumId: t.forum.id, host: '127.0.0.1', port: 0 });
    expect(reopened.room?.code).not.toBe(t.code);
    // The old code is expired for good; the phone that joined before keeps its place.
    expect(refusalOf(() => t.gate().join(t.code))).toBe('code_expired');
    expect(t.gate().voter(phone.token)?.id).toBe(phone.voter.id);
  });

  it('one room at a time; room.status counts phones and says where to join', async () => {
    const t = await openRoom();
    const other = await t.call('forums.create', { title: 'เวทีอื่น', kind: 'village', date: '2026-11-24' });
    await expect(t.call('room.open', { forumId: other.id, host: '127.0.0.1', port: 0 })).rejects.toMatchObject({ code: 'conflict' });
    t.phone();
    t.phone();
    const status = await t.call('room.status', { forumId: t.forum.id });
    expect(status.phones).toBe(2);
    expect(status.room?.url).toBe(`http://127.0.0.1:${status.room?.port}/?c=${t.code}`);
    expect(status.room?.plainUrl).toBe(`http://127.0.0.1:${status.room?.port}`);
    expect((await t.call('room.status', { forumId: other.id })).room).toBeNull();
  });
});

describe('proving who one is', () => {
  it('a checked-in participant: badge number and personal code, or the last 4 digits of the phone number', async () => {
    const t = await openRoom();
    const [a, b] = await t.checkIn(2, { phone: '0812345678' });
    const codes = await t.call('room.personalCodes', { forumId: t.forum.id });
    const codeOf = (id: string) => codes.find((c) => c.personId === id) as (typeof codes)[number];
    const one = t.phone();
    expect(t.gate().identify(one.voter, { badgeNumber: codeOf(a as string).badgeNumber, personalCode: codeOf(a as string).code }).identities).toEqual([
      expect.objectContaining({ kind: 'participant', badgeNumber: codeOf(a as string).badgeNumber }),
    ]);
    const two = t.phone();
    expect(refusalOf(() => t.gate().identify(two.voter, { badgeNumber: codeOf(b as string).badgeNumber, personalCode: '9999' }))).toBe('wrong_code');
    t.gate().identify(two.voter, { badgeNumber: codeOf(b as string).badgeNumber, personalCode: '5678' });
    expect(two.voter.personId).toBe(b);
    // Held by one phone at a time, until the facilitator frees it.
    const three = t.phone();
    expect(refusalOf(() => t.gate().identify(three.voter, { badgeNumber: codeOf(a as string).badgeNumber, personalCode: codeOf(a as string).code }))).toBe('identity_taken');
    await t.call('room.releaseIdentity', { forumId: t.forum.id, badgeNumber: codeOf(a as string).badgeNumber });
    t.gate().identify(three.voter, { badgeNumber: codeOf(a as string).badgeNumber, personalCode: codeOf(a as string).code });
    expect(three.voter.personId).toBe(a);
    expect((await t.call('room.personalCodes', { forumId: t.forum.id })).map((c) => c.code)).toEqual(codes.map((c) => c.code));
  });

  it('limits guesses: after 10 wrong codes a phone must wait, whatever it tries', async () => {
    const t = await openRoom();
    const [a] = await t.checkIn(1, { phone: null });
    const code = (await t.call('room.personalCodes', { forumId: t.forum.id }))[0];
    const phone = t.phone();
    const wrong = code?.code === '0000' ? '0001' : '0000';
    for (let i = 0; i < 10; i++) expect(refusalOf(() => t.gate().identify(phone.voter, { badgeNumber: code?.badgeNumber ?? 0, personalCode: wrong }))).toBe('wrong_code');
    expect(refusalOf(() => t.gate().identify(phone.voter, { badgeNumber: code?.badgeNumber ?? 0, personalCode: code?.code ?? '' }))).toBe('too_many_attempts');
    expect(phone.voter.personId).toBeNull();
    // Another phone is not held back by this one (the badge allows 20 misses in all).
    t.gate().identify(t.phone().voter, { badgeNumber: code?.badgeNumber ?? 0, personalCode: code?.code ?? '' });
    expect(t.peek('SELECT person_id FROM room_voter WHERE person_id IS NOT NULL')).toEqual([{ person_id: a }]);
  });

  it('printed voting codes: one phone per code, one ballot per code', async () => {
    const t = await openRoom();
    const codes = await t.call('room.addVotingCodes', { forumId: t.forum.id, count: 3 });
    expect(codes.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(new Set(codes.map((c) => c.code)).size).toBe(3);
    const poll = await t.create({ title: 'มติ', method: 'yes_no' });
    await t.call('room.setPollSettings', { pollId: poll.id, voters: 'codes' });
    await t.call('polls.open', { id: poll.id });
    const phone = t.phone();
    expect(phone.state().polls[0]?.needs).toBe('code');
    expect(refusalOf(() => phone.vote(poll.id, { choice: 'yes' }))).toBe('needs_identity');
    t.gate().identify(phone.voter, { votingCode: codes[0]?.code ?? '' });
    phone.vote(poll.id, { choice: 'yes' });
    expect(refusalOf(() => t.gate().identify(t.phone().voter, { votingCode: codes[0]?.code ?? '' }))).toBe('identity_taken');
    expect((await t.call('room.votingCodes', { forumId: t.forum.id })).map((c) => c.claimed)).toEqual([true, false, false]);
    // A second slip gives the same phone a second voice only as the second code: one ballot per code.
    t.gate().identify(phone.voter, { votingCode: codes[1]?.code ?? '' });
    phone.vote(poll.id, { choice: 'no' });
    expect((await t.results(poll.id)).yesNo).toMatchObject({ yes: 1, no: 1 });
    expect(t.count('SELECT * FROM poll_voted WHERE poll_id = ?', poll.id)).toBe(2);
  });
});

describe('codes are made once, when first asked for', () => {
  it('reading them again writes nothing and announces nothing (a screen that shows them must not loop on its own events)', async () => {
    const t = await openRoom();
    await t.group('กลุ่มที่ 1', await t.checkIn(2));
    const first = await t.call('room.groupCodes', { forumId: t.forum.id });
    const personal = await t.call('room.personalCodes', { forumId: t.forum.id });
    const events = t.events.length;
    const audit = t.count('SELECT * FROM audit');
    expect(await t.call('room.groupCodes', { forumId: t.forum.id })).toEqual(first);
    expect(await t.call('room.personalCodes', { forumId: t.forum.id })).toEqual(personal);
    expect(t.events.length).toBe(events);
    expect(t.count('SELECT * FROM audit')).toBe(audit);
  });
});

describe("a small group's scribe", () => {
  it("joins with the group's code, scores the matrix as the group, and files the group's issues and report", async () => {
    const t = await openRoom();
    const members = await t.checkIn(3);
    const groupId = await t.group('กลุ่มที่ 1 แม่บ้าน', members);
    const [groupCode] = await t.call('room.groupCodes', { forumId: t.forum.id });
    expect(groupCode).toMatchObject({ groupId, name: 'กลุ่มที่ 1 แม่บ้าน', scribes: 0 });
    expect(groupCode?.code).toMatch(/^\d{8}$/);
    const scribe = t.phone(groupCode?.code);
    expect(scribe.joined).toMatchObject({ role: 'group', group: { id: groupId, name: 'กลุ่มที่ 1 แม่บ้าน' } });

    const yesNo = await t.createOpen({ title: 'มติ', method: 'yes_no' });
    const matrix = await t.createOpen({ title: 'ให้คะแนน', method: 'score_matrix', rules: { criteria: [{ name: 'ความรุนแรง' }] }, options: labels('ถนน', 'ประปา') });
    expect(scribe.state().polls.map((p) => p.id)).toEqual([matrix.id]);
    expect(refusalOf(() => scribe.vote(yesNo.id, { choice: 'yes' }))).toBe('not_allowed');
    const [road, water] = matrix.options.map((o) => o.id) as [string, string];
    expect(refusalOf(() => scribe.vote(matrix.id, { scores: { [road]: { ความรุนแรง: 4 } } }))).toBe('validation');
    scribe.vote(matrix.id, { scores: { [road]: { ความรุนแรง: 4 }, [water]: { ความรุนแรง: 2 } } });
    scribe.vote(matrix.id, { scores: { [road]: { ความรุนแรง: 5 }, [water]: { ความรุนแรง: 2 } } });
    const inputs = await t.call('polls.inputs', { pollId: matrix.id });
    expect(inputs.scorers).toEqual([expect.objectContaining({ kind: 'group', groupId, scores: { [road]: { ความรุนแรง: 5 }, [water]: { ความรุนแรง: 2 } }, missing: 0 })]);

    t.gate().submit(scribe.voter, { submissionId: 'a'.repeat(32), kind: 'issue', text: 'น้ำประปาขุ่น', cause: 'ท่อเก่า', need: 'เปลี่ยนท่อ', anonymous: false });
    t.gate().submit(scribe.voter, { submissionId: 'b'.repeat(32), kind: 'report', text: 'กลุ่มเห็นว่าน้ำประปาสำคัญที่สุด', anonymous: false });
    const issues = await t.call('issues.list', { forumId: t.forum.id });
    expect(issues).toEqual([expect.objectContaining({ title: 'น้ำประปาขุ่น', groupId, causes: [expect.objectContaining({ text: 'ท่อเก่า' })], needs: [expect.objectContaining({ text: 'เปลี่ยนท่อ' })] })]);
    const notes = await t.call('notes.list', { forumId: t.forum.id, groupId });
    expect(notes.map((n) => n.text)).toEqual(['กลุ่มเห็นว่าน้ำประปาสำคัญที่สุด']);
    expect((await t.call('room.groupCodes', { forumId: t.forum.id }))[0]?.scribes).toBe(1);
  });
});
