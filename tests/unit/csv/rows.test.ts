import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../shared/csv/rows';
import { toTable } from '../../../electron/core/imports/sheet';

describe('readCsvRows', () => {
  it('numbers rows by their first physical line, across quoted newlines and blank lines', () => {
    const text = 'ชื่อ,หมายเหตุ\r\nสมชาย,"บรรทัดหนึ่ง\r\nบรรทัดสอง"\r\n\r\nสมหญิง,-\r\n';
    const rows = readCsvRows(text).filter((r) => r.cells.some((c) => c !== ''));
    expect(rows).toEqual([
      { line: 1, cells: ['ชื่อ', 'หมายเหตุ'] },
      { line: 2, cells: ['สมชาย', 'บรรทัดหนึ่ง\nบรรทัดสอง'] },
      { line: 5, cells: ['สมหญิง', '-'] },
    ]);
  });

  it('copes with a file mixing LF and CRLF', () => {
    const rows = readCsvRows('a,b\n1,2\r\n3,4\n');
    expect(rows.slice(0, 3)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('gives every row the line it starts on, whatever the cells hold', () => {
    const cell = fc.string({ unit: fc.constantFrom('ก', 'a', ',', '"', '\n', ' ', '1'), maxLength: 6 });
    const row = fc.array(cell, { minLength: 2, maxLength: 2 }).filter((cells) => cells.some((c) => c.trim() !== ''));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const lines = rows.map((cells) => Papa.unparse([cells], { quotes: true }));
        const expected: number[] = [];
        let line = 1;
        for (const text of lines) {
          expected.push(line);
          line += text.split('\n').length;
        }
        const read = readCsvRows(`${lines.join('\n')}\n`).filter((r) => r.cells.some((c) => c.trim() !== ''));
        expect(read.map((r) => r.line)).toEqual(expected);
        expect(read.map((r) => r.cells)).toEqual(rows);
      }),
    );
  });
});

describe('toTable', () => {
  const known = (cell: string) => ['ชื่อ', 'นามสกุล', 'เพศ'].includes(cell);

  it('skips a title line above the headers and keeps physical line numbers', () => {
    const table = toTable(
      [
        { line: 1, cells: ['ใบลงทะเบียน เวทีประชาคม', '', ''] },
        { line: 2, cells: ['ชื่อ', 'นามสกุล', ''] },
        { line: 3, cells: ['สมชาย', 'ใจดี', 'x'] },
        { line: 4, cells: ['', '', ''] },
      ],
      known,
    );
    expect(table).toEqual({ headerLine: 2, headers: ['ชื่อ', 'นามสกุล', '[C]'], rows: [{ line: 3, cells: ['สมชาย', 'ใจดี', 'x'] }] });
  });

  it('without any known header, takes the first row with more than one text (a merged title repeats one)', () => {
    const table = toTable(
      [
        { line: 1, cells: ['รายชื่อผู้เข้าร่วม', 'รายชื่อผู้เข้าร่วม'] },
        { line: 2, cells: ['ผู้เข้าร่วม', 'เบอร์'] },
        { line: 3, cells: ['สมชาย', '0812345678'] },
      ],
      known,
    );
    expect([table?.headerLine, table?.headers]).toEqual([2, ['ผู้เข้าร่วม', 'เบอร์']]);
  });

  it('has no table when every row is blank', () => {
    expect(toTable([{ line: 1, cells: ['', ' '] }], known)).toBeNull();
  });
});
