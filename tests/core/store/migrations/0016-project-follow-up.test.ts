import { createHash } from 'node:crypto';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import m0016 from '../../../../electron/core/store/migrations/0016-project-follow-up';
import { tempDir } from '../../../support/temp';
import { versionOf } from './version-of';

const AT = '2027-03-01T02:00:00.000Z';

it('migration 16 adds status history with spending and stored evidence files, and the ผ.02 details of a project', async () => {
  const file = path.join(tempDir(), 'm16.db');
  const V = versionOf(m0016);
  const before = await openDatabase(file, { targetVersion: V - 1 });
  before.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2027-03-01', 'open', ?, ?), ('f2', 'เวทีติดตาม', 'village', '2027-06-01', 'open', ?, ?)").run(AT, AT, AT, AT);
  before.prepare("INSERT INTO project (id, forum_id, title, type, status, position, created_at, updated_at) VALUES ('pr', 'f1', 'ขุดลอกหนอง', 'self', 'approved', 0, ?, ?)").run(AT, AT);
  before.prepare("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES ('p1', 'สมศักดิ์', 'male', ?, ?)").run(AT, AT);
  before.close();

  const db = await openDatabase(file, { targetVersion: V });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(V);
    expect(db.prepare('SELECT title FROM project').pluck().all()).toEqual(['ขุดลอกหนอง']);
    const status = db.prepare(
      'INSERT INTO status_update (id, project_id, forum_id, status, reason, progress_percent, reported_on, reported_by_person_id, reported_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    // Recorded in the follow-up forum f2, about a project of f1.
    status.run('u1', 'pr', 'f2', 'in_progress', null, 40, '2027-05-01', 'p1', null, AT);
    status.run('u2', 'pr', 'f2', 'delayed', 'ฝนตกหนัก', 60, '2027-06-01', null, 'ผู้ใหญ่บ้าน', AT);
    expect(() => status.run('u3', 'pr', 'f2', 'dropped', null, null, '2027-06-01', null, null, AT)).toThrow(/CHECK/);
    expect(() => status.run('u4', 'pr', 'f2', 'in_progress', null, 101, '2027-06-01', null, null, AT)).toThrow(/CHECK/);
    expect(() => status.run('u5', 'pr', 'f2', 'paused', null, null, '2027-06-01', null, null, AT)).toThrow(/CHECK/);
    expect(() => status.run('u6', 'pr', 'f2', 'done', null, 100, '2027-06-01', 'p1', 'copy', AT)).toThrow(/CHECK/);

    db.prepare("INSERT INTO status_spending (update_id, source, amount_satang) VALUES ('u1', 'อบต.', 100000), ('u1', 'กองทุนหมู่บ้าน', 5000)").run();
    expect(() => db.prepare("INSERT INTO status_spending (update_id, source, amount_satang) VALUES ('u1', 'x', -1)").run()).toThrow(/CHECK/);

    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const sha = createHash('sha256').update(photo).digest('hex');
    const attach = db.prepare('INSERT INTO attachment (id, update_id, file_name, mime_type, size_bytes, sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    attach.run('a1', 'u1', 'หนอง.jpg', 'image/jpeg', photo.length, sha, photo, AT);
    expect(() => attach.run('a2', 'u1', 'x.jpg', 'image/jpeg', photo.length + 1, sha, photo, AT)).toThrow(/CHECK/);
    expect(() => attach.run('a3', 'u1', 'x.jpg', 'image/jpeg', photo.length, 'short', photo, AT)).toThrow(/CHECK/);
    expect(Buffer.compare(db.prepare("SELECT data FROM attachment WHERE id = 'a1'").pluck().get() as Buffer, photo)).toBe(0);

    db.prepare("INSERT INTO project_plan (project_id, objective, target, updated_at) VALUES ('pr', 'เพื่อมีน้ำใช้', 'หนอง 1 แห่ง', ?)").run(AT);
    db.prepare("INSERT INTO project_budget_year (project_id, fiscal_year, amount_satang) VALUES ('pr', 2570, 45000000)").run();
    expect(() => db.prepare("INSERT INTO project_budget_year (project_id, fiscal_year, amount_satang) VALUES ('pr', 2027, 1)").run()).toThrow(/CHECK/);

    // PDPA: the reporter's link goes, the update stays.
    db.prepare("DELETE FROM person WHERE id = 'p1'").run();
    expect(db.prepare("SELECT reported_by_person_id, reported_by FROM status_update WHERE id = 'u1'").get()).toEqual({ reported_by_person_id: null, reported_by: null });
    // The follow-up forum's records go with it; the project stays in its own forum.
    db.prepare("DELETE FROM forum WHERE id = 'f2'").run();
    expect(db.prepare('SELECT count(*) FROM status_update').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM attachment').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM project_plan').pluck().get()).toBe(1);
  } finally {
    db.close();
  }
});
