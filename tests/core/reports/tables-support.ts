/**
 * A read connection on a test core's database, as the XLSX and CSV writers take it (they read
 * issues, notes and poll inputs beside the minutes model), closed when the test ends; and the
 * XLSX they write, read back.
 */
import ExcelJS from 'exceljs';
import { onTestFinished } from 'vitest';
import { type Context, DbContext } from '../../../electron/core/context';
import { ChangeBus } from '../../../electron/core/events';
import { openDatabase } from '../../../electron/core/store/database';
import type { TestCore } from '../../support/core';

export async function readContext(t: TestCore): Promise<Context> {
  const db = await openDatabase(t.dbPath);
  onTestFinished(() => {
    db.close();
  });
  return new DbContext(db, { events: new ChangeBus() });
}

/** An XLSX file read back as Excel would open it. */
export async function loadWorkbook(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types `load` with an older Buffer type than Node's.
  await workbook.xlsx.load(file as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}
