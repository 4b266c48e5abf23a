/**
 * A damaged, foreign, newer, inconsistent or conflicting file is refused with a message that
 * says why, and nothing at all is written (every table's row count is compared).
 */
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../support/core';
import { everyTableCount, type Json, reseal } from './helpers';
import { seedRichForum } from './rich-forum';

let content: string;
let forumId: string;

// Seeded once, inside the first test (openCore needs a running test); later tests reuse the text.
beforeEach(async () => {
  if (content) return;
  const source = await openCore();
  ({ forumId } = await seedRichForum(source));
  ({ content } = await source.call('session.export', { forumId }));
});

/** Imports into a database that already holds another forum, and proves nothing changed. */
async function refused(file: string, expected: { code: string; messageKey: string; message?: RegExp }) {
  const t = await openCore();
  const other = await t.call('forums.create', { title: 'เวทีอื่น', date: '2026-12-01', kind: 'village' });
  await t.call('attendance.addAndCheckIn', { forumId: other.id, person: { firstName: 'สมใจ', gender: 'female' } });
  const before = everyTableCount(t);
  const error = await t.call('session.import', { content: file }).then(
    () => null,
    (e: Json) => e,
  );
  expect(error, 'the import should have been refused').not.toBeNull();
  expect(error).toMatchObject({ code: expected.code, messageKey: expected.messageKey });
  if (expected.message) expect(error.message).toMatch(expected.message);
  expect(everyTableCount(t)).toEqual(before);
  return error;
}

describe('session.import refuses, writing nothing', () => {
  it('a tampered file (content changed, checksum not)', async () => {
    const file = JSON.parse(content);
    file.data.note[0].text = 'ข้อความที่ถูกแก้ไข';
    await refused(JSON.stringify(file), { code: 'import_invalid', messageKey: 'session.error.checksum', message: /changed or damaged/ });
  });

  it('a truncated file (not JSON any more)', async () => {
    await refused(content.slice(0, Math.floor(content.length / 2)), { code: 'import_unreadable', messageKey: 'session.error.unreadable' });
  });

  it('a JSON file that is not a session file', async () => {
    await refused(JSON.stringify({ format: 'something-else', version: 1 }), { code: 'import_invalid', messageKey: 'session.error.not_session' });
    await refused('[1, 2, 3]', { code: 'import_invalid', messageKey: 'session.error.not_session' });
  });

  it('a file from a newer version, naming both versions', async () => {
    const error = await refused(
      reseal(content, (f) => {
        f.version = 3;
        f.data.poll[0].new_column = 'from the future';
      }),
      { code: 'import_invalid', messageKey: 'session.error.newer_version', message: /version 3.*up to version 2/s },
    );
    expect(error.details).toEqual({ fileVersion: 3, supportedVersion: 2 });
  });

  it('a row with a column the format does not know, or a value of the wrong kind', async () => {
    await refused(reseal(content, (f) => {
      f.data.issue[0].colour = 'red';
    }), { code: 'import_invalid', messageKey: 'session.error.invalid', message: /colour/ });
    await refused(reseal(content, (f) => {
      f.data.poll_count[0].value = -3;
    }), { code: 'import_invalid', messageKey: 'session.error.invalid' });
    await refused(reseal(content, (f) => void delete f.data.speech), { code: 'import_invalid', messageKey: 'session.error.invalid' });
  });

  it('a hand-edited row the operations would refuse: the same field rules, checksum or not', async () => {
    // [what, table, column, value]: the first row of the table (the forum is one row) gets the value.
    const cases: [string, string, string, string][] = [
      ['a 3,000,000-character title (the contract allows 300)', 'forum', 'title', 'ก'.repeat(3_000_000)],
      ['an empty first name', 'person', 'first_name', ''],
      ['a first name of invisible characters only', 'person', 'first_name', '\u200B\u200D'],
      ['an empty note', 'note', 'text', ''],
      ['a note with a NUL in it', 'note', 'text', 'ก\u0000ข'],
      ['half a surrogate pair in an issue', 'issue', 'title', 'ถนน\uD83D'],
      ['a phone that is not a phone number', 'person', 'phone', 'call me'],
      ['a project title over the limit', 'project', 'title', 'x'.repeat(301)],
      ['a group name over the limit', 'small_group', 'name', 'x'.repeat(101)],
    ];
    for (const [what, table, column, value] of cases) {
      const edit = (f: Json) => {
        const row = table === 'forum' ? f.data.forum : f.data[table][0];
        row[column] = value;
      };
      const where = new RegExp(table === 'forum' ? `forum\\.${column}` : `${table}\\.0\\.${column}`);
      const error = await refused(reseal(content, edit), { code: 'import_invalid', messageKey: 'session.error.invalid' });
      expect(JSON.stringify(error.details), what).toMatch(where);
    }
  });

  it('stores what it accepts the way the operations would: NFC, trimmed', async () => {
    const t = await openCore();
    const file = reseal(content, (f) => {
      f.data.forum.title = '  เวที\u0E01\u0E48\u0E38  ';
    });
    await t.call('session.import', { content: file });
    expect((await t.call('forums.get', { id: forumId })).title).toBe('เวที\u0E01\u0E38\u0E48');
  });

  it('a reference to a row that is neither in the file nor in the database', async () => {
    await refused(
      reseal(content, (f) => {
        const speaker = f.data.note.find((n: Json) => n.speaker_id).speaker_id;
        for (const table of Object.keys(f.data)) {
          if (Array.isArray(f.data[table])) f.data[table] = f.data[table].filter((r: Json) => r.person_id !== speaker && r.id !== speaker);
        }
        for (const n of f.data.note) if (n.speaker_id !== speaker) n.speaker_id = null;
        for (const table of ['speech', 'issue', 'poll_ballot', 'project', 'small_group', 'poll_scorer']) {
          for (const r of f.data[table]) for (const k of Object.keys(r)) if (k !== 'id' && r[k] === speaker) r[k] = null;
        }
      }),
      { code: 'import_invalid', messageKey: 'session.error.references', message: /note\[\d+\]\.speaker_id/ },
    );
  });

  it('a file that contradicts itself: a row of another forum, a child without its parent, a row twice', async () => {
    const elsewhere = '01900000-0000-7000-8000-000000000001';
    await refused(reseal(content, (f) => {
      f.data.note[0].forum_id = elsewhere;
    }), { code: 'import_invalid', messageKey: 'session.error.inconsistent' });
    await refused(reseal(content, (f) => {
      f.data.issue_detail[0].issue_id = elsewhere;
    }), { code: 'import_invalid', messageKey: 'session.error.inconsistent' });
    await refused(reseal(content, (f) => void f.data.note.push(f.data.note[0])), { code: 'import_invalid', messageKey: 'session.error.inconsistent' });
  });

  it('a forum already here that differs from the file: the local forum is kept', async () => {
    const t = await openCore();
    await t.call('session.import', { content });
    const note = t.peek<{ id: string }>('SELECT id FROM note WHERE forum_id = ? AND deleted_at IS NULL LIMIT 1', forumId)[0]?.id as string;
    await t.call('notes.update', { id: note, patch: { text: 'แก้ไขที่เครื่องนี้' } });
    const before = everyTableCount(t);
    await expect(t.call('session.import', { content })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'session.error.forum_differs',
      details: { forumId, tables: ['note'], differences: [{ table: 'note', onlyHere: 0, onlyInFile: 0, changed: 1 }] },
    });
    expect(everyTableCount(t)).toEqual(before);
    expect(t.peek('SELECT text FROM note WHERE id = ?', note)).toEqual([{ text: 'แก้ไขที่เครื่องนี้' }]);
  });

  it('says what differs, table by table: rows changed, added here since, or only in the file', async () => {
    const t = await openCore();
    await t.call('session.import', { content });
    // Here: one more issue; the file: one agenda item this computer does not have, and a note edited.
    await t.call('issues.create', { forumId, title: 'ไฟฟ้าดับบ่อยช่วงหน้าฝน' });
    const edited = reseal(content, (f) => {
      f.data.agenda_item.push({ ...f.data.agenda_item.at(-1), id: '01900000-0000-7000-8000-0000000000aa', position: 99, title: 'วาระเพิ่มในไฟล์' });
      f.data.note[0].text = 'แก้ไขในไฟล์';
    });
    const error = await t.call('session.import', { content: edited }).then(
      () => null,
      (e: Json) => e,
    );
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'session.error.forum_differs' });
    expect(error.details.differences).toEqual([
      { table: 'agenda_item', onlyHere: 0, onlyInFile: 1, changed: 0 },
      { table: 'issue', onlyHere: 1, onlyInFile: 0, changed: 0 },
      { table: 'note', onlyHere: 0, onlyInFile: 0, changed: 1 },
    ]);
    expect(error.message).toMatch(/issue: 0 changed, 1 only here, 0 only in the file/);
  });

  it('rows that already belong to another forum here: which tables, how many, and which forum', async () => {
    const t = await openCore();
    await t.call('session.import', { content });
    const [{ title }] = t.peek<{ title: string }>('SELECT title FROM forum WHERE id = ?', forumId) as [{ title: string }];
    // The same rows under a new forum id (a file whose forum was copied and renumbered by hand).
    const copy = reseal(content, (f) => {
      const newId = '01900000-0000-7000-8000-0000000000bb';
      f.data.forum.id = newId;
      for (const table of Object.keys(f.data)) {
        if (Array.isArray(f.data[table])) for (const row of f.data[table]) if (row.forum_id === forumId) row.forum_id = newId;
      }
    });
    const file = JSON.parse(content);
    const error = await t.call('session.import', { content: copy }).then(
      () => null,
      (e: Json) => e,
    );
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'session.error.rows_exist' });
    expect(error.details.tables).toEqual(expect.arrayContaining([{ table: 'note', count: file.data.note.length }, { table: 'issue', count: file.data.issue.length }]));
    expect(error.details.forums).toEqual([{ id: forumId, title }]);
  });
});

describe('the people register on import', () => {
  it('keeps the local record of a person who is already here, and adds the others', async () => {
    const t2 = await openCore();
    const file = JSON.parse(content);
    const local = file.data.person[0];
    // The same person (same id) registered here earlier, with a newer phone number.
    const db = new Database(t2.dbPath);
    db.prepare(
      `INSERT INTO person (id, first_name, gender, phone, created_at, updated_at) VALUES (?, ?, ?, '0810000000', ?, ?)`,
    ).run(local.id, local.first_name, local.gender, local.created_at, local.updated_at);
    db.close();
    const result = await t2.call('session.import', { content });
    expect(result).toMatchObject({ status: 'created', peopleKept: 1 });
    expect(t2.peek('SELECT phone FROM person WHERE id = ?', local.id)).toEqual([{ phone: '0810000000' }]);
    expect(t2.peek('SELECT count(*) AS n FROM person')).toEqual([{ n: file.data.person.length }]);
  });
});
