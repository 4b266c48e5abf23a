/**
 * Splitting the room into small groups (กลุ่มย่อย). Pure and deterministic: the same people
 * and the same request give the same groups, whatever order the people come in.
 *
 * `balanced` — for `count` groups, guaranteed (and property-tested):
 *   - group sizes differ by at most 1;
 *   - for each sector, the number of its people in each group differs by at most 1;
 *   - the same for each village;
 *   - and the same for each sector-and-village combination.
 *   (An empty sector, village, gender or age group counts as its own key 'unknown'.) Each group in
 *   turn takes its share of who is left by controlled rounding of the sector × village table
 *   (see controlled-rounding.ts); taking ⌊left/groups left⌋ or ⌈left/groups left⌉ every time keeps
 *   every later share within the same two whole numbers, hence the guarantees.
 *   Then, within those shares, gender and age group: which of each cell's people the group takes
 *   is a transport problem (flow-network.ts) — the cell's share exactly, each gender's count
 *   within ⌊left/groups left⌋…⌈left/groups left⌉ — so each group's count of each gender stays
 *   within 1 of its fair share whenever the cells' shares leave room for it (when they do not,
 *   the bounds are widened one step at a time until they do: the sector and village balance
 *   comes first). Age groups likewise, within each cell's chosen genders. Within one cell,
 *   gender and age group people are taken in Thai name order. Without this, a room of one
 *   village and one sector was cut by name order: the นาง and นางสาว in one group, the นาย in
 *   another.
 *
 * `by_village` — one group per village (people with no village form one group of their own).
 *   `maxGroups`, when given and smaller than the number of villages, merges: the `maxGroups`
 *   largest villages start a group each, and every smaller village, largest first, joins the
 *   group that is smallest at that moment. A large village is never cut in two.
 */
import { controlledRounding } from './controlled-rounding';
import { transport } from './flow-network';
import { compareThai } from './thai-text';

export interface SplitPerson {
  id: string;
  /** For a stable order within a group (Thai collation). */
  name: string;
  sector: string | null;
  village: string | null;
  /** Balanced after sector and village; left out or null: 'unknown'. */
  gender?: string | null;
  ageGroup?: string | null;
}

export interface PlannedGroup {
  /** The villages the group was made from (`by_village`), [] for `balanced`. */
  villages: (string | null)[];
  memberIds: string[];
}

const UNKNOWN = 'unknown';
const byName = (a: SplitPerson, b: SplitPerson) => compareThai(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sortedKeys = (keys: Iterable<string>) => [...new Set(keys)].sort(compareThai);

/** Each person's key under one way of telling them apart, 'unknown' for none. */
type KeyOf = (p: SplitPerson) => string;

/**
 * How many of each row's people, split by `keyOf`, the group takes: each row's count exactly
 * (`take`), each key's total as near its share of what is left as the rows allow.
 */
function shareBy(rows: readonly (readonly SplitPerson[])[], take: readonly number[], keyOf: KeyOf, groupsLeft: number): { key: string; people: SplitPerson[]; n: number }[][] {
  const keys = sortedKeys(rows.flatMap((row) => row.map(keyOf)));
  const parts = rows.map((row) => keys.map((key) => row.filter((p) => keyOf(p) === key)));
  const caps = parts.map((line) => line.map((cell) => cell.length));
  const totals = keys.map((_, j) => caps.reduce((sum, line) => sum + (line[j] ?? 0), 0));
  // Each key within ⌊left/groups⌋…⌈left/groups⌉; wider one step at a time when the rows' counts
  // leave no room for it. Wide enough (0…everyone) it always fits, as no row takes more than it has.
  let chosen: number[][] | null = null;
  for (let widen = 0; chosen === null; widen++) {
    if (widen > rows.flat().length) throw new Error('no way to take the rows’ counts');
    chosen = transport(take, caps, totals.map((t) => ({ low: Math.floor(t / groupsLeft) - widen, high: Math.ceil(t / groupsLeft) + widen })));
  }
  const x = chosen;
  return parts.map((line, i) => line.map((people, j) => ({ key: keys[j] as string, people, n: x[i]?.[j] ?? 0 })));
}

export function splitBalanced(people: readonly SplitPerson[], count: number): PlannedGroup[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`group count must be a whole number ≥ 1, not ${count}`);
  const sectorOf: KeyOf = (p) => p.sector ?? UNKNOWN;
  const villageOf: KeyOf = (p) => p.village ?? UNKNOWN;
  const genderOf: KeyOf = (p) => p.gender ?? UNKNOWN;
  const ageOf: KeyOf = (p) => p.ageGroup ?? UNKNOWN;
  const sectors = sortedKeys(people.map(sectorOf));
  const villages = sortedKeys(people.map(villageOf));
  // Who is left, by sector and village; a person leaves when a group takes them.
  const left = new Set(people.map((p) => p.id));
  const cellsOf = () =>
    sectors.map((s) => villages.map((v) => people.filter((p) => left.has(p.id) && sectorOf(p) === s && villageOf(p) === v).sort(byName)));

  const groups: PlannedGroup[] = [];
  for (let g = 0; g < count; g++) {
    const groupsLeft = count - g;
    const cells = cellsOf();
    const take = controlledRounding(
      cells.map((line) => line.map((cell) => cell.length)),
      groupsLeft,
    );
    const flatCells = cells.flat();
    const byGender = shareBy(flatCells, take.flat(), genderOf, groupsLeft).flat();
    const byAge = shareBy(
      byGender.map((part) => part.people),
      byGender.map((part) => part.n),
      ageOf,
      groupsLeft,
    ).flat();
    const memberIds: string[] = [];
    for (const part of byAge) {
      for (const person of part.people.slice(0, part.n)) {
        memberIds.push(person.id);
        left.delete(person.id);
      }
    }
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
