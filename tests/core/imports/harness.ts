/** A real core on a real SQLite file in a temp folder, and ways to hand it sheets and count rows. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Input, OpName, Output } from '../../../shared/contract';
import { type Core, createCore } from '../../../electron/core/app';
import { call } from '../../../electron/core/dispatch';

export const IMPORT_TIME = '2026-03-01T02:00:00.000Z';

export interface Harness {
  core: Core;
  dir: string;
  forumId: string;
  run<K extends OpName>(op: K, input: Input<K>): Promise<Output<K>>;
  /** Rows per table, read through a second connection, as any other reader would see them. */
  counts(): Record<'person' | 'person_sensitive' | 'attendance' | 'audit', number>;
  close(): void;
}

export async function openHarness(): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wethi-import-'));
  const dbPath = path.join(dir, 'wethi.db');
  const core = await createCore({ dbPath, backupOnOpen: false, backupIntervalMs: 0, now: () => new Date(IMPORT_TIME) });
  const run = <K extends OpName>(op: K, input: Input<K>) => call(core.handlers, op, input);
  const forum = await run('forums.create', { title: 'เวทีประชาคมหมู่ 3', date: '2026-03-01' });
  return {
    core,
    dir,
    forumId: forum.id,
    run,
    counts() {
      const db = new Database(dbPath, { readonly: true });
      try {
        const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
        return { person: count('person'), person_sensitive: count('person_sensitive'), attendance: count('attendance'), audit: count('audit') };
      } finally {
        db.close();
      }
    },
    close() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sheetFile = (fileName: string, bytes: Uint8Array | string) => ({
  fileName,
  dataBase64: Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64'),
});

/** The template's headers, in its order, as a CSV header line. */
export const THAI_HEADER = 'คำนำหน้า,ชื่อ,นามสกุล,เพศ,อายุ,โทรศัพท์,หน่วยงาน,ตำแหน่ง,หมู่ที่,ภาค,บทบาท,กลุ่มผู้ด้อยโอกาส,ความยินยอม';

export const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
