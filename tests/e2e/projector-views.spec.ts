/**
 * The projector window follows what the facilitator chooses in the control window: the current
 * agenda item with its clock, the issue list (a new issue shows within a second), a chart, a
 * message, the logo, a blank screen. Large type, Sarabun, no controls.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, makeForum, sharedWethi, shot } from './wethi';

async function chooseView(page: Page, label: string) {
  // The popover stays open after a choice, so its options can be set next.
  if (!(await page.getByTestId('projector-control-panel').isVisible())) await page.getByTestId('projector-control').click();
  await page.getByTestId('projector-control-panel').getByRole('button', { name: label, exact: true }).click();
}

test('the projector follows the control window: agenda item and clock, issues live, chart, message, logo, blank', async ({ page }) => {
  test.setTimeout(90_000);
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมตำบลหนองบัว ครั้งที่ 2/2569' });
  await wethi.call('agenda.applyTemplate', { forumId: forum.id, template: 'problem_analysis' });
  await addPerson(wethi, forum.id, { firstName: 'สมพร', lastName: 'ใจงาม', sector: 'citizens', gender: 'female' }, { checkIn: true });
  await addPerson(wethi, forum.id, { firstName: 'ประยูร', lastName: 'ทองดี', sector: 'local_government', gender: 'male' }, { checkIn: true });
  await addPerson(wethi, forum.id, { firstName: 'อำนวย', lastName: 'สุขใจ', sector: 'citizens', gender: 'male' }, { checkIn: true });

  await wethi.open(page, `?forum=${forum.id}&tab=agenda`);
  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'เปิดหน้าต่างจอโปรเจกเตอร์' }).click()]);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.waitForLoadState();
  const screen = projector.getByTestId('projector');
  await expect(screen).toHaveAttribute('data-mode', 'welcome');
  await expect(projector.getByTestId('projector-count')).toHaveText('3');

  // Agenda view: nothing started yet, then N at the control starts item 1 and the hall sees it.
  await page.bringToFront();
  await chooseView(page, 'วาระปัจจุบัน');
  await expect(page.getByTestId('projector-control')).toHaveText('จอโปรเจกเตอร์: วาระปัจจุบัน');
  await expect(screen).toHaveAttribute('data-mode', 'agenda');
  await expect(screen).toContainText('ยังไม่ได้เริ่มระเบียบวาระ');
  await page.keyboard.press('Escape');
  await page.getByTestId('agenda-list').focus();
  await page.keyboard.press('n');
  await expect(projector.getByTestId('projector-agenda-number')).toHaveText('ระเบียบวาระที่ 1');
  await expect(projector.getByTestId('projector-agenda-title')).toHaveText('เปิดเวทีประชาคม ชี้แจงวัตถุประสงค์');
  await expect(projector.getByTestId('projector-planned')).toHaveText('วางแผนไว้ 15 นาที');
  const clock = projector.getByTestId('projector-clock');
  await expect(clock).toHaveText(/^0:0\d$/);
  const first = await clock.textContent();
  await expect(clock).not.toHaveText(first ?? '', { timeout: 2500 });
  // N again: the projector moves to item 2 by itself.
  await page.keyboard.press('n');
  await expect(projector.getByTestId('projector-agenda-title')).toHaveText('นำเสนอข้อมูลชุมชน');
  await expect(projector.getByRole('button')).toHaveCount(0);

  // With the outline beside it.
  await chooseView(page, 'วาระปัจจุบัน');
  await page.getByRole('switch', { name: 'แสดงระเบียบวาระทั้งหมดด้านข้าง' }).click();
  await expect(projector.getByTestId('projector-outline')).toContainText('สรุปผลและนำเสนอต่อที่ประชาคม');
  await page.keyboard.press('Escape');
  await shot(projector, '4x-projector-agenda');

  const style = await projector.getByTestId('projector-agenda-title').evaluate((el) => {
    const cs = getComputedStyle(el);
    return { fontSize: Number.parseFloat(cs.fontSize), fontFamily: cs.fontFamily, color: cs.color };
  });
  expect(style.fontSize).toBeGreaterThanOrEqual(48);
  expect(style.fontFamily).toContain('Sarabun');
  expect(style.color).toBe('rgb(255, 255, 255)');

  // Issues view, grouped by category; an issue typed at the control shows within a second.
  await page.goto(page.url().replace('tab=agenda', 'tab=issues'));
  await chooseView(page, 'ประเด็นปัญหา');
  await expect(screen).toHaveAttribute('data-mode', 'issues');
  await expect(screen).toContainText('ยังไม่มีประเด็นปัญหา');
  await page.keyboard.press('Escape');
  await page.keyboard.press('q');
  await page.keyboard.type('ขยะล้นในชุมชน\nน้ำเสียจากฟาร์มสุกร');
  await page.keyboard.press('Control+Enter');
  await expect(projector.getByTestId('projector-issue')).toHaveText(['1.ขยะล้นในชุมชน', '2.น้ำเสียจากฟาร์มสุกร']);
  await page.keyboard.type('ถนนลูกรังเป็นหลุมเป็นบ่อ');
  // Timed in the projector itself: the moment the line appears, against the moment the control
  // window's request was answered (the change is stored by then).
  const appeared = projector.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const found = () => [...document.querySelectorAll('[data-testid="projector-issue"]')].some((el) => el.textContent?.includes('ถนนลูกรัง'));
        new MutationObserver((_, observer) => {
          if (found()) {
            observer.disconnect();
            resolve(Date.now());
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
  );
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/issues.quickAdd')).then(() => Date.now());
  const typedAt = Date.now();
  await page.keyboard.press('Control+Enter');
  await expect(projector.getByTestId('projector-issue').nth(2)).toHaveText('3.ถนนลูกรังเป็นหลุมเป็นบ่อ');
  const [shownAt, storedAt] = await Promise.all([appeared, answered]);
  console.log(`projector: new issue on screen ${shownAt - typedAt} ms after Ctrl+Enter, ${shownAt - storedAt} ms after the change was stored`);
  const issues = await wethi.call('issues.list', { forumId: forum.id });
  expect(issues.map((i) => i.title)).toEqual(['ขยะล้นในชุมชน', 'น้ำเสียจากฟาร์มสุกร', 'ถนนลูกรังเป็นหลุมเป็นบ่อ']);

  const [trash, wastewater, road] = issues;
  if (!trash || !wastewater || !road) throw new Error('three issues expected');
  await wethi.call('issues.update', { id: trash.id, patch: { category: 'environment' } });
  await wethi.call('issues.update', { id: wastewater.id, patch: { category: 'environment' } });
  await wethi.call('issues.update', { id: road.id, patch: { category: 'infrastructure' } });
  await chooseView(page, 'ประเด็นปัญหา');
  await page.getByRole('switch', { name: 'จัดกลุ่มตามหมวด' }).last().click();
  await page.keyboard.press('Escape');
  await expect(projector.getByTestId('projector-issue-group')).toHaveCount(2);
  await expect(projector.getByTestId('projector-issue-group').first()).toContainText('สิ่งแวดล้อม');
  const body = await projector.getByTestId('projector-issue').first().locator('p').last().evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(body).toBeGreaterThanOrEqual(32);
  await shot(projector, '4x-projector-issues');

  // Representation: who is in the room, by sector, as a big chart.
  await chooseView(page, 'สัดส่วนผู้เข้าร่วม');
  await page.keyboard.press('Escape');
  await expect(projector.getByTestId('projector-representation')).toContainText('ผู้เข้าร่วมจำแนกตามภาค');
  await expect(projector.getByTestId('projector-representation')).toContainText('มาแล้ว 3 คน');
  await expect(projector.getByTestId('projector-representation')).toContainText('2 (66.7%)');
  await shot(projector, '4x-projector-representation');

  // A message for the hall.
  await page.getByTestId('projector-control').click();
  await page.getByTestId('projector-control-panel').getByRole('button', { name: 'ข้อความ', exact: true }).click();
  await page.getByRole('textbox', { name: 'ข้อความบนจอ' }).fill('พักรับประทานอาหารว่าง 15 นาที');
  await page.keyboard.press('Control+Enter');
  await expect(projector.getByTestId('projector-message')).toHaveText('พักรับประทานอาหารว่าง 15 นาที');
  await page.keyboard.press('Escape');
  await shot(projector, '4x-projector-message');

  // Speaker (the speakers feature's own screen: nobody yet), logo, blank.
  await chooseView(page, 'ผู้อภิปราย');
  await expect(screen).toHaveAttribute('data-mode', 'speaker');
  await expect(projector.getByTestId('projector-speaker')).toContainText('รอผู้พูดคนต่อไป');
  await chooseView(page, 'ความเท่าเทียมในการพูด');
  await expect(projector.getByTestId('projector-equity')).toBeVisible();
  await chooseView(page, 'โลโก้');
  await expect(projector.getByTestId('projector-logo')).toContainText('WETHI');
  await page.keyboard.press('Escape');
  await shot(projector, '4x-projector-logo');
  await chooseView(page, 'จอดำ');
  await expect(screen).toHaveAttribute('data-mode', 'blank');
  await expect(screen).toHaveText('');
  expect((await wethi.call('projector.get', { forumId: forum.id })).view).toEqual({ mode: 'blank' });
  await expect(projector.getByRole('button')).toHaveCount(0);
});
