/** `wethi report`: the minutes of a forum made through the core, written by the command in another process. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openCore, steppingClock } from '../support/core';
import { seedSampleForum } from '../support/sample-forum';
import { json, wethi } from './wethi';

async function sampleDatabase() {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  t.core.close();
  return { dir: t.dir, dbPath: t.dbPath, forumId: s.forumId };
}

it('writes the minutes PDF with Thai digits and prints its size and pages', { timeout: 90_000 }, async () => {
  const { dir, dbPath, forumId } = await sampleDatabase();
  const out = path.join(dir, 'out', 'minutes.pdf');
  const run = wethi(['report', '--db', dbPath, '--forum', forumId, '--format', 'pdf', '--out', out, '--thai-digits'], dir);
  expect(run.code, run.stderr).toBe(0);
  const summary = json<{ format: string; out: string; bytes: number; pages: number }>(run);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
  expect(summary).toEqual({ format: 'pdf', out, bytes: fs.statSync(out).size, pages });
  const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
  expect(text).toContain('ครั้งที่ ๓/๒๕๖๙');
  expect(text).toContain('เลิกประชุมเวลา ๑๒.๐๐ น.');
});

it('writes the model as JSON, and the tables as CSV files in a folder', { timeout: 60_000 }, async () => {
  const { dir, dbPath, forumId } = await sampleDatabase();
  const out = path.join(dir, 'minutes.json');
  const run = wethi(['report', '--db', dbPath, '--forum', forumId, '--format', 'json', '--out', out], dir);
  expect(run.code, run.stderr).toBe(0);
  expect(json(run)).toEqual({ format: 'json', out, bytes: fs.statSync(out).size });
  const model = JSON.parse(fs.readFileSync(out, 'utf8'));
  expect([model.forum.id, model.forum.number]).toEqual([forumId, '3/2569']);

  const folder = path.join(dir, 'tables');
  const csv = wethi(['report', '--db', dbPath, '--forum', forumId, '--format', 'csv', '--out', folder], dir);
  expect(csv.code, csv.stderr).toBe(0);
  const { files } = json<{ files: { file: string; bytes: number }[] }>(csv);
  expect(files.length).toBeGreaterThan(1);
  expect(fs.readdirSync(folder).sort()).toEqual(files.map((f) => path.basename(f.file)).sort());
  for (const f of files) expect(fs.readFileSync(f.file, 'utf8').startsWith('\uFEFF')).toBe(true);
});

it('fails clearly without Chromium (exit 1, naming WETHI_CHROMIUM and DOCX), and exits 2 on a bad command line', { timeout: 60_000 }, async () => {
  const { dir, dbPath, forumId } = await sampleDatabase();
  const out = path.join(dir, 'minutes.pdf');
  const before = process.env.WETHI_CHROMIUM;
  process.env.WETHI_CHROMIUM = path.join(dir, 'no-chromium-here');
  let noChromium: ReturnType<typeof wethi>;
  try {
    noChromium = wethi(['report', '--db', dbPath, '--forum', forumId, '--format', 'pdf', '--out', out], dir);
  } finally {
    if (before === undefined) delete process.env.WETHI_CHROMIUM;
    else process.env.WETHI_CHROMIUM = before;
  }
  expect([noChromium.code, noChromium.stdout]).toEqual([1, '']);
  expect(noChromium.stderr).toContain('WETHI_CHROMIUM');
  expect(noChromium.stderr).toContain('--format docx');
  expect(fs.existsSync(out)).toBe(false);

  const unknown = wethi(['report', '--db', dbPath, '--forum', '01936d2a-0000-7000-8000-00000000dead', '--format', 'json', '--out', out], dir);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toMatch(/not found \[not_found\]/);
  const badFormat = wethi(['report', '--db', dbPath, '--forum', forumId, '--format', 'odt', '--out', out], dir);
  expect(badFormat.code).toBe(2);
  expect(badFormat.stderr).toContain('--format "odt"');
  expect(wethi(['report', '--db', dbPath, '--forum', forumId, '--format', 'pdf'], dir).code).toBe(2);
});
