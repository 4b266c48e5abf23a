/**
 * A yes/no count with more votes than people present is refused in the language of the screen:
 * the reason under the headline is Thai in the Thai UI (it was the host's English sentence).
 */
import { expect, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

test('more yes/no votes than people present: refused, the reason in Thai, then in English after switching', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 12 ลงมติเกินจำนวน' });
  for (let i = 1; i <= 8; i++) await addPerson(wethi, forum.id, { firstName: `ผู้ร่วมเวที${i}`, lastName: 'บ้านหนองแวง' }, { checkIn: true });
  const poll = await wethi.call('polls.create', { forumId: forum.id, title: 'สร้างฝายชะลอน้ำ', method: 'yes_no' });
  await wethi.call('polls.open', { id: poll.id });
  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  await expect(page.getByTestId('poll-results')).toBeVisible({ timeout: 30_000 });

  // Typed as the counter calls them out: yes, Tab, no, Tab, abstain, Enter. 6 + 2 + 1 = 9 > 8 present.
  const yes = page.getByLabel('เห็นด้วย', { exact: true });
  await yes.focus();
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  const refusal = page.getByTestId('poll-refusal');
  await expect(refusal).toContainText('จำนวนที่กรอกไม่ถูกต้อง จึงไม่ได้บันทึก');
  await expect(refusal).toContainText('ลงคะแนนรวม 9 เสียง (เห็นด้วย 6 ไม่เห็นด้วย 2 งดออกเสียง 1) มากกว่าผู้มาประชุม 8 คน');
  await expect(refusal).not.toContainText('votes');
  await shot(page, 'polls-yes-no-over-count');
  expect((await wethi.call('polls.inputs', { pollId: poll.id })).counts.yesNo).toBeNull();

  await page.getByText('English', { exact: true }).click();
  await expect(refusal).toContainText('9 votes (yes 6, no 2, abstain 1) but only 8 attendees present');
});
