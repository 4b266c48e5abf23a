/**
 * (a) Durable single-row writes: each one its own transaction, synced before it returns, the way
 * a check-in at the registration table is written. Through the store (dispatch: validation,
 * handler, audit row, change event, output check) against a raw prepared INSERT with the same
 * pragmas. Ops are interleaved so disk hiccups hit every variant alike.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { type Core, createCore } from '../electron/core/app';
import { type Bench, fmt, line, median, openRaw, scratchDir, timed, verdict } from './support';

const OPS = Number(process.env.WETHI_BENCH_OPS ?? 1000);
const WARM_UP = 20;

const draft = (i: number) => ({
  titlePrefix: 'นาย',
  firstName: `สมชาย${i}`,
  lastName: 'ใจดี',
  gender: 'male' as const,
  ageGroup: '36_59' as const,
  phone: `08${String(10_000_000 + i).slice(-8)}`,
  village: '3',
  sector: 'citizens' as const,
  role: 'direct_recipient' as const,
});

const PERSON_SQL = `INSERT INTO person (id, title_prefix, first_name, last_name, gender, age_group, phone, organisation, position, village,
  sector, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?)`;

function rawWriters(db: Database.Database, forumId: string) {
  const person = db.prepare(PERSON_SQL);
  const attendance = db.prepare(
    'INSERT INTO attendance (forum_id, person_id, registered_at, checked_in_at, registered_by_check_in) VALUES (?, ?, ?, ?, 1)',
  );
  const audit = db.prepare('INSERT INTO audit (id, at, op, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)');
  const insertPerson = (i: number) => {
    const d = draft(i);
    const at = new Date().toISOString();
    const id = uuidv7();
    person.run(id, d.titlePrefix, d.firstName, d.lastName, d.gender, d.ageGroup, d.phone, d.village, d.sector, d.role, at, at);
    return { id, at };
  };
  return {
    // Autocommit: one statement, one transaction, one sync.
    person: (i: number) => insertPerson(i),
    personAndCheckIn: db.transaction((i: number) => {
      const { id, at } = insertPerson(i);
      attendance.run(forumId, id, at, at);
    }),
    // The same work plus the audit rows the store writes, to show what the audit costs.
    personAndCheckInAudited: db.transaction((i: number) => {
      const { id, at } = insertPerson(i);
      attendance.run(forumId, id, at, at);
      audit.run(uuidv7(), at, 'attendance.addAndCheckIn', 'person', id, null);
      audit.run(uuidv7(), at, 'attendance.addAndCheckIn', 'attendance', id, forumId);
    }),
  };
}

interface Variant {
  label: string;
  op: (i: number) => unknown | Promise<unknown>;
}

/**
 * Ops are interleaved one by one (store, raw, store, ...), starting with a different variant each
 * time, so a slow patch of the disk lands on every variant alike. The median op time shrugs off
 * the odd stalled fsync; CPU time (a mean) leaves out the wait for the disk altogether and shows
 * our own overhead even on a noisy machine.
 */
async function measure(variants: Variant[]): Promise<Map<string, { ms: number; cpuUs: number }>> {
  const samples = new Map<string, { ms: number[]; cpuUs: number }>(variants.map((v) => [v.label, { ms: [], cpuUs: 0 }]));
  // Warm up statements and the JIT on numbers the measured ops do not use.
  for (let i = 0; i < WARM_UP; i++) for (const v of variants) await v.op(OPS + i);
  for (let i = 0; i < OPS; i++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(i + k) % variants.length];
      const s = v && samples.get(v.label);
      if (!v || !s) continue;
      const cpu = process.cpuUsage();
      s.ms.push(await timed(() => v.op(i)));
      const used = process.cpuUsage(cpu);
      s.cpuUs += used.user + used.system;
    }
  }
  return new Map([...samples].map(([label, s]) => [label, { ms: median(s.ms), cpuUs: s.cpuUs / OPS }]));
}

async function unwrap(core: Core, op: string, input: unknown) {
  const result = await core.dispatch(op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
  return result.value;
}

export const storeInserts: Bench = {
  name: 'Durable single-row inserts (each its own transaction)',
  async run() {
    const scratch = scratchDir('inserts');
    try {
      const core = await createCore({ dbPath: path.join(scratch.dir, 'store.db'), backupIntervalMs: 0, backupOnOpen: false });
      const forum = (await unwrap(core, 'forums.create', { title: 'bench', date: '2026-11-23' })) as { id: string };
      const raw = await openRaw(path.join(scratch.dir, 'raw.db'));
      const rawForum = uuidv7();
      raw
        .prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES (?, 'bench', 'village', '2026-11-23', 'planned', ?, ?)")
        .run(rawForum, new Date().toISOString(), new Date().toISOString());
      const w = rawWriters(raw, rawForum);

      const r = await measure([
        { label: 'store people.create', op: (i) => unwrap(core, 'people.create', draft(i)) },
        { label: 'raw person insert', op: (i) => w.person(i) },
        { label: 'store attendance.addAndCheckIn', op: (i) => unwrap(core, 'attendance.addAndCheckIn', { forumId: forum.id, person: draft(i) }) },
        { label: 'raw person + attendance', op: (i) => w.personAndCheckIn(i) },
        { label: 'raw person + attendance + 2 audit rows', op: (i) => w.personAndCheckInAudited(i) },
        { label: 'store handler, no dispatch', op: (i) => core.handlers['people.create']({ ...draft(i), organisation: null, position: null, sensitive: null }) },
      ]);
      const ms = (label: string) => r.get(label)?.ms ?? Number.NaN;
      const cpu = (label: string) => r.get(label)?.cpuUs ?? Number.NaN;
      const ratio = (store: string, raw: string) => ms(raw) / ms(store);

      line('ops per variant (interleaved; median time, mean CPU)', `${fmt(OPS)}; files in ${scratch.dir}`);
      for (const [label, value] of r) line(label, `${fmt(1000 / value.ms).padStart(6)} ops/s  ${value.ms.toFixed(3)} ms/op  cpu ${fmt(value.cpuUs)} µs/op`);
      verdict('people.create / raw insert', ratio('store people.create', 'raw person insert'), 0.7);
      verdict('addAndCheckIn / raw person + attendance', ratio('store attendance.addAndCheckIn', 'raw person + attendance'), 0.7);
      const extra = (a: string, b: string) => `${fmt(cpu(a) - cpu(b))} µs/op cpu`;
      line("where the store's extra time goes (differences in CPU time):", '');
      line('  audit rows (raw with 2 audit rows - raw)', extra('raw person + attendance + 2 audit rows', 'raw person + attendance'));
      line('  dispatch: zod input, outputs unchecked (people.create - handler)', extra('store people.create', 'store handler, no dispatch'));
      line('  everything (addAndCheckIn - raw person + attendance)', extra('store attendance.addAndCheckIn', 'raw person + attendance'));

      raw.close();
      core.close();
    } finally {
      scratch.remove();
    }
  },
};
