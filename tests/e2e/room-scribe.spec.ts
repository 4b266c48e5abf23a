/**
 * A small group's scribe on the phone page: the phone joined the room from the QR code like
 * everyone's, then becomes the group's phone with the code on the group's slip ("เข้าร่วมด้วย
 * รหัสกลุ่ม"), scores the matrix as the group and files the group's report, which lands under
 * the group. A ballot the phone filled in as a device before, still waiting to be sent, is
 * stored as that device's, never as the group's.
 */
import { expect as baseExpect, test } from '@playwright/test';
import { newPhone, openRoom } from './room-support';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

const wethi = sharedWethi();
// The control window and a phone in one browser, on a machine shared by many runs.
const expect = baseExpect.configure({ timeout: 30_000 });
const CRITERIA = ['ความรุนแรงของปัญหา', 'ความเป็นไปได้ด้วยทรัพยากรชุมชน'];

test('a scribe’s phone becomes the group’s with the group code, scores the matrix and files the report as the group', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง ครั้งที่ 2/2569' });
  await addPerson(wethi, forum.id, { firstName: 'คำแพง', lastName: 'แสงทอง' }, { checkIn: true });
  const group = await wethi.call('groups.create', { forumId: forum.id, name: 'กลุ่มที่ 1 กลุ่มแม่บ้านและผู้สูงอายุบ้านหนองหญ้าปล้อง' });
  const yesNo = await wethi.call('polls.create', { forumId: forum.id, title: 'เห็นชอบให้ใช้งบกองทุนหมู่บ้านซ่อมถนน', method: 'yes_no' });
  const matrix = await wethi.call('polls.create', {
    forumId: forum.id,
    title: 'ให้คะแนนปัญหาตามเกณฑ์',
    method: 'score_matrix',
    rules: { scale: { min: 1, max: 5 }, criteria: CRITERIA.map((name) => ({ name })) },
    options: [{ label: 'ถนนลูกรังเป็นหลุมบ่อ' }, { label: 'น้ำประปาขุ่น' }],
  });
  for (const poll of [yesNo, matrix]) await wethi.call('polls.open', { id: poll.id });
  const room = await openRoom(wethi, forum.id);
  const phone = await newPhone(browser, room.url);
  try {
    // The facilitator reads the group's code off the room tab.
    await wethi.open(page, `?forum=${forum.id}&tab=room`);
    const codeCell = page.getByTestId('room-group-codes').getByRole('row').filter({ hasText: group.name }).getByRole('cell').nth(1);
    await expect(codeCell).toHaveText(/^\d{8}$/);
    const code = (await codeCell.textContent()) as string;

    // As a device, the phone starts a yes/no vote, but the laptop does not get it yet.
    const p = phone.page;
    let attempts = 0;
    await p.route('**/room/ballots', (route) => {
      attempts += 1;
      return route.abort('connectionreset');
    });
    await p.locator(`[data-poll="${yesNo.id}"]`).tap();
    await p.getByRole('button', { name: 'เห็นด้วย', exact: true }).tap();
    await p.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(p.locator('#status')).toContainText('ยังไม่ได้บันทึก');
    await p.getByRole('button', { name: '‹ กลับ' }).tap();

    // The scribe: the group's code, printed as "1234 5678".
    await p.getByRole('button', { name: 'เข้าร่วมด้วยรหัสกลุ่ม' }).tap();
    await p.locator('#group-code').fill('0000 0000');
    await p.getByRole('button', { name: 'เข้าร่วม', exact: true }).tap();
    await expect(p.getByRole('alert')).toHaveText('รหัสไม่ถูกต้อง ลองดูรหัสบนจออีกครั้ง');
    await p.locator('#group-code').fill(`${code.slice(0, 4)} ${code.slice(4)}`);
    await p.getByRole('button', { name: 'เข้าร่วม', exact: true }).tap();
    // A group scores matrices only: the matrix is its one vote, and the phone goes to it.
    await expect(p.getByRole('heading', { name: matrix.title })).toBeVisible();
    await expect(p.getByText(`ให้คะแนนในนามของ${group.name}`)).toBeVisible();

    // Meanwhile the waiting ballot was retried with backoff, not resent at every redraw.
    expect(attempts).toBeGreaterThan(0);
    expect(attempts).toBeLessThan(12);
    // The device's yes/no ballot gets through now: counted as the device's, not refused as the group's.
    await p.unroute('**/room/ballots');
    await expect.poll(async () => (await wethi.call('polls.results', { id: yesNo.id })).yesNo?.yes, { timeout: 40_000 }).toBe(1);

    const options = matrix.options.map((o) => o.id);
    for (const [o, [a, b]] of [
      [4, 3],
      [2, 5],
    ].entries()) {
      await p.locator(`[data-cell="${options[o]}|${CRITERIA[0]}|${a}"]`).tap();
      await p.locator(`[data-cell="${options[o]}|${CRITERIA[1]}|${b}"]`).tap();
    }
    await p.getByRole('button', { name: 'ส่งคะแนน' }).tap();
    await expect(p.locator('#status')).toContainText('บันทึกแล้ว', { timeout: 40_000 });
    const inputs = await wethi.call('polls.inputs', { pollId: matrix.id });
    expect(inputs.ballots).toEqual([]);
    expect(inputs.scorers).toEqual([
      expect.objectContaining({
        kind: 'group',
        groupId: group.id,
        scores: { [options[0] as string]: { [CRITERIA[0] as string]: 4, [CRITERIA[1] as string]: 3 }, [options[1] as string]: { [CRITERIA[0] as string]: 2, [CRITERIA[1] as string]: 5 } },
      }),
    ]);

    await p.getByRole('button', { name: '‹ กลับ' }).tap();
    await expect(p.locator('[data-identity]')).toHaveText(`เครื่องของ${group.name}`);
    await expect(p.locator('[data-poll]')).toHaveCount(1);
    await expect(p.getByRole('button', { name: 'เข้าร่วมด้วยรหัสกลุ่ม' })).toHaveCount(0);
    await p.evaluate(() => window.scrollTo(0, 0));
    await shot(p, 'room-phone-scribe');

    // The group's report, from the ideas tab: under the group at once.
    await p.getByRole('button', { name: 'เสนอปัญหา / ความคิด / คำถาม' }).tap();
    await p.getByRole('button', { name: 'รายงานของกลุ่ม' }).tap();
    await p.locator('#idea-text').fill('กลุ่มเห็นว่าน้ำประปาขุ่นสำคัญที่สุด เพราะกระทบเด็กและผู้สูงอายุทุกบ้าน');
    await p.getByRole('button', { name: 'ส่ง', exact: true }).tap();
    await expect(p.locator('#status')).toContainText('ส่งถึงผู้ดำเนินการแล้ว');
    const notes = await wethi.call('notes.list', { forumId: forum.id, groupId: group.id });
    expect(notes.map((n) => n.text)).toEqual(['กลุ่มเห็นว่าน้ำประปาขุ่นสำคัญที่สุด เพราะกระทบเด็กและผู้สูงอายุทุกบ้าน']);
    // The room tab counts the group's phone.
    await expect(page.getByTestId('room-group-codes').getByRole('row').filter({ hasText: group.name }).getByRole('cell').nth(2)).toHaveText('1');
  } finally {
    await phone.context.close();
    await room.close();
  }
});
