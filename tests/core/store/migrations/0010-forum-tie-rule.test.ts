import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';

it('migration 10 gives every forum a default tie rule (the casting vote for existing ones), only the three known rules', async () => {
  const file = path.join(tempDir(), 'm10.db');
  const v9 = await openDatabase(file, { targetVersion: 9 });
  v9.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2026-11-23', 'open', ?, ?)").run(AT, AT);
  expect((v9.pragma('table_info(forum)') as { name: string }[]).map((c) => c.name)).not.toContain('default_tie_rule');
  v9.close();

  const db = await openDatabase(file, { targetVersion: 10 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare('SELECT id, title, default_tie_rule FROM forum').all()).toEqual([{ id: 'f1', title: 'เวทีเดิม', default_tie_rule: 'casting_vote' }]);
    const update = db.prepare('UPDATE forum SET default_tie_rule = ? WHERE id = ?');
    update.run('lottery', 'f1');
    update.run('revote', 'f1');
    expect(() => update.run('coin_toss', 'f1')).toThrow(/CHECK/);
    expect(() => update.run(null, 'f1')).toThrow(/NOT NULL/);
    expect(db.prepare('SELECT default_tie_rule FROM forum').pluck().get()).toBe('revote');
  } finally {
    db.close();
  }
});
