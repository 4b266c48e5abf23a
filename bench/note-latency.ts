/**
 * (d) Keystroke-to-durable-note latency: the note-taker's Enter in a real browser (Debian's
 * Chromium through Playwright) on the built renderer, through the local host, to the note
 * committed on disk. For each of ~200 notes the text is put in the box, a random pause lets the
 * continuous draft save be idle or in flight (as in real typing), then Enter is pressed; timed
 * in the page from the keydown event to the end of the `notes.create` response (the host
 * answers only after the commit), and to the note showing in the list.
 *
 * Baselines, measured in the same run and interleaved with the notes: a bare `fetch` of a no-op
 * read (`forums.get`) from the same page to the same host (the floor of any round trip), and a
 * raw durable insert (better-sqlite3, WAL, synchronous=FULL) on the same disk (the floor of any
 * commit). Nothing is asserted; the goal is p99 < 50 ms.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startHost } from './host';
import { type Bench, fmt, line, openRaw, percentile, scratchDir, timed } from './support';

const NOTES = Number(process.env.WETHI_BENCH_NOTE_COUNT ?? 200);
const WARM_UP = 10;
const GOAL_P99_MS = 50;
const CHROMIUM = process.env.WETHI_BENCH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const SAYINGS = [
  'ขอให้ซ่อมถนนลูกรังหน้าวัดก่อนฤดูฝน',
  'เสนอให้ขุดลอกคลองส่งน้ำในหมู่บ้าน',
  'สอบถามเรื่องงบประมาณโครงการไฟฟ้าส่องสว่าง',
  'เห็นด้วยกับการตั้งกองทุนหมู่บ้านเพื่อซื้อปุ๋ยอินทรีย์',
  'เป็นห่วงเรื่องขยะที่ตลาดนัดทุกวันพุธ',
  'อยากให้มีศูนย์เด็กเล็กในตำบล',
];

async function run(): Promise<void> {
  const scratch = scratchDir('note-latency');
  const host = await startHost(path.join(scratch.dir, 'wethi.db'), { build: true });
  const { url, token, call } = host;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const raw = await openRaw(path.join(scratch.dir, 'raw.db'));
  try {
    const forum = await call('forums.create', { title: 'เวทีวัดความเร็วการบันทึก', date: '2026-11-23' });
    for (let i = 1; i <= 10; i++) {
      const person = await call('people.create', { titlePrefix: 'นาย', firstName: `ผู้พูด${i}`, lastName: 'ทดสอบ' });
      await call('attendance.checkIn', { forumId: forum.id, personId: person.id });
    }
    const agenda = (await call('agenda.applyTemplate', { forumId: forum.id, template: 'official_five' })) as unknown as { items: { id: string }[] };
    await call('agenda.start', { id: agenda.items[0]?.id });

    raw.exec('CREATE TABLE bench_note (id INTEGER PRIMARY KEY, forum_id TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL)');
    const rawInsert = raw.prepare('INSERT INTO bench_note (forum_id, text, created_at) VALUES (?, ?, ?)');

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'th-TH' });
    // In the page: when each Enter went down, and when each new note row appeared.
    await page.addInitScript(() => {
      const w = window as unknown as { __enter: number[]; __shown: Map<string, number> };
      w.__enter = [];
      w.__shown = new Map();
      performance.setResourceTimingBufferSize(100_000);
      document.addEventListener('keydown', (e) => e.key === 'Enter' && !e.shiftKey && w.__enter.push(e.timeStamp), true);
      new MutationObserver(() => {
        for (const row of document.querySelectorAll<HTMLElement>('[data-testid="note-row"]')) {
          const id = row.dataset.noteId;
          if (id && !w.__shown.has(id)) w.__shown.set(id, performance.now());
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${url.origin}/?forum=${forum.id}&tab=notes#token=${token}`);
    const box = page.getByTestId('note-input');
    await box.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'note-input');
    await page.waitForFunction(() => !document.querySelector('[data-testid="note-input"]')?.getAttribute('placeholder')?.includes('…'));

    const toCommit: number[] = [];
    const toShown: number[] = [];
    const baseFetch: number[] = [];
    const baseRaw: number[] = [];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };

    for (let i = 0; i < WARM_UP + NOTES; i++) {
      await box.focus();
      await page.keyboard.insertText(`${SAYINGS[i % SAYINGS.length]} (${i + 1})`);
      // 0-600 ms: sometimes Enter comes while a draft save is on its way, as when typing for real.
      await page.waitForTimeout(Math.floor(random() * 600));
      await page.keyboard.press('Enter');
      const timing = await page.evaluate(async (n) => {
        const w = window as unknown as { __enter: number[]; __shown: Map<string, number> };
        const started = w.__enter.at(-1) ?? Number.NaN;
        // The row appears once the note is committed (a note on its way is only a dimmed placeholder).
        while (w.__shown.size < n) await new Promise((r) => setTimeout(r, 1));
        const shown = [...w.__shown.values()].at(-1) ?? Number.NaN;
        const creates = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/notes.create')) as PerformanceResourceTiming[];
        const committed = creates.at(-1)?.responseEnd ?? Number.NaN;
        // The baseline from the same page: one bare round trip to the same host, nothing written.
        const before = performance.now();
        const response = await fetch(`/api/forums.get`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('wethi.token') ?? ''}` },
          body: JSON.stringify({ id: new URLSearchParams(location.search).get('forum') }),
        });
        await response.json();
        const fetched = performance.now() - before;
        return { commit: committed - started, shown: shown - started, fetched };
      }, i + 1);
      const rawMs = await timed(() => rawInsert.run(forum.id, SAYINGS[i % SAYINGS.length] ?? '', new Date().toISOString()));
      if (i < WARM_UP) continue;
      toCommit.push(timing.commit);
      toShown.push(timing.shown);
      baseFetch.push(timing.fetched);
      baseRaw.push(rawMs);
    }

    const stored = (await call('notes.list', { forumId: forum.id })) as unknown as unknown[];
    const row = (label: string, xs: number[]) => line(label, `p50 ${fmt(percentile(xs, 0.5), 1)} ms   p99 ${fmt(percentile(xs, 0.99), 1)} ms`);
    line('notes stored (warm-up included)', `${stored.length}`);
    row(`Enter → notes.create committed (${NOTES} notes)`, toCommit);
    row('Enter → note shown in the list', toShown);
    row('baseline: bare fetch of forums.get from the page', baseFetch);
    row('baseline: raw durable insert (better-sqlite3, FULL)', baseRaw);
    line(
      'ratio commit / bare fetch',
      `p50 ${fmt(percentile(toCommit, 0.5) / percentile(baseFetch, 0.5), 2)}x   p99 ${fmt(percentile(toCommit, 0.99) / percentile(baseFetch, 0.99), 2)}x`,
    );
    line(
      'ratio commit / raw durable insert',
      `p50 ${fmt(percentile(toCommit, 0.5) / percentile(baseRaw, 0.5), 2)}x   p99 ${fmt(percentile(toCommit, 0.99) / percentile(baseRaw, 0.99), 2)}x`,
    );
    const p99 = percentile(toCommit, 0.99);
    line(`goal: Enter → committed p99 < ${GOAL_P99_MS} ms`, `${fmt(p99, 1)} ms: ${p99 < GOAL_P99_MS ? 'met' : 'NOT met'}`);
  } finally {
    raw.close();
    await browser.close();
    await host.stop();
    scratch.remove();
  }
}

export const noteLatency: Bench = { name: 'Keystroke-to-durable-note latency (browser → host → disk)', run };
export { run };
