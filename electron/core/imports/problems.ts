/**
 * Every reason a row can be rejected: an English sentence for logs and the CLI, and a
 * translation key (`import.problem.*`) with parameters for the UI.
 */
import type { RowProblem } from '../../../shared/contract';

const REASONS = {
  missing_first_name: 'first name is missing',
  unknown_gender: 'unknown gender "{value}" (use ชาย, หญิง, อื่นๆ or ไม่ระบุ)',
  unknown_sector: 'unknown sector "{value}"',
  unknown_role: 'unknown role "{value}"',
  unknown_disadvantaged_group: 'unknown disadvantaged group "{value}"',
  unknown_consent: 'consent "{value}" is neither yes (ใช่) nor no (ไม่)',
  age_not_number: 'age "{value}" is not a number or an age group',
  age_out_of_range: 'age {value} is out of range (0-120)',
  phone_not_digits: 'phone "{value}" must contain only digits',
  sensitive_without_consent: 'disadvantaged groups given without consent (PDPA: record consent in the consent column)',
  duplicate_phone_in_file: 'same phone as line {otherLine}',
  invalid_value: '{value}',
  no_first_name_column: 'no column holds first names; map one to "firstName"',
  column_mapped_twice: 'columns {columns} all map to {field}; keep one',
} as const;

export type ProblemKind = keyof typeof REASONS;

export function problem(line: number, column: string, kind: ProblemKind, params: Record<string, string> = {}): RowProblem {
  const reason = REASONS[kind].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
  return { line, column, reason, reasonKey: `import.problem.${kind}`, ...(Object.keys(params).length ? { params } : {}) };
}
