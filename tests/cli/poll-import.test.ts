/**
 * `wethi poll import-ballots`: a ballot file into a poll made through the core, by the command in
 * another process, then read back through the core: stored when the file is clean, nothing
 * written when any line is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { openCore } from '../support/core';
import { forumDraft } from '../support/factories';
import { json, wethi } from './wethi';

async function openBordaPoll() {
  const t = await openCore();
  const forum = await t.call('forums.create', forumDraft());
  const poll = await t.call('polls.create', {
    forumId: forum.id,
    title: 'จัดลำดับปัญหา',
    method: 'borda',
    options: [{ label: 'ถนนลูกรัง' }, { label: 'น้ำประปา' }, { label: 'ไฟส่องสว่าง' }],
  });
  await t.call('polls.open', { id: poll.id });
  t.core.close();
  return { dir: t.dir, dbPath: t.dbPath, poll };
}

/** The poll's stored ballots and audit rows, read through a fresh core on the same file. */
async function stored(dir: string, dbPath: string, pollId: string) {
  const t = await openCore({ dir, dbPath });
  const inputs = await t.call('polls.inputs', { pollId });
  const results = await t.call('polls.results', { id: pollId });
  const audit = t.peek<{ n: number }>('SELECT count(*) AS n FROM audit')[0]?.n;
  t.core.close();
  return { inputs, results, audit };
}

it('stores a clean CSV as one batch, and refuses a file with bad lines without writing anything', { timeout: 120_000 }, async () => {
  const { dir, dbPath, poll } = await openBordaPoll();
  const [road, water, light] = poll.options.map((o) => o.id) as [string, string, string];

  const clean = path.join(dir, 'ballots.csv');
  // Headings with a count column; options by ballot number and by label.
  fs.writeFileSync(clean, 'อันดับ 1,อันดับ 2,อันดับ 3,จำนวน\n1,2,3,3\n\nไฟส่องสว่าง,2,,2\n-,,,1\n');
  const ok = wethi(['poll', 'import-ballots', '--db', dbPath, '--poll', poll.id, clean], dir);
  expect(ok.code, ok.stderr).toBe(0);
  expect(json(ok)).toEqual({ pollId: poll.id, ballots: 3, added: 6 });

  const after = await stored(dir, dbPath, poll.id);
  expect(after.inputs.ballots.map((b) => [b.ranking, b.count])).toEqual([
    [[road, water, light], 3],
    [[light, water], 2],
    [[], 1],
  ]);
  expect([after.results.ballotCount, after.results.blankCount]).toEqual([6, 1]);

  const bad = path.join(dir, 'bad.csv');
  // Line 2 is fine, line 3 names no option of the poll, line 5 has a count of 0.
  fs.writeFileSync(bad, 'อันดับ 1,อันดับ 2,จำนวน\n2,1,4\nโรงเรียน,1,1\n\n3,1,0\n');
  const refused = wethi(['poll', 'import-ballots', '--db', dbPath, '--poll', poll.id, bad], dir);
  expect(refused.code).toBe(1);
  const { errors } = json<{ errors: { line: number | null; code: string; message: string }[] }>(refused);
  expect(errors.map((e) => [e.line, e.code])).toEqual([
    [3, 'unknown_option'],
    [5, 'bad_count'],
  ]);
  expect(errors[0]?.message).toContain('โรงเรียน');
  expect(refused.stderr).toMatch(/line 3: .*โรงเรียน/);
  expect(refused.stderr).toMatch(/line 5: count 0/);

  // Nothing written: the same ballots and not one audit row more.
  expect(await stored(dir, dbPath, poll.id)).toEqual(after);
});

it('reads the ballot file with the same decoder as sign-in sheets: Windows-874 and UTF-16 as Excel saves them', { timeout: 120_000 }, async () => {
  const { dir, dbPath, poll } = await openBordaPoll();
  const [road, water, light] = poll.options.map((o) => o.id) as [string, string, string];
  const text = 'อันดับ 1,อันดับ 2\r\nน้ำประปา,ถนนลูกรัง\r\nไฟส่องสว่าง,น้ำประปา\r\n';
  const thaiExcel = path.join(dir, 'ballots-874.csv');
  fs.writeFileSync(thaiExcel, iconv.encode(text, 'windows-874'));
  const unicodeText = path.join(dir, 'ballots-utf16.csv');
  fs.writeFileSync(unicodeText, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
  for (const file of [thaiExcel, unicodeText]) {
    const run = wethi(['poll', 'import-ballots', '--db', dbPath, '--poll', poll.id, file], dir);
    expect(run.code, `${file}: ${run.stderr}`).toBe(0);
  }
  const { inputs } = await stored(dir, dbPath, poll.id);
  expect(inputs.ballots.map((b) => b.ranking)).toEqual([
    [water, road],
    [light, water],
    [water, road],
    [light, water],
  ]);
});
