/**
 * Rows that look like someone already in the register (same phone, or same first and last
 * name), offered for merging; and rows repeating a phone earlier in the same file, which are
 * rejected because one phone is one person at a registration table.
 */
import type { Person } from '../../../shared/contract';
import { normalizeForSearch } from '../../../shared/domain/thai-text';

export interface DuplicateMatch {
  existing: Person;
  by: 'phone' | 'name';
}

type Identity = { firstName: string; lastName: string | null; phone: string | null };

/** Without a last name, a first name alone ("สมชาย") matches too many people to mean anything. */
const nameKey = (p: Identity) => (p.lastName ? normalizeForSearch(`${p.firstName} ${p.lastName}`) : null);

export function registerIndex(people: readonly Person[]) {
  const byPhone = new Map<string, Person[]>();
  const byName = new Map<string, Person[]>();
  const add = (map: Map<string, Person[]>, key: string | null, person: Person) => {
    if (key) map.set(key, [...(map.get(key) ?? []), person]);
  };
  for (const person of people) {
    add(byPhone, person.phone, person);
    add(byName, nameKey(person), person);
  }

  /** Phone matches first; a person matching both is listed once, by phone. */
  return (row: Identity): DuplicateMatch[] => {
    const matches: DuplicateMatch[] = (row.phone ? (byPhone.get(row.phone) ?? []) : []).map((existing) => ({ existing, by: 'phone' }));
    // An empty register (a laptop's first forum) has no names to match: no key to build per row.
    const name = byName.size > 0 ? nameKey(row) : null;
    for (const existing of name ? (byName.get(name) ?? []) : []) {
      if (!matches.some((m) => m.existing.id === existing.id)) matches.push({ existing, by: 'name' });
    }
    return matches;
  };
}

/** Remembers the first line of each phone in the file; answers the earlier line for a repeat. */
export function phoneRepeats() {
  const seen = new Map<string, number>();
  return (phone: string | null, line: number): number | null => {
    if (!phone) return null;
    const earlier = seen.get(phone);
    if (earlier !== undefined) return earlier;
    seen.set(phone, line);
    return null;
  };
}
