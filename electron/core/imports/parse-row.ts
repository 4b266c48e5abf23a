/**
 * One sheet row to the values of a new person, or the reasons it cannot be one. Cells are read
 * the way Thai registration tables write them (Thai digits, "หมู่ที่ 5", "น.ส.", a phone that
 * Excel stripped of its leading 0); the contract's PersonDraft schema has the last word.
 */
import type { z } from 'zod';
import { type ImportField, PersonDraft, type RowProblem } from '../../../shared/contract';
import { type AgeGroup, TITLE_PREFIXES, ageGroupOf } from '../../../shared/domain/vocabulary';
import { TEMPLATE_HEADERS } from './columns';
import { type ProblemKind, problem } from './problems';
import type { SheetRow } from './sheet';
import {
  AGE_GROUP_WORDS,
  CONSENT_WORDS,
  DISADVANTAGED_WORDS,
  GENDER_WORDS,
  NONE_WORDS,
  ROLE_WORDS,
  SECTOR_WORDS,
  TITLE_PREFIX_WORDS,
  lookup,
  wordKey,
} from './words';

export type PersonValues = z.output<typeof PersonDraft>;
export type FieldColumns = Partial<Record<ImportField, { index: number; header: string }>>;

export interface ConsentRecord {
  /** When the sheet's consent counts as recorded: the import. */
  givenAt: string;
  recordedBy: string;
}

export type ParsedRow = { values: PersonValues; problems: [] } | { values: null; problems: RowProblem[] };

const genderOf = lookup(GENDER_WORDS);
const sectorOf = lookup(SECTOR_WORDS);
const roleOf = lookup(ROLE_WORDS);
const groupOf = lookup(DISADVANTAGED_WORDS);
const ageGroupWord = lookup(AGE_GROUP_WORDS);
const consentOf = lookup({ yes: CONSENT_WORDS.yes, no: CONSENT_WORDS.no });
const prefixOf = lookup(TITLE_PREFIX_WORDS);
const NONE = new Set(NONE_WORDS.map(wordKey));
// Longest first, so "นางสาว" is not read as "นาง" + "สาว…".
const PREFIXES_LONGEST_FIRST = [...TITLE_PREFIXES].sort((a, b) => b.length - a.length);

const arabicDigits = (s: string) => s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Which contract field's schema error belongs to which sheet field. */
const FIELD_OF_KEY: Partial<Record<string, ImportField>> = { ageGroup: 'age', sensitive: 'disadvantagedGroups' };

export function parseRow(row: SheetRow, columns: FieldColumns, consent: ConsentRecord): ParsedRow {
  const problems: RowProblem[] = [];
  const raw = (field: ImportField) => {
    const column = columns[field];
    return column ? (row.cells[column.index] ?? '').trim() : '';
  };
  const cell = (field: ImportField) => squeeze(raw(field));
  const fail = (field: ImportField, kind: ProblemKind, params: Record<string, string> = {}) =>
    problems.push(problem(row.line, columns[field]?.header ?? TEMPLATE_HEADERS[field], kind, params));
  /** Empty → null; a known word → its code; anything else is reported. */
  const coded = <C>(field: ImportField, of: (text: string) => C | undefined, kind: ProblemKind): C | null => {
    const text = cell(field);
    if (!text) return null;
    const code = of(text);
    if (code === undefined) fail(field, kind, { value: text });
    return code ?? null;
  };

  let titlePrefix = cell('titlePrefix') || null;
  if (titlePrefix) titlePrefix = prefixOf(titlePrefix) ?? titlePrefix;
  let firstName = cell('firstName');
  if (!titlePrefix) {
    // "นาย สมชาย" in the name column; without the space it may be a name, so it stays.
    const prefix = PREFIXES_LONGEST_FIRST.find((p) => firstName.startsWith(`${p} `));
    if (prefix) {
      titlePrefix = prefix;
      firstName = firstName.slice(prefix.length).trim();
    }
  }
  if (!firstName) fail('firstName', 'missing_first_name');

  const gender = coded('gender', genderOf, 'unknown_gender') ?? 'unspecified';
  const ageGroup = parseAge(cell('age'), (kind, value) => fail('age', kind, { value }));
  const phone = parsePhone(cell('phone'), (value) => fail('phone', 'phone_not_digits', { value }));
  const sector = coded('sector', sectorOf, 'unknown_sector');
  const role = coded('role', roleOf, 'unknown_role');
  const groups = parseGroups(raw('disadvantagedGroups'), (value) => fail('disadvantagedGroups', 'unknown_disadvantaged_group', { value }));
  const consentAnswer = coded('consent', consentOf, 'unknown_consent');
  // PDPA: sensitive data is stored only with recorded consent. An unreadable consent cell is
  // reported as such; saying "no consent" on top of it would be a second, wrong reason.
  const consentUnreadable = consentAnswer === null && cell('consent') !== '';
  if (groups.length > 0 && consentAnswer !== 'yes' && !consentUnreadable) fail('disadvantagedGroups', 'sensitive_without_consent');
  if (problems.length > 0) return { values: null, problems };

  const parsed = PersonDraft.safeParse({
    titlePrefix,
    firstName,
    lastName: cell('lastName') || null,
    gender,
    ageGroup,
    phone,
    organisation: cell('organisation') || null,
    position: cell('position') || null,
    village: parseVillage(cell('village')),
    sector,
    role,
    sensitive:
      groups.length > 0 ? { disadvantagedGroups: groups, consentGivenAt: consent.givenAt, consentRecordedBy: consent.recordedBy } : null,
  });
  if (parsed.success) return { values: parsed.data, problems: [] };
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'firstName');
    const field = FIELD_OF_KEY[key] ?? (key as ImportField);
    fail(field, 'invalid_value', { value: issue.message });
  }
  return { values: null, problems };
}

function parseAge(text: string, fail: (kind: ProblemKind, value: string) => void): AgeGroup | null {
  if (!text) return null;
  const number = arabicDigits(text)
    .replace(/\s*(ปี|years?|yrs?)\.?$/i, '')
    .trim();
  if (/^\d+(\.\d+)?$/.test(number)) {
    const age = Math.floor(Number(number));
    if (age > 120) {
      fail('age_out_of_range', String(age));
      return null;
    }
    return ageGroupOf(age);
  }
  const group = ageGroupWord(arabicDigits(text));
  if (!group) fail('age_not_number', text);
  return group ?? null;
}

function parsePhone(text: string, fail: (value: string) => void): string | null {
  if (!text) return null;
  const written = arabicDigits(text);
  if (!/^\+?[0-9\s().-]+$/.test(written)) {
    fail(text);
    return null;
  }
  const digits = written.replace(/[^\d+]/g, '');
  // Excel reads 0812345678 as the number 812345678: Thai numbers dialled at home start with 0.
  return /^[1-9]\d{7,8}$/.test(digits) ? `0${digits}` : digits;
}

function parseGroups(text: string, fail: (value: string) => void) {
  if (!text || NONE.has(wordKey(text))) return [];
  const groups = new Set<NonNullable<ReturnType<typeof groupOf>>>();
  for (const part of text.split(/[,;/\n、]+/)) {
    const word = part.trim();
    if (!word || NONE.has(wordKey(word))) continue;
    const group = groupOf(word);
    if (group) groups.add(group);
    else fail(word);
  }
  return [...groups];
}

/** "หมู่ที่ 5", "ม.5", "Moo 05" and "5" are the same village. */
function parseVillage(text: string): string | null {
  if (!text) return null;
  const written = arabicDigits(text);
  const number = written.match(/^(?:หมู่ที่|หมู่|ม\.|moo\.?|village)?\s*0*(\d+)$/i)?.[1];
  return number ?? written;
}
