/**
 * The split the core will make, worked out here with the same pure functions and the same
 * default names, so the preview is exactly the result (shared/domain/group-split.ts).
 */
import { fullName } from '../../../shared/domain/thai-text';
import { numberedGroupName, splitBalanced, splitByVillage, villageGroupName } from '../../../shared/domain/group-split';
import type { Attendee } from '../../api/queries/groups';
import type { SplitRequest } from './useGroupActions';

export function previewSplit(attendees: readonly Attendee[], request: SplitRequest): { name: string; memberIds: string[] }[] {
  const people = attendees
    .filter((a) => a.checkedInAt !== null)
    .map(({ person }) => ({ id: person.id, name: fullName(person), sector: person.sector, village: person.village, gender: person.gender, ageGroup: person.ageGroup }));
  if (request.strategy === 'balanced') {
    return splitBalanced(people, request.count).map((g, i) => ({ name: numberedGroupName(i), memberIds: g.memberIds }));
  }
  return splitByVillage(people, request.count).map((g) => ({ name: villageGroupName(g.villages), memberIds: g.memberIds }));
}
