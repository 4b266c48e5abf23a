/** `wethi session export|import`: a forum carried from one database file to another by the command. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openCore } from '../support/core';
import { forumDraft } from '../support/factories';
import { seedRichForum } from '../core/session/rich-forum';
import { json, wethi } from './wethi';

it('exports a forum to a .wethi file and imports it into a new database, then again without duplicates', async () => {
  const t = await openCore();
  const { forumId } = await seedRichForum(t);
  const expected = await t.call('session.export', { forumId });
  t.core.close();

  const file = path.join(t.dir, 'village.wethi');
  const exported = wethi(['session', 'export', '--db', t.dbPath, '--forum', forumId, '--out', file], t.dir);
  expect(exported.code, exported.stderr).toBe(0);
  expect(json(exported)).toEqual({ file, checksum: expected.checksum, sensitive: 'included', counts: expected.counts });

  const other = path.join(t.dir, 'laptop-2.db');
  const imported = wethi(['session', 'import', '--db', other, file], t.dir);
  expect(imported.code, imported.stderr).toBe(0);
  expect(json(imported)).toMatchObject({ file, forumId, status: 'created', counts: expected.counts });

  const again = wethi(['session', 'import', '--db', other, file], t.dir);
  expect(again.code, again.stderr).toBe(0);
  expect(json(again)).toMatchObject({ status: 'already_present' });

  const back = wethi(['session', 'export', '--db', other, '--forum', forumId, '--out', path.join(t.dir, 'back.wethi'), '--no-sensitive'], t.dir);
  expect(back.code, back.stderr).toBe(0);
  expect(json(back)).toMatchObject({ sensitive: 'left_out', counts: { person_sensitive: 0, note: expected.counts.note } });
}, 180_000);

it('exits 1 with a clear message for a damaged, newer or missing file, and 2 for a command line it cannot use', async () => {
  const t = await openCore();
  const forum = await t.call('forums.create', forumDraft());
  const { content } = await t.call('session.export', { forumId: forum.id });
  t.core.close();
  const other = path.join(t.dir, 'other.db');

  const truncated = path.join(t.dir, 'cut.wethi');
  fs.writeFileSync(truncated, content.slice(0, 1000));
  const cut = wethi(['session', 'import', '--db', other, truncated], t.dir);
  expect([cut.code, cut.stdout]).toEqual([1, '']);
  expect(cut.stderr).toMatch(/not readable JSON.*\[import_unreadable\]/s);

  const newer = path.join(t.dir, 'newer.wethi');
  fs.writeFileSync(newer, content.replace('"version": 2,', '"version": 7,'));
  const refused = wethi(['session', 'import', '--db', other, newer], t.dir);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/version 7.*up to version 2.*\[import_invalid\]/s);

  const missing = wethi(['session', 'import', '--db', other, path.join(t.dir, 'none.wethi')], t.dir);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(/no such file/);

  expect(wethi(['session', 'export', '--db', t.dbPath], t.dir).code).toBe(2);
  expect(wethi(['session', 'import', '--db', other], t.dir).code).toBe(2);
}, 180_000);
