/**
 * How a split came out, group by group: size, then people per sector, village, gender and age
 * group, so the facilitator sees a split is balanced before (the preview) and after (the result)
 * making it.
 */
import { compareThai } from '../../../shared/domain/thai-text';
import { AGE_GROUPS, GENDERS, SECTORS } from '../../../shared/domain/vocabulary';
import type { Attendee } from '../../api/queries/groups';

/** The ways a balanced split spreads people (shared/domain/group-split.ts), in its order. */
export const BALANCE_DIMENSIONS = ['sector', 'village', 'gender', 'ageGroup'] as const;
export type BalanceDimension = (typeof BALANCE_DIMENSIONS)[number];

export interface GroupBalance {
  name: string;
  size: number;
  /** Per dimension, how many of the group's people have each key ('unknown' for none given). */
  by: Record<BalanceDimension, Map<string, number>>;
}

export interface Balance {
  groups: GroupBalance[];
  /** Per dimension, every key present, in a stable order (unknown last), for the table's columns. */
  keys: Record<BalanceDimension, string[]>;
}

const UNKNOWN = 'unknown';
const VOCABULARY_ORDER: Partial<Record<BalanceDimension, readonly string[]>> = { sector: SECTORS, gender: GENDERS, ageGroup: AGE_GROUPS };
const perDimension = <T>(make: () => T) => Object.fromEntries(BALANCE_DIMENSIONS.map((d) => [d, make()])) as Record<BalanceDimension, T>;

export function balanceOf(groups: { name: string; memberIds: readonly string[] }[], attendees: readonly Attendee[]): Balance {
  const people = new Map(attendees.map((a) => [a.person.id, a.person]));
  const present = perDimension(() => new Set<string>());
  const result = groups.map(({ name, memberIds }) => {
    const by = perDimension(() => new Map<string, number>());
    for (const id of memberIds) {
      const person = people.get(id);
      for (const d of BALANCE_DIMENSIONS) {
        const key = person?.[d] ?? UNKNOWN;
        present[d].add(key);
        by[d].set(key, (by[d].get(key) ?? 0) + 1);
      }
    }
    return { name, size: memberIds.length, by };
  });
  const keys = perDimension<string[]>(() => []);
  for (const d of BALANCE_DIMENSIONS) {
    // A vocabulary's keys in its own order (ages youngest first); villages by name.
    const order = VOCABULARY_ORDER[d] ?? [];
    const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
    keys[d] = [...present[d]].sort((a, b) => Number(a === UNKNOWN) - Number(b === UNKNOWN) || rank(a) - rank(b) || compareThai(a, b));
  }
  return { groups: result, keys };
}
