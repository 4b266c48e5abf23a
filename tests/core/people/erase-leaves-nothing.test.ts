/**
 * Issue 11.2 / 11.9: erase means erased (PDPA s.33). After `people.erase`, the raw bytes of
 * the database file, its write-ahead log and every file in the backups folder (rolling and
 * migration backups) hold neither the person's name nor their phone, old or new; the places
 * where the name was typed into free text are listed first and redacted in the same step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/database';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft, personDraft } from '../../support/factories';
import { tempDir } from '../../support/temp';

const FIRST = 'ประพันธ์พงศ์';
const LAST = 'วงศ์สวัสดิ์ทดสอบ';
const OLD_PHONE = '0817654321';
const PHONE = '0891234567';
const SECRETS = [FIRST, LAST, OLD_PHONE, PHONE];
const AT = '2026-11-23T01:00:00.000Z';

/** Every file that could hold a copy: the database, its WAL and journal, everything in the backups folder. */
function filesToSearch(dbPath: string, backupDir: string): string[] {
  const files = [dbPath, `${dbPath}-wal`, `${dbPath}-journal`].filter((f) => fs.existsSync(f));
  if (fs.existsSync(backupDir)) for (const name of fs.readdirSync(backupDir)) files.push(path.join(backupDir, name));
  return files;
}

/** Which of the secrets appear, as UTF-8 bytes, in which file. */
function leaks(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    for (const secret of SECRETS) if (bytes.includes(Buffer.from(secret, 'utf8'))) found.push(`${path.basename(file)}: ${secret}`);
  }
  return found;
}

async function forumWithThePerson() {
  const dir = tempDir();
  const dbPath = path.join(dir, 'wethi.db');
  // A database from before the last migration, with the person in it: opening it takes a migration backup.
  const old = await openDatabase(dbPath, { targetVersion: 11 });
  old
    .prepare(
      `INSERT INTO person (id, title_prefix, first_name, last_name, gender, phone, organisation, created_at, updated_at)
       VALUES ('01936d2a-0000-7000-8000-00000000beef', 'นาย', ?, ?, 'male', ?, 'กลุ่มผู้ใช้น้ำบ้านหนองบัว', ?, ?)`,
    )
    .run(FIRST, LAST, OLD_PHONE, AT, AT);
  old.close();

  const t = await openCore({ dir, dbPath, backupOnOpen: true, now: steppingClock() });
  const personId = '01936d2a-0000-7000-8000-00000000beef';
  await t.call('people.update', { id: personId, patch: { phone: PHONE } });
  const other = await t.call('people.create', personDraft({ firstName: 'สมศรี', lastName: 'มีสุข' }));
  const forum = await t.call('forums.create', forumDraft());
  await t.call('attendance.checkIn', { forumId: forum.id, personId });
  await t.call('attendance.checkIn', { forumId: forum.id, personId: other.id });
  const item = (await t.call('agenda.add', { forumId: forum.id, title: 'ปัญหาของหมู่บ้าน' })).id;
  await t.call('agenda.start', { id: item });

  // His own words, and others speaking of him.
  await t.call('notes.create', { forumId: forum.id, speakerId: personId, text: `ผม${FIRST} ${LAST} บ้านเลขที่ 12 แม่ผมป่วยติดเตียง โทร ${PHONE}` });
  const plain = await t.call('notes.create', { forumId: forum.id, speakerId: other.id, text: 'ขอให้ขุดลอกหนองน้ำสาธารณะก่อนหน้าแล้ง' });
  await t.call('speakers.start', { forumId: forum.id, personId });
  await t.call('speakers.stop', { forumId: forum.id });
  await t.call('issues.create', { forumId: forum.id, title: 'น้ำไม่พอใช้', description: `คุณ${FIRST}แจ้งว่าบ่อน้ำตื้นเขิน`, raisedByPersonId: personId });
  await t.call('reports.saveSection', { forumId: forum.id, key: `item:${item}`, text: `นาย${FIRST} ${LAST} เสนอให้ขุดลอกหนองน้ำ` });
  await t.call('projects.create', { forumId: forum.id, title: 'ขุดลอกหนองน้ำ', owner: `นาย${FIRST} ${LAST}`, ownerPersonId: personId });
  await t.call('notes.setResolution', { forumId: forum.id, agendaItemId: item, text: `มอบหมายให้${FIRST}ประสานงาน โทร 089-123-4567` });
  await t.call('backups.create', {});
  return { t, personId, forum, plain };
}

describe('erasing a person', () => {
  it('lists where the name is typed, then leaves neither name nor phone in the database, its WAL or any backup', { timeout: 60_000 }, async () => {
    const { t, personId, forum, plain } = await forumWithThePerson();
    const files = filesToSearch(t.dbPath, t.core.backupDir);
    // The test can fail: before the erase, the secrets are there (the database and every backup).
    expect(leaks(files).length).toBeGreaterThan(0);
    expect(fs.readdirSync(t.core.backupDir).filter((n) => n.endsWith('-migration.db'))).toHaveLength(1);

    const { mentions, placeholder } = await t.call('people.mentions', { id: personId });
    expect(mentions.map((m) => `${m.place}.${m.field}`).sort()).toEqual(['issue.description', 'minutes.text', 'note.text', 'project.owner', 'resolution.text']);
    expect(mentions.every((m) => m.forumId === forum.id)).toBe(true);
    expect(mentions.find((m) => m.place === 'note')?.excerpt).toContain(FIRST);

    const report = await t.call('people.erase', { id: personId, redact: true });
    expect(report.redacted).toBe(5);
    expect(report.compacted).toBe(true);
    expect(report.backups.deleted).toEqual([]);
    expect(report.backups.rewritten.sort()).toEqual(fs.readdirSync(t.core.backupDir).sort());

    expect(leaks(filesToSearch(t.dbPath, t.core.backupDir))).toEqual([]);

    // The words stay, without him; search still finds what was said.
    const notes = await t.call('notes.list', { forumId: forum.id });
    expect(notes.map((n) => n.text)).toContain(`ผม${placeholder} บ้านเลขที่ 12 แม่ผมป่วยติดเตียง โทร ${placeholder}`);
    expect(notes.every((n) => n.speaker?.id !== personId)).toBe(true);
    const found = await t.call('search.query', { query: 'ขุดลอกหนองน้ำ', forumId: forum.id });
    expect(JSON.stringify(found)).toContain(plain.id);
    expect(t.peek('SELECT person_id, redacted FROM erasure')).toEqual([{ person_id: personId, redacted: 1 }]);
  });

  it('without redaction the free text stays as typed, and still no row of the person is left anywhere', { timeout: 60_000 }, async () => {
    const { t, personId } = await forumWithThePerson();
    const report = await t.call('people.erase', { id: personId, redact: false });
    expect(report.redacted).toBe(0);
    const all = leaks(filesToSearch(t.dbPath, t.core.backupDir));
    // Only the texts typed about him (notes, minutes, project owner, resolution): no person row, no old phone.
    expect(all.filter((l) => l.endsWith(OLD_PHONE))).toEqual([]);
    expect(t.peek('SELECT count(*) AS n FROM person WHERE id = ?', personId)).toEqual([{ n: 0 }]);
    expect(t.peek('SELECT person_id, redacted FROM erasure')).toEqual([{ person_id: personId, redacted: 0 }]);
  });
});
