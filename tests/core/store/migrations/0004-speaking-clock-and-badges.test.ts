import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(AT) + minutes * 60_000).toISOString();

it('migration 4 numbers existing attendance by registration, numbers new rows by trigger, and adds the speech limit', async () => {
  const file = path.join(tempDir(), 'm4.db');
  const v3 = await openDatabase(file, { targetVersion: 3 });
  const insertForum = v3.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES (?, 'เวที', 'village', '2026-11-23', 'open', ?, ?)");
  insertForum.run('f1', AT, AT);
  insertForum.run('f2', AT, AT);
  for (const id of ['p1', 'p2', 'p3', 'p4']) {
    v3.prepare("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES (?, 'มาลี', 'female', ?, ?)").run(id, AT, AT);
  }
  const attend = v3.prepare('INSERT INTO attendance (forum_id, person_id, registered_at) VALUES (?, ?, ?)');
  // Inserted out of registration order; p1 and p3 registered at the same moment (insertion order decides).
  attend.run('f1', 'p2', later(5));
  attend.run('f1', 'p1', later(0));
  attend.run('f1', 'p3', later(0));
  attend.run('f2', 'p3', later(1));
  // Two running speeches in one forum and a doubled queue entry: version 3 had no rule against them.
  const speech = v3.prepare('INSERT INTO speech (id, forum_id, person_id, started_at) VALUES (?, ?, ?, ?)');
  speech.run('s1', 'f1', 'p1', later(1));
  speech.run('s2', 'f1', 'p2', later(3));
  const queue = v3.prepare('INSERT INTO speaker_queue (id, forum_id, person_id, position, added_at) VALUES (?, ?, ?, ?, ?)');
  queue.run('q1', 'f1', 'p3', 1, AT);
  queue.run('q2', 'f1', 'p3', 2, AT);
  v3.close();

  const db = await openDatabase(file, { targetVersion: 4 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const numbers = (forum: string) => db.prepare('SELECT person_id, badge_number FROM attendance WHERE forum_id = ? ORDER BY badge_number').all(forum);
    expect(numbers('f1')).toEqual([
      { person_id: 'p1', badge_number: 1 },
      { person_id: 'p3', badge_number: 2 },
      { person_id: 'p2', badge_number: 3 },
    ]);
    expect(numbers('f2')).toEqual([{ person_id: 'p3', badge_number: 1 }]);

    // New rows get the next number of their forum; taking someone off never renumbers the rest.
    db.prepare("DELETE FROM attendance WHERE forum_id = 'f1' AND person_id = 'p3'").run();
    db.prepare("INSERT INTO attendance (forum_id, person_id, registered_at) VALUES ('f1', 'p4', ?)").run(later(9));
    db.prepare("INSERT INTO attendance (forum_id, person_id, registered_at) VALUES ('f2', 'p4', ?)").run(later(9));
    expect(numbers('f1')).toEqual([
      { person_id: 'p1', badge_number: 1 },
      { person_id: 'p2', badge_number: 3 },
      { person_id: 'p4', badge_number: 4 },
    ]);
    expect(numbers('f2')).toEqual([
      { person_id: 'p3', badge_number: 1 },
      { person_id: 'p4', badge_number: 2 },
    ]);

    // The older running speech was ended where the newer one began; only one may run now.
    expect(db.prepare('SELECT id, ended_at, limit_seconds FROM speech ORDER BY id').all()).toEqual([
      { id: 's1', ended_at: later(3), limit_seconds: null },
      { id: 's2', ended_at: null, limit_seconds: null },
    ]);
    expect(() => db.prepare("INSERT INTO speech (id, forum_id, started_at) VALUES ('s3', 'f1', ?)").run(later(4))).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT id FROM speaker_queue').all()).toEqual([{ id: 'q1' }]);
    expect(() => db.prepare("INSERT INTO speaker_queue (id, forum_id, person_id, position, added_at) VALUES ('q3', 'f1', 'p3', 3, ?)").run(AT)).toThrow(
      /UNIQUE/,
    );

    db.prepare("UPDATE forum SET speech_limit_seconds = 120 WHERE id = 'f1'").run();
    expect(() => db.prepare("UPDATE forum SET speech_limit_seconds = 0 WHERE id = 'f1'").run()).toThrow(/CHECK/);
  } finally {
    db.close();
  }
});
