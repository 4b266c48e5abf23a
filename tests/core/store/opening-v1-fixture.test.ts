/**
 * tests/fixtures/db/v1.db was written by schema version 1 (see make-v1.mts). Today's code must
 * open it, back it up first, migrate it, and show the same forum, people and attendance.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrations } from '../../../electron/core/store/migrations';
import { openCore } from '../../support/core';
import { sha256, tempDir } from '../../support/temp';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/db/v1.db');
const FORUM = '01936d2a-0000-7000-8000-000000000001';
const SOMCHAI = '01936d2a-0000-7000-8000-000000000101';
const MALEE = '01936d2a-0000-7000-8000-000000000102';
const AMPAI = '01936d2a-0000-7000-8000-000000000103';

it('migrates the version-1 fixture to the latest version with its data intact and a migration backup first', async () => {
  const fixtureHash = sha256(FIXTURE);
  const dir = tempDir();
  const dbPath = path.join(dir, 'wethi.db');
  fs.copyFileSync(FIXTURE, dbPath);

  const { core, call } = await openCore({ dir, dbPath, backupOnOpen: true });

  const version = new Database(dbPath, { readonly: true });
  expect(version.pragma('user_version', { simple: true })).toBe(migrations.length);
  version.close();

  const forum = await call('forums.get', { id: FORUM });
  expect(forum).toMatchObject({
    title: 'เวทีบูรณาการแผนชุมชนระดับตำบล',
    kind: 'tambon_integration',
    number: '1/2569',
    date: '2026-11-23',
    startTime: '09:00',
    endTime: '16:00',
    tambon: 'หนองบัว',
    iap2Level: 'involve',
    status: 'planned',
    expectedSectors: ['local_government', 'citizens'],
    archived: false,
    attendeeCount: 3,
    checkedInCount: 2,
  });

  const attendees = await call('attendance.list', { forumId: FORUM });
  // Thai order of first names: มาลี, สมชาย, อำไพ.
  expect(attendees.map((a) => [a.person.id, a.person.firstName, a.checkedInAt])).toEqual([
    [MALEE, 'มาลี', '2026-11-23T02:07:00.000Z'],
    [SOMCHAI, 'สมชาย', '2026-11-23T02:05:00.000Z'],
    [AMPAI, 'อำไพ', null],
  ]);
  expect(attendees[0]?.person.sensitive).toEqual({
    disadvantagedGroups: ['elderly', 'low_income'],
    consentGivenAt: '2026-11-20T03:00:00.000Z',
    consentRecordedBy: 'นายบันทึก ผู้จด',
  });
  expect((await call('people.get', { id: SOMCHAI })).phone).toBe('0812345678');

  // A check-in recorded by version 1 counts as pre-registered: undo keeps the registration.
  await call('attendance.undoCheckIn', { forumId: FORUM, personId: SOMCHAI });
  expect((await call('forums.get', { id: FORUM })).attendeeCount).toBe(3);

  const backups = await call('backups.list', {});
  const migration = backups.filter((b) => b.reason === 'migration');
  expect(migration).toHaveLength(1);
  // The migration copy is the old file, untouched by the migration.
  const copy = new Database(path.join(core.backupDir, migration[0]?.name ?? ''), { readonly: true });
  expect(copy.pragma('user_version', { simple: true })).toBe(1);
  expect(copy.prepare('SELECT count(*) AS n FROM attendance').get()).toEqual({ n: 3 });
  copy.close();

  expect(sha256(FIXTURE)).toBe(fixtureHash);
});
