/**
 * The follow-up view (`followUp.view`): every project of the plan (the forum's own and those of
 * the earlier forums it follows up) with its status timeline, budget requested / committed /
 * spent and whether it is overdue; counts by type and status; budget by source; the earlier
 * forums' resolutions; the lessons recorded along the way. Rules in shared/domain/follow-up.ts.
 */
import type { FollowUpProject, FollowUpView } from '../../../shared/contract';
import { fundingOf } from '../../../shared/domain/commitments';
import { FOLLOW_UP_STATUSES } from '../../../shared/domain/follow-through-vocabulary';
import { isOverdue, latestProgress, latestUpdate, spentToDate } from '../../../shared/domain/follow-up';
import { PROJECT_TYPES } from '../../../shared/domain/project-vocabulary';
import { currentCommitments } from '../agreements/store';
import type { Context } from '../context';
import { listResolutions } from '../notes/resolutions';
import { listProjects } from '../projects/store';
import { listLessons } from './lessons';
import { planChain, projectUpdates } from './store';

/** The source a budget is filed under when none was given. */
export const NO_SOURCE = '';

export function buildFollowUpView(ctx: Context, forumId: string, options: { asOf: string | null; today: string }): FollowUpView {
  const { forums, missing } = planChain(ctx, forumId);
  const titles = new Map(forums.map((f) => [f.forumId, f.title]));
  const projects: FollowUpProject[] = [];
  for (const forum of forums) {
    const committed = new Map<string, number>();
    for (const c of currentCommitments(ctx, forum.forumId)) {
      if (c.projectId) committed.set(c.projectId, (committed.get(c.projectId) ?? 0) + fundingOf(null, [c]).committedSatang);
    }
    for (const p of listProjects(ctx, forum.forumId)) {
      const updates = projectUpdates(ctx, p.id, options.asOf);
      const latest = latestUpdate(updates);
      const spent = spentToDate(updates);
      projects.push({
        projectId: p.id,
        forumId: p.forumId,
        forumTitle: forum.title,
        title: p.title,
        type: p.type,
        requestedFrom: p.requestedFrom,
        requestedFromName: p.requestedFromName,
        owner: p.owner ?? p.ownerPersonName,
        startDate: p.startDate,
        endDate: p.endDate,
        planStatus: p.status,
        status: latest?.status ?? null,
        reason: latest?.reason ?? null,
        progressPercent: latestProgress(updates),
        lastReportedOn: latest?.reportedOn ?? null,
        budgetSource: p.budgetSource,
        budgetSatang: p.budgetSatang,
        committedSatang: committed.get(p.id) ?? 0,
        spentSatang: spent.totalSatang,
        spentBySource: spent.bySource,
        // A project the forum itself cancelled is no longer expected.
        overdue: p.status !== 'cancelled' && isOverdue(p.endDate, latest?.status ?? null, options.today),
        timeline: updates.map((u) => ({
          updateId: u.id,
          forumId: u.forumId,
          status: u.status,
          reason: u.reason,
          progressPercent: u.progressPercent,
          reportedOn: u.reportedOn,
          reporterName: u.reporterName,
          note: u.note,
          documentRef: u.documentRef,
          attachmentCount: u.attachments.length,
        })),
      });
    }
  }

  const statusByType = Object.fromEntries(
    PROJECT_TYPES.map((type) => [type, Object.fromEntries([...FOLLOW_UP_STATUSES, 'none'].map((s) => [s, 0]))]),
  ) as FollowUpView['statusByType'];
  const sources = new Map<string, { requestedSatang: number; spentSatang: number }>();
  const source = (name: string | null) => {
    const key = name ?? NO_SOURCE;
    const entry = sources.get(key) ?? { requestedSatang: 0, spentSatang: 0 };
    sources.set(key, entry);
    return entry;
  };
  for (const p of projects) {
    statusByType[p.type][p.status ?? 'none'] += 1;
    if (p.planStatus !== 'cancelled' && p.status !== 'dropped') source(p.budgetSource).requestedSatang += p.budgetSatang ?? 0;
    for (const s of p.spentBySource) source(s.source).spentSatang += s.amountSatang;
  }
  const live = projects.filter((p) => p.planStatus !== 'cancelled' && p.status !== 'dropped');

  return {
    forumId,
    asOf: options.asOf,
    today: options.today,
    forums: forums.map((f) => ({ ...f, current: f.forumId === forumId })),
    missingForumIds: missing,
    projects,
    resolutions: forums
      .filter((f) => f.forumId !== forumId)
      .flatMap((f) => listResolutions(ctx, f.forumId).map((r) => ({ forumId: f.forumId, forumTitle: titles.get(f.forumId) ?? '', text: r.text }))),
    statusByType,
    budgetBySource: [...sources].map(([name, v]) => ({ source: name, ...v })),
    totals: {
      projects: projects.length,
      requestedSatang: live.reduce((sum, p) => sum + (p.budgetSatang ?? 0), 0),
      committedSatang: projects.reduce((sum, p) => sum + p.committedSatang, 0),
      spentSatang: projects.reduce((sum, p) => sum + p.spentSatang, 0),
      overdue: projects.filter((p) => p.overdue).length,
    },
    lessons: forums.flatMap((f) => listLessons(ctx, f.forumId)),
  };
}
