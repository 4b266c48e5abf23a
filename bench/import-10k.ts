/**
 * (b) A 10,000-row sign-in sheet (CSV, the template's Thai headers) imported through the store
 * against a raw batch insert of the same people and attendance in one transaction. The store is
 * measured as the import screen runs it (`imports.preview`, then `imports.commit` of the same
 * sheet, which reuses the preview's reading and writes everything in one transaction: the time
 * the facilitator waits after pressing Import) and as the CLI runs it (`imports.commit` alone:
 * decode, parse, check every row, write). Each round uses fresh database files so every variant
 * starts from an empty register.
 */
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { createCore } from '../electron/core/app';
import { type Bench, fmt, line, median, openRaw, scratchDir, timed, verdict } from './support';

const ROWS = Number(process.env.WETHI_BENCH_IMPORT_ROWS ?? 10_000);
const ROUNDS = Number(process.env.WETHI_BENCH_IMPORT_ROUNDS ?? 3);

const HEADERS = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เพศ', 'อายุ', 'โทรศัพท์', 'หน่วยงาน', 'ตำแหน่ง', 'หมู่ที่', 'ภาค', 'บทบาท', 'กลุ่มผู้ด้อยโอกาส', 'ความยินยอม'];
const FIRST = ['สมชาย', 'สมหญิง', 'บุญมี', 'ประยูร', 'มาลี', 'วิชัย', 'อำไพ', 'ทองดี', 'กมล', 'เกศินี'];
const LAST = ['ใจดี', 'ศรีสุข', 'แก้วมณี', 'พรหมมา', 'บุญเรือง', 'สายทอง', 'มีสุข'];
const SECTORS = [
  ['ประชาชน', 'citizens'],
  ['อปท.', 'local_government'],
  ['ภาครัฐ', 'government'],
  ['ประชาสังคม', 'civil_society'],
] as const;

/** One sheet row as written on paper, and the values the register should end up with. */
function row(i: number) {
  const female = i % 2 === 1;
  const age = 18 + (i % 60);
  const [sectorWord, sector] = SECTORS[i % SECTORS.length] ?? SECTORS[0];
  const elderly = age >= 60 || i % 7 === 0;
  return {
    cells: [
      female ? 'นาง' : 'นาย',
      `${FIRST[i % FIRST.length]}${i}`,
      LAST[i % LAST.length] ?? '',
      female ? 'หญิง' : 'ชาย',
      String(age),
      `08${String(i).padStart(8, '0')}`,
      i % 5 === 0 ? 'อบต.หนองบัว' : '',
      '',
      `หมู่ที่ ${1 + (i % 12)}`,
      sectorWord,
      'ผู้รับบริการ',
      elderly ? 'ผู้สูงอายุ' : '',
      elderly ? 'ใช่' : '',
    ],
    values: {
      titlePrefix: female ? 'นาง' : 'นาย',
      firstName: `${FIRST[i % FIRST.length]}${i}`,
      lastName: LAST[i % LAST.length] ?? null,
      gender: female ? 'female' : 'male',
      ageGroup: age <= 35 ? '18_35' : age <= 59 ? '36_59' : '60_plus',
      phone: `08${String(i).padStart(8, '0')}`,
      organisation: i % 5 === 0 ? 'อบต.หนองบัว' : null,
      village: String(1 + (i % 12)),
      sector,
      role: 'direct_recipient',
      elderly,
    },
  };
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The sheet as Excel saves "CSV UTF-8": BOM, CRLF, the template's Thai headers. */
export function sheetCsv(rows: ReturnType<typeof row>[]): string {
  return `\uFEFF${[HEADERS, ...rows.map((r) => r.cells)].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
export const sheetRows = (count: number) => Array.from({ length: count }, (_, i) => row(i));

interface StoreTimes {
  /** imports.preview (read + check + duplicates), the screen's first step. */
  previewMs: number;
  /** imports.commit after that preview: the wait after pressing Import. */
  commitMs: number;
  /** imports.commit of a sheet never previewed, as the CLI runs it: read + check + write. */
  aloneMs: number;
}

async function storeImport(dir: string, dataBase64: string): Promise<StoreTimes | { error: string }> {
  const run = async (preview: boolean): Promise<{ ms: number; previewMs: number } | { error: string }> => {
    const core = await createCore({ dbPath: path.join(dir, `store-${uuidv7()}.db`), backupIntervalMs: 0, backupOnOpen: false });
    try {
      const created = await core.dispatch('forums.create', { title: 'bench import', date: '2026-11-23' });
      if (!created.ok) return { error: created.error.message };
      const input = { forumId: (created.value as { id: string }).id, file: { fileName: 'sign-in-10k.csv', dataBase64 } };
      let previewMs = 0;
      if (preview) {
        let previewed: Awaited<ReturnType<typeof core.dispatch>> | null = null;
        previewMs = await timed(async () => {
          previewed = await core.dispatch('imports.preview', input);
        });
        if (!(previewed as { ok: boolean } | null)?.ok) return { error: JSON.stringify(previewed) };
      }
      let result: Awaited<ReturnType<typeof core.dispatch>> | null = null;
      const ms = await timed(async () => {
        result = await core.dispatch('imports.commit', { ...input, checkIn: true });
      });
      const r = result as Awaited<ReturnType<typeof core.dispatch>> | null;
      if (!r?.ok) return { error: r ? r.error.message : 'no result' };
      const value = r.value as { imported: number; rejected: unknown[] };
      if (value.rejected.length > 0) return { error: `rows rejected: ${JSON.stringify(value.rejected.slice(0, 3))}` };
      if (value.imported !== ROWS) return { error: `imported ${value.imported} of ${ROWS}` };
      return { ms, previewMs };
    } finally {
      core.close();
    }
  };
  const screen = await run(true);
  if ('error' in screen) return { error: screen.error };
  const alone = await run(false);
  if ('error' in alone) return { error: alone.error };
  return { previewMs: screen.previewMs, commitMs: screen.ms, aloneMs: alone.ms };
}

async function rawImport(dir: string, rows: ReturnType<typeof row>[]): Promise<number> {
  const db = await openRaw(path.join(dir, `raw-${uuidv7()}.db`));
  try {
    const forumId = uuidv7();
    const at = new Date().toISOString();
    db.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES (?, 'bench', 'village', '2026-11-23', 'planned', ?, ?)").run(
      forumId,
      at,
      at,
    );
    const person = db.prepare(`INSERT INTO person (id, title_prefix, first_name, last_name, gender, age_group, phone, organisation, position,
      village, sector, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`);
    const sensitive = db.prepare('INSERT INTO person_sensitive (person_id, disadvantaged_groups, consent_at, consent_by) VALUES (?, ?, ?, ?)');
    const attendance = db.prepare('INSERT INTO attendance (forum_id, person_id, registered_at, checked_in_at) VALUES (?, ?, ?, ?)');
    const audit = db.prepare('INSERT INTO audit (id, at, op, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)');
    return await timed(() =>
      db.transaction(() => {
        for (const { values: v } of rows) {
          const id = uuidv7();
          person.run(id, v.titlePrefix, v.firstName, v.lastName, v.gender, v.ageGroup, v.phone, v.organisation, v.village, v.sector, v.role, at, at);
          if (v.elderly) sensitive.run(id, '["elderly"]', at, 'import: sign-in-10k.csv');
          attendance.run(forumId, id, at, at);
        }
        audit.run(uuidv7(), at, 'imports.commit', 'attendance', null, forumId);
      })(),
    );
  } finally {
    db.close();
  }
}

export const import10k: Bench = {
  name: `Sign-in sheet import (${fmt(ROWS)} rows, CSV) vs raw batch insert`,
  async run() {
    const rows = sheetRows(ROWS);
    const csv = sheetCsv(rows);
    const dataBase64 = Buffer.from(csv, 'utf8').toString('base64');
    line('sheet', `${fmt(ROWS)} rows, ${fmt(Buffer.byteLength(csv) / 1024)} KiB UTF-8 with BOM, ${ROUNDS} rounds`);

    const scratch = scratchDir('import');
    try {
      const store: StoreTimes[] = [];
      const raw: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const first = round % 2 === 0;
        if (!first) raw.push(await rawImport(scratch.dir, rows));
        const s = await storeImport(scratch.dir, dataBase64);
        if ('error' in s) throw new Error(`imports.commit: ${s.error}`);
        store.push(s);
        if (first) raw.push(await rawImport(scratch.dir, rows));
      }
      const rawMs = median(raw);
      const screen = median(store.map((s) => s.commitMs));
      const alone = median(store.map((s) => s.aloneMs));
      const rowsPerS = (ms: number) => `${fmt(ms)} ms   (${fmt((ROWS / ms) * 1000)} rows/s)`;
      line('raw batch insert (one transaction)', rowsPerS(rawMs));
      line('store, import screen: imports.preview (read + check)', `${fmt(median(store.map((s) => s.previewMs)))} ms`);
      line('store, import screen: imports.commit after it (write)', rowsPerS(screen));
      line('store, CLI: imports.commit alone (read + check + write)', rowsPerS(alone));
      verdict('import screen commit speed / raw speed', rawMs / screen, 0.7);
      line('CLI import speed / raw speed (no goal: reads and checks too)', `${(rawMs / alone).toFixed(2)}x`);
    } finally {
      scratch.remove();
    }
  },
};
