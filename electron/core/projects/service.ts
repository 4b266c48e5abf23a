/** Handlers for the projects.* operations. Every change emits `{ entity: 'project', id, forumId }`. */
import type { ChangeEvent, Project, ProjectValues } from '../../../shared/contract';
import { summariseActionPlan } from '../../../shared/domain/action-plan';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import type { HandlersFor } from '../handlers';
import { requireForum, requireNoneOutside } from '../guard';
import { checkReferences, checkRules, linkableIssue, requireProject } from './checks';
import { activeProjectIds, findProject, findProjectRow, insertProject, listProjects, renumber, setDeletedAt, updateProject, valuesOf } from './store';

export function projectsService(ctx: Context): HandlersFor<'projects'> {
  const getProject = (id: string): Project => {
    const project = findProject(ctx, id);
    if (!project) throw notFound('project', id);
    return project;
  };
  const changed = (project: { id: string; forumId: string }): ChangeEvent => ({ entity: 'project', id: project.id, forumId: project.forumId });

  /** Run inside `ctx.write`: a new project at the end of the forum's plan. */
  const create = (forumId: string, values: ProjectValues): Project => {
    requireForum(ctx, forumId);
    checkRules(values, []);
    checkReferences(ctx, forumId, values);
    const issueId = values.issueId === null ? null : linkableIssue(ctx, forumId, values.issueId).id;
    const id = ctx.newId();
    const position = activeProjectIds(ctx, forumId).length;
    insertProject(ctx, { id, forumId, position, at: ctx.now(), values: { ...values, issueId } });
    return getProject(id);
  };

  return {
    'projects.list': ({ forumId }) => {
      requireForum(ctx, forumId);
      return listProjects(ctx, forumId);
    },

    'projects.get': ({ id }) => getProject(id),

    'projects.create': ({ forumId, ...values }) =>
      ctx.write('projects.create', (emit) => {
        const project = create(forumId, values);
        emit(changed(project));
        return project;
      }),

    'projects.createFromIssue': ({ forumId, issueId, title, ...values }) =>
      ctx.write('projects.createFromIssue', (emit) => {
        requireForum(ctx, forumId);
        const issue = linkableIssue(ctx, forumId, issueId);
        const project = create(forumId, { ...values, issueId: issue.id, title: title ?? issue.title });
        emit(changed(project));
        return project;
      }),

    'projects.update': ({ id, patch }) =>
      ctx.write('projects.update', (emit) => {
        const row = requireProject(ctx, id);
        const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<ProjectValues>;
        checkRules({ ...valuesOf(row), ...given }, ['patch']);
        checkReferences(ctx, row.forum_id, given);
        if (given.issueId) given.issueId = linkableIssue(ctx, row.forum_id, given.issueId).id;
        updateProject(ctx, id, given, ctx.now());
        const project = getProject(id);
        emit(changed(project));
        return project;
      }),

    'projects.delete': ({ id }) =>
      ctx.write('projects.delete', (emit) => {
        const row = requireProject(ctx, id);
        const at = ctx.now();
        setDeletedAt(ctx, id, at, at);
        // The row keeps its old position: restore puts it back there.
        renumber(ctx, activeProjectIds(ctx, row.forum_id));
        emit({ entity: 'project', id, forumId: row.forum_id });
        return { ok: true as const };
      }),

    'projects.restore': ({ id }) =>
      ctx.write('projects.restore', (emit) => {
        const row = findProjectRow(ctx, id);
        if (!row) throw notFound('project', id);
        if (row.deleted_at === null) throw new AppError('conflict', 'project.not_deleted', `project ${id} is not in the trash`, { id });
        requireForum(ctx, row.forum_id);
        setDeletedAt(ctx, id, null, ctx.now());
        const order = activeProjectIds(ctx, row.forum_id).filter((x) => x !== id);
        order.splice(Math.min(row.position, order.length), 0, id);
        renumber(ctx, order);
        const project = getProject(id);
        emit(changed(project));
        return project;
      }),

    'projects.reorder': ({ forumId, orderedIds }) =>
      ctx.write('projects.reorder', (emit) => {
        requireForum(ctx, forumId);
        requireNoneOutside(ctx, forumId, 'project', orderedIds, ['orderedIds']);
        const active = activeProjectIds(ctx, forumId);
        const known = new Set(active);
        const given = new Set(orderedIds);
        if (given.size !== orderedIds.length || given.size !== known.size || orderedIds.some((id) => !known.has(id))) {
          throw new AppError('validation', 'project.order_not_permutation', "orderedIds must list every project of the forum's plan once", {
            missing: active.filter((id) => !given.has(id)),
            unknown: orderedIds.filter((id) => !known.has(id)),
            repeated: orderedIds.filter((id, i) => orderedIds.indexOf(id) !== i),
          });
        }
        renumber(ctx, orderedIds);
        // One event for the plan as a whole: every position may have moved.
        emit({ entity: 'project', id: null, forumId });
        return listProjects(ctx, forumId);
      }),

    'projects.summary': ({ forumId }) => {
      requireForum(ctx, forumId);
      return summariseActionPlan(listProjects(ctx, forumId));
    },
  };
}
