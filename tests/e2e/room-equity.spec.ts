/**
 * The equity tab counts what participants wrote from their phones beside how long they spoke:
 * two participants prove who they are on their phones (over the room server, as the phone page
 * does) and send ideas; the tab says how many were sent and shows each group's share in the
 * "written" column.
 */
import { randomBytes } from 'node:crypto';
import { expect as baseExpect, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

const wethi = sharedWethi();
// A machine shared by many runs: the tab may take a while to load its figures.
const expect = baseExpect.configure({ timeout: 30_000 });
const id = () => randomBytes(16).toString('hex');

test('written contributions from phones stand beside speaking time, by group', async ({ page }) => {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง ครั้งที่ 2/2569' });
  const farmer = await addPerson(wethi, forum.id, { titlePrefix: 'นาง', firstName: 'คำแพง', lastName: 'แสงทอง', gender: 'female', sector: 'citizens' }, { checkIn: true });
  const official = await addPerson(wethi, forum.id, { titlePrefix: 'นาย', firstName: 'ประเสริฐ', lastName: 'ทองคำ', gender: 'male', sector: 'local_government' }, { checkIn: true });
  await wethi.call('speakers.start', { forumId: forum.id, personId: official.id });
  await wethi.call('speakers.stop', { forumId: forum.id });

  const status = await wethi.call('room.open', { forumId: forum.id, host: '127.0.0.1', port: 0 });
  try {
    const base = status.room?.plainUrl as string;
    const post = async (path: string, body: unknown, token?: string) => {
      const r = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
      expect(r.status, `${path}: ${await r.clone().text()}`).toBe(200);
      return r.json() as Promise<Record<string, unknown>>;
    };
    const codes = await wethi.call('room.personalCodes', { forumId: forum.id });
    const phoneOf = async (personId: string) => {
      const token = (await post('/room/join', { code: status.room?.code })).voterToken as string;
      const c = codes.find((x) => x.personId === personId);
      await post('/room/identify', { badgeNumber: c?.badgeNumber, personalCode: c?.code }, token);
      return token;
    };
    const hers = await phoneOf(farmer.id);
    for (const text of ['ขุดลอกหนองน้ำสาธารณะ', 'ตั้งกองทุนซ่อมถนนลูกรัง']) await post('/room/ideas', { submissionId: id(), kind: 'idea', text }, hers);
    await post('/room/ideas', { submissionId: id(), kind: 'question', text: 'งบมาจากไหน', anonymous: true }, await phoneOf(official.id));

    await wethi.open(page, `?forum=${forum.id}&tab=equity`);
    await expect(page.getByTestId('equity-written-line')).toContainText('3 รายการ');
    await expect(page.getByTestId('equity-written-line')).toContainText('ไม่ระบุผู้ส่ง 1');
    const sector = page.getByTestId('equity-sector');
    await expect(sector.getByRole('columnheader', { name: 'เขียนส่ง (โทรศัพท์)' })).toBeVisible();
    // citizens wrote 2 of 3, the local government official none (their question was anonymous).
    await expect(sector.getByRole('row').filter({ hasText: 'ภาคประชาชน' }).getByTestId('equity-written')).toHaveText(/66[.,]7\s*%\s*\(2\)/);
    await expect(sector.getByRole('row').filter({ hasText: 'อปท.' }).getByTestId('equity-written')).toHaveText(/0\s*%\s*\(0\)/);
    await shot(page, 'room-equity-written');
  } finally {
    await wethi.call('room.close', { forumId: forum.id });
  }
});
