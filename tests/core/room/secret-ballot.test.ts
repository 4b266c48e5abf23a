/**
 * A secret poll keeps who voted apart from what was voted: nothing stored (order, time, rowid,
 * a shared id) lines a voter up with a ballot. The strongest check: the same people casting the
 * same ballots in two different orders leave exactly the same record of who voted.
 */
import { describe, expect, it } from 'vitest';
import { labels } from '../polls/harness';
import { openRoom, refusalOf } from './harness';

async function secretVote(order: number[]) {
  const t = await openRoom();
  const people = await t.checkIn(4, { phone: null });
  const codes = await t.call('room.personalCodes', { forumId: t.forum.id });
  const poll = await t.create({ title: 'เลือกประธานกลุ่ม', method: 'plurality', options: labels('ก', 'ข', 'ค', 'ง') });
  await t.call('room.setPollSettings', { pollId: poll.id, voters: 'checked_in', secret: true });
  const open = await t.call('polls.open', { id: poll.id });
  const options = open.options.map((o) => o.id);
  // Person i always votes for option i; only the order of voting changes between runs.
  const phones = people.map((personId) => {
    const phone = t.phone();
    const code = codes.find((c) => c.personId === personId);
    t.gate().identify(phone.voter, { badgeNumber: code?.badgeNumber ?? 0, personalCode: code?.code ?? '' });
    return phone;
  });
  for (const i of order) phones[i]?.vote(poll.id, { ranking: [options[i] as string] });
  return { t, poll: open, people };
}

describe('a secret poll', () => {
  it('stores ballots that name nobody and a record of who voted that has no order, time or link', async () => {
    const { t, poll, people } = await secretVote([2, 0, 3, 1]);
    expect(t.peek('SELECT voter_id FROM poll_ballot WHERE poll_id = ? AND voter_id IS NOT NULL', poll.id)).toEqual([]);
    expect(t.peek('SELECT voter_key FROM room_ballot WHERE poll_id = ? AND voter_key IS NOT NULL', poll.id)).toEqual([]);
    const voted = t.peek<{ voter_key: string }>('SELECT * FROM poll_voted WHERE poll_id = ?', poll.id);
    expect(voted.map((v) => v.voter_key).sort()).toEqual(people.map((p) => `person:${p}`).sort());
    // Only the poll and the key: no time, no sequence, and no rowid to read an order from.
    expect(Object.keys(voted[0] ?? {})).toEqual(['poll_id', 'voter_key']);
    expect(() => t.peek('SELECT rowid FROM poll_voted')).toThrow(/rowid/);
    // The audit trail names the poll, never the voter.
    const audit = t.peek<{ entity_id: string | null; detail: string | null }>("SELECT entity_id, detail FROM audit WHERE op = 'room.ballot'");
    expect(audit.length).toBeGreaterThan(0);
    for (const row of audit) for (const p of people) expect(`${row.entity_id} ${row.detail}`).not.toContain(p);
    const results = await t.results(poll.id);
    expect(results.ballotCount).toBe(4);
  });

  it('leaves the same who-voted record whatever the order of voting', async () => {
    // Read the table itself (NOT INDEXED): a rowid table would give its rows in the order they were written.
    const record = async (order: number[]) => {
      const { t, poll, people } = await secretVote(order);
      const keys = t.peek<{ voter_key: string }>('SELECT voter_key FROM poll_voted NOT INDEXED WHERE poll_id = ?', poll.id).map((r) => r.voter_key);
      // Ids differ between runs (and ids made in the same millisecond need not sort in the order
      // they were made): name each voter by the place of their id among the ids, sorted.
      const byId = [...people].sort();
      return keys.map((k) => byId.indexOf(k.slice('person:'.length)));
    };
    expect(await record([0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
    expect(await record([3, 2, 1, 0])).toEqual([0, 1, 2, 3]);
    expect(await record([2, 0, 3, 1])).toEqual([0, 1, 2, 3]);
  });

  it('does not let a vote be changed (the link it would need is not kept)', async () => {
    const { t, poll } = await secretVote([0]);
    const phone = t.phone();
    const codes = await t.call('room.personalCodes', { forumId: t.forum.id });
    const first = codes[0];
    // The first participant's phone voted already; a second phone cannot take them over.
    expect(refusalOf(() => t.gate().identify(phone.voter, { badgeNumber: first?.badgeNumber ?? 0, personalCode: first?.code ?? '' }))).toBe('identity_taken');
    expect(phone.state().polls[0]?.allowChange).toBe(false);
    expect(await t.call('room.pollSettings', { pollId: poll.id })).toMatchObject({ secret: true, voters: 'checked_in' });
  });

  it('cannot be made secret (or change who votes) once phones have voted', async () => {
    const t = await openRoom();
    const poll = await t.createOpen({ title: 'มติ', method: 'yes_no' });
    t.phone().vote(poll.id, { choice: 'yes' });
    await expect(t.call('room.setPollSettings', { pollId: poll.id, secret: true })).rejects.toMatchObject({ code: 'conflict' });
    await expect(t.call('room.setPollSettings', { pollId: poll.id, voters: 'codes' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await t.call('room.setPollSettings', { pollId: poll.id, allowChange: false })).toMatchObject({ allowChange: false, secret: false });
  });
});
