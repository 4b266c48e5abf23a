/**
 * The worst bug the room can have is a vote recorded wrongly, twice or not at all. Phones on a
 * hall's Wi-Fi send twice at once, lose the laptop's answer after it stored their ballot, and
 * have requests cut mid-way; each sends again until it holds a receipt, as the phone page's
 * outbox does. Over the real room server, the stored ballots must then be exactly the ballots
 * cast: each once, as cast, and a late resend gets the first receipt back.
 */
import { describe, expect, it } from 'vitest';
import { clientId } from '../../support/room';
import { roomRequest } from '../../support/room-client';
import { openServedRoom } from './harness';

type Ballot = { choice: 'yes' | 'no' | 'abstain' } | { ranking: string[] };
type Fault = 'twice_at_once' | 'answer_lost' | 'cut' | 'none';
const FAULTS: Fault[] = ['twice_at_once', 'answer_lost', 'cut', 'none'];
const PHONES = 24;

describe('ballots over an unreliable network', () => {
  it('stores every ballot cast exactly once, as cast, whatever happens on the way', async () => {
    // All phones come from 127.0.0.1 here: the per-address and per-token limits are not what is tested.
    const t = await openServedRoom({ joinBurst: 1000, tokenBurst: 1000, tokenPerSecond: 1000 });
    const yesNo = await t.call('polls.open', { id: (await t.call('polls.create', { forumId: t.forum.id, title: 'เห็นชอบแผน', method: 'yes_no' })).id });
    const created = await t.call('polls.create', { forumId: t.forum.id, title: 'จัดลำดับ', method: 'borda', options: [{ label: 'ถนน' }, { label: 'ประปา' }, { label: 'ไฟฟ้า' }] });
    const borda = await t.call('polls.open', { id: created.id });
    const o = borda.options.map((x) => x.id);
    const rankings = [[o[0], o[1], o[2]], [o[1], o[0]], [o[2]], [], [o[1], o[2], o[0]]] as string[][];
    const choices = ['yes', 'no', 'abstain', 'yes', 'yes'] as const;

    /** Sends until the phone holds a receipt; returns it with the number of requests that reached an answer. */
    const cast = async (token: string, pollId: string, ballot: Ballot, fault: Fault) => {
      const body = { ballotId: clientId(), pollId, ballot };
      const send = (cutAfterMs?: number) => roomRequest(t.address, { path: '/room/ballots', token, body, cutAfterMs });
      const receipts: string[] = [];
      if (fault === 'twice_at_once') {
        const both = await Promise.all([send(), send()]);
        for (const r of both) expect(r.status).toBe(200);
        expect(both.map((r) => r.json<{ status: string }>().status).sort()).toEqual(['already_stored', 'stored']);
        receipts.push(...both.map((r) => r.json<{ receipt: string }>().receipt));
      } else if (fault === 'answer_lost') {
        const lost = await send();
        expect(lost.json()).toMatchObject({ status: 'stored' });
        receipts.push(lost.json<{ receipt: string }>().receipt);
      } else if (fault === 'cut') {
        await send(0).catch(() => undefined);
      }
      // The phone did not see an answer it trusts (or, for 'none', sends for the first time): it sends.
      for (;;) {
        const r = await send().catch(() => null);
        if (r?.status === 200) {
          receipts.push(r.json<{ receipt: string }>().receipt);
          break;
        }
      }
      // A late copy still wandering the network.
      const late = await send();
      expect(late.json()).toMatchObject({ status: 'already_stored' });
      receipts.push(late.json<{ receipt: string }>().receipt);
      expect(new Set(receipts).size).toBe(1);
    };

    const truth: { pollId: string; ballot: Ballot }[] = [];
    await Promise.all(
      Array.from({ length: PHONES }, async (_, i) => {
        const token = await t.join();
        const mine: { pollId: string; ballot: Ballot }[] = [
          { pollId: yesNo.id, ballot: { choice: choices[i % choices.length] as (typeof choices)[number] } },
          { pollId: borda.id, ballot: { ranking: rankings[i % rankings.length] as string[] } },
        ];
        for (const [k, b] of mine.entries()) {
          truth.push(b);
          await cast(token, b.pollId, b.ballot, FAULTS[(i + k) % FAULTS.length] as Fault);
        }
      }),
    );

    // What is stored, as a sorted list of ballots, against what was cast.
    const asText = (pollId: string, b: { choice?: string; ranking?: string[] }) => `${pollId} ${b.choice !== undefined ? `choice:${b.choice}` : `ranking:${(b.ranking ?? []).join('>')}`}`;
    const stored: string[] = [];
    for (const pollId of [yesNo.id, borda.id]) {
      for (const b of (await t.call('polls.inputs', { pollId })).ballots) stored.push(asText(pollId, b));
    }
    expect(stored.sort()).toEqual(truth.map((b) => asText(b.pollId, b.ballot)).sort());
    expect(stored).toHaveLength(2 * PHONES);

    // And the facilitator's count and the tally say the same.
    const status = await t.call('room.status', { forumId: t.forum.id });
    expect(status.polls.map((p) => [p.pollId, p.phoneBallots])).toEqual([
      [yesNo.id, PHONES],
      [borda.id, PHONES],
    ]);
    const yes = truth.filter((b) => 'choice' in b.ballot && b.ballot.choice === 'yes').length;
    expect((await t.call('polls.results', { id: yesNo.id })).yesNo).toMatchObject({ yes, cast: PHONES });
  });
});
