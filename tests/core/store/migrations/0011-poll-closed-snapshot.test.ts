import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';

it('migration 11 records how many were eligible for every closed poll (by its eligibility), none for the others', async () => {
  const file = path.join(tempDir(), 'm11.db');
  const v10 = await openDatabase(file, { targetVersion: 10 });
  const run = (sql: string, ...params: unknown[]) => v10.prepare(sql).run(...params);
  run("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวที', 'village', '2026-11-23', 'open', ?, ?)", AT, AT);
  for (const [i, checkedIn] of [true, true, true, false].entries()) {
    run("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES (?, 'คน', 'male', ?, ?)", `p${i}`, AT, AT);
    run('INSERT INTO attendance (forum_id, person_id, registered_at, checked_in_at) VALUES (?, ?, ?, ?)', 'f1', `p${i}`, AT, checkedIn ? AT : null);
  }
  run("INSERT INTO small_group (id, forum_id, name, position, created_at) VALUES ('g1', 'f1', 'กลุ่ม', 1, ?)", AT);
  run("INSERT INTO group_member (group_id, person_id) VALUES ('g1', 'p0'), ('g1', 'p1')");
  const poll = (id: string, eligibility: string, status: string, group: string | null = null) =>
    run(
      `INSERT INTO poll (id, forum_id, title, method, rules, tie_rule, eligibility, eligible_group_id, status, created_at, updated_at)
       VALUES (?, 'f1', 'โหวต', 'yes_no', '{}', '{"rule":"revote"}', ?, ?, ?, ?, ?)`,
      id,
      eligibility,
      group,
      status,
      AT,
      AT,
    );
  poll('closed-all', 'checked_in', 'closed');
  poll('closed-group', 'group', 'closed', 'g1');
  poll('closed-list', 'list', 'closed');
  run("INSERT INTO poll_voter (poll_id, person_id) VALUES ('closed-list', 'p3')");
  poll('open', 'checked_in', 'open');
  poll('draft', 'checked_in', 'draft');
  v10.close();

  const db = await openDatabase(file, { targetVersion: 11 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.prepare('SELECT id, closed_eligible_count AS n FROM poll ORDER BY id').all()).toEqual([
      { id: 'closed-all', n: 3 },
      { id: 'closed-group', n: 2 },
      { id: 'closed-list', n: 1 },
      { id: 'draft', n: null },
      { id: 'open', n: null },
    ]);
    expect(() => db.prepare("UPDATE poll SET closed_eligible_count = -1 WHERE id = 'open'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE poll SET closed_eligible_count = 'many' WHERE id = 'open'").run()).toThrow();
  } finally {
    db.close();
  }
});
