/**
 * How a split came out, group by group: size, people per sector, people per village, so the
 * facilitator sees a split is balanced before (the preview) and after (the result) making it.
 */
import { compareThai } from '../../../shared/domain/thai-text';
import type { Attendee } from '../../api/queries/groups';

export interface GroupBalance {
  name: string;
  size: number;
  bySector: Map<string, number>;
  byVillage: Map<string, number>;
}

export interface Balance {
  groups: GroupBalance[];
  /** Every sector and village present, in a stable order, for the table's columns. */
  sectors: string[];
  villages: string[];
}

const UNKNOWN = 'unknown';

export function balanceOf(groups: { name: string; memberIds: readonly string[] }[], attendees: readonly Attendee[]): Balance {
  const people = new Map(attendees.map((a) => [a.person.id, a.person]));
  const sectors = new Set<string>();
  const villages = new Set<string>();
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const result = groups.map(({ name, memberIds }) => {
    const bySector = new Map<string, number>();
    const byVillage = new Map<string, number>();
    for (const id of memberIds) {
      const person = people.get(id);
      const sector = person?.sector ?? UNKNOWN;
      const village = person?.village ?? UNKNOWN;
      sectors.add(sector);
      villages.add(village);
      count(bySector, sector);
      count(byVillage, village);
    }
    return { name, size: memberIds.length, bySector, byVillage };
  });
  const ordered = (keys: Set<string>) => [...keys].sort((a, b) => Number(a === UNKNOWN) - Number(b === UNKNOWN) || compareThai(a, b));
  return { groups: result, sectors: ordered(sectors), villages: ordered(villages) };
}
