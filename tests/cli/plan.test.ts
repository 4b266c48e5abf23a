/** `wethi plan export` and `wethi forum create --follow-up-of`, as child processes on a real database. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { openPlan, twoVillages } from '../core/followup/harness';
import { json, wethi } from './wethi';

async function villages() {
  const p = await openPlan();
  const v = await twoVillages(p);
  p.core.close();
  return { dir: p.dir, dbPath: p.dbPath, ...v };
}

it('plan export writes the ผ.02 list as XLSX, DOCX and JSON, and says what it wrote', { timeout: 90_000 }, async () => {
  const { dir, dbPath, v1, pond, compost } = await villages();
  const out = path.join(dir, 'out', 'plan.xlsx');
  const run = wethi(['plan', 'export', '--db', dbPath, '--forum', v1.id, '--format', 'xlsx', '--out', out], dir);
  expect(run.code, run.stderr).toBe(0);
  expect(json(run)).toEqual({ format: 'xlsx', out, bytes: fs.statSync(out).size, projects: 2, fiscalYears: [2570, 2571, 2572, 2573, 2574] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = workbook.worksheets[0];
  const titles: unknown[] = [];
  sheet?.eachRow((row) => titles.push(row.getCell(2).value));
  expect(titles).toContain(pond.title);
  expect(titles).toContain(compost.title);
  expect(sheet?.getRow(4).getCell(5).value).toBe('พ.ศ. 2570');

  for (const format of ['docx', 'json']) {
    const file = path.join(dir, `plan.${format}`);
    const r = wethi(['plan', 'export', '--db', dbPath, '--forum', v1.id, '--format', format, '--out', file], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  }
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')).groups.map((g: { level: string }) => g.level)).toEqual(['community', 'subdistrict']);
});

it('plan export refuses a bad format (exit 2) and an unknown forum (exit 1), writing nothing', { timeout: 60_000 }, async () => {
  const { dir, dbPath, v1 } = await villages();
  const out = path.join(dir, 'plan.pdf');
  const bad = wethi(['plan', 'export', '--db', dbPath, '--forum', v1.id, '--format', 'pdf', '--out', out], dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('xlsx, docx, json');
  const unknown = wethi(['plan', 'export', '--db', dbPath, '--forum', '01936d2a-0000-7000-8000-00000000dead', '--format', 'xlsx', '--out', out], dir);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toMatch(/not found \[not_found\]/);
  expect(fs.existsSync(out)).toBe(false);
});

it('forum create --follow-up-of makes a follow-up forum of one or several forums', { timeout: 90_000 }, async () => {
  const { dir, dbPath, v1, v2 } = await villages();
  const run = wethi(['forum', 'create', '--db', dbPath, '--title', 'เวทีติดตามผล', '--date', '2027-06-05', '--follow-up-of', `${v1.id}, ${v2.id}`], dir);
  expect(run.code, run.stderr).toBe(0);
  const forum = json<{ id: string; title: string }>(run);
  expect(forum.title).toBe('เวทีติดตามผล');
  const report = path.join(dir, 'minutes.json');
  const minutes = wethi(['report', '--db', dbPath, '--forum', forum.id, '--format', 'json', '--out', report], dir);
  expect(minutes.code, minutes.stderr).toBe(0);
  const model = JSON.parse(fs.readFileSync(report, 'utf8'));
  expect(model.items[2].title).toBe('เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว');
  expect(model.followUp.view.forums.map((f: { forumId: string }) => f.forumId)).toEqual([v1.id, v2.id, forum.id]);

  const empty = wethi(['forum', 'create', '--db', dbPath, '--title', 'x', '--date', '2027-06-05', '--follow-up-of', ','], dir);
  expect(empty.code).toBe(2);
  const missing = wethi(['forum', 'create', '--db', dbPath, '--title', 'x', '--date', '2027-06-05', '--follow-up-of', '01936d2a-0000-7000-8000-00000000dead'], dir);
  expect(missing.code).toBe(1);
  const plain = wethi(['forum', 'list', '--db', dbPath], dir);
  expect(json<unknown[]>(plain)).toHaveLength(3);
});
