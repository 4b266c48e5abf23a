/**
 * Issue 11.2: an erased person never comes back. The erasure log (ids only) is applied again
 * to a backup restored (even a copy kept elsewhere and put back, which the erase could not
 * rewrite) and to a session file imported from another computer that still has them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft, personDraft } from '../../support/factories';
import { tempDir } from '../../support/temp';

const FIRST = 'บุญเรือนทดลอง';
const PHONE = '0869998877';

const containsName = (file: string) => fs.readFileSync(file).includes(Buffer.from(FIRST, 'utf8'));

describe('an erased person stays erased', () => {
  it('restoring an older backup (a copy kept elsewhere and put back) does not bring them back', { timeout: 60_000 }, async () => {
    const t = await openCore({ now: steppingClock() });
    const forum = await t.call('forums.create', forumDraft());
    const gone = await t.call('attendance.addAndCheckIn', { forumId: forum.id, person: personDraft({ firstName: FIRST, phone: PHONE }) });
    const stays = await t.call('attendance.addAndCheckIn', { forumId: forum.id, person: personDraft() });
    await t.call('notes.create', { forumId: forum.id, speakerId: gone.person.id, text: `${FIRST} ขอให้ซ่อมถนน` });
    const backup = await t.call('backups.create', {});
    const kept = path.join(tempDir(), backup.name);
    fs.copyFileSync(path.join(t.core.backupDir, backup.name), kept);
    expect(containsName(kept)).toBe(true);

    await t.call('people.erase', { id: gone.person.id, redact: true });
    // Someone puts the old copy back in the folder, and restores it.
    fs.copyFileSync(kept, path.join(t.core.backupDir, backup.name));
    await t.call('backups.restore', { name: backup.name });

    await expect(t.call('people.get', { id: gone.person.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await t.call('attendance.list', { forumId: forum.id })).map((a) => a.person.id)).toEqual([stays.person.id]);
    const notes = await t.call('notes.list', { forumId: forum.id });
    expect(notes.map((n) => [n.text, n.speaker])).toEqual([['[ลบข้อมูลแล้ว] ขอให้ซ่อมถนน', null]]);
    expect(t.peek('SELECT person_id FROM erasure')).toEqual([{ person_id: gone.person.id }]);
    // Nor is the name left in the file, its log or the folder (the copy put back was rewritten).
    const files = [t.dbPath, `${t.dbPath}-wal`, ...fs.readdirSync(t.core.backupDir).map((n) => path.join(t.core.backupDir, n))].filter((f) => fs.existsSync(f));
    expect(files.filter(containsName)).toEqual([]);
  });

  it('importing a session file that still has them leaves them out, with what pointed at them', { timeout: 60_000 }, async () => {
    // Computer A registers the person; computer B gets them through A's session file and holds its own forum.
    const a = await openCore({ now: steppingClock() });
    const forumA = await a.call('forums.create', forumDraft({ title: 'เวทีหมู่ 1' }));
    const gone = await a.call('attendance.addAndCheckIn', { forumId: forumA.id, person: personDraft({ firstName: FIRST, phone: PHONE }) });
    const fileA = await a.call('session.export', { forumId: forumA.id });

    const b = await openCore({ now: steppingClock() });
    await b.call('session.import', { content: fileA.content });
    const forumB = await b.call('forums.create', forumDraft({ title: 'เวทีหมู่ 2' }));
    const other = await b.call('attendance.addAndCheckIn', { forumId: forumB.id, person: personDraft() });
    await b.call('attendance.checkIn', { forumId: forumB.id, personId: gone.person.id });
    await b.call('notes.create', { forumId: forumB.id, speakerId: gone.person.id, text: `คุณ${FIRST}เล่าว่าน้ำท่วมทุกปี` });
    await b.call('issues.create', { forumId: forumB.id, title: 'น้ำท่วม', raisedByPersonId: gone.person.id });
    const fileB = await b.call('session.export', { forumId: forumB.id });
    expect(fileB.content).toContain(FIRST);

    // A erases the person, then imports B's file.
    await a.call('people.erase', { id: gone.person.id, redact: true });
    const imported = await a.call('session.import', { content: fileB.content });
    expect(imported).toMatchObject({ status: 'created', peopleErased: 1 });

    await expect(a.call('people.get', { id: gone.person.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await a.call('attendance.list', { forumId: forumB.id })).map((x) => x.person.id)).toEqual([other.person.id]);
    const notes = await a.call('notes.list', { forumId: forumB.id });
    expect(notes.map((n) => [n.text, n.speaker])).toEqual([['[ลบข้อมูลแล้ว]เล่าว่าน้ำท่วมทุกปี', null]]);
    expect((await a.call('issues.list', { forumId: forumB.id })).map((i) => i.raisedBy)).toEqual([null]);
    expect(a.peek('SELECT count(*) AS n FROM person WHERE first_name = ? OR phone = ?', FIRST, PHONE)).toEqual([{ n: 0 }]);
  });
});
