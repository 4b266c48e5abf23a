import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';

it('migration 12 adds an empty erasure log holding ids, times and a yes/no flag only', async () => {
  const file = path.join(tempDir(), 'm12.db');
  (await openDatabase(file, { targetVersion: 11 })).close();

  const db = await openDatabase(file, { targetVersion: 12 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect((db.pragma('table_info(erasure)') as { name: string }[]).map((c) => c.name)).toEqual(['person_id', 'erased_at', 'redacted']);
    expect(db.prepare('SELECT count(*) AS n FROM erasure').get()).toEqual({ n: 0 });
    const insert = db.prepare('INSERT INTO erasure (person_id, erased_at, redacted) VALUES (?, ?, ?)');
    insert.run('p1', AT, 1);
    expect(() => insert.run('p1', AT, 0)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('p2', AT, 2)).toThrow(/CHECK/);
    expect(() => insert.run('p3', null, 0)).toThrow(/NOT NULL/);
    expect(() => insert.run('p4', AT, 'yes')).toThrow();
  } finally {
    db.close();
  }
});
