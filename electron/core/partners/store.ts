/** Rows of the partner table and their mapping to the contract's `Partner` (the contact read through the register). */
import type { Partner, PartnerValues } from '../../../shared/contract';
import { compareThai, fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';

interface PartnerRow {
  id: string;
  name: string;
  kind: Partner['kind'];
  sector: Partner['sector'];
  contact_person_id: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_position: string | null;
  address: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  p_title_prefix: string | null;
  p_first_name: string | null;
  p_last_name: string | null;
  p_phone: string | null;
  p_position: string | null;
}

const SELECT = `
  SELECT pa.*, p.title_prefix AS p_title_prefix, p.first_name AS p_first_name, p.last_name AS p_last_name,
    p.phone AS p_phone, p.position AS p_position
  FROM partner pa LEFT JOIN person p ON p.id = pa.contact_person_id`;

const COLUMNS = {
  name: 'name',
  kind: 'kind',
  sector: 'sector',
  contactPersonId: 'contact_person_id',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  contactPosition: 'contact_position',
  address: 'address',
} as const satisfies Record<keyof PartnerValues, string>;
const KEYS = Object.keys(COLUMNS) as (keyof PartnerValues)[];

function toPartner(row: PartnerRow): Partner {
  const linked = row.contact_person_id !== null && row.p_first_name !== null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    sector: row.sector,
    contactPersonId: row.contact_person_id,
    contact: linked
      ? { name: fullName({ titlePrefix: row.p_title_prefix, firstName: row.p_first_name as string, lastName: row.p_last_name }), phone: row.p_phone, position: row.p_position }
      : { name: row.contact_name, phone: row.contact_phone, position: row.contact_position },
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    contactPosition: row.contact_position,
    address: row.address,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findPartner(ctx: Context, id: string, { withDeleted = false } = {}): Partner | null {
  const row = ctx.sql(`${SELECT} WHERE pa.id = ? AND (? OR pa.deleted_at IS NULL)`).get(id, withDeleted ? 1 : 0) as PartnerRow | undefined;
  return row ? toPartner(row) : null;
}

export function isDeleted(ctx: Context, id: string): boolean {
  return ctx.sql('SELECT deleted_at IS NOT NULL AS d FROM partner WHERE id = ?').pluck().get(id) === 1;
}

export function listPartners(ctx: Context): Partner[] {
  const rows = ctx.sql(`${SELECT} WHERE pa.deleted_at IS NULL`).all() as PartnerRow[];
  return rows.map(toPartner).sort((a, b) => compareThai(a.name, b.name));
}

/** The stored values as a patch is applied to them. */
export function partnerValues(ctx: Context, id: string): PartnerValues {
  const row = ctx.sql('SELECT * FROM partner WHERE id = ?').get(id) as Record<string, unknown>;
  return Object.fromEntries(KEYS.map((k) => [k, row[COLUMNS[k]]])) as PartnerValues;
}

export function insertPartner(ctx: Context, id: string, values: PartnerValues, at: string): void {
  ctx
    .sql(`INSERT INTO partner (id, ${KEYS.map((k) => COLUMNS[k]).join(', ')}, created_at, updated_at) VALUES (?, ${KEYS.map(() => '?').join(', ')}, ?, ?)`)
    .run(id, ...KEYS.map((k) => values[k]), at, at);
}

export function updatePartner(ctx: Context, id: string, values: PartnerValues, at: string): void {
  ctx.sql(`UPDATE partner SET ${KEYS.map((k) => `${COLUMNS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...KEYS.map((k) => values[k]), at, id);
}

export function setPartnerDeleted(ctx: Context, id: string, deletedAt: string | null, at: string): void {
  ctx.sql('UPDATE partner SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}
