/**
 * The rules a project's fields must follow together (who it is requested from, the agency's
 * name, the dates) and the budget ceiling: pure, and free of the contract, which checks every
 * project draft with them.
 */
import { type ProjectType, type RequestedFromLevel, needsRequestedFrom } from './project-vocabulary';

/** 10,000,000,000 baht in satang: far above any community project. */
export const MAX_BUDGET_SATANG = 1_000_000_000_000;

/** The fields whose combination is checked; dates are ISO (YYYY-MM-DD), so text order is date order. */
export interface ProjectRuleFields {
  type: ProjectType;
  requestedFrom: RequestedFromLevel | null;
  requestedFromName: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface RuleProblem {
  path: keyof ProjectRuleFields;
  message: string;
}

/** What is wrong with a project's combination of fields; empty when it is fine. */
export function projectRuleProblems(v: ProjectRuleFields): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (needsRequestedFrom(v.type) && v.requestedFrom === null) {
    problems.push({
      path: 'requestedFrom',
      message: `a ${v.type} project needs requestedFrom: local_government, district, province or agency`,
    });
  }
  if (!needsRequestedFrom(v.type) && v.requestedFrom !== null) {
    problems.push({ path: 'requestedFrom', message: 'a self project (done by the community) is requested from no one: requestedFrom must be null' });
  }
  if (v.requestedFrom === 'agency' && v.requestedFromName === null) {
    problems.push({ path: 'requestedFromName', message: "requestedFrom agency needs the agency's name in requestedFromName" });
  }
  if (v.requestedFrom === null && v.requestedFromName !== null) {
    problems.push({ path: 'requestedFromName', message: 'requestedFromName names whom the project is requested from: it needs requestedFrom' });
  }
  if (v.startDate !== null && v.endDate !== null && v.endDate < v.startDate) {
    problems.push({ path: 'endDate', message: `endDate ${v.endDate} is before startDate ${v.startDate}` });
  }
  return problems;
}
