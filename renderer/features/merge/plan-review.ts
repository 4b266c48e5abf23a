/**
 * The facilitator's changes to a proposed merge, kept apart from the screen: issues taken out
 * of their group, and duplicates of people confirmed or not. Turns them into merge.apply's input.
 */
import type { Input } from '../../../shared/contract';
import type { MergePlan } from '../../api/queries/merge';

type Group = MergePlan['issueGroups'][number];

export interface Review {
  groups: Group[];
  /** Index into plan.people.duplicates → confirmed as one person. */
  samePerson: boolean[];
}

export const startReview = (plan: MergePlan): Review => ({
  groups: plan.issueGroups,
  samePerson: plan.people.duplicates.map(() => true),
});

/** The issue leaves its group and stands alone, placed right after the group it left. */
export function takeOut(review: Review, groupIndex: number, issueId: string): Review {
  const group = review.groups[groupIndex];
  const issue = group?.issues.find((i) => i.issueId === issueId);
  if (!group || !issue || group.issues.length < 2) return review;
  const rest = group.issues.filter((i) => i.issueId !== issueId);
  const kept: Group = {
    ...group,
    issues: rest,
    // merge.apply names a new group after its first issue; a group merged before keeps its issue's title.
    title: group.targetIssueId === null && rest[0] ? rest[0].title : group.title,
    links: group.links.filter((l) => l.a !== issueId && l.b !== issueId),
  };
  kept.score = kept.links.length === 0 ? 1 : Math.min(...kept.links.map((l) => l.score));
  const alone: Group = { issues: [issue], title: issue.title, links: [], score: 1, targetIssueId: issue.targetIssueId };
  const groups = [...review.groups];
  groups.splice(groupIndex, 1, kept, alone);
  return { ...review, groups };
}

export const setSamePerson = (review: Review, index: number, same: boolean): Review => ({
  ...review,
  samePerson: review.samePerson.map((v, i) => (i === index ? same : v)),
});

export function applyInput(plan: MergePlan, review: Review): Input<'merge.apply'> {
  return {
    intoForumId: plan.intoForum.forumId,
    sourceForumIds: plan.sources.map((s) => s.forumId),
    issueGroups: review.groups.map((g) => ({ sourceIssueIds: g.issues.map((i) => i.issueId) })),
    personMerges: plan.people.duplicates.filter((_, i) => review.samePerson[i]).map((d) => ({ personIds: d.people.map((p) => p.personId) })),
  };
}
