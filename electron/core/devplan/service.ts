/** Handlers for the devPlan.* operations; a details write emits `{ entity: 'project_plan', id: projectId, forumId }`. */
import type { Context } from '../context';
import { notFound } from '../errors';
import type { HandlersFor } from '../handlers';
import { findProjectRow } from '../projects/store';
import { buildDevelopmentPlan } from './build';
import { exportDevelopmentPlan } from './export';
import { readDetails, writeDetails } from './store';

export function devPlanService(ctx: Context): HandlersFor<'devPlan'> {
  const activeProject = (id: string) => {
    const row = findProjectRow(ctx, id);
    if (!row || row.deleted_at !== null) throw notFound('project', id);
    return row;
  };
  return {
    'devPlan.details': ({ projectId }) => {
      activeProject(projectId);
      return readDetails(ctx, projectId);
    },
    'devPlan.setDetails': (input) =>
      ctx.write('devPlan.setDetails', (emit) => {
        const project = activeProject(input.projectId);
        writeDetails(ctx, input, ctx.now());
        emit({ entity: 'project_plan', id: input.projectId, forumId: project.forum_id });
        return readDetails(ctx, input.projectId);
      }),
    'devPlan.get': ({ forumId }) => buildDevelopmentPlan(ctx, forumId),
    'devPlan.export': ({ forumId, format, thaiDigits }) => exportDevelopmentPlan(buildDevelopmentPlan(ctx, forumId), format, { thaiDigits }),
  };
}
