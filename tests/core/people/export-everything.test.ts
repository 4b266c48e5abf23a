/**
 * Issue 11.3: `people.export` is everything held about the person (PDPA s.30): attributed notes,
 * speeches, issues raised, groups and roles, the speakers' queue, named ballots and scores,
 * poll eligibility, projects owned, consent, attendance. As JSON, as a readable Thai PDF (read
 * back with pdftotext) and as an XLSX (read back with exceljs).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type TestCore, openCore, steppingClock } from '../../support/core';
import { consent } from '../../support/factories';
import { type SampleForum, seedSampleForum } from '../../support/sample-forum';
import { lines, openPdf } from '../reports/pdf-tools';

/** The water-users' group chair of the sample forum, given one record of every kind. */
async function everythingAboutOnePerson(t: TestCore, s: SampleForum) {
  const id = s.people.waterGroup;
  const { forumId } = s;
  await t.call('people.update', { id, patch: { phone: '0812223333', sensitive: consent(['low_income']) } });
  await t.call('speakers.enqueue', { forumId, personId: id });
  const named = await t.call('polls.create', {
    forumId,
    title: 'เลือกจุดขุดลอก',
    method: 'plurality',
    eligibility: { kind: 'list', personIds: [id, s.people.chair] },
    options: [{ label: 'หนองใหญ่' }, { label: 'หนองน้อย' }],
  });
  await t.call('polls.open', { id: named.id });
  await t.call('polls.addBallot', { pollId: named.id, ranking: [named.options[1]?.id as string], voterId: id });
  const matrix = await t.call('polls.create', {
    forumId,
    title: 'ให้คะแนนโครงการ',
    method: 'score_matrix',
    rules: { criteria: [{ name: 'ความคุ้มค่า' }] },
    options: [{ label: 'ฝายชะลอน้ำ' }, { label: 'ประปาหมู่บ้าน' }],
  });
  await t.call('polls.open', { id: matrix.id });
  await t.call('polls.setScores', { pollId: matrix.id, scorer: { kind: 'person', personId: id }, scores: { [matrix.options[0]?.id as string]: { ความคุ้มค่า: 4 } } });
  await t.call('projects.create', { forumId, title: 'ซ่อมท่อส่งน้ำเข้าแปลงนา', owner: 'กลุ่มผู้ใช้น้ำ', ownerPersonId: id });
  return { id, named, matrix };
}

describe('people.export', () => {
  it('gathers every record linked to the person, and nobody else’s', { timeout: 60_000 }, async () => {
    const t = await openCore({ now: steppingClock() });
    const s = await seedSampleForum(t);
    const { id, named, matrix } = await everythingAboutOnePerson(t, s);

    const data = await t.call('people.export', { id });
    expect(data.person).toMatchObject({ id, firstName: 'วิชัย', phone: '0812223333', sensitive: { disadvantagedGroups: ['low_income'] } });
    expect(data.attendance).toEqual([expect.objectContaining({ forumId: s.forumId, forumTitle: s.forum.title, checkedInAt: expect.any(String), badgeNumber: 5 })]);
    expect(data.notes.map((n) => n.text)).toEqual([
      'ให้แก้ไขชื่อกลุ่มผู้ใช้น้ำในหน้า 2 ให้ถูกต้อง',
      'ช่วงเดือนมีนาคมถึงพฤษภาคม น้ำในหนองสาธารณะแห้ง ชาวบ้านต้องซื้อน้ำใช้',
      'ให้ขุดลอกหนองน้ำสาธารณะและทำรางระบายน้ำ',
    ]);
    expect(data.notes.every((n) => n.forumId === s.forumId)).toBe(true);
    expect(data.speeches).toHaveLength(1);
    expect(data.speeches[0]).toMatchObject({ agendaItemTitle: expect.stringContaining('ปัญหา'), durationMs: expect.any(Number) });
    expect(data.issuesRaised.map((i) => i.title)).toEqual(['น้ำไม่พอใช้ในฤดูแล้ง']);
    expect(data.groups).toEqual([expect.objectContaining({ groupId: s.groupId, member: true, facilitator: false, reporter: false })]);
    expect(data.speakerQueue).toEqual([expect.objectContaining({ forumId: s.forumId, position: 1 })]);
    expect(data.ballots).toEqual([expect.objectContaining({ pollId: named.id, pollTitle: 'เลือกจุดขุดลอก', method: 'plurality', choice: 'หนองน้อย', count: 1 })]);
    expect(data.scores).toEqual([expect.objectContaining({ pollId: matrix.id, option: 'ฝายชะลอน้ำ', criterion: 'ความคุ้มค่า', value: 4 })]);
    expect(data.pollEligibility).toEqual([expect.objectContaining({ pollId: named.id, status: 'open' })]);
    expect(data.projectsOwned).toEqual([expect.objectContaining({ title: 'ซ่อมท่อส่งน้ำเข้าแปลงนา', owner: 'กลุ่มผู้ใช้น้ำ', deletedAt: null })]);

    // Another person's export holds none of it.
    const chair = await t.call('people.export', { id: s.people.chair });
    expect(chair.notes.some((n) => n.text.includes('ขุดลอกหนองน้ำสาธารณะและทำราง'))).toBe(false);
    expect(chair.ballots).toEqual([]);
    expect(chair.pollEligibility.map((p) => p.pollId)).toEqual([named.id]);
  });

  it('as a Thai PDF a reader can read, and as an XLSX with a sheet per kind of record', { timeout: 120_000 }, async () => {
    const t = await openCore({ now: steppingClock() });
    const s = await seedSampleForum(t);
    const { id } = await everythingAboutOnePerson(t, s);

    const json = await t.call('people.exportFile', { id, format: 'json' });
    expect(json).toMatchObject({ mimeType: 'application/json', fileName: expect.stringMatching(/^wethi-person-นายวิชัย-บุญเรือง-\d{4}-\d{2}-\d{2}\.json$/) });
    expect(JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'))).toMatchObject({ person: { id }, projectsOwned: [{ title: 'ซ่อมท่อส่งน้ำเข้าแปลงนา' }] });

    const pdfFile = await t.call('people.exportFile', { id, format: 'pdf' });
    expect(pdfFile.mimeType).toBe('application/pdf');
    const pdf = openPdf(Buffer.from(pdfFile.base64, 'base64'));
    expect(pdf.fonts()).toMatch(/Sarabun/);
    const text = lines(pdf.text()).join('\n');
    for (const expected of [
      'ข้อมูลส่วนบุคคลที่เก็บไว้ในโปรแกรมเวที',
      'ของ นายวิชัย บุญเรือง',
      '0812223333',
      'ผู้มีรายได้น้อย',
      'ข้อคิดเห็นที่บันทึก',
      'ให้ขุดลอกหนองน้ำสาธารณะและทำรางระบายน้ำ',
      'น้ำไม่พอใช้ในฤดูแล้ง',
      'บัตรลงคะแนนในนาม',
      'หนองน้อย',
      'ฝายชะลอน้ำ',
      'ซ่อมท่อส่งน้ำเข้าแปลงนา',
      '2569',
    ]) {
      expect(text.replace(/\s+/g, ''), expected).toContain(expected.replace(/\s+/g, ''));
    }

    const xlsxFile = await t.call('people.exportFile', { id, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsxFile.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'ข้อมูลส่วนบุคคล',
      'การเข้าร่วมเวที',
      'ข้อคิดเห็นที่บันทึก',
      'การพูดในที่ประชุม',
      'ประเด็นที่เสนอ',
      'กลุ่มย่อย',
      'คิวผู้ขอพูด',
      'บัตรลงคะแนนในนาม',
      'คะแนนที่ให้',
      'รายชื่อผู้มีสิทธิ์ลงคะแนน',
      'โครงการที่รับผิดชอบ',
    ]);
    const values = (name: string) =>
      (workbook.getWorksheet(name)?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1).map((v) => (v === undefined ? null : v)));
    expect(values('ข้อมูลส่วนบุคคล')).toContainEqual(['ชื่อ', 'วิชัย']);
    expect(values('ข้อมูลส่วนบุคคล')).toContainEqual(['โทรศัพท์', '0812223333']);
    expect(values('ข้อคิดเห็นที่บันทึก').slice(1).map((r) => r[4])).toContain('ให้ขุดลอกหนองน้ำสาธารณะและทำรางระบายน้ำ');
    expect(values('บัตรลงคะแนนในนาม')[1]).toEqual([s.forum.title, '23 พฤศจิกายน 2569', 'เลือกจุดขุดลอก', 'เลือกข้อเดียว', 1, 'หนองน้อย', 1, expect.stringContaining('2569')]);
    expect(values('คะแนนที่ให้')[1]?.slice(2)).toEqual(['ให้คะแนนโครงการ', 'ฝายชะลอน้ำ', 'ความคุ้มค่า', 4]);
  });
});
