import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openPlan } from './harness';

const PHOTO = Buffer.from('\xff\xd8\xff\xe0 fake jpeg bytes of the dredged pond', 'latin1');

describe('project status updates', () => {
  it('keep their history in report order; the latest is the current status, spending adds up by source', async () => {
    const p = await openPlan();
    const f = await p.forum('เวทีหมู่ 1');
    const pond = await p.project(f.id, { title: 'ขุดลอกหนอง', type: 'self', budgetSatang: 100_000_00 });
    const add = (fields: Record<string, unknown>) => p.call('followUp.addStatus', { projectId: pond.id, forumId: f.id, ...fields } as never);
    // Entered out of order: the May report after the June one.
    await add({ status: 'in_progress', reportedOn: '2027-06-01', progressPercent: 60, spending: [{ source: 'อบต.', amountSatang: 30_000_00 }] });
    await add({
      status: 'in_progress',
      reportedOn: '2027-05-01',
      progressPercent: 20,
      reportedBy: 'ผู้ใหญ่บ้าน',
      spending: [
        { source: 'อบต.', amountSatang: 10_000_00 },
        { source: 'กองทุนหมู่บ้าน', amountSatang: 2_500_50 },
      ],
    });
    await add({ status: 'delayed', reason: 'ฝนตกหนัก รถขุดเข้าไม่ได้', reportedOn: '2027-06-01', spending: [{ source: 'อบต.', amountSatang: 5_000_00 }] });

    const history = await p.call('followUp.history', { projectId: pond.id });
    expect(history.map((h) => [h.reportedOn, h.status, h.progressPercent])).toEqual([
      ['2027-05-01', 'in_progress', 20],
      ['2027-06-01', 'in_progress', 60],
      ['2027-06-01', 'delayed', null],
    ]);
    expect(history[0]?.reporterName).toBe('ผู้ใหญ่บ้าน');

    const view = await p.call('followUp.view', { forumId: f.id, today: '2027-06-02' });
    const row = view.projects.find((x) => x.projectId === pond.id);
    expect(row?.status).toBe('delayed');
    expect(row?.reason).toBe('ฝนตกหนัก รถขุดเข้าไม่ได้');
    // The latest progress given (the delayed report gave none).
    expect(row?.progressPercent).toBe(60);
    // 10,000 + 30,000 + 5,000 from อบต.; 2,500.50 from the village fund.
    expect(row?.spentBySource).toEqual([
      { source: 'อบต.', amountSatang: 45_000_00 },
      { source: 'กองทุนหมู่บ้าน', amountSatang: 2_500_50 },
    ]);
    expect(row?.spentSatang).toBe(47_500_50);
    expect(row?.timeline).toHaveLength(3);

    // Asked as of the end of May, the June reports are not there yet.
    const may = await p.call('followUp.view', { forumId: f.id, asOf: '2027-05-31', today: '2027-06-02' });
    expect(may.projects[0]?.status).toBe('in_progress');
    expect(may.projects[0]?.spentSatang).toBe(12_500_50);
  });

  it('refuse a delayed or dropped status without a reason, and a project outside the forum’s plan', async () => {
    const p = await openPlan();
    const f = await p.forum('เวทีหมู่ 1');
    const other = await p.forum('เวทีหมู่ 9');
    const pond = await p.project(f.id, { title: 'ขุดลอกหนอง', type: 'self' });
    const dropped = await p.refusal('followUp.addStatus', { projectId: pond.id, forumId: f.id, status: 'dropped', reportedOn: '2027-06-01' });
    expect(dropped.code).toBe('validation');
    expect(JSON.stringify(dropped.details)).toContain('reason');
    const elsewhere = await p.refusal('followUp.addStatus', { projectId: pond.id, forumId: other.id, status: 'done', reportedOn: '2027-06-01' });
    expect(elsewhere.code).toBe('validation');
    expect(elsewhere.messageKey).toBe('followUp.project_other_plan');
    expect(await p.call('followUp.history', { projectId: pond.id })).toEqual([]);
  });

  it('store an evidence photo in the database with its SHA-256, give it back byte for byte, and detect damage', async () => {
    const p = await openPlan();
    const f = await p.forum('เวทีหมู่ 1');
    const pond = await p.project(f.id, { title: 'ขุดลอกหนอง', type: 'self' });
    const update = await p.call('followUp.addStatus', {
      projectId: pond.id,
      forumId: f.id,
      status: 'done',
      progressPercent: 100,
      reportedOn: '2027-06-01',
      note: 'ขุดลอกเสร็จ ตรวจรับงานแล้ว',
      documentRef: 'หนังสือ อบต. ที่ ขก 0001/123',
      attachments: [{ fileName: 'หนองหลังขุด.jpg', mimeType: 'image/jpeg', base64: PHOTO.toString('base64') }],
    });
    const [info] = update.attachments;
    expect(info).toMatchObject({ fileName: 'หนองหลังขุด.jpg', mimeType: 'image/jpeg', sizeBytes: PHOTO.length, sha256: createHash('sha256').update(PHOTO).digest('hex') });
    const file = await p.call('followUp.attachment', { id: info?.id as string });
    expect(Buffer.from(file.base64, 'base64').equals(PHOTO)).toBe(true);
    expect(p.peek<{ n: number }>('SELECT length(data) AS n FROM attachment')[0]?.n).toBe(PHOTO.length);

    // One byte changed on disk (same length): the checksum catches it.
    const db = new Database(p.dbPath);
    db.prepare("UPDATE attachment SET data = CAST(replace(CAST(data AS TEXT), 'pond', 'POND') AS BLOB)").run();
    db.close();
    const damaged = await p.refusal('followUp.attachment', { id: info?.id });
    expect(damaged.messageKey).toBe('followUp.attachment_damaged');
  });

  it('move an update to the trash and back (undo), the current status following', async () => {
    const p = await openPlan();
    const f = await p.forum('เวทีหมู่ 1');
    const pond = await p.project(f.id, { title: 'ขุดลอกหนอง', type: 'self' });
    await p.call('followUp.addStatus', { projectId: pond.id, forumId: f.id, status: 'in_progress', reportedOn: '2027-05-01' });
    const wrong = await p.call('followUp.addStatus', { projectId: pond.id, forumId: f.id, status: 'done', reportedOn: '2027-05-02' });
    const status = async () => (await p.call('followUp.view', { forumId: f.id })).projects[0]?.status;
    expect(await status()).toBe('done');
    await p.call('followUp.deleteStatus', { id: wrong.id });
    expect(await status()).toBe('in_progress');
    await p.call('followUp.restoreStatus', { id: wrong.id });
    expect(await status()).toBe('done');
    expect(p.events.filter((e) => e.entity === 'status_update').map((e) => e.forumId)).toEqual([f.id, f.id, f.id, f.id]);
  });

  it('erasing the reporter (PDPA) removes their name from the update', async () => {
    const p = await openPlan();
    const f = await p.forum('เวทีหมู่ 1');
    const pond = await p.project(f.id, { title: 'ขุดลอกหนอง', type: 'self' });
    const person = await p.call('people.create', { firstName: 'สมศักดิ์', lastName: 'ใจดี', titlePrefix: 'นาย' });
    await p.call('followUp.addStatus', { projectId: pond.id, forumId: f.id, status: 'in_progress', reportedOn: '2027-05-01', reportedByPersonId: person.id });
    expect((await p.call('followUp.history', { projectId: pond.id }))[0]?.reporterName).toBe('นายสมศักดิ์ ใจดี');
    await p.call('people.erase', { id: person.id });
    const [after] = await p.call('followUp.history', { projectId: pond.id });
    expect(after).toMatchObject({ reportedByPersonId: null, reportedBy: null, reporterName: null });
    expect(JSON.stringify(p.peek('SELECT * FROM status_update'))).not.toContain('สมศักดิ์');
  });
});
