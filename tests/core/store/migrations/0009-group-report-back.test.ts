import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import { tempDir } from '../../../support/temp';

const AT = '2026-11-23T02:00:00.000Z';

it('migration 9 gives existing groups an empty report and clears a report link when its item or note goes', async () => {
  const file = path.join(tempDir(), 'm9.db');
  const v8 = await openDatabase(file, { targetVersion: 8 });
  v8.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวที', 'village', '2026-11-23', 'open', ?, ?)").run(AT, AT);
  v8.prepare("INSERT INTO small_group (id, forum_id, name, position, created_at) VALUES ('g1', 'f1', 'กลุ่มที่ 1', 1, ?)").run(AT);
  v8.close();

  const db = await openDatabase(file, { targetVersion: 9 });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    const report = () => db.prepare("SELECT reported_at, report_agenda_item_id, report_note_id FROM small_group WHERE id = 'g1'").get();
    expect(report()).toEqual({ reported_at: null, report_agenda_item_id: null, report_note_id: null });

    db.prepare("INSERT INTO agenda_item (id, forum_id, parent_id, position, title, created_at) VALUES ('a1', 'f1', NULL, 1, 'วาระที่ 4', ?)").run(AT);
    db.prepare("INSERT INTO note (id, forum_id, agenda_item_id, kind, text, created_at) VALUES ('n1', 'f1', 'a1', 'statement', 'รายงาน', ?)").run(AT);
    db.prepare("UPDATE small_group SET reported_at = ?, report_agenda_item_id = 'a1', report_note_id = 'n1' WHERE id = 'g1'").run(AT);
    expect(report()).toEqual({ reported_at: AT, report_agenda_item_id: 'a1', report_note_id: 'n1' });

    // STRICT still holds for the new columns.
    expect(() => db.prepare("UPDATE small_group SET reported_at = x'00' WHERE id = 'g1'").run()).toThrow();
    // A report link that points at nothing is refused; deleting what it points at clears it.
    expect(() => db.prepare("UPDATE small_group SET report_note_id = 'nope' WHERE id = 'g1'").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM note WHERE id = 'n1'").run();
    db.prepare("DELETE FROM agenda_item WHERE id = 'a1'").run();
    expect(report()).toEqual({ reported_at: AT, report_agenda_item_id: null, report_note_id: null });
  } finally {
    db.close();
  }
});
