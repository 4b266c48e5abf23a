/**
 * Proposed groups of issues that look like the same issue raised in several villages.
 *
 * Rule: every pair of issues from different source forums whose titles are alike enough
 * (similarity.ts, at or above the threshold) is a candidate link. Links are taken best first
 * (ties: in source order) and join two groups unless the joined group would hold two issues of
 * the same village (a village already decided its issues were different) or two different
 * target issues (an earlier apply kept them apart). Issues an earlier apply merged into the
 * same target issue start in one group. The result is a proposal: the facilitator confirms,
 * or takes issues out.
 */
import type { IssueGroupProposal, MergeIssue } from '../../../shared/contract';
import { SIMILARITY_THRESHOLD, jaccard, normalizeTitle, trigrams } from './similarity';

interface Link {
  a: number;
  b: number;
  score: number;
  exact: boolean;
}

interface Group {
  members: number[];
  forums: Set<string>;
  targetIssueId: string | null;
  links: Link[];
}

/** `issues` in source order; `targetTitle` names a target issue an earlier apply made. */
export function groupIssues(issues: readonly MergeIssue[], targetTitle: (id: string) => string | null): IssueGroupProposal[] {
  const norm = issues.map((i) => normalizeTitle(i.title));
  const grams = norm.map(trigrams);
  const links: Link[] = [];
  for (let a = 0; a < issues.length; a++) {
    for (let b = a + 1; b < issues.length; b++) {
      if ((issues[a] as MergeIssue).forumId === (issues[b] as MergeIssue).forumId) continue;
      const exact = norm[a] === norm[b] && norm[a] !== '';
      const score = exact ? 1 : Math.round(jaccard(grams[a] as Set<string>, grams[b] as Set<string>) * 1000) / 1000;
      if (score >= SIMILARITY_THRESHOLD) links.push({ a, b, score, exact });
    }
  }
  links.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const groupOf: Group[] = [];
  const byTarget = new Map<string, Group>();
  issues.forEach((issue, i) => {
    const existing = issue.targetIssueId === null ? undefined : byTarget.get(issue.targetIssueId);
    if (existing) {
      existing.members.push(i);
      existing.forums.add(issue.forumId);
      groupOf[i] = existing;
      return;
    }
    const group: Group = { members: [i], forums: new Set([issue.forumId]), targetIssueId: issue.targetIssueId, links: [] };
    if (issue.targetIssueId !== null) byTarget.set(issue.targetIssueId, group);
    groupOf[i] = group;
  });

  for (const link of links) {
    const ga = groupOf[link.a] as Group;
    const gb = groupOf[link.b] as Group;
    if (ga === gb) continue;
    if ([...gb.forums].some((f) => ga.forums.has(f))) continue;
    if (ga.targetIssueId !== null && gb.targetIssueId !== null) continue;
    ga.members.push(...gb.members);
    for (const f of gb.forums) ga.forums.add(f);
    ga.targetIssueId ??= gb.targetIssueId;
    ga.links.push(...gb.links, link);
    for (const m of gb.members) groupOf[m] = ga;
  }

  const seen = new Set<Group>();
  const out: IssueGroupProposal[] = [];
  for (const group of groupOf) {
    if (seen.has(group)) continue;
    seen.add(group);
    const members = [...group.members].sort((x, y) => x - y).map((i) => issues[i] as MergeIssue);
    const groupLinks = [...group.links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    out.push({
      issues: members,
      title: (group.targetIssueId === null ? null : targetTitle(group.targetIssueId)) ?? (members[0] as MergeIssue).title,
      links: groupLinks.map((l) => ({ a: (issues[l.a] as MergeIssue).issueId, b: (issues[l.b] as MergeIssue).issueId, score: l.score, exact: l.exact })),
      score: groupLinks.length === 0 ? 1 : Math.min(...groupLinks.map((l) => l.score)),
      targetIssueId: group.targetIssueId,
    });
  }
  return out;
}
