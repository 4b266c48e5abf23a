/**
 * Chart labels are never cut: long Thai names wrap between words inside an axis sized for them,
 * or are shortened at a word with the full name beside the chart. Checked on the sample forum
 * (tests/support/sample-forum.ts) plus a poll over the longest option names the walk-throughs
 * used, on the control window at 1366×768 and on the projector at 1920×1080: every tick label's
 * box lies inside its chart. The projector's mode buttons and the "กำลังพูด" badge are whole.
 */
import { expect, type Page, test } from '@playwright/test';
import type { Input } from '../../shared/contract';
import { seedSampleForum } from '../support/sample-forum';
import type { TestCore } from '../support/core';
import { sharedWethi, shot, type Wethi } from './wethi';

const LONG_OPTIONS = ['น้ำประปาหมู่บ้านไม่พอใช้ในหน้าแล้ง', 'ถนนลูกรังเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ', 'ผู้สูงอายุติดบ้านติดเตียงขาดผู้ดูแล', 'ขยะล้นถังหน้าตลาด'];

async function seed(wethi: Wethi) {
  // The sample forum's builder only calls operations: the same calls over the host's API.
  const sample = await seedSampleForum({ call: wethi.call } as unknown as TestCore, { title: `เวทีป้ายกราฟ ${Math.random().toString(36).slice(2, 7)}`, people: 30 });
  const poll = await wethi.call('polls.create', { forumId: sample.forumId, title: 'จัดลำดับปัญหาที่ชื่อยาวที่สุด', method: 'borda', options: LONG_OPTIONS.map((label) => ({ label })) });
  await wethi.call('polls.open', { id: poll.id });
  const [a, b, c, d] = poll.options.map((o) => o.id) as [string, string, string, string];
  await wethi.call('polls.addBallots', {
    pollId: poll.id,
    ballots: [
      { ranking: [a, b, c, d], count: 5 },
      { ranking: [b, c, a, d], count: 3 },
      { ranking: [c, a, d, b], count: 2 },
    ],
  });
  await wethi.call('polls.close', { id: poll.id });
  return { ...sample, longPollId: poll.id };
}

/**
 * Every axis tick label on the page: its box against its chart's, and whether it shows the whole
 * name (its lines joined) or a shortened one whose full name is written elsewhere on the page.
 */
async function tickLabels(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() =>
    [...document.querySelectorAll('svg.recharts-surface')].flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.recharts-cartesian-axis-tick-label text')].map((text) => {
        const box = text.getBoundingClientRect();
        const shown = [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '').join('') || (text.textContent ?? '');
        const full = text.getAttribute('data-chart-label') ?? shown;
        const outside = box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1;
        const elsewhere = [...document.querySelectorAll('td, th, li, p')].some((el) => el.textContent?.trim() === full);
        return { full, shown, outside, box: [box.left, box.top, box.right, box.bottom].map(Math.round), frame: [frame.left, frame.top, frame.right, frame.bottom].map(Math.round), elsewhere };
      });
    }),
  );
}

async function expectLabelsWhole(page: Page, where: string, mustShow: string[]) {
  // A chart first draws at a provisional size and then fits its box: the check holds once drawn.
  await expect(async () => {
    const labels = await tickLabels(page);
    for (const name of mustShow) expect(labels.map((l) => l.full), `${where}: a chart labels "${name}"`).toContain(name);
    for (const l of labels) {
      expect(l.outside, `${where}: "${l.full}" at ${l.box} is outside its chart ${l.frame}`).toBe(false);
      if (l.shown !== l.full) {
        // Shortened only at a word, marked with "…", and the full name beside the chart.
        expect(l.shown.endsWith('…'), `${where}: "${l.shown}"`).toBe(true);
        expect(l.full.startsWith(l.shown.slice(0, -1)), `${where}: "${l.shown}" is the start of "${l.full}"`).toBe(true);
        expect(l.elsewhere, `${where}: "${l.full}" is written out beside the chart`).toBe(true);
      }
    }
  }).toPass({ timeout: 15_000 });
}

test('control window at 1366×768: representation, equity and poll charts show every label whole', async ({ page }) => {
  test.setTimeout(180_000);
  const wethi = sharedWethi();
  const forum = await seed(wethi);

  await wethi.open(page, `?forum=${forum.forumId}&tab=representation`);
  await expect(page.getByTestId('dimension-role')).toBeVisible();
  await expectLabelsWhole(page, 'representation', ['ผู้ได้รับผลกระทบทางอ้อม', 'ภาคประชาสังคม', 'ผู้เชี่ยวชาญ / ผู้รู้']);
  await shot(page, 'chart-labels-representation');

  await wethi.open(page, `?forum=${forum.forumId}&tab=equity`);
  await expect(page.getByTestId('equity-chart').first()).toBeVisible();
  await expectLabelsWhole(page, 'equity', ['ผู้ได้รับผลกระทบทางอ้อม']);
  await shot(page, 'chart-labels-equity');

  await wethi.open(page, `?forum=${forum.forumId}&tab=polls`);
  await page.getByText('จัดลำดับปัญหาที่ชื่อยาวที่สุด').first().click();
  await expect(page.getByTestId('poll-title')).toHaveText('จัดลำดับปัญหาที่ชื่อยาวที่สุด');
  await expect(page.getByTestId('ranking-chart')).toBeVisible();
  await expectLabelsWhole(page, 'poll', LONG_OPTIONS);
  await shot(page, 'chart-labels-poll');
});

test('projector at 1920×1080: the poll, representation and equity charts show every label whole', async ({ page }) => {
  test.setTimeout(180_000);
  const wethi = sharedWethi();
  const forum = await seed(wethi);
  await page.setViewportSize({ width: 1920, height: 1080 });
  // Each view chosen first, then the projector opened on it.
  const show = async (view: Input<'projector.set'>['view']) => {
    await wethi.call('projector.set', { forumId: forum.forumId, view });
    await wethi.open(page, `projector?forum=${forum.forumId}`);
  };

  await show({ mode: 'poll', pollId: forum.longPollId });
  await expect(page.getByTestId('projector-poll')).toBeVisible();
  await expect(page.getByTestId('projector-poll').locator('svg.recharts-surface')).toBeVisible();
  await expectLabelsWhole(page, 'projector poll', LONG_OPTIONS);
  await shot(page, 'chart-labels-projector-poll');

  await show({ mode: 'representation', dimension: 'role' });
  await expect(page.getByTestId('projector-representation').locator('svg.recharts-surface')).toBeVisible();
  await expectLabelsWhole(page, 'projector representation', ['ผู้ได้รับผลกระทบทางอ้อม']);
  await shot(page, 'chart-labels-projector-representation');

  await show({ mode: 'equity', dimension: 'role' });
  await expect(page.getByTestId('equity-chart')).toBeVisible();
  await expectLabelsWhole(page, 'projector equity', ['ผู้ได้รับผลกระทบทางอ้อม']);
  await shot(page, 'chart-labels-projector-equity');
});

test('the projector menu’s mode buttons and the "กำลังพูด" badge show their whole text', async ({ page }) => {
  test.setTimeout(120_000);
  const wethi = sharedWethi();
  const forum = await seed(wethi);
  const people = await wethi.call('attendance.list', { forumId: forum.forumId });
  await wethi.call('speakers.start', { forumId: forum.forumId, personId: people[0]?.person.id ?? null });

  /** Elements whose text is cut: wider or taller inside than the box that shows them. */
  const clipped = (selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        .map((el) => el.textContent),
    );

  await wethi.open(page, `?forum=${forum.forumId}&tab=agenda`);
  await page.getByTestId('projector-control').click();
  const panel = page.getByTestId('projector-control-panel');
  await expect(panel.getByRole('button', { name: 'ความเท่าเทียมในการพูด' })).toBeVisible();
  const buttons = panel.getByRole('button');
  expect(await buttons.count()).toBeGreaterThanOrEqual(9);
  // Each button holds its label: the label's box inside the button's.
  for (const button of await buttons.all()) {
    const inside = await button.evaluate((el) => {
      const b = el.getBoundingClientRect();
      const label = el.querySelector('.mantine-Button-label') ?? el;
      const l = label.getBoundingClientRect();
      return l.top >= b.top - 0.5 && l.bottom <= b.bottom + 0.5 && label.scrollHeight <= label.clientHeight + 1;
    });
    expect(inside, await button.textContent() ?? '').toBe(true);
  }
  expect(await clipped('[data-testid="projector-control-panel"] .mantine-Button-label')).toEqual([]);
  await shot(page, 'projector-menu-buttons');
  await page.keyboard.press('Escape');

  await wethi.open(page, `?forum=${forum.forumId}&tab=speakers`);
  const badge = page.getByTestId('speech-history').locator('.mantine-Badge-root', { hasText: 'กำลังพูด' });
  await expect(badge).toBeVisible();
  expect(await clipped('.mantine-Badge-label')).toEqual([]);
  await expect(badge).toHaveText('กำลังพูด');
  const fits = await badge.evaluate((el) => {
    const label = el.querySelector('.mantine-Badge-label');
    return label ? label.scrollWidth <= label.clientWidth + 1 && el.getBoundingClientRect().width >= label.scrollWidth : false;
  });
  expect(fits).toBe(true);
  await shot(page, 'speakers-badge');
});
