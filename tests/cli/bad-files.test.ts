/**
 * What the CLI does with files that are not what it expects: a sheet with headings and no one
 * on it, a device or a pipe instead of a file, a file too big to be real, an output place that
 * takes no files, and a tally file with a key written twice. Each is refused at once (exit 1),
 * in plain words, with nothing written.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseWithForum, dump, json, tempDir, wethi } from './wethi';

let dir: string;
let db: string;
let forumId: string;
beforeEach(async () => {
  dir = tempDir();
  ({ db, forumId } = await databaseWithForum(dir));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Commands that must answer at once: a hang is killed after this and fails the test. */
const QUICK_MS = 20_000;
const importSheet = (file: string) => wethi(['people', 'import', '--db', db, '--forum', forumId, file], dir, QUICK_MS);

/** No bare errno ("EACCES", "ENOENT") and no "[internal]": the message says what happened. */
function expectPlainWords(stderr: string): void {
  expect(stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  expect(stderr).not.toContain('[internal]');
}

describe('sheets that cannot be imported', () => {
  it('refuses a sheet with headings and no rows: exit 1, "no rows", nothing written', () => {
    const before = dump(db);
    fs.writeFileSync(path.join(dir, 'empty.csv'), '\uFEFFคำนำหน้า,ชื่อ,นามสกุล,เพศ\r\n\r\n');
    const run = importSheet('empty.csv');
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/no rows/);
    expect(dump(db)).toEqual(before);
  });

  it('refuses a device and a pipe at once instead of reading them forever', () => {
    const zero = importSheet('/dev/zero');
    expect(zero.code, zero.stderr).toBe(1);
    expect(zero.stderr).toMatch(/\/dev\/zero: it is not an ordinary file/);
    const fifo = path.join(dir, 'sheet.csv');
    execFileSync('mkfifo', [fifo]);
    const pipe = importSheet(fifo);
    expect(pipe.code, pipe.stderr).toBe(1);
    expect(pipe.stderr).toMatch(/not an ordinary file/);
    const folder = importSheet(dir);
    expect(folder.code, folder.stderr).toBe(1);
    expect(folder.stderr).toMatch(/it is a folder, not a file/);
  });

  it('refuses a file far bigger than any sign-in sheet without reading it', () => {
    const huge = path.join(dir, 'huge.csv');
    fs.writeFileSync(huge, 'ชื่อ\n');
    fs.truncateSync(huge, 200 * 1024 * 1024);
    const run = importSheet(huge);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/huge\.csv: it is 200 MB, more than the 50 MB/);
  });
});

describe('outputs that cannot be written', () => {
  it('says in plain words why the report could not be written, and does not hang', () => {
    const report = (format: string, out: string) =>
      wethi(['report', '--db', db, '--forum', forumId, '--format', format, '--out', out], dir, QUICK_MS);
    const proc = report('csv', '/proc/x');
    expect(proc.code, proc.stderr).toBe(1);
    expect(proc.stderr).toMatch(/could not create the folder \/proc\/x for the CSV tables: that place does not take new folders/);
    expectPlainWords(proc.stderr);

    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'x');
    const underFile = report('json', path.join(file, 'minutes.json'));
    expect(underFile.code, underFile.stderr).toBe(1);
    expect(underFile.stderr).toMatch(/could not write the minutes \(json\) in .*a-file: .*a-file is a file, not a folder/);
    expectPlainWords(underFile.stderr);

    const device = report('json', '/dev/full');
    expect(device.code, device.stderr).toBe(1);
    expect(device.stderr).toMatch(/\/dev\/full: it is not an ordinary file/);
    expect(fs.readdirSync(dir).sort()).toEqual(['a-file', 'wethi.db', 'wethi.db-shm', 'wethi.db-wal'].filter((f) => fs.existsSync(path.join(dir, f))));
  });

  it('names the session file it could not write', () => {
    const run = wethi(['session', 'export', '--db', db, '--forum', forumId, '--out', '/proc/forum.wethi'], dir, QUICK_MS);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/could not write the session file to \/proc\/forum\.wethi: that place does not take new files \[file_unwritable\]/);
    expectPlainWords(run.stderr);
  });
});

describe('tally files', () => {
  it('refuses a key written twice in one object instead of keeping the last', () => {
    const file = path.join(dir, 'ballots.json');
    fs.writeFileSync(
      file,
      '{"options": ["A", "B"],\n "ballots": [\n  {"ranking": ["A", "B"], "count": 1},\n  {"ranking": ["B", "A"], "count": 1, "count": 5}\n ]}',
    );
    const run = wethi(['tally', '--method', 'borda', file], dir, QUICK_MS);
    expect(run.code, run.stderr).toBe(1);
    expect(json<{ errors: { reason: string }[] }>(run).errors[0]?.reason).toBe('the key "count" appears twice in one object (line 4); write it once');
  });

  it('refuses a device as a tally file', () => {
    const run = wethi(['tally', '--method', 'borda', '/dev/zero'], dir, QUICK_MS);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/not an ordinary file/);
  });
});
