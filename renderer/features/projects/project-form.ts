/**
 * The project form's values (strings, as inputs hold them) and their way to the contract: money
 * typed in baht becomes whole satang (`bahtToSatang`, never a float), empty text becomes null,
 * and the plan's cross-field rules (shared/domain/project-rules.ts) are checked before the host is
 * asked. Error values are keys under `plan.form.errors`.
 */
import type { Input } from '../../../shared/contract';
import { bahtToSatang, formatSatang } from '../../../shared/domain/action-plan';
import { projectRuleProblems } from '../../../shared/domain/project-rules';
import { needsRequestedFrom, type ProjectStatus, type ProjectType, type RequestedFromLevel } from '../../../shared/domain/project-vocabulary';
import type { Project } from '../../api/queries/projects';

export interface ProjectFormValues {
  title: string;
  description: string;
  type: ProjectType;
  requestedFrom: RequestedFromLevel | null;
  requestedFromName: string;
  owner: string;
  budget: string;
  budgetSource: string;
  startDate: string;
  endDate: string;
  indicator: string;
  status: ProjectStatus;
}

export type ProjectFormError = 'title' | 'budget' | 'requestedFrom' | 'agencyName' | 'endBeforeStart';
export type ProjectFormErrors = Partial<Record<keyof ProjectFormValues, ProjectFormError>>;

/** What a project is made from: a prioritised issue (and the poll that ranked it), or nothing. */
export interface ProjectOrigin {
  issueId: string;
  title: string;
  pollId: string | null;
  priorityRank: number | null;
}

export function emptyProjectValues(origin: ProjectOrigin | null): ProjectFormValues {
  return {
    title: origin?.title ?? '',
    description: '',
    type: 'self',
    requestedFrom: null,
    requestedFromName: '',
    owner: '',
    budget: '',
    budgetSource: '',
    startDate: '',
    endDate: '',
    indicator: '',
    status: 'proposed',
  };
}

export function projectToValues(p: Project): ProjectFormValues {
  return {
    title: p.title,
    description: p.description ?? '',
    type: p.type,
    requestedFrom: p.requestedFrom,
    requestedFromName: p.requestedFromName ?? '',
    owner: p.owner ?? '',
    budget: p.budgetSatang === null ? '' : formatSatang(p.budgetSatang),
    budgetSource: p.budgetSource ?? '',
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    indicator: p.indicator ?? '',
    status: p.status,
  };
}

const text = (s: string) => (s.trim() ? s.trim() : null);

type Fields = Omit<Input<'projects.create'>, 'forumId'>;

export function toProjectFields(v: ProjectFormValues): { fields: Fields } | { errors: ProjectFormErrors } {
  const errors: ProjectFormErrors = {};
  if (!v.title.trim()) errors.title = 'title';
  const budgetSatang = v.budget.trim() === '' ? null : bahtToSatang(v.budget);
  if (v.budget.trim() !== '' && budgetSatang === null) errors.budget = 'budget';
  // A self project is asked of no one: switching the type back clears whom it was asked of.
  const requestedFrom = needsRequestedFrom(v.type) ? v.requestedFrom : null;
  const requestedFromName = requestedFrom === null ? null : text(v.requestedFromName);
  const fields: Fields = {
    title: v.title.trim(),
    description: text(v.description),
    type: v.type,
    requestedFrom,
    requestedFromName,
    owner: text(v.owner),
    budgetSatang,
    budgetSource: text(v.budgetSource),
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    indicator: text(v.indicator),
    status: v.status,
  };
  for (const problem of projectRuleProblems({ type: v.type, requestedFrom, requestedFromName, startDate: fields.startDate ?? null, endDate: fields.endDate ?? null })) {
    if (problem.path === 'requestedFrom') errors.requestedFrom = 'requestedFrom';
    else if (problem.path === 'requestedFromName') errors.requestedFromName = 'agencyName';
    else if (problem.path === 'endDate') errors.endDate = 'endBeforeStart';
  }
  return Object.keys(errors).length > 0 ? { errors } : { fields };
}
