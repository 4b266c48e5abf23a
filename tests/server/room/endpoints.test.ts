import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clientId } from '../../support/room';
import { openEvents, roomRequest } from '../../support/room-client';
import { openServedRoom } from './harness';

const connectTo = (host: string, port: number) =>
  new Promise<string>((resolve) => {
    const req = http.get({ host, port, path: '/', timeout: 2000 }, () => resolve('answered'));
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    req.on('timeout', () => {
      req.destroy();
      resolve('timeout');
    });
  });

describe('the room server', () => {
  it('listens on the chosen address only, and only while the room is open', async () => {
    const t = await openServedRoom();
    expect(t.room.host).toBe('127.0.0.1');
    expect(t.room.port).not.toBe(new URL(t.host.url).port);
    expect(await connectTo('127.0.0.2', t.room.port)).not.toBe('answered');
    expect(await connectTo('127.0.0.1', t.room.port)).toBe('answered');
    await t.call('room.close', { forumId: t.forum.id });
    expect(await connectTo('127.0.0.1', t.room.port)).not.toBe('answered');
  });

  it('stops listening when the app quits (the core closes) with the room still open', async () => {
    const t = await openServedRoom();
    expect(await connectTo('127.0.0.1', t.room.port)).toBe('answered');
    const quitting = t.core;
    quitting.close();
    await expect.poll(() => connectTo('127.0.0.1', t.room.port), { timeout: 10_000 }).not.toBe('answered');
  });

  it('serves the phone page (gzip, strict CSP) and a vote end to end: join, state, ballot, resend', async () => {
    const t = await openServedRoom();
    const page = await roomRequest(t.address, { path: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    const script = await roomRequest(t.address, { path: '/phone.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.body).not.toMatch(/randomUUID|crypto\.subtle|serviceWorker/);
    expect(gunzipSync(page.raw).toString('utf8')).toContain('<script src="phone.js"');

    const poll = await t.call('polls.create', { forumId: t.forum.id, title: 'ถนนหรือประปา', method: 'plurality', options: [{ label: 'ถนน' }, { label: 'ประปา' }] });
    const open = await t.call('polls.open', { id: poll.id });
    const joined = await roomRequest(t.address, { path: '/room/join', body: { code: t.room.code } });
    expect(joined.status).toBe(200);
    expect(joined.json()).toMatchObject({ forum: { id: t.forum.id, title: t.forum.title }, role: 'device' });
    const token = joined.json<{ voterToken: string }>().voterToken;

    const state = await roomRequest(t.address, { path: '/room/state', token });
    expect(state.status).toBe(200);
    expect(state.json()).toMatchObject({ open: true, polls: [{ id: poll.id, title: 'ถนนหรือประปา', method: 'plurality', voted: false, needs: null, options: open.options.map((o) => ({ id: o.id, label: o.label })) }] });

    const ballotId = clientId();
    const body = { ballotId, pollId: poll.id, ballot: { ranking: [open.options[1]?.id] } };
    const first = await roomRequest(t.address, { path: '/room/ballots', token, body });
    expect(first.status).toBe(200);
    expect(first.json()).toMatchObject({ status: 'stored' });
    const again = await roomRequest(t.address, { path: '/room/ballots', token, body });
    expect(again.json()).toEqual({ receipt: first.json<{ receipt: string }>().receipt, status: 'already_stored' });
    const results = await t.call('polls.results', { id: poll.id });
    expect(results.ballotCount).toBe(1);
    expect(results.winners.map((w) => w.label)).toEqual(['ประปา']);

    const idea = await roomRequest(t.address, { path: '/room/ideas', token, body: { submissionId: clientId(), kind: 'question', text: 'งบมาจากไหน' } });
    expect(idea.json()).toEqual({ status: 'stored' });
    expect(await t.call('room.submissions', { forumId: t.forum.id })).toEqual([expect.objectContaining({ kind: 'question', text: 'งบมาจากไหน' })]);
  });

  it('refuses what is not a ballot with 400 and the reason, a second ballot with 409, a closed poll with 409', async () => {
    const t = await openServedRoom();
    const poll = await t.call('polls.create', { forumId: t.forum.id, title: 'มติ', method: 'yes_no' });
    await t.call('room.setPollSettings', { pollId: poll.id, allowChange: false });
    await t.call('polls.open', { id: poll.id });
    const token = await t.join();
    const send = (ballot: unknown, ballotId = clientId()) => roomRequest(t.address, { path: '/room/ballots', token, body: { ballotId, pollId: poll.id, ballot } });
    const bad = await send({ choice: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation' } });
    expect((await roomRequest(t.address, { path: '/room/ballots', token, body: { ballotId: 'short', pollId: poll.id, ballot: { choice: 'yes' } } })).status).toBe(400);
    expect((await roomRequest(t.address, { path: '/room/ballots', token, body: '{not json' })).status).toBe(400);
    expect((await send({ choice: 'yes' })).status).toBe(200);
    const second = await send({ choice: 'no' });
    expect(second.status).toBe(409);
    expect(second.json()).toMatchObject({ error: { code: 'already_voted' } });
    await t.call('polls.close', { id: poll.id });
    const late = await roomRequest(t.address, { path: '/room/ballots', token: await t.join(), body: { ballotId: clientId(), pollId: poll.id, ballot: { choice: 'yes' } } });
    expect(late.status).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'not_open' } });
    expect((await t.call('polls.results', { id: poll.id })).yesNo).toMatchObject({ yes: 1, no: 0 });
  });

  it('streams versioned snapshots: one on connect, a new one when a poll opens, a heartbeat, and "closed" when the room closes', async () => {
    const t = await openServedRoom({ heartbeatMs: 200, coalesceMs: 20 });
    const token = await t.join();
    const stream = await openEvents(t.address, token);
    expect(stream.status).toBe(200);
    const first = (await stream.next((e) => e.event === 'state')).data as { version: number; polls: unknown[] };
    expect(first.polls).toEqual([]);
    const poll = await t.call('polls.create', { forumId: t.forum.id, title: 'มติใหม่', method: 'yes_no' });
    await t.call('polls.open', { id: poll.id });
    const second = (await stream.next((e) => e.event === 'state' && (e.data as { polls: unknown[] }).polls.length === 1)).data as { version: number; polls: { title: string }[] };
    expect(second.version).toBeGreaterThan(first.version);
    expect(second.polls[0]?.title).toBe('มติใหม่');
    await stream.next((e) => e.event === 'heartbeat');
    const closed = stream.next((e) => e.event === 'closed');
    await t.call('room.close', { forumId: t.forum.id });
    await closed;
  });

  it('refuses bodies over the cap (413) and a token past its rate limit (429), and takes it again after a pause', async () => {
    const t = await openServedRoom({ tokenBurst: 5, tokenPerSecond: 2 });
    const token = await t.join();
    const big = await roomRequest(t.address, { path: '/room/ideas', token, body: { submissionId: clientId(), kind: 'question', text: 'ก'.repeat(20_000) } });
    expect(big.status).toBe(413);
    expect(big.json()).toMatchObject({ error: { code: 'too_large' } });
    // At once, so a slow machine cannot refill the bucket between them.
    const replies = await Promise.all(Array.from({ length: 12 }, async () => (await roomRequest(t.address, { path: '/room/state', token })).status));
    expect(replies.filter((s) => s === 429).length).toBeGreaterThan(0);
    // The burst of 5, less the one the refused big body took.
    expect(replies.filter((s) => s === 200).length).toBeGreaterThanOrEqual(4);
    await new Promise((r) => setTimeout(r, 700));
    expect((await roomRequest(t.address, { path: '/room/state', token })).status).toBe(200);
  });

  it('holds far more than 300 live streams at once, each with its snapshot', async () => {
    const t = await openServedRoom({ joinBurst: 1000 });
    const tokens = await Promise.all(Array.from({ length: 320 }, () => t.join()));
    const streams = await Promise.all(tokens.map((token) => openEvents(t.address, token)));
    await Promise.all(streams.map((s) => s.next((e) => e.event === 'state')));
    expect(streams.every((s) => s.status === 200)).toBe(true);
    expect((await roomRequest(t.address, { path: '/room/state', token: tokens[0] })).status).toBe(200);
    for (const s of streams) s.close();
  });
});
