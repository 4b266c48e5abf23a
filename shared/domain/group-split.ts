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
 *   Then gender and age group, as far as those guarantees leave room (property-tested against
 *   every possible split of small rooms): each group's count of each gender, then of each age
 *   group, within 1 of its fair share (the total over the number of groups). In three steps:
 *   1. which of each cell's people a group takes is a transport problem (flow-network.ts): the
 *      cell's share exactly, each gender's count within ⌊left/groups left⌋…⌈left/groups left⌉,
 *      widened a step at a time where the cells' shares leave no room; then the age groups
 *      likewise within each cell's chosen genders; within that, Thai name order;
 *   2. `rebalance`: moves and swaps that keep every sector, village and cell count, while they
 *      bring the groups nearer their gender and age shares (taking group after group cannot see
 *      that it leaves a later group no room);
 *   3. where a gender or age group is still more than 1 off, `searchSplit` looks for a split
 *      without any (within a step budget; what steps 1–2 found stays when there is none).
 *   Without this, a room of one village and one sector was cut by name order: the นาง and
 *   นางสาว in one group, the นาย in another.
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
  const cellOf: KeyOf = (p) => `${sectorOf(p)}\u0000${villageOf(p)}`;
  const keep = [() => 'everyone', sectorOf, villageOf, cellOf];
  let balanced = rebalance(groups, people, keep, [genderOf, ageOf]);
  // Still a gender or age group more than 1 from its share: look for a split that has none, if
  // the sector and village balance allows one (both, else gender alone), starting from this one.
  if (!withinShares(balanced, people, [genderOf, ageOf])) {
    const found = searchSplit(balanced, people, keep, [genderOf, ageOf]) ?? (withinShares(balanced, people, [genderOf]) ? null : searchSplit(balanced, people, keep, [genderOf]));
    if (found) balanced = rebalance(found, people, keep, [genderOf, ageOf]);
  }
  return balanced.map((group) => ({ ...group, memberIds: sortMembers(group.memberIds, people) }));
}

/** Each group's count of each key of each family: `counts[f][g][k]`, with the keys' totals. */
function tally(groups: readonly PlannedGroup[], people: readonly SplitPerson[], families: readonly KeyOf[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  return families.map((keyOf) => {
    const keys = sortedKeys(people.map(keyOf));
    const at = new Map(keys.map((k, i) => [k, i]));
    const counts = groups.map((group) => {
      const line = keys.map(() => 0);
      for (const id of group.memberIds) {
        const k = at.get(keyOf(byId.get(id) as SplitPerson)) as number;
        line[k] = (line[k] ?? 0) + 1;
      }
      return line;
    });
    const totals = keys.map((_, k) => counts.reduce((sum, line) => sum + (line[k] ?? 0), 0));
    return { counts, totals };
  });
}

/** Whether every group's count of every key of the families is within 1 of its fair share. */
function withinShares(groups: readonly PlannedGroup[], people: readonly SplitPerson[], families: readonly KeyOf[]): boolean {
  const n = groups.length;
  return tally(groups, people, families).every(({ counts, totals }) => counts.every((line) => line.every((c, k) => Math.abs(c * n - (totals[k] ?? 0)) <= n)));
}

/** How many assignments `searchSplit` tries before it gives up (and the split found so far stays). */
const SEARCH_BUDGET = 50_000;

/**
 * A split keeping every group's count of every `keep` key at ⌊total/groups⌋ or ⌈total/groups⌉
 * and of every `balance` key within 1 of its fair share, or null when there is none (or none was
 * found within SEARCH_BUDGET steps). Depth-first, person by person in one fixed order, each
 * person's group in `start` tried first; a count that would pass its upper bound, or a key whose
 * people left could no longer bring every group up to its lower bound, cuts the branch.
 */
function searchSplit(start: readonly PlannedGroup[], people: readonly SplitPerson[], keep: readonly KeyOf[], balance: readonly KeyOf[]): PlannedGroup[] | null {
  const n = start.length;
  const order = [...people].sort(byName);
  const startGroup = new Map(start.flatMap((group, g) => group.memberIds.map((id) => [id, g] as const)));
  const families = [...keep, ...balance].map((keyOf, f) => {
    const keys = sortedKeys(order.map(keyOf));
    const at = new Map(keys.map((k, i) => [k, i]));
    const of = order.map((p) => at.get(keyOf(p)) as number);
    const totals = keys.map((_, k) => of.filter((x) => x === k).length);
    const kept = f < keep.length;
    // Kept: ⌊t/n⌋…⌈t/n⌉. Balanced: within 1 of t/n, i.e. (t − n)/n … (t + n)/n.
    const low = totals.map((t) => (kept ? Math.floor(t / n) : Math.max(0, Math.ceil((t - n) / n))));
    const high = totals.map((t) => (kept ? Math.ceil(t / n) : Math.floor((t + n) / n)));
    return { of, low, high, left: [...totals], counts: Array.from({ length: n }, () => keys.map(() => 0)) };
  });
  const groupOf = new Array<number>(order.length).fill(-1);
  let steps = 0;
  const fits = (i: number, g: number) => families.every((f) => (f.counts[g]?.[f.of[i] as number] ?? 0) < (f.high[f.of[i] as number] ?? 0));
  const place = (i: number, g: number, step: 1 | -1) => {
    for (const f of families) {
      const k = f.of[i] as number;
      (f.counts[g] as number[])[k] = (f.counts[g]?.[k] ?? 0) + step;
      f.left[k] = (f.left[k] ?? 0) - step;
    }
    groupOf[i] = step === 1 ? g : -1;
  };
  /** Whether the people left of person i's keys can still bring every group up to its lower bound. */
  const reachable = (i: number) =>
    families.every((f) => {
      const k = f.of[i] as number;
      let short = 0;
      for (let g = 0; g < n; g++) short += Math.max(0, (f.low[k] ?? 0) - (f.counts[g]?.[k] ?? 0));
      return short <= (f.left[k] ?? 0);
    });
  const walk = (i: number): boolean => {
    if (i === order.length) return true;
    if (++steps > SEARCH_BUDGET) return false;
    const first = startGroup.get((order[i] as SplitPerson).id) ?? 0;
    for (let d = 0; d < n; d++) {
      const g = (first + d) % n;
      if (!fits(i, g)) continue;
      place(i, g, 1);
      if (reachable(i) && walk(i + 1)) return true;
      place(i, g, -1);
    }
    return false;
  };
  if (!walk(0)) return null;
  return start.map((group, g) => ({ ...group, memberIds: order.filter((_, i) => groupOf[i] === g).map((p) => p.id) }));
}

/**
 * What taking group after group cannot see coming (a later group left with no room for a gender)
 * mended afterwards: a person moves to another group, or two people in different groups change
 * places, whenever that brings the groups closer to their fair shares of `balance` (first fewer
 * counts more than 1 away from the share, family by family — gender, then age group — then a
 * smaller sum of squared distances) and every group's count of every `keep` key (size, sector,
 * village, sector-and-village) stays ⌊total/groups⌋ or ⌈total/groups⌉, so the guarantees above
 * hold. Each change lowers that measure, so it ends; people are tried in one fixed order, so the
 * result does not depend on the order they came in.
 */
function rebalance(groups: PlannedGroup[], people: readonly SplitPerson[], keep: readonly KeyOf[], balance: readonly KeyOf[]): PlannedGroup[] {
  const count = groups.length;
  const order = [...people].sort(byName);
  const index = new Map(order.map((p, i) => [p.id, i]));
  const groupOf = new Array<number>(order.length).fill(0);
  groups.forEach((group, g) => {
    for (const id of group.memberIds) groupOf[index.get(id) as number] = g;
  });
  // Per family: each person's key (as a number), the keys' totals, and each group's count of each key.
  const family = (keyOf: KeyOf) => {
    const keys = sortedKeys(order.map(keyOf));
    const keyIndex = new Map(keys.map((k, i) => [k, i]));
    const of = order.map((p) => keyIndex.get(keyOf(p)) as number);
    const totals = keys.map((_, k) => of.filter((x) => x === k).length);
    const counts = groups.map(() => keys.map(() => 0));
    of.forEach((k, i) => {
      const line = counts[groupOf[i] as number] as number[];
      line[k] = (line[k] ?? 0) + 1;
    });
    return { of, totals, counts };
  };
  const kept = keep.map(family);
  const balanced = balance.map(family);
  type Family = ReturnType<typeof family>;
  // Whole numbers throughout: count·groups − total is the distance from the fair share, times the number of groups.
  const far = (c: number, total: number) => Math.abs(c * count - total) > count;
  const square = (c: number, total: number) => (c * count - total) ** 2;
  const within = (c: number, total: number) => c >= Math.floor(total / count) && c <= Math.ceil(total / count);

  /** The net change in each group's count of each key when `moves` (person, to) are made. */
  const steps = (f: Family, moves: readonly (readonly [number, number])[]) => {
    const net = new Map<string, [number, number, number]>();
    for (const [i, to] of moves) {
      const k = f.of[i] as number;
      for (const [g, step] of [
        [groupOf[i] as number, -1],
        [to, 1],
      ] as const) {
        const at = `${g}:${k}`;
        const entry = net.get(at) ?? [g, k, 0];
        entry[2] += step;
        net.set(at, entry);
      }
    }
    return [...net.values()].filter(([, , step]) => step !== 0);
  };
  /** null when the moves would break a kept guarantee; else, per balanced family, [counts too far, squared distance] changes. */
  const change = (moves: readonly (readonly [number, number])[]): number[] | null => {
    for (const f of kept) {
      for (const [g, k, step] of steps(f, moves)) if (!within((f.counts[g]?.[k] ?? 0) + step, f.totals[k] ?? 0)) return null;
    }
    const tooFar: number[] = [];
    const squares: number[] = [];
    for (const f of balanced) {
      let t = 0;
      let q = 0;
      for (const [g, k, step] of steps(f, moves)) {
        const c = f.counts[g]?.[k] ?? 0;
        const total = f.totals[k] ?? 0;
        t += Number(far(c + step, total)) - Number(far(c, total));
        q += square(c + step, total) - square(c, total);
      }
      tooFar.push(t);
      squares.push(q);
    }
    return [...tooFar, ...squares];
  };
  const better = (delta: number[] | null) => {
    for (const d of delta ?? []) if (d !== 0) return d < 0;
    return false;
  };
  const apply = (moves: readonly (readonly [number, number])[]) => {
    for (const f of [...kept, ...balanced]) {
      for (const [g, k, step] of steps(f, moves)) (f.counts[g] as number[])[k] = (f.counts[g]?.[k] ?? 0) + step;
    }
    for (const [i, to] of moves) groupOf[i] = to;
  };

  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < order.length; i++) {
      for (let to = 0; to < count; to++) {
        if (to === groupOf[i]) continue;
        const move = [[i, to]] as const;
        if (better(change(move))) {
          apply(move);
          improved = true;
        }
      }
      for (let j = i + 1; j < order.length; j++) {
        if (groupOf[i] === groupOf[j]) continue;
        const swap = [
          [i, groupOf[j] as number],
          [j, groupOf[i] as number],
        ] as const;
        if (better(change(swap))) {
          apply(swap);
          improved = true;
        }
      }
    }
  }
  return groups.map((group, g) => ({ ...group, memberIds: order.filter((_, i) => groupOf[i] === g).map((p) => p.id) }));
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
