/**
 * The sign-in sheet template: the Thai headers the importer knows, in the order of a paper
 * sign-in sheet, with one example row. CSV carries a UTF-8 BOM so Excel opens the Thai right;
 * the XLSX adds drop-down lists for the coded columns and a sheet explaining accepted words.
 */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/contract';
import { TEMPLATE_HEADERS } from './columns';
import { CONSENT_WORDS, DISADVANTAGED_WORDS, GENDER_WORDS, ROLE_WORDS, SECTOR_WORDS, templateWord } from './words';

export const TEMPLATE_COLUMNS: readonly string[] = IMPORT_FIELDS.map((field) => TEMPLATE_HEADERS[field]);

const EXAMPLE: Record<ImportField, string> = {
  titlePrefix: 'นาง',
  firstName: 'สมศรี',
  lastName: 'ใจดี',
  gender: templateWord(GENDER_WORDS, 'female'),
  age: '62',
  phone: '0812345678',
  organisation: 'กลุ่มแม่บ้านหมู่ 3',
  position: 'ประธานกลุ่ม',
  village: '3',
  sector: templateWord(SECTOR_WORDS, 'citizens'),
  role: templateWord(ROLE_WORDS, 'direct_recipient'),
  disadvantagedGroups: templateWord(DISADVANTAGED_WORDS, 'elderly'),
  consent: CONSENT_WORDS.yes[0],
};
const EXAMPLE_ROW = IMPORT_FIELDS.map((field) => EXAMPLE[field]);

const firstWords = (words: Record<string, readonly string[]>) => Object.values(words).map((list) => list[0] ?? '');

/** The words offered in drop-downs and explained on the second sheet. */
const CHOICES: Partial<Record<ImportField, string[]>> = {
  gender: firstWords(GENDER_WORDS),
  sector: firstWords(SECTOR_WORDS),
  role: firstWords(ROLE_WORDS),
  disadvantagedGroups: firstWords(DISADVANTAGED_WORDS),
  consent: [CONSENT_WORDS.yes[0], CONSENT_WORDS.no[0]],
};

const TEMPLATE_ROWS = 1000;

/** exceljs writes a validation for a whole range (one entry, not one per cell) but does not declare it. */
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export interface TemplateFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

export function csvTemplate(): TemplateFile {
  const text = `\uFEFF${Papa.unparse([TEMPLATE_COLUMNS, EXAMPLE_ROW], { newline: '\r\n' })}\r\n`;
  return { fileName: 'wethi-sign-in-sheet.csv', mimeType: 'text/csv;charset=utf-8', dataBase64: Buffer.from(text, 'utf8').toString('base64') };
}

export async function xlsxTemplate(): Promise<TemplateFile> {
  // exceljs loads with the first workbook, not with the core.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Wethi';
  const sheet = workbook.addWorksheet('ใบลงทะเบียน', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...TEMPLATE_COLUMNS]);
  sheet.addRow(EXAMPLE_ROW);
  sheet.getRow(1).font = { bold: true };
  IMPORT_FIELDS.forEach((field, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(10, TEMPLATE_HEADERS[field].length + 6);
    // Typed as text, so Excel keeps a phone's leading 0.
    if (field === 'phone') column.numFmt = '@';
    const choices = CHOICES[field];
    if (choices && field !== 'disadvantagedGroups') {
      const letter = column.letter;
      (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: false,
      });
    }
  });

  const help = workbook.addWorksheet('คำอธิบาย');
  help.addRow(['คอลัมน์', 'คำที่ใช้ได้']).font = { bold: true };
  help.addRow([TEMPLATE_HEADERS.firstName, 'ต้องกรอกทุกแถว']);
  help.addRow([TEMPLATE_HEADERS.age, 'อายุเป็นตัวเลข เช่น 45']);
  for (const field of ['gender', 'sector', 'role', 'consent'] as const) {
    help.addRow([TEMPLATE_HEADERS[field], CHOICES[field]?.join(', ')]);
  }
  help.addRow([
    TEMPLATE_HEADERS.disadvantagedGroups,
    `${CHOICES.disadvantagedGroups?.join(', ')} (หลายกลุ่มคั่นด้วย , ; หรือ /) บันทึกได้เฉพาะเมื่อคอลัมน์${TEMPLATE_HEADERS.consent}เป็น "ใช่"`,
  ]);
  help.getColumn(1).width = 20;
  help.getColumn(2).width = 80;

  const bytes = await workbook.xlsx.writeBuffer();
  return {
    fileName: 'wethi-sign-in-sheet.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dataBase64: Buffer.from(bytes as ArrayBuffer).toString('base64'),
  };
}
