import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIssueLines } from '../../../electron/core/issues/parse-lines';
import { openIssues } from './harness';

// What a facilitator types or pastes from a LINE message during the forum: numbered with Arabic
// and Thai digits, bulleted, with blank lines and stray spaces, Windows line ends mixed in.
const TYPED = [
  '',
  '1. ถนนเข้าหมู่บ้านชำรุด',
  '  ๒) น้ำประปาไม่ไหล ',
  '',
  '- ขยะล้นถังหน้าโรงเรียน',
  '•ผู้สูงอายุขาดคนดูแล',
  '   \t ',
  '(3) ราคายางตกต่ำ',
  'ข้อ ๔ ไฟฟ้าส่องสว่างไม่พอ',
  '- 5. ยาเสพติดในกลุ่มเยาวชน',
  '\u200bงบประมาณ 1.5 ล้านบาท   ไม่พอ',
  '1.5 ล้านบาทไม่พอซ่อมฝาย',
  '*',
  '๑๐. หมู่ 3 น้ำท่วมขัง',
  '',
].join('\n').replace('\n(3)', '\r\n(3)');

const EXPECTED = [
  'ถนนเข้าหมู่บ้านชำรุด',
  'น้ำประปาไม่ไหล',
  'ขยะล้นถังหน้าโรงเรียน',
  'ผู้สูงอายุขาดคนดูแล',
  'ราคายางตกต่ำ',
  'ไฟฟ้าส่องสว่างไม่พอ',
  'ยาเสพติดในกลุ่มเยาวชน',
  'งบประมาณ 1.5 ล้านบาท ไม่พอ',
  '1.5 ล้านบาทไม่พอซ่อมฝาย',
  'หมู่ 3 น้ำท่วมขัง',
];

describe('quick entry of issues, one per line', () => {
  it('parses bullets, Arabic and Thai numbering, blank lines and stray spaces into exact titles', () => {
    expect(parseIssueLines(TYPED).map((l) => l.title)).toEqual(EXPECTED);
    // Line numbers point at the text typed (for an error message on a bad line).
    expect(parseIssueLines(TYPED).map((l) => l.line)).toEqual([2, 3, 5, 6, 8, 9, 10, 11, 12, 14]);
  });

  it('takes back exactly the titles whatever markers and blank lines surround them', () => {
    const thai = fc.constantFrom(...'กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะาิีึืุูเแโใไ่้๊๋ั็์ๆ');
    const title = fc
      .array(fc.oneof({ weight: 8, arbitrary: thai }, { weight: 1, arbitrary: fc.constant(' ') }), { minLength: 1, maxLength: 30 })
      .map((cs) => cs.join('').replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 0);
    const marker = fc.constantFrom('', '-', '- ', '• ', '* ', '1. ', '๑.', '12) ', '(3) ', 'ข้อ 2 ', 'ข้อที่ ๗. ', '- 1. ', '— ');
    const line = fc.record({ marker, title, pad: fc.constantFrom('', ' ', '  ', '\t'), blanks: fc.integer({ min: 0, max: 2 }) });
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), eol, (lines, newline) => {
        const text = lines.map((l) => `${l.pad}${l.marker}${l.title}${l.pad}${newline.repeat(l.blanks)}`).join(newline);
        expect(parseIssueLines(text).map((p) => p.title)).toEqual(lines.map((l) => l.title));
      }),
    );
  });

  it('adds the issues after the existing ones in one transaction, with the options given', async () => {
    const { call, forum, addGroup, peek } = await openIssues();
    const existing = await call('issues.create', { forumId: forum.id, title: 'ประเด็นเดิม' });
    const group = addGroup(forum.id, 'กลุ่มเยาวชน');

    const created = await call('issues.quickAdd', { forumId: forum.id, text: TYPED, category: 'society', groupId: group });
    expect(created.map((i) => i.title)).toEqual(EXPECTED);
    expect(created.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(created.every((i) => i.category === 'society' && i.groupId === group && i.raisedBy?.kind === 'group')).toBe(true);
    expect((await call('issues.list', { forumId: forum.id })).map((i) => i.id)).toEqual([existing.id, ...created.map((i) => i.id)]);

    // One write: every audit row of the quick add carries the same commit time.
    const audit = peek<{ at: string; n: number }>("SELECT at, count(*) AS n FROM audit WHERE op = 'issues.quickAdd' GROUP BY at");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.n).toBe(10);
  });

  it('blank text adds nothing; a line over 300 characters refuses the whole entry naming the line', async () => {
    const { call, forum, peek } = await openIssues();
    expect(await call('issues.quickAdd', { forumId: forum.id, text: '\n  \n- \n' })).toEqual([]);
    const text = ['ถนนชำรุด', '', `- ${'ก'.repeat(301)}`, 'น้ำท่วม'].join('\n');
    await expect(call('issues.quickAdd', { forumId: forum.id, text })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'issue.line_too_long',
      details: { line: 3 },
    });
    await expect(call('issues.quickAdd', { forumId: forum.id, text: 'ถนน', category: 'agriculture' })).rejects.toMatchObject({ code: 'validation' });
    expect(peek('SELECT count(*) AS n FROM issue')).toEqual([{ n: 0 }]);
  });
});
