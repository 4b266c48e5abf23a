/**
 * Who was in the room, by each classification. Pure: the same figures feed the screen,
 * the projector and (later) the minutes.
 */
import type { Dimension, Person, Representation, Share, Warning } from '../contract';
import { DIMENSIONS } from '../contract/representation';
import { SECTORS, type Sector } from './vocabulary';

type Classified = Pick<Person, 'sector' | 'gender' | 'village' | 'ageGroup' | 'role' | 'sensitive'>;

function keysOf(person: Classified, dimension: Dimension): string[] {
  switch (dimension) {
    case 'disadvantagedGroup':
      // A person may belong to several groups, or to none (not counted here).
      return person.sensitive?.disadvantagedGroups ?? [];
    case 'village':
      return [person.village ?? 'unknown'];
    default:
      return [person[dimension] ?? 'unknown'];
  }
}

export function shares(people: Classified[], dimension: Dimension): Share[] {
  const counts = new Map<string, number>();
  for (const person of people) {
    for (const key of keysOf(person, dimension)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = people.length;
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count, share: total === 0 ? 0 : count / total }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'th', { numeric: true }));
}

export function representation(
  forum: { id: string; expectedSectors: Sector[] },
  people: Classified[],
  basis: Representation['basis'],
): Representation {
  const byDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, shares(people, d)])) as Record<Dimension, Share[]>;
  const warnings: Warning[] = [];
  if (people.length === 0) {
    warnings.push({ key: 'no_attendees', params: {} });
  } else {
    // Seed 000: disadvantaged groups must always be represented.
    if (byDimension.disadvantagedGroup.length === 0) warnings.push({ key: 'no_disadvantaged', params: {} });
    const present = new Set(people.map((p) => p.sector));
    for (const sector of SECTORS) {
      if (forum.expectedSectors.includes(sector) && !present.has(sector)) {
        warnings.push({ key: 'sector_missing', params: { sector } });
      }
    }
  }
  return { forumId: forum.id, basis, total: people.length, byDimension, warnings };
}
