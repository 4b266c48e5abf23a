/**
 * Each project of a forum against what the partners committed to it: the current version of each
 * agreement only (a renewal replaces its earlier commitments), per partner and in total, with the
 * gap to the project's budget (shared/domain/commitments.ts has the rules).
 */
import type { ProjectFunding } from '../../../shared/contract';
import { fundingOf } from '../../../shared/domain/commitments';
import type { Context } from '../context';
import { listProjects } from '../projects/store';
import { currentCommitments } from './store';

export function forumFunding(ctx: Context, forumId: string): ProjectFunding[] {
  const commitments = currentCommitments(ctx, forumId);
  return listProjects(ctx, forumId).map((project) => {
    const mine = commitments.filter((c) => c.projectId === project.id);
    const partners = new Map<string, { name: string; list: typeof mine }>();
    for (const c of mine) {
      const entry = partners.get(c.partnerId) ?? { name: c.partnerName, list: [] };
      entry.list.push(c);
      partners.set(c.partnerId, entry);
    }
    const total = fundingOf(project.budgetSatang, mine);
    return {
      projectId: project.id,
      title: project.title,
      budgetSatang: project.budgetSatang,
      partners: [...partners].map(([partnerId, { name, list }]) => {
        const f = fundingOf(null, list);
        return {
          partnerId,
          name,
          moneySatang: f.moneySatang,
          inKindSatang: f.inKindSatang,
          peopleSatang: f.peopleSatang,
          personDays: f.personDays,
          committedSatang: f.committedSatang,
        };
      }),
      moneySatang: total.moneySatang,
      inKindSatang: total.inKindSatang,
      peopleSatang: total.peopleSatang,
      personDays: total.personDays,
      committedSatang: total.committedSatang,
      gapSatang: total.gapSatang,
    };
  });
}
