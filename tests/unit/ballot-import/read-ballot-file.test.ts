import { describe, expect, it } from 'vitest';
import { type BallotFileResult, problemText, readBallotFile } from '../../../shared/ballot-import';
import { ballotLines } from '../../../shared/ballot-import/json-lines';

const LABELS = ['ถนนลูกรังชำรุด', 'น้ำประปาไม่ไหล', 'ไฟส่องสว่างไม่พอ'];
const ranked = { labels: LABELS, kind: 'ranking' as const };

const ok = (r: BallotFileResult) => {
  if (!r.ok) throw new Error(`refused: ${r.problems.map(problemText).join('; ')}`);
  return r;
};
const refused = (r: BallotFileResult) => {
  if (r.ok) throw new Error('accepted');
  return r.problems;
};

describe('CSV ballots', () => {
  it('reads numbers and labels in rank order, blank ballots, empty lines skipped, Thai digits', () => {
    const r = ok(readBallotFile('1,2,3\n\n3,2\r\nน้ำประปาไม่ไหล, ไฟส่องสว่างไม่พอ\n-\n๒\n', ranked, 'b.csv'));
    expect(r.format).toBe('csv');
    expect(r.ballots).toEqual([
      { line: 1, options: [0, 1, 2], count: 1 },
      { line: 3, options: [2, 1], count: 1 },
      { line: 4, options: [1, 2], count: 1 },
      { line: 5, options: [], count: 1 },
      { line: 6, options: [1], count: 1 },
    ]);
    expect(r.total).toBe(5);
  });

  it('takes a count column from a heading line, anywhere, empty meaning 1', () => {
    const text = '\uFEFFอันดับ 1,อันดับ 2,จำนวน\n1,2,4\n3,,3\n2,1,\n';
    const r = ok(readBallotFile(text, ranked));
    expect(r.ballots).toEqual([
      { line: 2, options: [0, 1], count: 4 },
      { line: 3, options: [2], count: 3 },
      { line: 4, options: [1, 0], count: 1 },
    ]);
    expect(r.total).toBe(8);
    expect(ok(readBallotFile('count;rank 1;rank 2\n"1,000";2;1\n', ranked)).ballots).toEqual([{ line: 2, options: [1, 0], count: 1000 }]);
  });

  it('refuses the whole file, each problem with its own line number', () => {
    const problems = refused(readBallotFile('1,2,3\n1,1\n4,2\nถนน\n2,1\n', ranked));
    expect(problems.map((p) => [p.line, p.code, p.value])).toEqual([
      [2, 'duplicate_option', 'ถนนลูกรังชำรุด'],
      [3, 'unknown_option', '4'],
      [4, 'unknown_option', 'ถนน'],
    ]);
    expect(problemText(problems[1] as (typeof problems)[number])).toBe('line 3: "4" is not an option of this poll (by label or number)');
  });

  it('keeps physical line numbers after a quoted cell spanning lines', () => {
    const problems = refused(readBallotFile('"น้ำประปา\nไม่ไหล",1\n2,9\n', ranked));
    expect(problems.map((p) => p.line)).toEqual([1, 3]);
  });

  it('refuses bad counts, a count without options, two count columns and empty files', () => {
    expect(refused(readBallotFile('count,rank 1\n-2,1\n1.5,2\n0,3\n7,\n', ranked)).map((p) => [p.line, p.code])).toEqual([
      [2, 'bad_count'],
      [3, 'bad_count'],
      [4, 'bad_count'],
      [5, 'empty_ballot'],
    ]);
    expect(refused(readBallotFile('count,จำนวน\n1,2\n', ranked))[0]?.code).toBe('count_header_twice');
    expect(refused(readBallotFile('\n \n', ranked))[0]?.code).toBe('empty_file');
    expect(refused(readBallotFile('rank 1,rank 2\n', ranked))[0]?.code).toBe('empty_file');
  });

  it('does not mistake a misspelt first ballot for a heading line', () => {
    expect(refused(readBallotFile('ถนนชำรุด,ประปา\n1,2\n', ranked)).map((p) => p.line)).toEqual([1]);
  });

  it('approval and dots: limits per ballot; stickers may repeat an option', () => {
    expect(ok(readBallotFile('1,1,3\n', { labels: LABELS, kind: 'dots', max: 3 })).ballots[0]?.options).toEqual([0, 0, 2]);
    expect(refused(readBallotFile('1,1,3,2\n', { labels: LABELS, kind: 'dots', max: 3 }))[0]).toMatchObject({ line: 1, code: 'too_many_options', limit: 3 });
    expect(refused(readBallotFile('1,1\n', { labels: LABELS, kind: 'approved' }))[0]).toMatchObject({ code: 'duplicate_option' });
  });
});

describe('JSON ballots (docs/tally-input.md)', () => {
  const file = `{
  "options": ["ถนนลูกรังชำรุด", "น้ำประปาไม่ไหล", "ไฟส่องสว่างไม่พอ"],
  "ballots": [
    { "ranking": ["ถนนลูกรังชำรุด", "น้ำประปาไม่ไหล"], "count": 4 },
    {
      "ranking": []
    },
    { "ranking": [3, "2"] }
  ],
  "tieRule": { "rule": "lottery", "seed": 7 }
}`;

  it('reads rankings by name or number, with counts and the line each ballot starts on', () => {
    const r = ok(readBallotFile(file, ranked, 'ballots.json'));
    expect(r.format).toBe('json');
    expect(r.ballots).toEqual([
      { line: 4, options: [0, 1], count: 4 },
      { line: 5, options: [], count: 1 },
      { line: 8, options: [2, 1], count: 1 },
    ]);
    expect(ballotLines('{"x":[{"ballots":[1]}],"ballots":[\n1,\n"a\\"b",\n[2]]}')).toEqual([1, 2, 3, 4].slice(1));
  });

  it('refuses unknown options and fields, the wrong ballot kind, bad counts, with lines', () => {
    const bad = file.replace('"ranking": []', '"approved": []').replace('[3, "2"]', '["ถนน"]');
    expect(refused(readBallotFile(bad, ranked)).map((p) => [p.line, p.ballot, p.code])).toEqual([
      [5, 1, 'wrong_ballot_kind'],
      [8, 2, 'unknown_option'],
    ]);
    expect(refused(readBallotFile('{"ballots":[{"ranking":[1],"cuont":2}]}', ranked))[0]).toMatchObject({ code: 'unknown_field', value: 'cuont' });
    expect(refused(readBallotFile('{"ballots":[{"ranking":[1],"count":-1}]}', ranked))[0]).toMatchObject({ code: 'bad_count' });
    expect(refused(readBallotFile('{"options":["ถนน"],"ballots":[{"ranking":[1]}]}', ranked))[0]).toMatchObject({ code: 'file_option_unknown', value: 'ถนน' });
    expect(refused(readBallotFile('{"ballots":[],"totals":{}}', ranked))[0]).toMatchObject({ code: 'unknown_field', value: 'totals' });
  });

  it('says where JSON is broken', () => {
    const problems = refused(readBallotFile('{\n  "ballots": [\n    { "ranking": [1] },,\n  ]\n}', ranked, 'x.json'));
    expect(problems[0]?.code).toBe('not_json');
    expect(problems[0]?.line).toBe(3);
    expect(refused(readBallotFile('{"ballots": [\n1,\n"unterminated\n]}', ranked, 'x.json'))[0]?.line).toBe(3);
    expect(refused(readBallotFile('{"ballots": [1]}\n\n x', ranked, 'x.json'))[0]?.line).toBe(3);
  });

  it('reads dots as stickers per option', () => {
    const r = ok(readBallotFile('{"ballots":[{"dots":{"ถนนลูกรังชำรุด":2,"3":1}}]}', { labels: LABELS, kind: 'dots', max: 3 }));
    expect([...(r.ballots[0]?.options ?? [])].sort()).toEqual([0, 0, 2]);
  });
});
