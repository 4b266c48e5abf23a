import { describe, expect, it } from 'vitest';
import { clientId } from '../../support/room';
import { labels } from '../polls/harness';
import { openRoom, refusalOf } from './harness';

describe('one ballot per voter per poll, replaced or refused by the poll rule', () => {
  it('a changed vote replaces the old one while the poll allows changes; the old id resent never comes back', async () => {
    const t = await openRoom();
    const poll = await t.createOpen({ title: 'เลือกหนึ่ง', method: 'plurality', options: labels('ถนน', 'ประปา') });
    const [road, water] = poll.options.map((o) => o.id) as [string, string];
    const phone = t.phone();
    const firstId = clientId();
    const first = phone.vote(poll.id, { ranking: [road] }, firstId);
    expect(phone.state().polls[0]?.voted).toBe(true);
    const second = phone.vote(poll.id, { ranking: [water] });
    expect(second.status).toBe('stored');
    expect(second.receipt).not.toBe(first.receipt);
    // The first ballot's send was still queued on the phone: it arrives late, and changes nothing.
    expect(phone.vote(poll.id, { ranking: [road] }, firstId)).toEqual({ receipt: first.receipt, status: 'already_stored' });
    const results = await t.results(poll.id);
    expect(results.ballotCount).toBe(1);
    expect(results.winners.map((w) => w.label)).toEqual(['ประปา']);
    const status = await t.call('room.status', { forumId: t.forum.id });
    expect(status.polls.find((p) => p.pollId === poll.id)).toMatchObject({ phoneBallots: 1, voted: 1 });
  });

  it('refuses a second ballot when the poll does not allow changes, keeping the first', async () => {
    const t = await openRoom();
    const poll = await t.create({ title: 'มติ', method: 'yes_no' });
    await t.call('room.setPollSettings', { pollId: poll.id, allowChange: false });
    await t.call('polls.open', { id: poll.id });
    const phone = t.phone();
    phone.vote(poll.id, { choice: 'no' });
    expect(refusalOf(() => phone.vote(poll.id, { choice: 'yes' }))).toBe('already_voted');
    const results = await t.results(poll.id);
    expect(results.yesNo).toMatchObject({ yes: 0, no: 1, abstain: 0 });
  });

  it('counts devices, not people: each phone that joined is one voter', async () => {
    const t = await openRoom();
    const poll = await t.createOpen({ title: 'มติ', method: 'yes_no' });
    for (let i = 0; i < 5; i++) t.phone().vote(poll.id, { choice: i < 3 ? 'yes' : 'abstain' });
    const results = await t.results(poll.id);
    expect(results.yesNo).toMatchObject({ yes: 3, no: 0, abstain: 2 });
    expect(results.ballotCount).toBe(5);
  });

  it('phones add to the hall’s counted yes/no; more votes than eligible is warned about, not refused', async () => {
    const t = await openRoom();
    await t.checkIn(3);
    const poll = await t.createOpen({ title: 'มติ', method: 'yes_no' });
    await t.call('polls.setCounts', { pollId: poll.id, kind: 'yes_no', yes: 2, no: 1 });
    t.phone().vote(poll.id, { choice: 'yes' });
    const results = await t.results(poll.id);
    expect(results.yesNo).toMatchObject({ yes: 3, no: 1, abstain: 0, present: 4 });
    expect(results.warnings).toContain('more_votes_than_eligible');
  });
});

describe('paper ballots typed in and phone ballots mixed never count one person twice', () => {
  async function checkedInRoom(secret: boolean) {
    const t = await openRoom();
    const [somchai] = await t.checkIn(2, { phone: '081-234-5678' });
    const poll = await t.create({ title: 'จัดลำดับ', method: 'borda', options: labels('ถนน', 'ประปา', 'ไฟฟ้า') });
    await t.call('room.setPollSettings', { pollId: poll.id, voters: 'checked_in', secret });
    const open = await t.call('polls.open', { id: poll.id });
    const badge = t.peek<{ badge_number: number }>('SELECT badge_number FROM attendance WHERE person_id = ?', somchai)[0]?.badge_number as number;
    return { t, poll: open, somchai: somchai as string, badge };
  }

  for (const secret of [false, true]) {
    it(`${secret ? 'secret' : 'open'} poll: voted on paper first, the phone is refused; voted by phone first, the paper is refused`, async () => {
      const { t, poll, somchai, badge } = await checkedInRoom(secret);
      const [a, b, c] = poll.options.map((o) => o.id) as [string, string, string];
      const phone = t.phone();
      expect(refusalOf(() => phone.vote(poll.id, { ranking: [a, b, c] }))).toBe('needs_identity');
      expect(phone.state().polls[0]?.needs).toBe('participant');
      t.gate().identify(phone.voter, { badgeNumber: badge, personalCode: '5678' });
      expect(phone.state().polls[0]?.needs).toBeNull();

      await t.call('polls.addBallot', { pollId: poll.id, ranking: [c, b, a], voterId: somchai });
      expect(phone.state().polls[0]?.voted).toBe(true);
      expect(refusalOf(() => phone.vote(poll.id, { ranking: [a, b, c] }))).toBe('already_voted');

      const other = await t.create({ title: 'อีกรอบ', method: 'borda', options: labels('ถนน', 'ประปา') });
      await t.call('room.setPollSettings', { pollId: other.id, voters: 'checked_in', secret });
      const second = await t.call('polls.open', { id: other.id });
      const [x, y] = second.options.map((o) => o.id) as [string, string];
      phone.vote(second.id, { ranking: [x, y] });
      await expect(t.call('polls.addBallot', { pollId: second.id, ranking: [y, x], voterId: somchai })).rejects.toMatchObject({ code: 'conflict' });
      expect((await t.results(second.id)).ballotCount).toBe(1);
      expect((await t.results(poll.id)).ballotCount).toBe(1);
    });
  }
});
