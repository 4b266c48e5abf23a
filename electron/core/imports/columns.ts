/**
 * Which column holds which person field: the template's Thai headers and common English ones
 * are recognised by themselves (ignoring case, spaces and punctuation, and a bracketed note such
 * as "อายุ (ปี)"); a mapping the user chose in the preview wins over that.
 */
import type { ImportField } from '../../../shared/contract';
import { wordKey } from './words';

/** The template's header for each field; the order is the template's column order. */
export const TEMPLATE_HEADERS: Record<ImportField, string> = {
  titlePrefix: 'คำนำหน้า',
  firstName: 'ชื่อ',
  lastName: 'นามสกุล',
  gender: 'เพศ',
  age: 'อายุ',
  phone: 'โทรศัพท์',
  organisation: 'หน่วยงาน',
  position: 'ตำแหน่ง',
  village: 'หมู่ที่',
  sector: 'ภาค',
  role: 'บทบาท',
  disadvantagedGroups: 'กลุ่มผู้ด้อยโอกาส',
  consent: 'ความยินยอม',
};

const ALIASES: Record<ImportField, readonly string[]> = {
  titlePrefix: ['คำนำหน้าชื่อ', 'title', 'prefix', 'title prefix', 'salutation'],
  firstName: ['ชื่อจริง', 'first name', 'firstname', 'given name', 'forename'],
  lastName: ['สกุล', 'last name', 'surname', 'family name'],
  gender: ['gender', 'sex'],
  age: ['อายุปี', 'ช่วงอายุ', 'age', 'age group', 'age years'],
  phone: ['เบอร์โทร', 'เบอร์โทรศัพท์', 'หมายเลขโทรศัพท์', 'โทร', 'มือถือ', 'phone', 'telephone', 'tel', 'mobile', 'phone number'],
  organisation: ['องค์กร', 'สังกัด', 'หน่วยงาน/องค์กร', 'organisation', 'organization', 'org', 'agency'],
  position: ['position', 'job title'],
  village: ['หมู่', 'หมู่บ้าน', 'village', 'moo'],
  sector: ['ภาคส่วน', 'sector'],
  role: ['role'],
  disadvantagedGroups: ['ผู้ด้อยโอกาส', 'กลุ่มเปราะบาง', 'disadvantaged groups', 'disadvantaged group', 'disadvantaged'],
  consent: ['ยินยอม', 'การยินยอม', 'consent', 'pdpa consent'],
};

const headerKey = (s: string) => wordKey(s).replace(/[-/\\]/g, '');

const KNOWN = new Map<string, ImportField>();
for (const field of Object.keys(TEMPLATE_HEADERS) as ImportField[]) {
  for (const name of [TEMPLATE_HEADERS[field], ...ALIASES[field]]) KNOWN.set(headerKey(name), field);
}

/** The field a header names by itself, if any: tried whole, without a bracketed note, then the note. */
export function fieldOfHeader(header: string): ImportField | undefined {
  const bracketed = [...header.matchAll(/[([]([^)\]]*)[)\]]/g)].map((m) => m[1] ?? '');
  const bare = header.replace(/[([][^)\]]*[)\]]/g, '');
  for (const candidate of [header, bare, ...bracketed]) {
    const field = KNOWN.get(headerKey(candidate));
    if (field) return field;
  }
  return undefined;
}

export interface ColumnPlan {
  /** Every header → its field or null (ignored). */
  mapping: Record<string, ImportField | null>;
  unmappedHeaders: string[];
  /** Field → the columns holding it (more than one is a problem the caller reports). */
  columns: Map<ImportField, { index: number; header: string }[]>;
}

export function planColumns(headers: readonly string[], userMapping: Record<string, ImportField | null> = {}): ColumnPlan {
  const mapping: Record<string, ImportField | null> = {};
  const unmappedHeaders: string[] = [];
  const columns = new Map<ImportField, { index: number; header: string }[]>();
  headers.forEach((header, index) => {
    const chosen = Object.hasOwn(userMapping, header) ? (userMapping[header] ?? null) : undefined;
    const field = chosen === undefined ? (fieldOfHeader(header) ?? null) : chosen;
    mapping[header] = field;
    if (field === null) {
      if (chosen === undefined && !unmappedHeaders.includes(header)) unmappedHeaders.push(header);
      return;
    }
    columns.set(field, [...(columns.get(field) ?? []), { index, header }]);
  });
  return { mapping, unmappedHeaders, columns };
}
