import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_ROLLING } from '../../../electron/core/store/backups';
import { openCore } from '../../support/core';
import { forumDraft } from '../../support/factories';
import { readDb, tempDir } from '../../support/temp';

const FIXTURE_V1 = path.resolve(import.meta.dirname, '../../fixtures/db/v1.db');

describe('backups', () => {
  it('takes one on open, named for its reason, holding what the file held', async () => {
    const dir = tempDir();
    const first = await openCore({ dir });
    await first.call('forums.create', forumDraft({ title: 'ก่อนปิด' }));
    first.core.close();

    const { core, call } = await openCore({ dir, backupOnOpen: true });
    const list = await call('backups.list', {});
    expect(list.map((b) => b.reason)).toEqual(['open']);
    expect(list[0]?.name).toMatch(/^wethi-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-open\.db$/);
    expect(list[0]?.sizeBytes).toBe(fs.statSync(path.join(core.backupDir, list[0]?.name ?? '')).size);

    // The copy is a database of its own with the forum in it.
    expect(readDb(path.join(core.backupDir, list[0]?.name ?? ''), 'SELECT title FROM forum')).toEqual([{ title: 'ก่อนปิด' }]);
  });

  it('backups.create adds a manual backup and returns it as listed', async () => {
    const { call } = await openCore();
    const made = await call('backups.create', {});
    expect(made.reason).toBe('manual');
    expect(await call('backups.list', {})).toEqual([made]);
  });

  it(`keeps only the newest ${KEEP_ROLLING} rolling backups, and every migration backup`, async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'wethi.db');
    fs.copyFileSync(FIXTURE_V1, dbPath);
    const { call } = await openCore({ dir, dbPath, backupOnOpen: true });

    const made: string[] = [];
    for (let i = 0; i < 12; i++) {
      made.push((await call('backups.create', {})).name);
      // Names carry the millisecond; keep them apart so their order is unambiguous.
      await new Promise((r) => setTimeout(r, 3));
    }
    const list = await call('backups.list', {});
    const rolling = list.filter((b) => b.reason !== 'migration').map((b) => b.name);
    // Newest first: the last ten manual ones; the open backup and the two oldest manual ones are gone.
    expect(rolling).toEqual(made.slice(2).reverse());
    expect(list.filter((b) => b.reason === 'migration')).toHaveLength(1);
    expect(list).toHaveLength(11);
  });

  it('restore brings back the old data after backing up the current file, and the core keeps working', async () => {
    const { core, call, events } = await openCore();
    await call('forums.create', forumDraft({ title: 'เวทีที่หนึ่ง' }));
    const snapshot = await call('backups.create', {});
    await call('forums.create', forumDraft({ title: 'เวทีที่สอง (หลังสำรอง)' }));
    await new Promise((r) => setTimeout(r, 3));

    events.length = 0;
    expect(await call('backups.restore', { name: snapshot.name })).toEqual({ ok: true });
    expect((await call('forums.list', {})).map((f) => f.title)).toEqual(['เวทีที่หนึ่ง']);
    // Windows are told to reload everything.
    expect(events).toEqual([{ entity: '*', id: null, forumId: null }]);

    // The file that was replaced is itself kept, with both forums.
    const before = (await call('backups.list', {})).filter((b) => b.reason === 'before_restore');
    expect(before).toHaveLength(1);
    const replaced = readDb(path.join(core.backupDir, before[0]?.name ?? ''), 'SELECT title FROM forum ORDER BY title');
    expect(replaced.map((r) => r.title)).toEqual(['เวทีที่สอง (หลังสำรอง)', 'เวทีที่หนึ่ง'].sort());

    // Writes after the restore land in the restored file and survive a reopen.
    const after = await call('forums.create', forumDraft({ title: 'หลังกู้คืน' }));
    const person = await call('attendance.addAndCheckIn', { forumId: after.id, person: { firstName: 'ทองดี' } });
    expect(person.checkedInAt).not.toBeNull();
    core.close();
    const reopened = await openCore({ dir: path.dirname(core.dbPath), dbPath: core.dbPath });
    expect((await reopened.call('forums.list', {})).map((f) => f.title).sort()).toEqual(['หลังกู้คืน', 'เวทีที่หนึ่ง'].sort());
  });

  it('restoring a name that is not a backup is not_found and changes nothing', async () => {
    const { call } = await openCore();
    await call('forums.create', forumDraft());
    await expect(call('backups.restore', { name: 'wethi-2020-01-01T00-00-00-000Z-manual.db' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await call('backups.list', {})).toEqual([]);
    expect(await call('forums.list', {})).toHaveLength(1);
  });

  it('a backup name with a path in it does not pass the contract', async () => {
    const { core } = await openCore();
    const result = await core.dispatch('backups.restore', { name: '../wethi.db' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
