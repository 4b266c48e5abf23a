/**
 * Accessibility: axe-core finds no serious or critical violation on any screen — the start
 * screen, every tab of the control window and the projector's modes — with the sample forum
 * loaded (tests/support/sample-forum.ts), in Thai. No rule is switched off: a violation is
 * fixed in the app (theme colours, names), not excluded here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { Input } from '../../shared/contract';
import { FORUM_TABS } from '../../renderer/ui/route';
import type { TestCore } from '../support/core';
import { type SampleForum, seedSampleForum } from '../support/sample-forum';
import { sharedWethi, type Wethi } from './wethi';

async function seed(wethi: Wethi) {
  // The sample forum's builder only calls operations: the same calls over the host's API.
  return seedSampleForum({ call: wethi.call } as unknown as TestCore, { title: `เวทีตรวจการเข้าถึง ${Math.random().toString(36).slice(2, 7)}`, people: 30 });
}

/** Loaded: the font in, no spinner left, no transition half-way (axe reads colours as painted). */
async function settled(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

// axe's default rules (every WCAG A/AA and best-practice rule) and its experimental ones, which
// hold the walk-through's "label-content-name-mismatch" and "td-has-header". Only "p-as-heading"
// stays off: it guesses from bold text, and flags a badge number or a logo as a heading.
const EXPERIMENTAL_RULES = ['css-orientation-lock', 'focus-order-semantics', 'hidden-content', 'label-content-name-mismatch', 'table-fake-caption', 'td-has-header'];
const EXPERIMENTAL = Object.fromEntries(EXPERIMENTAL_RULES.map((id) => [id, { enabled: true }]));

/** The serious and critical violations, one line per element: rule, what it asks, where, why. */
async function seriousViolations(page: Page, exclude?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).options({ rules: EXPERIMENTAL });
  if (exclude) builder.exclude(exclude);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

async function expectAccessible(page: Page, where: string, exclude?: string) {
  await settled(page);
  expect(await seriousViolations(page, exclude), where).toEqual([]);
}

// One sample forum for the screens (seeded again only if a failure restarts the worker); each
// screen is a test of its own, so a failure names it.
let forum: SampleForum;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  forum = await seed(sharedWethi());
});

test.describe('control window at 1366×768', () => {
  test.describe.configure({ timeout: 120_000 });

  test('start screen and the new-forum form', async ({ page }) => {
    const wethi = sharedWethi();
    await wethi.open(page);
    await expect(page.locator(`[data-forum-id="${forum.forumId}"]`)).toBeVisible();
    await expectAccessible(page, 'start screen');
    await page.getByRole('button', { name: 'สร้างเวทีใหม่' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, 'new forum form');
  });

  for (const tab of FORUM_TABS) {
    test(`tab ${tab}`, async ({ page }) => {
      await sharedWethi().open(page, `?forum=${forum.forumId}&tab=${tab}`);
      await expect(page.getByTestId('forum-tabs').locator(`[data-tab="${tab}"]`)).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      if (tab !== 'minutes') return expectAccessible(page, `tab ${tab}`);
      // The minutes' preview is a script-less sandboxed frame axe cannot enter (it waits on it):
      // the screen is checked around it. (The printed document itself is the report's own.)
      await expect(page.getByTestId('minutes-preview').locator('iframe')).toBeVisible();
      await expectAccessible(page, 'tab minutes', '[data-testid="minutes-preview"] iframe');
    });
  }

  test('the minutes document shown in the preview', async ({ page }) => {
    // The preview frame's own document, checked on its own (axe cannot enter the sandboxed frame).
    const { html } = await sharedWethi().call('reports.preview', { forumId: forum.forumId, thaiDigits: true });
    await page.setContent(html);
    await expectAccessible(page, 'minutes document');
  });

  test('the projector menu', async ({ page }) => {
    await sharedWethi().open(page, `?forum=${forum.forumId}&tab=agenda`);
    await page.getByTestId('projector-control').click();
    await expect(page.getByTestId('projector-control-panel')).toBeVisible();
    await expectAccessible(page, 'projector menu');
  });

  test('polls: a ranked result and a yes/no vote', async ({ page }) => {
    await sharedWethi().open(page, `?forum=${forum.forumId}&tab=polls`);
    // The tab opens on a poll of its own choosing: once it has, the click below is not undone.
    await expect(page.getByTestId('poll-title')).toBeVisible();
    await page.getByText('จัดลำดับความสำคัญของปัญหาหมู่บ้าน').first().click();
    await expect(page.getByTestId('ranking-chart')).toBeVisible();
    await expectAccessible(page, 'polls: ranked result');
    await page.getByText('เห็นชอบให้เสนอแผนพัฒนาหมู่บ้านต่อ อบต.หนองบัว').first().click();
    await expect(page.getByTestId('poll-title')).toHaveText('เห็นชอบให้เสนอแผนพัฒนาหมู่บ้านต่อ อบต.หนองบัว');
    await expectAccessible(page, 'polls: yes/no');
  });
});

test.describe('projector at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  const views: Input<'projector.set'>['view'][] = [
    { mode: 'welcome' },
    { mode: 'logo' },
    { mode: 'agenda', showOutline: true },
    { mode: 'speaker' },
    { mode: 'issues' },
    { mode: 'representation', dimension: 'role' },
    { mode: 'equity', dimension: 'sector' },
    { mode: 'message', text: 'พักรับประทานอาหารว่าง 15 นาที' },
    { mode: 'poll', pollId: 'ranked' },
    { mode: 'poll', pollId: 'yesNo' },
    { mode: 'room', show: 'accepted' },
  ];
  for (const view of views) {
    test(`${view.mode} ${Object.values(view).slice(1).join(' ')}`.trim(), async ({ page }) => {
      const wethi = sharedWethi();
      if (view.mode === 'speaker') {
        const people = await wethi.call('attendance.list', { forumId: forum.forumId });
        await wethi.call('speakers.start', { forumId: forum.forumId, personId: people[0]?.person.id ?? null });
      }
      // The sample's polls, named here by which one.
      const shown = view.mode === 'poll' ? { ...view, pollId: forum.pollIds[view.pollId as 'ranked' | 'yesNo'] } : view;
      await wethi.call('projector.set', { forumId: forum.forumId, view: shown });
      await wethi.open(page, `projector?forum=${forum.forumId}`);
      await expect(page.getByTestId('projector')).toHaveAttribute('data-mode', view.mode);
      await expectAccessible(page, `projector ${JSON.stringify(view)}`);
    });
  }
});
