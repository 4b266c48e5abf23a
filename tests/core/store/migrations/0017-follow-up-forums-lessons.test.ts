import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import m0017 from '../../../../electron/core/store/migrations/0017-follow-up-forums-lessons';
import { tempDir } from '../../../support/temp';
import { versionOf } from './version-of';

const AT = '2027-03-01T02:00:00.000Z';

it('migration 17 links a forum to the earlier forums it follows up (no key on them) and keeps lessons per forum and project', async () => {
  const file = path.join(tempDir(), 'm17.db');
  const V = versionOf(m0017);
  const before = await openDatabase(file, { targetVersion: V - 1 });
  const forum = before.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES (?, ?, 'village', '2027-03-01', 'open', ?, ?)");
  forum.run('old1', 'เวทีหมู่ 1', AT, AT);
  forum.run('old2', 'เวทีหมู่ 2', AT, AT);
  forum.run('new', 'เวทีติดตาม', AT, AT);
  before.prepare("INSERT INTO agenda_item (id, forum_id, position, title, created_at) VALUES ('i3', 'new', 2, 'เรื่องสืบเนื่อง', ?)").run(AT);
  before.prepare("INSERT INTO project (id, forum_id, title, type, status, position, created_at, updated_at) VALUES ('pr', 'old1', 'ขุดลอกหนอง', 'self', 'approved', 0, ?, ?)").run(AT, AT);
  before.close();

  const db = await openDatabase(file, { targetVersion: V });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(V);
    db.prepare("INSERT INTO follow_up (forum_id, agenda_item_id, created_at) VALUES ('new', 'i3', ?)").run(AT);
    const source = db.prepare('INSERT INTO follow_up_source (forum_id, earlier_forum_id, position) VALUES (?, ?, ?)');
    source.run('new', 'old1', 0);
    source.run('new', 'old2', 1);
    expect(() => source.run('new', 'old1', 2)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => source.run('old1', 'old2', 0)).toThrow(/FOREIGN KEY/);
    // An earlier forum gone (or not imported here) leaves the link for readers to flag.
    db.prepare("DELETE FROM forum WHERE id = 'old2'").run();
    expect(db.prepare("SELECT earlier_forum_id FROM follow_up_source WHERE forum_id = 'new' ORDER BY position").pluck().all()).toEqual(['old1', 'old2']);
    db.prepare("DELETE FROM agenda_item WHERE id = 'i3'").run();
    expect(db.prepare("SELECT agenda_item_id FROM follow_up WHERE forum_id = 'new'").pluck().get()).toBeNull();

    const lesson = db.prepare('INSERT INTO lesson (id, forum_id, project_id, kind, text, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    lesson.run('l1', 'new', 'pr', 'obstacle', 'ขุดลอกช่วงฤดูฝนไม่ได้', 0, AT, AT);
    lesson.run('l2', 'new', null, 'next_time', 'เริ่มประสานงบประมาณตั้งแต่ต้นปีงบ', 1, AT, AT);
    expect(() => lesson.run('l3', 'new', null, 'other', 'x', 2, AT, AT)).toThrow(/CHECK/);
    expect(() => lesson.run('l4', 'new', null, 'obstacle', '   ', 2, AT, AT)).toThrow(/CHECK/);
    db.prepare("DELETE FROM forum WHERE id = 'new'").run();
    expect(db.prepare('SELECT count(*) FROM follow_up').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM lesson').pluck().get()).toBe(0);
  } finally {
    db.close();
  }
});
