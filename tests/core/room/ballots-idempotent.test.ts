import { describe, expect, it } from 'vitest';
import { clientId } from '../../support/room';
import { labels } from '../polls/harness';
import { openRoom, refusalOf } from './harness';

describe('a phone ballot is stored once, under the id the phone made', () => {
  it('a resend gets the first receipt back as already_stored, and the poll counts it once', async () => {
    const t = await openRoom();
    const poll = await t.createOpen({ title: 'ถนนหรือประปา', method: 'borda', options: labels('ถนน', 'ประปา', 'ไฟฟ้า') });
    const [road, water, power] = poll.options.map((o) => o.id) as [string, string, string];
    const phone = t.phone();
    const id = clientId();
    const first = phone.vote(poll.id, { ranking: [water, road, power] }, id);
    expect(first.status).toBe('stored');
    // The answer was lost on the way: the phone sends the same ballot again, twice.
    const again = phone.vote(poll.id, { ranking: [water, road, power] }, id);
    const third = phone.vote(poll.id, { ranking: [water, road, power] }, id);
    expect(again).toEqual({ receipt: first.receipt, status: 'already_stored' });
    expect(third).toEqual(again);
    expect(t.count('SELECT * FROM poll_ballot WHERE poll_id = ?', poll.id)).toBe(1);
    expect(t.count('SELECT * FROM room_ballot WHERE poll_id = ?', poll.id)).toBe(1);
    const results = await t.results(poll.id);
    expect(results.ballotCount).toBe(1);
    expect(results.ranking.map((r) => [r.label, r.score])).toEqual([
      ['ประปา', 2],
      ['ถนน', 1],
      ['ไฟฟ้า', 0],
    ]);
  });

  it('stores the ballot whole, as one typed in: every method recounts the same rows', async () => {
    const t = await openRoom();
    const poll = await t.createOpen({ title: 'เลือกโครงการ', method: 'irv', options: labels('ก', 'ข', 'ค') });
    const [a, b, c] = poll.options.map((o) => o.id) as [string, string, string];
    t.phone().vote(poll.id, { ranking: [a, b, c] });
    t.phone().vote(poll.id, { ranking: [b] });
    const rows = t.peek<{ content: string; count: number; voter_id: string | null }>('SELECT content, count, voter_id FROM poll_ballot WHERE poll_id = ? ORDER BY seq', poll.id);
    expect(rows.map((r) => [JSON.parse(r.content), r.count, r.voter_id])).toEqual([
      [{ ranking: [a, b, c] }, 1, null],
      [{ ranking: [b] }, 1, null],
    ]);
    // No tally is stored anywhere: results are counted from these rows on every call.
    expect(t.peek("SELECT name FROM sqlite_schema WHERE type = 'table' AND (name LIKE '%tally%' OR name LIKE '%result%')")).toEqual([]);
  });

  it('refuses a ballot id already used for another poll, and a ballot the method does not take, writing nothing', async () => {
    const t = await openRoom();
    const one = await t.createOpen({ title: 'หนึ่ง', method: 'plurality', options: labels('ก', 'ข') });
    const two = await t.createOpen({ title: 'สอง', method: 'yes_no' });
    const phone = t.phone();
    const id = clientId();
    phone.vote(one.id, { ranking: [one.options[0]?.id ?? ''] }, id);
    expect(refusalOf(() => phone.vote(two.id, { choice: 'yes' }, id))).toBe('validation');
    expect(refusalOf(() => phone.vote(two.id, { ranking: [] }))).toBe('validation');
    expect(refusalOf(() => phone.vote(one.id, { ranking: ['01936d2a-0000-7000-8000-00000000dead'] }))).toBe('validation');
    expect(t.count('SELECT * FROM poll_ballot WHERE poll_id = ?', two.id)).toBe(0);
    expect(t.count('SELECT * FROM room_ballot')).toBe(1);
  });

  it('refuses ballots for a poll that is not open, not for phones, or counted by hands', async () => {
    const t = await openRoom();
    const draft = await t.create({ title: 'ยังไม่เปิด', method: 'yes_no' });
    const hands = await t.createOpen({ title: 'ยกมือ', method: 'show_of_hands', options: labels('ก', 'ข') });
    const paperOnly = await t.create({ title: 'กระดาษเท่านั้น', method: 'yes_no' });
    await t.call('room.setPollSettings', { pollId: paperOnly.id, voters: 'off' });
    await t.call('polls.open', { id: paperOnly.id });
    const phone = t.phone();
    expect(refusalOf(() => phone.vote(draft.id, { choice: 'yes' }))).toBe('not_open');
    expect(refusalOf(() => phone.vote(hands.id, { ranking: [] }))).toBe('not_allowed');
    expect(refusalOf(() => phone.vote(paperOnly.id, { choice: 'yes' }))).toBe('not_allowed');
    expect(phone.state().polls.map((p) => p.title)).toEqual([]);
    await t.call('polls.close', { id: paperOnly.id });
    expect(refusalOf(() => phone.vote(paperOnly.id, { choice: 'yes' }))).toBe('not_open');
    expect(t.count('SELECT * FROM room_ballot')).toBe(0);
  });
});
