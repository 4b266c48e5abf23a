/**
 * Rows, not problems: a row with three things wrong is one row skipped. The preview and the
 * result both say how many rows have problems; `rejected` still lists every problem.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THAI_HEADER, csv, type Harness, openHarness, sheetFile } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const GOOD = 'นาย,สมชาย,ใจดี,ชาย,45,0812345678,อบต.นาดี,ผู้ใหญ่บ้าน,3,อปท.,ผู้ให้บริการ,,';
// Three bad rows, five problems: gender, age and sector; age; gender.
const THREE_PROBLEMS = 'นาย,สมปอง,ดี,ชายหญิง,สี่สิบ,,,,3,ดาวอังคาร,,,';
const ONE_AGE = 'นาง,สมใจ,ดี,หญิง,สองร้อย,,,,3,,,,';
const ONE_GENDER = 'นาย,สมหมาย,ดี,กลาง,50,,,,3,,,,';
const SHEET = csv(THAI_HEADER, GOOD, THREE_PROBLEMS, ONE_AGE, ONE_GENDER);
const file = sheetFile('sheet.csv', SHEET);

describe('rows with problems are counted as rows', () => {
  it('in the preview: 3 rows with 5 problems', async () => {
    const p = await h.run('imports.preview', { forumId: h.forumId, file });
    expect(p.rejected).toHaveLength(5);
    expect(new Set(p.rejected.map((r) => r.line))).toEqual(new Set([3, 4, 5]));
    expect([p.rowCount, p.validCount, p.rejectedRows]).toEqual([4, 1, 3]);
  });

  it('in the result of an import of the valid rows only', async () => {
    const r = await h.run('imports.commit', { forumId: h.forumId, file, skipInvalid: true });
    expect([r.imported, r.rejectedRows, r.rejected.length]).toEqual([1, 3, 5]);
  });

  it('when the columns themselves are wrong, every row is rejected', async () => {
    const noNames = csv('คำนำหน้า,นามสกุล', 'นาย,ใจดี', 'นาง,มีสุข');
    const p = await h.run('imports.preview', { forumId: h.forumId, file: sheetFile('sheet.csv', noNames) });
    expect([p.rowCount, p.validCount, p.rejected.length, p.rejectedRows]).toEqual([2, 0, 1, 2]);
  });
});
