/**
 * The equity tab: empty while nobody has spoken, live as speeches are recorded, and the plain
 * warnings once five minutes have been spoken ("a few voices dominate", "nobody from … has
 * spoken"). Five real minutes are too long for a test, so this file runs its own host and
 * moves the finished speeches back in time in its SQLite file; nothing else touches that file.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { type RunningHost, startHost } from './host';
import { addPerson, makeForum, shot, type Wethi, wethiAt } from './wethi';

const ROOM = [
  { titlePrefix: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', gender: 'male', sector: 'citizens', village: '3', ageGroup: '36_59' },
  { titlePrefix: 'นาง', firstName: 'สมศรี', lastName: 'มีสุข', gender: 'female', sector: 'citizens', village: '3', ageGroup: '60_plus' },
  { titlePrefix: 'นาย', firstName: 'ประเสริฐ', lastName: 'ทองคำ', gender: 'male', sector: 'local_government', village: '1', ageGroup: '36_59' },
  { titlePrefix: 'นางสาว', firstName: 'มาลี', lastName: 'ศรีสวัสดิ์', gender: 'female', sector: 'government', village: '1', ageGroup: '18_35' },
  { titlePrefix: 'นาย', firstName: 'บุญมี', lastName: 'รักถิ่น', gender: 'male', sector: 'citizens', village: '5', ageGroup: '60_plus' },
  { titlePrefix: 'นาง', firstName: 'คำแพง', lastName: 'แสงทอง', gender: 'female', sector: 'civil_society', village: '5', ageGroup: '36_59' },
  { titlePrefix: 'นาย', firstName: 'วิชัย', lastName: 'ค้าขาย', gender: 'male', sector: 'private', village: '3', ageGroup: '18_35' },
  { titlePrefix: 'นาง', firstName: 'บัวผัน', lastName: 'ดอกไม้', gender: 'female', sector: 'citizens', village: '1', ageGroup: '36_59' },
] as const;

/** Seconds each speaks, in order: สมชาย 3:00, ประเสริฐ 2:00, มาลี 1:30, สมศรี 0:20, บุญมี 0:15 = 7:05. */
const SPEECHES: [number, number][] = [
  [0, 180],
  [2, 120],
  [3, 90],
  [1, 20],
  [4, 15],
];

let host: RunningHost;
let wethi: Wethi;

test.beforeAll(async () => {
  host = await startHost('equity');
  wethi = wethiAt(host.origin, host.token);
});
test.afterAll(async () => {
  await host?.stop();
});

/** Gives the forum's ended speeches the given lengths, one after another, ending a minute ago. */
function backdate(forumId: string, seconds: number[]) {
  const db = new Database(path.join(host.dir, 'wethi.db'));
  try {
    db.pragma('busy_timeout = 5000');
    const rows = db.prepare('SELECT id FROM speech WHERE forum_id = ? ORDER BY started_at, id').all(forumId) as { id: string }[];
    let cursor = Date.now() - 60_000 - seconds.reduce((a, b) => a + b, 0) * 1000;
    const update = db.prepare('UPDATE speech SET started_at = ?, ended_at = ?, paused_ms = 0, paused_since = NULL WHERE id = ?');
    rows.forEach((row, i) => {
      const length = (seconds[i] ?? 0) * 1000;
      update.run(new Date(cursor).toISOString(), new Date(cursor + length).toISOString(), row.id);
      cursor += length + 5000;
    });
  } finally {
    db.close();
  }
}

test('equity: empty, then live, then the warnings in plain Thai, filtered by agenda item', async ({ page, browser }) => {
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมตำบลหนองบัว' });
  const people: { id: string }[] = [];
  for (const p of ROOM) people.push(await addPerson(wethi, forum.id, { ...p }, { checkIn: true }));
  const id = (i: number) => people[i]?.id ?? '';

  await wethi.open(page, `?forum=${forum.id}&tab=equity`);
  await expect(page.getByTestId('equity-empty')).toContainText('ยังไม่มีใครพูด');
  await expect(page.getByTestId('equity-empty')).toContainText('8 คน');
  await shot(page, '4s-equity-empty');

  // The first speech appears without a reload; too early for any warning.
  await wethi.call('speakers.start', { forumId: forum.id, personId: id(0) });
  await expect(page.getByTestId('equity-sector').getByTestId('equity-chart')).toBeVisible();
  await expect(page.getByTestId('equity-warnings')).toHaveCount(0);

  for (const [who] of SPEECHES.slice(1)) await wethi.call('speakers.start', { forumId: forum.id, personId: id(who) });
  await wethi.call('speakers.stop', { forumId: forum.id });
  backdate(
    forum.id,
    SPEECHES.map(([, s]) => s),
  );
  // Any speech change tells the windows to refresh; the back-dating itself sends none.
  await wethi.call('speakers.setTimeLimit', { forumId: forum.id, seconds: 180 });

  const warnings = page.getByTestId('equity-warnings');
  await expect(warnings).toContainText('เสียงส่วนใหญ่มาจากผู้พูดไม่กี่คน');
  // Every silent group in one sentence: "ยังไม่มีใครจากกลุ่ม ภาคประชาสังคม, ภาคเอกชน ได้พูด".
  const silent = page.getByTestId('equity-warning-silent');
  await expect(silent).toContainText(/ยังไม่มีใครจากกลุ่ม .*ภาคเอกชน.* ได้พูด/);
  await expect(silent).toContainText('ภาคประชาสังคม 1 คน');
  await expect(page.getByTestId('equity-total-time')).toContainText('7 นาที 5 วินาที');
  await expect(page.getByTestId('equity-top-three')).toContainText('91.8%');

  const summary = await wethi.call('equity.summary', { forumId: forum.id });
  expect(summary.totalMs).toBe(425_000);
  expect(summary.topThree.share).toBeCloseTo(390 / 425, 6);
  expect(summary.warnings.map((w) => w.key)).toContain('few_voices_dominate');
  expect(summary.warnings).toContainEqual({ key: 'group_silent', params: { dimension: 'sector', key: 'private', attendees: 1 } });
  const citizens = summary.byDimension.sector.find((s) => s.key === 'citizens');
  expect(citizens?.ms).toBe(215_000);

  // The table beside the chart says the same as the API.
  const sector = page.getByTestId('equity-sector');
  // A bar per group present and a bar per group heard (a zero-length bar draws nothing).
  const bars = summary.byDimension.sector.filter((s) => s.attendees > 0).length + summary.byDimension.sector.filter((s) => s.ms > 0).length;
  await expect(sector.locator('.recharts-bar-rectangle')).toHaveCount(bars);
  const citizenRow = sector.getByRole('row', { name: /ภาคประชาชน/ });
  await expect(citizenRow).toContainText('50%');
  await expect(citizenRow).toContainText('50.6%');
  await expect(citizenRow).toContainText('+0.6%');
  await expect(sector.getByRole('row', { name: /ภาคเอกชน/ })).toContainText('ยังไม่ได้พูด');
  await page.mouse.move(0, 0);
  await shot(page, '4s-equity');

  // One agenda item only: the speech filed under it.
  const item = await wethi.call('agenda.add', { forumId: forum.id, title: 'ปัญหาน้ำประปาหมู่บ้าน' });
  const speeches = await wethi.call('speakers.list', { forumId: forum.id });
  await wethi.call('speakers.update', { id: speeches[1]?.id ?? '', patch: { agendaItemId: item.id } });
  await page.getByTestId('equity-filter').click();
  await page.getByRole('option', { name: /ปัญหาน้ำประปาหมู่บ้าน/ }).click();
  await expect(page.getByTestId('equity-total-time')).toContainText('2 นาที 0 วินาที');
  await expect(page.getByTestId('equity-warnings')).toHaveCount(0);
  const filtered = await wethi.call('equity.summary', { forumId: forum.id, agendaItemId: item.id });
  expect(filtered.speakers.map((s) => s.person.name)).toEqual(['นายประเสริฐ ทองคำ']);

  // The projector's equity chart, at 1080p, without controls, within one screen.
  await wethi.call('projector.set', { forumId: forum.id, view: { mode: 'equity', dimension: 'sector' } });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await context.newPage();
  await projector.goto(`${wethi.origin}/projector?forum=${forum.id}#token=${wethi.token}`);
  const view = projector.getByTestId('projector-equity');
  await expect(view).toContainText('เสียงส่วนใหญ่มาจากผู้พูดไม่กี่คน');
  await expect(view.getByTestId('equity-chart')).toBeVisible();
  await expect(projector.getByRole('button')).toHaveCount(0);
  expect(await projector.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
  await shot(projector, '4s-projector-equity');
  await context.close();
});
