/**
 * (c) Thai full-text search over 200,000 notes: `search.query` through the store (dispatch,
 * FTS5 trigram MATCH on the Thai-normalised index, excerpt with marks, segments) for ~200 queries of 3-6 Thai characters,
 * over all forums and within one forum, against the same question answered without the index
 * (a LIKE '%…%' scan of the note table, newest first, stopping at the page size) on the same
 * file. Queries are interleaved so disk and cache effects hit every variant alike.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { createCore } from '../electron/core/app';
import { sqlNormalizeThai } from '../electron/core/search/normalize-sql';
import { type Bench, fmt, line, openRaw, scratchDir, timed } from './support';

const NOTES = Number(process.env.WETHI_BENCH_NOTES ?? 200_000);
const FORUMS = 20;
const QUERIES = Number(process.env.WETHI_BENCH_QUERIES ?? 200);
const PAGE = 50;
const GOAL_P95_MS = 30;

// What is said at a village forum, in pieces that combine into varied sentences.
const WHO = ['ชาวบ้าน', 'ผู้ใหญ่บ้าน', 'กำนัน', 'อสม.', 'ประธานกลุ่มแม่บ้าน', 'ตัวแทนเยาวชน', 'ปลัดอบต.', 'ครูโรงเรียนบ้านหนองบัว', 'พระครู', 'ผู้สูงอายุหมู่ที่ 5'];
const ASK = ['ขอให้', 'เสนอให้', 'อยากให้', 'ต้องการให้', 'สอบถามเรื่อง', 'ไม่เห็นด้วยกับการ', 'สนับสนุนให้', 'เป็นห่วงเรื่อง'];
const WHAT = [
  'ซ่อมถนนลูกรัง',
  'ขุดลอกคลองส่งน้ำ',
  'ติดตั้งไฟฟ้าส่องสว่าง',
  'แก้ปัญหาน้ำประปาไม่ไหล',
  'จัดการขยะในชุมชน',
  'สร้างฝายชะลอน้ำ',
  'ตั้งกองทุนหมู่บ้าน',
  'อบรมอาชีพเสริม',
  'ดูแลผู้ป่วยติดเตียง',
  'ปรับปรุงศาลาประชาคม',
  'ป้องกันไฟป่า',
  'ส่งเสริมเกษตรอินทรีย์',
  'ขยายเขตไฟฟ้า',
  'จัดตั้งศูนย์เด็กเล็ก',
  'แก้ปัญหายาเสพติด',
];
const WHERE = ['ในหมู่บ้าน', 'ที่ทางแยกหน้าวัด', 'ริมคลอง', 'หน้าโรงเรียน', 'ในตำบลหนองบัว', 'ที่สระหนองเลิง', 'บริเวณตลาดนัด'];
const WHEN = ['ก่อนฤดูฝน', 'โดยด่วน', 'ภายในปีงบประมาณนี้', 'เมื่อมีงบประมาณ', 'ทุกเดือน', 'ตามแผนพัฒนาตำบล'];
const WHY = ['เพราะเดือดร้อนมาก', 'เนื่องจากเกิดอุบัติเหตุบ่อย', 'เพื่อคุณภาพชีวิตที่ดีขึ้น', 'เพราะผู้สูงอายุเดินทางลำบาก', 'ซึ่งเคยเสนอไปแล้วเมื่อปีที่แล้ว', ''];

function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;

function sentence(next: () => number, i: number): string {
  const parts = [pick(next, WHO), pick(next, ASK), pick(next, WHAT), pick(next, WHERE), pick(next, WHEN), pick(next, WHY)];
  // Now and then a second request in the same breath, and a number, as note-takers write them.
  if (next() < 0.3) parts.push(`และ${pick(next, WHAT)}`);
  if (next() < 0.2) parts.push(`ประมาณ ${i % 500} ครัวเรือน`);
  return parts.filter(Boolean).join(next() < 0.5 ? ' ' : '');
}

// Thai vowel signs and tone marks: a query does not start with one.
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/** Queries of 3-6 characters: mostly pieces of the vocabulary (hits), a tenth random letters (mostly misses). */
function queries(next: () => number): string[] {
  const words = [...WHO, ...ASK, ...WHAT, ...WHERE, ...WHEN, ...WHY].filter((w) => [...w].length >= 6);
  const letters = [...'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮ'];
  const out: string[] = [];
  while (out.length < QUERIES) {
    const length = 3 + Math.floor(next() * 4);
    if (next() < 0.1) {
      out.push(Array.from({ length }, () => pick(next, letters)).join(''));
      continue;
    }
    const chars = [...pick(next, words)];
    const start = Math.floor(next() * (chars.length - length + 1));
    if (COMBINING.test(chars[start] ?? '') || chars.slice(start, start + length).some((c) => c === ' ' || c === '.')) continue;
    out.push(chars.slice(start, start + length).join(''));
  }
  return out;
}

function fill(db: Database.Database, next: () => number): string[] {
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const forum = db.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES (?, ?, 'village', '2026-11-23', 'closed', ?, ?)");
  const note = db.prepare("INSERT INTO note (id, forum_id, kind, text, created_at) VALUES (?, ?, 'statement', ?, ?)");
  const forums: string[] = [];
  const trigger = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'note_fts_insert'").get() as { sql: string }).sql;
  // One transaction. Building the index once at the end is ~4x faster than the insert trigger
  // indexing note by note; the trigger is back before the commit, so the schema is the app's.
  db.transaction(() => {
    db.exec('DROP TRIGGER note_fts_insert');
    for (let f = 0; f < FORUMS; f++) {
      const id = uuidv7();
      forums.push(id);
      forum.run(id, `เวทีประชาคมหมู่ที่ ${f + 1}`, at(0), at(0));
    }
    // Each forum's notes are taken together, as in life: forum after forum.
    for (let i = 0; i < NOTES; i++) note.run(uuidv7(), forums[Math.floor((i * FORUMS) / NOTES)], sentence(next, i), at(i));
    db.exec(`INSERT INTO note_fts(rowid, text) SELECT rowid, ${sqlNormalizeThai('text')} FROM note`);
    db.exec(trigger);
  })();
  return forums;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};

export const searchFts: Bench = {
  name: `Thai full-text search over ${fmt(NOTES)} notes (FTS5 trigram)`,
  async run() {
    const scratch = scratchDir('search');
    try {
      const file = path.join(scratch.dir, 'search.db');
      const next = generator(20261123);
      const raw = await openRaw(file);
      const fillMs = await timed(() => fill(raw, next));
      const forums = (raw.prepare('SELECT id FROM forum ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
      const avgChars = (raw.prepare('SELECT avg(length(text)) AS n FROM note').get() as { n: number }).n;
      const like = raw.prepare(
        "SELECT n.id, n.text FROM note n WHERE n.deleted_at IS NULL AND n.text LIKE ? ESCAPE '\\' ORDER BY n.rowid DESC LIMIT ?",
      );
      const likeInForum = raw.prepare(
        "SELECT n.id, n.text FROM note n WHERE n.forum_id = ? AND n.deleted_at IS NULL AND n.text LIKE ? ESCAPE '\\' ORDER BY n.rowid DESC LIMIT ?",
      );

      const core = await createCore({ dbPath: file, backupIntervalMs: 0, backupOnOpen: false });
      const search = async (query: string, forumId?: string) => {
        const result = await core.dispatch('search.query', { query, forumId, limit: PAGE });
        if (!result.ok) throw new Error(result.error.message);
        return (result.value as { results: unknown[] }).results.length;
      };
      // An early forum: its notes are the oldest, the hardest case for a newest-first walk.
      const oneForum = forums[1] ?? '';
      const qs = queries(next);
      for (const q of qs.slice(0, 10)) await search(q);

      const ms = { fts: [] as number[], ftsForum: [] as number[], like: [] as number[], likeForum: [] as number[], short: [] as number[] };
      let hits = 0;
      for (const q of qs) {
        const pattern = `%${q}%`;
        let found = 0;
        ms.fts.push(await timed(async () => (found = await search(q))));
        if (found > 0) hits += 1;
        ms.like.push(await timed(() => like.all(pattern, PAGE + 1)));
        ms.ftsForum.push(await timed(() => search(q, oneForum)));
        ms.likeForum.push(await timed(() => likeInForum.all(oneForum, pattern, PAGE + 1)));
        // The first two characters alone: too short for trigrams, so search.query scans with LIKE.
        ms.short.push(await timed(() => search([...q].slice(0, 2).join(''))));
      }
      core.close();
      raw.close();

      const p = (key: keyof typeof ms, q: number) => percentile(ms[key], q);
      line('notes, forums, mean characters per note', `${fmt(NOTES)}, ${FORUMS}, ${fmt(avgChars)}`);
      line('generate and index (one transaction)', `${fmt(fillMs / 1000, 1)} s`);
      line('queries (3-6 Thai characters), with results', `${qs.length}, ${hits}`);
      const show = (label: string, key: keyof typeof ms) => line(label, `p50 ${p(key, 50).toFixed(2)} ms   p95 ${p(key, 95).toFixed(2)} ms`);
      show('search.query, all forums (dispatch, FTS5, snippets)', 'fts');
      show('baseline: LIKE scan, all forums', 'like');
      show('search.query, one forum', 'ftsForum');
      show('baseline: LIKE scan, one forum', 'likeForum');
      show('search.query, 2 characters (LIKE fallback), all forums', 'short');
      line('LIKE / FTS, all forums (p50, p95)', `${(p('like', 50) / p('fts', 50)).toFixed(1)}x, ${(p('like', 95) / p('fts', 95)).toFixed(1)}x`);
      line('LIKE / FTS, one forum (p50, p95)', `${(p('likeForum', 50) / p('ftsForum', 50)).toFixed(1)}x, ${(p('likeForum', 95) / p('ftsForum', 95)).toFixed(1)}x`);
      const worst = Math.max(p('fts', 95), p('ftsForum', 95));
      line(`search p95 (goal < ${GOAL_P95_MS} ms)`, `${worst.toFixed(2)} ms: ${worst < GOAL_P95_MS ? 'met' : 'NOT met'}`);
    } finally {
      scratch.remove();
    }
  },
};
