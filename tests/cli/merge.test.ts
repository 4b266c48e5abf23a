/** `wethi merge`: village forums exported as .wethi files on their laptops, merged into a tambon forum elsewhere. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openVillages } from '../core/merge/harness';
import { openCore } from '../support/core';
import { forumDraft } from '../support/factories';
import { tempDir } from '../support/temp';
import { dump, json, wethi } from './wethi';

interface Summary {
  intoForumId: string;
  imported: { forumId: string; status: string }[];
  sources: { village: string | null }[];
  autoMatch: boolean;
  issueGroups: { title: string; issues: { village: string; title: string }[] }[];
  personMerges: { reasons: string[]; people: string[] }[];
  added: { attendees: number; issues: number; issuesJoined: number; traceRows: number };
  priorityListWritten: boolean;
  priorities: { ranking: { rank: number; title: string; score: number }[]; tie: boolean };
}

/** Three village forums written to .wethi files, and a database holding only the tambon forum. */
async function filesAndTambon() {
  const villages = await openVillages();
  const dir = tempDir();
  const files: string[] = [];
  for (const [i, forumId] of villages.villages.entries()) {
    const file = path.join(dir, `village-${i + 1}.wethi`);
    fs.writeFileSync(file, (await villages.call('session.export', { forumId })).content);
    files.push(file);
  }
  villages.core.close();
  const t = await openCore({ dir });
  const tambon = await t.call('forums.create', forumDraft({ kind: 'tambon_integration', village: null, title: 'เวทีบูรณาการแผนตำบล' }));
  t.core.close();
  return { dir, dbPath: t.dbPath, files, tambon, villages };
}

it('imports the files, accepts the proposed matches, applies once, and prints a summary; again adds nothing', async () => {
  const { dir, dbPath, files, tambon } = await filesAndTambon();
  const run = wethi(['merge', '--db', dbPath, '--into', tambon.id, ...files], dir);
  expect(run.code, run.stderr).toBe(0);
  const summary = json<Summary>(run);
  expect(summary.imported.map((i) => i.status)).toEqual(['created', 'created', 'created']);
  expect(summary.sources.map((s) => s.village)).toEqual(['หมู่ที่ 1', 'หมู่ที่ 2', 'หมู่ที่ 3']);
  expect(summary.issueGroups.map((g) => g.issues.map((i) => i.village))).toEqual([
    ['หมู่ที่ 1', 'หมู่ที่ 2', 'หมู่ที่ 3'],
    ['หมู่ที่ 1', 'หมู่ที่ 3'],
  ]);
  // The kamnan's tambon record is not in this database, so only อำไพ is proposed (name and village).
  expect(summary.personMerges).toEqual([{ reasons: ['name_and_village'], people: ['นางอำไพ บุญเรือง', 'นางสาวอำไพ บุญเรือง'] }]);
  // 9 people by id, อำไพ's two records one: 8. Issues 8 → 5 groups.
  expect(summary.added).toEqual({ attendees: 8, issues: 5, issuesJoined: 0, traceRows: 3 + 10 + 8 });
  // Borda as in tests/core/merge/apply.test.ts: 9, 7, 4, 3, 2.
  expect(summary.priorities.ranking.map((e) => e.score)).toEqual([9, 7, 4, 3, 2]);
  expect(summary.priorityListWritten).toBe(true);

  const before = dump(dbPath);
  const again = wethi(['merge', '--db', dbPath, '--into', tambon.id, ...files], dir);
  expect(again.code, again.stderr).toBe(0);
  expect(json<Summary>(again).imported.map((i) => i.status)).toEqual(['already_present', 'already_present', 'already_present']);
  expect(json<Summary>(again).added).toEqual({ attendees: 0, issues: 0, issuesJoined: 0, traceRows: 0 });
  const after = dump(dbPath);
  expect([after.forum, after.person, after.attendance]).toEqual([before.forum, before.person, before.attendance]);
});

it('with --no-auto-match and --from keeps every issue and person apart', async () => {
  const villages = await openVillages();
  villages.core.close();
  const args = ['merge', '--db', villages.dbPath, '--into', villages.tambon.id, '--no-auto-match', ...villages.villages.flatMap((id) => ['--from', id])];
  const run = wethi(args, villages.dir);
  expect(run.code, run.stderr).toBe(0);
  const summary = json<Summary>(run);
  expect(summary.autoMatch).toBe(false);
  // 9 people, none linked to another; 8 issues, each alone.
  expect(summary.added).toMatchObject({ attendees: 9, issues: 8 });
});

it('exits 1 with a clear message for a missing file or forum, writing nothing', async () => {
  const { dir, dbPath, files, tambon } = await filesAndTambon();
  const before = dump(dbPath);
  const missing = wethi(['merge', '--db', dbPath, '--into', tambon.id, ...files, path.join(dir, 'nope.wethi')], dir);
  expect([missing.code, missing.stdout]).toEqual([1, '']);
  expect(missing.stderr).toMatch(/nope\.wethi: no such file \[not_found\]/);
  const noForum = wethi(['merge', '--db', dbPath, '--into', '01936d2a-0000-7000-8000-00000000dead', ...files], dir);
  expect(noForum.code).toBe(1);
  expect(noForum.stderr).toMatch(/forum .* not found \[not_found\]/);
  expect(dump(dbPath)).toEqual(before);
});

it('exits 2 for a command line it cannot use', () => {
  const dir = tempDir();
  const noSources = wethi(['merge', '--db', 'x.db', '--into', '01936d2a-0000-7000-8000-00000000dead'], dir);
  expect(noSources.code).toBe(2);
  expect(noSources.stderr).toContain('give at least one FILE.wethi or --from FORUM_ID');
  const noInto = wethi(['merge', '--db', 'x.db', 'a.wethi'], dir);
  expect(noInto.code).toBe(2);
  expect(noInto.stderr).toContain('--into is required');
});
