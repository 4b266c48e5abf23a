/**
 * The import screen previews a sheet and then commits it: the commit reuses the preview's reading
 * of that very sheet (not read and checked twice) and writes exactly what a commit alone writes,
 * with the commit's own consent record; any other sheet, mapping or forum is read anew.
 */
import { afterEach, expect, it } from 'vitest';
import { type Harness, THAI_HEADER, csv, openHarness, sheetFile } from './harness';

const ELDERLY = 'นาง,สมศรี,มีสุข,หญิง,67,0898765432,,,3,ประชาชน,ผู้รับบริการ,ผู้สูงอายุ,ใช่';
const OTHER = 'นาย,สมชาย,ใจดี,ชาย,45,0812345678,อบต.นาดี,ผู้ใหญ่บ้าน,3,อปท.,ผู้ให้บริการ,,';

const opened: Harness[] = [];
afterEach(() => {
  for (const h of opened.splice(0)) h.close();
});
async function harness() {
  const h = await openHarness();
  opened.push(h);
  return h;
}

/** What the register and the forum's attendance hold, ids and times left out. */
async function stored(h: Harness) {
  const attendees = await h.run('attendance.list', { forumId: h.forumId });
  return attendees.map((a) => ({ ...a.person, id: undefined, createdAt: undefined, updatedAt: undefined, checkedInAt: a.checkedInAt }));
}

it('writes what a commit alone writes, with the consent recorded by whom the commit says', async () => {
  const file = sheetFile('sheet.csv', csv(THAI_HEADER, ELDERLY, OTHER));
  const alone = await harness();
  await alone.run('imports.commit', { forumId: alone.forumId, file, consentRecordedBy: 'นางสาวจดดี', checkIn: true });

  const previewed = await harness();
  await previewed.run('imports.preview', { forumId: previewed.forumId, file });
  const result = await previewed.run('imports.commit', { forumId: previewed.forumId, file, consentRecordedBy: 'นางสาวจดดี', checkIn: true });
  expect(result).toEqual({ imported: 2, merged: 0, rejectedRows: 0, rejected: [] });
  expect(await stored(previewed)).toEqual(await stored(alone));
  expect((await stored(previewed)).find((p) => p.firstName === 'สมศรี')?.sensitive).toMatchObject({ consentRecordedBy: 'นางสาวจดดี' });
});

it('reads a different sheet, or the same sheet with another mapping, anew', async () => {
  const h = await harness();
  const first = sheetFile('sheet.csv', csv(THAI_HEADER, ELDERLY));
  await h.run('imports.preview', { forumId: h.forumId, file: first });
  const second = sheetFile('sheet.csv', csv(THAI_HEADER, OTHER));
  await h.run('imports.commit', { forumId: h.forumId, file: second });
  expect((await stored(h)).map((p) => p.firstName)).toEqual(['สมชาย']);

  const renamed = sheetFile('renamed.csv', csv('คำนำหน้า,ชื่อผู้เข้าร่วม,นามสกุล', 'นาย,บุญมี,ศรีสุข'));
  await h.run('imports.preview', { forumId: h.forumId, file: renamed, mapping: {} });
  const mapped = await h.run('imports.commit', { forumId: h.forumId, file: renamed, mapping: { ชื่อผู้เข้าร่วม: 'firstName' } });
  expect(mapped).toEqual({ imported: 1, merged: 0, rejectedRows: 0, rejected: [] });
  expect((await stored(h)).map((p) => p.firstName).sort()).toEqual(['บุญมี', 'สมชาย'].sort());
});

it('checks the commit\'s consent record as the rows were checked: an invisible name is refused', async () => {
  const h = await harness();
  const file = sheetFile('sheet.csv', csv(THAI_HEADER, ELDERLY));
  await h.run('imports.preview', { forumId: h.forumId, file });
  const result = await h.run('imports.commit', { forumId: h.forumId, file, consentRecordedBy: '\u200B' });
  expect(result.imported).toBe(0);
  expect(result.rejected).toHaveLength(1);
  expect(h.counts().person).toBe(0);
});
