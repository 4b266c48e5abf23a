/**
 * (e) The room under a hall's load, on loopback: 300 simulated phones, each from its own
 * loopback address (as each phone has its own on the hall's Wi-Fi), join the room, hold a live
 * event stream, and vote in a yes/no poll and a Borda poll after random delays, with duplicate
 * sends, answers dropped after the laptop stored the ballot (the phone sends again), requests
 * cut off mid-way, and event streams forced to disconnect and come back. The app runs as in web
 * mode: the core, the loopback host and the room server in one child process.
 *
 * Printed, each with its goal:
 * - lost and double-counted ballots: the stored ballots against the ground truth (goal 0, 0);
 * - ballot send → stored: each ballot request from its send to the laptop's answer, which comes
 *   only after the commit, p50 / p99 (goal p99 < 200 ms); beside it, without a goal, the phone's
 *   whole wait from its first send to the moment the ballot was stored, waits after the injected
 *   faults included;
 * - projector updated: from a ballot stored (its row's time, on the same clock) to the
 *   facilitator's screen (its change events, then `room.status` as the UI refetches it) showing a
 *   count for that poll that includes it, p99 (goal < 250 ms), and for the last ballot;
 * - the facilitator's own UI during the burst (`room.status`, `polls.results` over the host),
 *   p99 (goal < 100 ms).
 * Baselines measured in the same run before the burst: a room round trip (`GET /room/state`) and
 * a host round trip (`room.status`) on the idle app; ratios are printed against them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { createCore } from '../electron/core/app';
import { call } from '../electron/core/dispatch';
import { type Bench, fmt, line, scratchDir } from './support';

const ROOT = path.resolve(import.meta.dirname, '..');
const PHONES = Number(process.env.WETHI_BENCH_PHONES ?? 300);
const GOALS = { ballotP99: 200, projectorP99: 250, facilitatorP99: 100 };
const OPTIONS = ['ซ่อมถนนลูกรัง', 'ขยายเขตประปา', 'ไฟส่องสว่าง', 'ขุดลอกหนองน้ำ'];

const percentile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
};
// Wall-clock milliseconds: the app stamps each ballot row with the same clock (one machine).
const now = () => Date.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hex = () => randomBytes(16).toString('hex');
const shuffled = <T>(xs: T[]) => xs.map((x) => [Math.random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);

interface Reply {
  status: number;
  body: string;
}

/** One HTTP request; `cut` destroys it this many ms after sending (the phone walked out of range). */
function request(o: { port: number; host: string; localAddress?: string; method: string; path: string; headers?: Record<string, string>; body?: unknown; cut?: number }): Promise<Reply> {
  const body = o.body === undefined ? undefined : JSON.stringify(o.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: o.host,
        port: o.port,
        localAddress: o.localAddress,
        method: o.method,
        path: o.path,
        agent: false,
        headers: { host: `${o.host}:${o.port}`, ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}), ...o.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (o.cut !== undefined) setTimeout(() => req.destroy(new Error('cut')), o.cut);
    req.end(body);
  });
}

/** An event stream kept open; `onEvent` for each `event:`/`data:` block. */
function stream(o: { port: number; host: string; localAddress?: string; path: string; headers?: Record<string, string> }, onEvent: (event: string, data: string) => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: o.host, port: o.port, localAddress: o.localAddress, path: o.path, agent: false, headers: { host: `${o.host}:${o.port}`, ...o.headers } }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data !== undefined) onEvent(event, data);
        }
      });
      res.on('error', () => undefined);
      resolve(req);
    });
    req.on('error', reject);
  });
}

function startApp(dbPath: string): Promise<{ child: ChildProcess; url: URL; token: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/server/main.ts'), '--db', dbPath, '--port', '0', '--no-open'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the app did not start in 60 s\n${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = out.match(/Wethi is running at (\S+)/);
      if (found?.[1]) {
        clearTimeout(timer);
        const url = new URL(found[1]);
        resolve({ child, url, token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '' });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`the app exited (${code})\n${out}`)));
  });
}

type TruthBallot = { pollId: string; ballot: { choice: string } | { ranking: string[] } };

export const roomLoad: Bench = {
  name: `room: ${PHONES} phones on loopback (join, live stream, vote; duplicates, lost answers, cut requests, dropped streams)`,
  async run() {
    const scratch = scratchDir('room');
    let app: Awaited<ReturnType<typeof startApp>> | null = null;
    const open: http.ClientRequest[] = [];
    try {
      // The forum and its two polls, made with the core before the app starts.
      const dbPath = path.join(scratch.dir, 'wethi.db');
      const setup = await createCore({ dbPath, backupOnOpen: false, backupIntervalMs: 0 });
      const forum = await call(setup.handlers, 'forums.create', { title: 'เวทีประชาคมตำบล (โหลด)', kind: 'tambon_integration', date: '2026-11-23' });
      const yesNo = await call(setup.handlers, 'polls.create', { forumId: forum.id, title: 'เห็นชอบแผนพัฒนาตำบล', method: 'yes_no' });
      const borda = await call(setup.handlers, 'polls.create', { forumId: forum.id, title: 'จัดลำดับโครงการ', method: 'borda', options: OPTIONS.map((label) => ({ label })) });
      for (const p of [yesNo, borda]) await call(setup.handlers, 'polls.open', { id: p.id });
      const optionIds = (await call(setup.handlers, 'polls.get', { id: borda.id })).options.map((o) => o.id);
      setup.close();

      app = await startApp(dbPath);
      const { url, token } = app;
      const hostPort = Number(url.port);
      const op = async <T>(name: string, input: unknown): Promise<T> => {
        const r = await request({ host: '127.0.0.1', port: hostPort, method: 'POST', path: `/api/${name}`, headers: { authorization: `Bearer ${token}` }, body: input });
        const result = JSON.parse(r.body) as { ok: boolean; value: T; error?: { message: string } };
        if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
        return result.value;
      };
      const status = await op<{ room: { port: number; code: string } }>('room.open', { forumId: forum.id, host: '127.0.0.1', port: 0 });
      const room = { host: '127.0.0.1', port: status.room.port };
      const code = status.room.code;
      // Phone i talks from 127.0.0.(2 + i mod 250): its own address, as on the hall's network.
      const addressOf = (i: number) => `127.0.0.${2 + (i % 250)}`;

      // Baselines on the idle app.
      const probe = JSON.parse((await request({ ...room, localAddress: addressOf(999), method: 'POST', path: '/room/join', body: { code } })).body) as { voterToken: string };
      const roomBase: number[] = [];
      const hostBase: number[] = [];
      for (let i = 0; i < 40; i++) {
        let t0 = now();
        await request({ ...room, localAddress: addressOf(998), method: 'GET', path: '/room/state', headers: { authorization: `Bearer ${probe.voterToken}` } });
        roomBase.push(now() - t0);
        t0 = now();
        await op('room.status', { forumId: forum.id });
        hostBase.push(now() - t0);
        await sleep(20);
      }

      // The projector: on every change event it refetches room.status, one fetch at a time, as the UI does.
      const shown: { at: number; ballots: Map<string, number> }[] = [];
      let fetching = false;
      let dirty = false;
      const refetch = async (): Promise<void> => {
        if (fetching) {
          dirty = true;
          return;
        }
        fetching = true;
        do {
          dirty = false;
          const s = await op<{ polls: { pollId: string; phoneBallots: number }[] }>('room.status', { forumId: forum.id });
          shown.push({ at: now(), ballots: new Map(s.polls.map((p) => [p.pollId, p.phoneBallots])) });
        } while (dirty);
        fetching = false;
      };
      open.push(
        await stream({ host: '127.0.0.1', port: hostPort, path: `/api/events?token=${token}` }, (_event, data) => {
          const e = JSON.parse(data) as { entity: string };
          if (e.entity === 'room' || e.entity === 'poll') void refetch();
        }),
      );

      // The facilitator keeps working during the burst: their screen's reads, every 50 ms.
      const facilitator: number[] = [];
      let bursting = true;
      const facilitatorLoop = (async () => {
        while (bursting) {
          const t0 = now();
          await Promise.all([op('room.status', { forumId: forum.id }), op('polls.results', { id: borda.id })]);
          facilitator.push(now() - t0);
          await sleep(50);
        }
      })();

      const truth: TruthBallot[] = [];
      /** Each answered ballot request: send → answer (the answer leaves after the commit). */
      const requestToAnswer: number[] = [];
      /** Each ballot: the phone's first send → the receipt it keeps, its waits after the injected faults included. */
      const wholeWait: number[] = [];
      const counts = { duplicates: 0, droppedAnswers: 0, cut: 0, streamDrops: 0, resends: 0, snapshots: 0 };

      /** Sends until the phone has an answer it keeps: the way the phone page's outbox does. */
      const vote = async (i: number, voter: string, pollId: string, ballot: TruthBallot['ballot']) => {
        const ballotId = hex();
        const send = async (cut?: number) => {
          const t0 = now();
          const r = await request({ ...room, localAddress: addressOf(i), method: 'POST', path: '/room/ballots', headers: { authorization: `Bearer ${voter}` }, body: { ballotId, pollId, ballot }, cut });
          if (r.status === 200) requestToAnswer.push(now() - t0);
          return r;
        };
        const first = now();
        const roll = Math.random();
        for (let attempt = 0; ; attempt++) {
          if (attempt > 0) counts.resends += 1;
          try {
            if (attempt === 0 && roll < 0.15) {
              counts.duplicates += 1;
              await Promise.all([send(), send()]);
            } else if (attempt === 0 && roll < 0.3) {
              // Stored on the laptop, the answer lost on the way back.
              const r = await send();
              if (r.status === 200) counts.droppedAnswers += 1;
              await sleep(100 + Math.random() * 200);
              continue;
            } else if (attempt === 0 && roll < 0.4) {
              counts.cut += 1;
              await send(Math.random() * 10);
              continue;
            }
            const r = await send();
            if (r.status === 200) break;
            if (r.status !== 429 && r.status < 500) throw new Error(`ballot refused: ${r.status} ${r.body}`);
          } catch (error) {
            if (!(error instanceof Error) || !/cut|ECONNRESET|socket hang up/.test(error.message)) throw error;
          }
          await sleep(200 + Math.random() * 300);
        }
        wholeWait.push(now() - first);
        truth.push({ pollId, ballot });
      };

      const phone = async (i: number) => {
        await sleep(Math.random() * 1500);
        const joined = await request({ ...room, localAddress: addressOf(i), method: 'POST', path: '/room/join', body: { code } });
        if (joined.status !== 200) throw new Error(`join refused: ${joined.status} ${joined.body}`);
        const voter = (JSON.parse(joined.body) as { voterToken: string }).voterToken;
        const connect = () => stream({ ...room, localAddress: addressOf(i), path: `/room/events?token=${voter}` }, (event) => {
          if (event === 'state') counts.snapshots += 1;
        });
        let live = await connect();
        open.push(live);
        const choice = (['yes', 'no', 'abstain'] as const)[Math.floor(Math.random() * 3)] as string;
        const ranking = shuffled(optionIds).slice(0, 1 + Math.floor(Math.random() * optionIds.length));
        const ballots: TruthBallot[] = shuffled([
          { pollId: yesNo.id, ballot: { choice } },
          { pollId: borda.id, ballot: { ranking } },
        ]);
        for (const b of ballots) {
          await sleep(Math.random() * 2500);
          if (Math.random() < 0.15) {
            // The phone slept, or the Wi-Fi dropped: the stream goes, and comes back.
            counts.streamDrops += 1;
            live.destroy();
            live = await connect();
            open.push(live);
          }
          await vote(i, voter, b.pollId, b.ballot);
        }
      };

      const started = now();
      await Promise.all(Array.from({ length: PHONES }, (_, i) => phone(i)));
      const polls = [yesNo, borda];
      const expected = new Map(polls.map((p) => [p.id, truth.filter((t) => t.pollId === p.id).length]));
      // Let the projector catch up with the last ballot, then stop the facilitator's loop.
      const caughtUp = () => polls.every((p) => (shown[shown.length - 1]?.ballots.get(p.id) ?? 0) >= (expected.get(p.id) ?? 0));
      for (let waited = 0; !caughtUp() && waited < 10_000; waited += 20) await sleep(20);
      bursting = false;
      await facilitatorLoop;

      // Ground truth against what is stored: every ballot once, nothing else. Each stored row's
      // time and entry number (its place in the poll) say when the projector should show it.
      const stored = new Map<string, number>();
      const key = (pollId: string, b: unknown) => `${pollId} ${JSON.stringify(b)}`;
      const rows: { pollId: string; seq: number; at: number }[] = [];
      for (const p of polls) {
        const inputs = await op<{ ballots: { choice?: string; ranking?: string[]; seq: number; createdAt: string }[] }>('polls.inputs', { pollId: p.id });
        for (const b of inputs.ballots) {
          const k = key(p.id, b.choice !== undefined ? { choice: b.choice } : { ranking: b.ranking });
          stored.set(k, (stored.get(k) ?? 0) + 1);
          rows.push({ pollId: p.id, seq: b.seq, at: Date.parse(b.createdAt) });
        }
      }
      let lost = 0;
      for (const t of truth) {
        const k = key(t.pollId, t.ballot);
        const n = stored.get(k) ?? 0;
        if (n > 0) stored.set(k, n - 1);
        else lost += 1;
      }
      const doubled = [...stored.values()].reduce((a, n) => a + n, 0);

      // Projector: for each stored row, the first screen refresh after it whose count for its
      // poll includes it (entry numbers run 1, 2, 3 … in the order of storing).
      const projector = rows.map((r) => {
        const seen = shown.find((s) => s.at >= r.at && (s.ballots.get(r.pollId) ?? 0) >= r.seq);
        return seen ? seen.at - r.at : Number.POSITIVE_INFINITY;
      });
      const last = rows.reduce((a, r) => (r.at > a.at ? r : a), rows[0] ?? { pollId: '', seq: 0, at: 0 });
      const lastShown = shown.find((s) => s.at >= last.at && polls.every((p) => (s.ballots.get(p.id) ?? 0) >= (expected.get(p.id) ?? 0)));
      const lastStored = last.at;

      const ms = (x: number) => (Number.isFinite(x) ? `${fmt(x, 1)} ms` : 'never');
      const goal = (value: number, limit: number) => `${ms(value)}  (goal < ${limit} ms: ${value < limit ? 'met' : 'NOT met'})`;
      const rBase = percentile(roomBase, 0.99);
      const hBase = percentile(hostBase, 0.99);
      line('phones / ballots (truth)', `${PHONES} / ${truth.length} in ${fmt((lastStored - started) / 1000, 1)} s`);
      line('duplicate sends / answers dropped after store / requests cut', `${counts.duplicates} / ${counts.droppedAnswers} / ${counts.cut} (${counts.resends} resends)`);
      line('live streams dropped and reconnected / snapshots received', `${counts.streamDrops} / ${counts.snapshots}`);
      line('lost ballots (goal 0)', `${lost}  (${lost === 0 ? 'met' : 'NOT met'})`);
      line('double-counted ballots (goal 0)', `${doubled}  (${doubled === 0 ? 'met' : 'NOT met'})`);
      line('baseline: idle room round trip p99 (GET /room/state)', ms(rBase));
      line('baseline: idle host round trip p99 (room.status)', ms(hBase));
      line('ballot send → stored p50', `${ms(percentile(requestToAnswer, 0.5))}  (${fmt(percentile(requestToAnswer, 0.5) / rBase, 1)}x baseline)`);
      line('ballot send → stored p99', `${goal(percentile(requestToAnswer, 0.99), GOALS.ballotP99)}  ${fmt(percentile(requestToAnswer, 0.99) / rBase, 1)}x baseline`);
      line('phone: first send → receipt kept, with fault waits, p50 / p99', `${ms(percentile(wholeWait, 0.5))} / ${ms(percentile(wholeWait, 0.99))}`);
      line('projector updated after a ballot p99', `${goal(percentile(projector, 0.99), GOALS.projectorP99)}  ${fmt(percentile(projector, 0.99) / hBase, 1)}x baseline`);
      line('projector updated after the last ballot', lastShown ? goal(lastShown.at - lastStored, GOALS.projectorP99) : 'never');
      line('facilitator UI during the burst p50 (room.status + polls.results)', ms(percentile(facilitator, 0.5)));
      line('facilitator UI during the burst p99', `${goal(percentile(facilitator, 0.99), GOALS.facilitatorP99)}  ${fmt(percentile(facilitator, 0.99) / hBase, 1)}x baseline`);
    } finally {
      for (const r of open) r.destroy();
      if (app) {
        const exited = new Promise((resolve) => app?.child.once('exit', resolve));
        app.child.kill('SIGTERM');
        await Promise.race([exited, sleep(5000)]);
      }
      scratch.remove();
    }
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(roomLoad.name);
  await roomLoad.run();
}
