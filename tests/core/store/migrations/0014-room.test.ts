import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { migrations } from '../../../../electron/core/store/migrations';
import m0014 from '../../../../electron/core/store/migrations/0014-room';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';
// The integrator may renumber: the version is this migration's place in the list.
const VERSION = migrations.indexOf(m0014) + 1;
const hex = (n: number) => n.toString(16).padStart(32, '0');

it('migration 0014 adds the room: one open room per forum, ballot ids unique, who-voted without rowid or time', async () => {
  const file = path.join(tempDir(), 'm14.db');
  const before = await openDatabase(file, { targetVersion: VERSION - 1 });
  before.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2026-11-23', 'open', ?, ?)").run(AT, AT);
  before
    .prepare("INSERT INTO poll (id, forum_id, title, method, rules, tie_rule, eligibility, status, created_at, updated_at) VALUES ('p1', 'f1', 'ถนน', 'borda', '{}', '{\"rule\":\"revote\"}', 'checked_in', 'open', ?, ?)")
    .run(AT, AT);
  expect(before.prepare("SELECT name FROM sqlite_schema WHERE name = 'room_ballot'").get()).toBeUndefined();
  before.close();

  const db = await openDatabase(file, { targetVersion: VERSION });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(VERSION);
    expect(db.prepare('SELECT title FROM poll').pluck().all()).toEqual(['ถนน']);

    const room = db.prepare('INSERT INTO room (id, forum_id, join_code, host, port, opened_at) VALUES (?, ?, ?, ?, ?, ?)');
    room.run('r1', 'f1', '123456', '192.168.1.10', 8765, AT);
    expect(() => room.run('r2', 'f1', '654321', '192.168.1.10', 8765, AT)).toThrow(/UNIQUE/);
    db.prepare("UPDATE room SET closed_at = ? WHERE id = 'r1'").run(AT);
    room.run('r2', 'f1', '654321', '192.168.1.10', 8765, AT);

    const ballot = db.prepare("INSERT INTO room_ballot (ballot_id, poll_id, voter_key, receipt) VALUES (?, 'p1', ?, 'R')");
    ballot.run(hex(1), 'device:v1');
    expect(() => ballot.run(hex(1), 'device:v2')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => ballot.run(hex(2), 'device:v1')).toThrow(/UNIQUE/);
    expect(() => ballot.run('not-hex', 'device:v3')).toThrow(/CHECK/);
    ballot.run(hex(3), null);
    ballot.run(hex(4), null);

    const voted = db.prepare("INSERT INTO poll_voted (poll_id, voter_key) VALUES ('p1', ?)");
    voted.run('person:b');
    voted.run('person:a');
    expect(() => voted.run('person:a')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => voted.run('someone')).toThrow(/CHECK/);
    expect(() => db.prepare('SELECT rowid FROM poll_voted').all()).toThrow(/rowid/);
    expect(db.prepare('SELECT voter_key FROM poll_voted').pluck().all()).toEqual(['person:a', 'person:b']);
    expect((db.pragma('table_info(poll_voted)') as { name: string }[]).map((c) => c.name)).toEqual(['poll_id', 'voter_key']);

    expect(() => db.prepare("INSERT INTO room_poll (poll_id, voters) VALUES ('p1', 'everyone')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO room_poll (poll_id) VALUES ('p1')").run();
    expect(db.prepare('SELECT voters, secret, allow_change, revealed_at FROM room_poll').get()).toEqual({ voters: 'devices', secret: 0, allow_change: 1, revealed_at: null });
  } finally {
    db.close();
  }
});
