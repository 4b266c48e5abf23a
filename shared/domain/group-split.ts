/**
 * Splitting the room into small groups (กลุ่มย่อย). Pure and deterministic: the same people
 * and the same request give the same groups, whatever order the people come in.
 *
 * `balanced` — for `count` groups, guaranteed (and property-tested):
 *   - group sizes differ by at most 1;
 *   - for each sector, the number of its people in each group differs by at most 1;
 *   - the same for each village;
 *   - and the same for each sector-and-village combination.
 *   (An empty sector or village counts as its own key 'unknown'.) Each group in turn takes its
 *   share of who is left by controlled rounding of the sector × village table (see
 *   controlled-rounding.ts); taking ⌊left/groups left⌋ or ⌈left/groups left⌉ every time keeps
 *   every later share within the same two whole numbers, hence the guarantees. Within one
 *   sector-and-village cell people are taken in Thai name order.
 *
 * `by_village` — one group per village (people with no village form one group of their own).
 *   `maxGroups`, when given and smaller than the number of villages, merges: the `maxGroups`
 *   largest villages start a group each, and every smaller village, largest first, joins the
 *   group that is smallest at that moment. A large village is never cut in two.
 */
import { controlledRounding } from './controlled-rounding';
import { compareThai } from './thai-text';

export interface SplitPerson {
  id: string;
  /** For a stable order within a group (Thai collation). */
  name: string;
  sector: string | null;
  village: string | null;
}

export interface PlannedGroup {
  /** The villages the group was made from (`by_village`), [] for `balanced`. */
  villages: (string | null)[];
  memberIds: string[];
}

const UNKNOWN = 'unknown';
const byName = (a: SplitPerson, b: SplitPerson) => compareThai(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sortedKeys = (keys: Iterable<string>) => [...new Set(keys)].sort(compareThai);

export function splitBalanced(people: readonly SplitPerson[], count: number): PlannedGroup[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`group count must be a whole number ≥ 1, not ${count}`);
  const sectorOf = (p: SplitPerson) => p.sector ?? UNKNOWN;
  const villageOf = (p: SplitPerson) => p.village ?? UNKNOWN;
  const sectors = sortedKeys(people.map(sectorOf));
  const villages = sortedKeys(people.map(villageOf));
  const queues = sectors.map((s) => villages.map((v) => people.filter((p) => sectorOf(p) === s && villageOf(p) === v).sort(byName)));
  const left = queues.map((line) => line.map((cell) => cell.length));

  const groups: PlannedGroup[] = [];
  for (let g = 0; g < count; g++) {
    const take = controlledRounding(left, count - g);
    const memberIds: string[] = [];
    take.forEach((line, i) => {
      line.forEach((n, j) => {
        const cell = queues[i]?.[j] ?? [];
        for (const person of cell.splice(0, n)) memberIds.push(person.id);
        (left[i] as number[])[j] = cell.length;
      });
    });
    groups.push({ villages: [], memberIds });
  }
  return groups.map((group) => ({ ...group, memberIds: sortMembers(group.memberIds, people) }));
}

export function splitByVillage(people: readonly SplitPerson[], maxGroups?: number): PlannedGroup[] {
  if (maxGroups !== undefined && (!Number.isInteger(maxGroups) || maxGroups < 1)) {
    throw new RangeError(`group count must be a whole number ≥ 1, not ${maxGroups}`);
  }
  const byVillage = new Map<string | null, SplitPerson[]>();
  for (const person of people) {
    const members = byVillage.get(person.village);
    if (members) members.push(person);
    else byVillage.set(person.village, [person]);
  }
  // Largest first; equal sizes in village order, no village last.
  const villages = [...byVillage.entries()].sort(
    ([a, pa], [b, pb]) => pb.length - pa.length || compareVillages(a, b),
  );
  const limit = Math.min(maxGroups ?? villages.length, villages.length);
  const groups = villages.slice(0, limit).map(([village, members]) => ({ villages: [village], members: [...members] }));
  for (const [village, members] of villages.slice(limit)) {
    const smallest = groups.reduce((best, group) => (group.members.length < best.members.length ? group : best));
    smallest.villages.push(village);
    smallest.members.push(...members);
  }
  return groups
    .sort((a, b) => compareVillages(a.villages[0] ?? null, b.villages[0] ?? null))
    .map((group) => ({ villages: group.villages, memberIds: [...group.members].sort(byName).map((p) => p.id) }));
}

function compareVillages(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareThai(a, b);
}

function sortMembers(ids: string[], people: readonly SplitPerson[]): string[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return ids
    .map((id) => byId.get(id))
    .filter((p): p is SplitPerson => p !== undefined)
    .sort(byName)
    .map((p) => p.id);
}

/** Default names, stored with the group (the facilitator can rename): "กลุ่มที่ 1", … */
export const numberedGroupName = (index: number) => `กลุ่มที่ ${index + 1}`;

/** "หมู่ที่ 3" for a village written as a number, the name as written otherwise. */
export function villageGroupName(villages: readonly (string | null)[]): string {
  return villages.map((v) => (v === null ? 'ไม่ระบุหมู่บ้าน' : /^\d+$/.test(v) ? `หมู่ที่ ${v}` : v)).join(', ');
}
