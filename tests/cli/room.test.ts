/** `wethi room open` in its own process: prints where to join, serves phones until interrupted; `wethi poll open|close`. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openCore } from '../support/core';
import { forumDraft } from '../support/factories';
import { clientId } from '../support/room';
import { roomRequest } from '../support/room-client';
import { readDb } from '../support/temp';
import { json, wethi } from './wethi';

const LAUNCHER = path.resolve(import.meta.dirname, '../../bin/wethi.mjs');

it('opens the room, prints {url, code, host, port}, takes phone ballots for a poll opened from the CLI, and closes on Ctrl+C', { timeout: 240_000 }, async () => {
  const t = await openCore();
  const forum = await t.call('forums.create', forumDraft());
  const poll = await t.call('polls.create', { forumId: forum.id, title: 'ซ่อมถนนก่อนหรือไม่', method: 'yes_no' });
  t.core.close();

  const opened = wethi(['poll', 'open', '--db', t.dbPath, '--poll', poll.id], t.dir);
  expect(opened.code, opened.stderr).toBe(0);
  expect(json<{ status: string }>(opened).status).toBe('open');

  const child = spawn(process.execPath, [LAUNCHER, 'room', 'open', '--db', t.dbPath, '--forum', forum.id, '--host', '127.0.0.1', '--port', '0'], { cwd: t.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0] as string);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code} before printing: ${stderr}`)));
    });
    const printed = JSON.parse(line) as { url: string; code: string; host: string; port: number };
    expect(Object.keys(printed).sort()).toEqual(['code', 'host', 'port', 'url']);
    expect(printed.host).toBe('127.0.0.1');
    expect(printed.port).toBeGreaterThan(0);
    expect(printed.code).toMatch(/^\d{6}$/);
    expect(printed.url).toBe(`http://127.0.0.1:${printed.port}/?c=${printed.code}`);

    const room = { host: printed.host, port: printed.port };
    const token = (await roomRequest(room, { path: '/room/join', body: { code: printed.code } })).json<{ voterToken: string }>().voterToken;
    const state = (await roomRequest(room, { path: '/room/state', token })).json<{ polls: { id: string }[] }>();
    expect(state.polls.map((p) => p.id)).toEqual([poll.id]);
    const vote = await roomRequest(room, { path: '/room/ballots', token, body: { ballotId: clientId(), pollId: poll.id, ballot: { choice: 'yes' } } });
    expect(vote.json()).toMatchObject({ status: 'stored' });

    const closed = wethi(['poll', 'close', '--db', t.dbPath, '--poll', poll.id], t.dir);
    expect(closed.code, closed.stderr).toBe(0);
    const late = await roomRequest(room, { path: '/room/ballots', token, body: { ballotId: clientId(), pollId: poll.id, ballot: { choice: 'no' } } });
    expect(late.status).toBe(409);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(roomRequest(room, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    expect(readDb<{ closed: number }>(t.dbPath, 'SELECT count(*) AS closed FROM room WHERE closed_at IS NOT NULL')).toEqual([{ closed: 1 }]);
    const results = wethi(['poll', 'results', '--db', t.dbPath, '--poll', poll.id], t.dir);
    expect(json<{ yesNo: { yes: number; no: number } }>(results).yesNo).toMatchObject({ yes: 1, no: 0 });
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

it('refuses a missing forum or database (exit 1) and a bad port (exit 2)', { timeout: 240_000 }, async () => {
  const t = await openCore();
  t.core.close();
  const noForum = wethi(['room', 'open', '--db', t.dbPath, '--forum', '01936d2a-0000-7000-8000-00000000dead', '--host', '127.0.0.1', '--port', '0'], t.dir);
  expect(noForum.code).toBe(1);
  expect(noForum.stderr).toMatch(/not found/);
  const noDb = wethi(['room', 'open', '--db', path.join(t.dir, 'none.db'), '--forum', '01936d2a-0000-7000-8000-00000000dead'], t.dir);
  expect(noDb.code).toBe(1);
  const badPort = wethi(['room', 'open', '--db', t.dbPath, '--forum', 'x', '--port', '99999'], t.dir);
  expect(badPort.code).toBe(2);
  expect(wethi(['room', 'open', '--help'], t.dir).stdout).toMatch(/wethi room open --db FILE --forum ID/);
});
