/**
 * Security matrix: every contract operation and every room endpoint × {no token, voter token,
 * facilitator token, expired code, wrong Host, wrong Origin} → allowed only where due. The room
 * server serves no contract operation under any condition; the loopback host serves them only
 * with the facilitator's token, from its own Host and Origin; a voter token opens nothing there.
 */
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { rawRequest } from '../../support/host';
import { clientId } from '../../support/room';
import { type RoomReply, openEvents, roomRequest } from '../../support/room-client';
import { openServedRoom } from './harness';

const CONDITIONS = ['no token', 'voter token', 'facilitator token', 'expired code', 'wrong Host', 'wrong Origin'] as const;
type Condition = (typeof CONDITIONS)[number];

const OPS = Object.keys(contract);

async function matrixRoom() {
  const t = await openServedRoom({ tokenBurst: 10_000, joinBurst: 10_000 });
  // A code that was valid once: the room closed and opened again with a new one.
  const expired = t.room.code;
  await t.call('room.close', { forumId: t.forum.id });
  const reopened = await t.call('room.open', { forumId: t.forum.id, host: '127.0.0.1', port: 0 });
  const room = reopened.room as NonNullable<typeof reopened.room>;
  const address = { host: room.host, port: room.port };
  const voter = (await roomRequest(address, { path: '/room/join', body: { code: room.code } })).json<{ voterToken: string }>().voterToken;
  const [slip] = await t.call('room.addVotingCodes', { forumId: t.forum.id, count: 1 });
  const poll = await t.call('polls.create', { forumId: t.forum.id, title: 'มติ', method: 'yes_no' });
  await t.call('polls.open', { id: poll.id });
  return { ...t, expired, room, address, voter, facilitator: t.host.token, pollId: poll.id, votingCode: slip?.code ?? '' };
}

type Room = Awaited<ReturnType<typeof matrixRoom>>;

/** Headers for a condition: the credential it carries, and a wrong Host or Origin where it says so. */
function headersFor(r: Room, condition: Condition, own: { host: string; origin: string }): Record<string, string> {
  const h: Record<string, string> = { host: own.host };
  if (condition === 'voter token' || condition === 'wrong Host' || condition === 'wrong Origin') {
    h.authorization = `Bearer ${r.voter}`;
    h['x-wethi-token'] = r.voter;
  }
  if (condition === 'facilitator token') {
    h.authorization = `Bearer ${r.facilitator}`;
    h['x-wethi-token'] = r.facilitator;
  }
  if (condition === 'expired code') {
    h.authorization = `Bearer ${r.expired}`;
    h['x-wethi-token'] = r.expired;
  }
  if (condition === 'wrong Host') h.host = 'evil.example:80';
  if (condition === 'wrong Origin') h.origin = 'http://evil.example';
  return h;
}

interface Endpoint {
  name: string;
  send(r: Room, headers: Record<string, string>, condition: Condition): Promise<RoomReply | { status: number }>;
  /** Needs no token: the page itself, and joining (whose credential is the code in the body). */
  open?: boolean;
}

const codeFor = (r: Room, c: Condition) => (c === 'expired code' ? r.expired : c === 'facilitator token' ? r.facilitator : c === 'no token' ? undefined : r.room.code);

const ENDPOINTS: Endpoint[] = [
  { name: 'GET / (the page)', open: true, send: (r, headers) => roomRequest(r.address, { path: '/', headers }) },
  { name: 'GET /phone.js', open: true, send: (r, headers) => roomRequest(r.address, { path: '/phone.js', headers }) },
  { name: 'POST /room/join', open: true, send: (r, headers, c) => roomRequest(r.address, { path: '/room/join', headers, body: { code: codeFor(r, c) } }) },
  { name: 'POST /room/identify', send: (r, headers) => roomRequest(r.address, { path: '/room/identify', headers, body: { votingCode: r.votingCode } }) },
  { name: 'GET /room/state', send: (r, headers) => roomRequest(r.address, { path: '/room/state', headers }) },
  {
    name: 'GET /room/events',
    send: async (r, headers) => {
      const token = (headers.authorization ?? '').replace('Bearer ', '');
      const { authorization: _a, ...rest } = headers;
      const stream = await openEvents(r.address, token, rest);
      stream.close();
      return { status: stream.status };
    },
  },
  { name: 'POST /room/ballots', send: (r, headers) => roomRequest(r.address, { path: '/room/ballots', headers, body: { ballotId: clientId(), pollId: r.pollId, ballot: { choice: 'yes' } } }) },
  { name: 'POST /room/ideas', send: (r, headers) => roomRequest(r.address, { path: '/room/ideas', headers, body: { submissionId: clientId(), kind: 'idea', text: 'ปลูกต้นไม้' } }) },
];

/** What is due: the status each endpoint must answer with under each condition. */
function expected(e: Endpoint, c: Condition): number {
  if (c === 'wrong Host') return 421;
  if (c === 'wrong Origin') return 403;
  if (e.name === 'POST /room/join') return c === 'voter token' ? 200 : c === 'expired code' ? 410 : c === 'facilitator token' ? 400 : 400;
  if (e.open) return 200;
  return c === 'voter token' ? 200 : 401;
}

describe('security matrix', () => {
  it('every room endpoint × every condition: allowed only where due', async () => {
    const r = await matrixRoom();
    const own = { host: `${r.address.host}:${r.address.port}`, origin: `http://${r.address.host}:${r.address.port}` };
    const table: string[] = [];
    for (const e of ENDPOINTS) {
      for (const c of CONDITIONS) {
        const reply = await e.send(r, headersFor(r, c, own), c);
        table.push(`${e.name} × ${c}: ${reply.status}`);
        expect.soft(reply.status, `${e.name} × ${c}`).toBe(expected(e, c));
      }
    }
    // Every refused ballot left nothing: the one voter token's ballot is the only one.
    expect((await r.call('polls.results', { id: r.pollId })).yesNo?.yes).toBe(1);
    expect(table).toHaveLength(ENDPOINTS.length * CONDITIONS.length);
  });

  it('every contract operation through the room server is refused under every condition, even with the facilitator token', async () => {
    const r = await matrixRoom();
    const before = r.peek<{ n: number }>('SELECT count(*) AS n FROM audit')[0]?.n;
    const own = { host: `${r.address.host}:${r.address.port}`, origin: `http://${r.address.host}:${r.address.port}` };
    for (const op of OPS) {
      for (const c of CONDITIONS) {
        for (const path of [`/api/${op}`, `/room/${op}`, `/${op}`]) {
          const reply = await roomRequest(r.address, { path, headers: headersFor(r, c, own), body: {} });
          const due = c === 'wrong Host' ? 421 : c === 'wrong Origin' ? 403 : 404;
          expect.soft(reply.status, `${path} × ${c}`).toBe(due);
        }
      }
    }
    expect(r.peek<{ n: number }>('SELECT count(*) AS n FROM audit')[0]?.n).toBe(before);
  });

  it('every contract operation on the loopback host: only the facilitator token, from its own Host and Origin; a voter token opens nothing', async () => {
    const r = await matrixRoom();
    const url = new URL(r.host.url);
    const own = { host: url.host, origin: url.origin };
    for (const op of OPS) {
      for (const c of CONDITIONS) {
        const headers = headersFor(r, c, own);
        // On the host the facilitator token is due; every other condition carries the voter's or nothing.
        if (c === 'wrong Host' || c === 'wrong Origin') headers['x-wethi-token'] = r.facilitator;
        const reply = await rawRequest(r.host, { method: 'POST', path: `/api/${op}`, headers: { ...headers, 'content-type': 'application/json' }, body: '{}' });
        const due = c === 'facilitator token' ? 200 : c === 'wrong Host' ? 421 : c === 'wrong Origin' ? 403 : 401;
        expect.soft(reply.status, `${op} × ${c}`).toBe(due);
      }
    }
  });
});
