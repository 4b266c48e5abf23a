/**
 * Proposed duplicates among the people of a merge. The same id is the same person (people are
 * global: a villager who came to two village forums on this laptop, or whose record travelled
 * in a .wethi file, has one id). Two different records are proposed as one person when they
 * have the same name in the same village, or the same phone number. Same name in different
 * villages is not proposed: Thai villages share many names, and merging two people would
 * wrongly drop one from the tambon forum.
 */
import type { DuplicateReason, MergePerson, PersonDuplicate } from '../../../shared/contract';
import { type AttendeeRow, attendeeName } from './store';

/** "หมู่ที่ 3", "หมู่ 3", "ม.3" and "3" are one village; Thai digits read as Arabic ones. */
export function villageKey(village: string | null): string | null {
  if (village === null) return null;
  const key = village
    .normalize('NFC')
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/^\s*(หมู่ที่|หมู่|ม\.)\s*/u, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  return key === '' ? null : key;
}

/** First and last name, the prefix (นาย, นาง, …) left out: it changes with marriage and is typed loosely. */
const nameKey = (row: AttendeeRow) => `${row.firstName} ${row.lastName ?? ''}`.normalize('NFC').toLowerCase().replace(/\s+/g, '');

export interface PeopleOfMerge {
  /** By person id, in first-seen order (target first, then the sources in order). */
  people: Map<string, MergePerson>;
  duplicates: PersonDuplicate[];
}

/**
 * `rows`: attendees of the target and the sources. `forumVillage` gives a forum's village, used
 * for people whose own record names none.
 */
export function matchPeople(rows: readonly AttendeeRow[], targetForumId: string, forumVillage: (forumId: string) => string | null): PeopleOfMerge {
  const people = new Map<string, MergePerson>();
  const first = new Map<string, AttendeeRow>();
  for (const row of rows) {
    const known = people.get(row.personId);
    if (known) {
      if (!known.forumIds.includes(row.forumId)) known.forumIds.push(row.forumId);
      known.inTarget ||= row.forumId === targetForumId;
      continue;
    }
    first.set(row.personId, row);
    people.set(row.personId, {
      personId: row.personId,
      name: attendeeName(row),
      village: row.village ?? forumVillage(row.forumId),
      phone: row.phone,
      forumIds: [row.forumId],
      inTarget: row.forumId === targetForumId,
    });
  }

  // Union-find over the records, each union remembering why.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  const reasons = new Map<string, Set<DuplicateReason>>();
  const link = (a: string, b: string, reason: DuplicateReason) => {
    const ra = find(a);
    const rb = find(b);
    const why = new Set([...(reasons.get(ra) ?? []), ...(reasons.get(rb) ?? []), reason]);
    if (ra !== rb) parent.set(rb, ra);
    reasons.set(ra, why);
  };
  const byKey = (key: (p: MergePerson) => string | null, reason: DuplicateReason) => {
    const seen = new Map<string, MergePerson>();
    for (const person of people.values()) {
      const k = key(person);
      if (k === null) continue;
      const earlier = seen.get(k);
      // Two records already both in the target are the register's business, not the merge's.
      if (earlier && !(earlier.inTarget && person.inTarget)) link(earlier.personId, person.personId, reason);
      if (!earlier) seen.set(k, person);
    }
  };
  byKey((p) => {
    const village = villageKey(p.village);
    const row = first.get(p.personId) as AttendeeRow;
    return village === null ? null : `${nameKey(row)}|${village}`;
  }, 'name_and_village');
  byKey((p) => (p.phone ? p.phone : null), 'phone');

  const clusters = new Map<string, MergePerson[]>();
  for (const person of people.values()) {
    const root = find(person.personId);
    clusters.set(root, [...(clusters.get(root) ?? []), person]);
  }
  const duplicates: PersonDuplicate[] = [];
  for (const [root, members] of clusters) {
    if (members.length < 2) continue;
    const why = reasons.get(root) ?? new Set<DuplicateReason>();
    duplicates.push({ people: members, reasons: (['name_and_village', 'phone'] as const).filter((r) => why.has(r)) });
  }
  return { people, duplicates };
}
