/**
 * `merge.apply`: writes what the facilitator confirmed into the target forum. Run inside
 * `ctx.write` (one transaction: all of it or nothing).
 *
 * - People: every attendee of a source is registered in the target once (not checked in: the
 *   tambon forum has its own arrivals). Records confirmed to be one person (`personMerges`) are
 *   linked, not merged: the target registers the one kept, and the trace names each record it
 *   stands for. The register and the village forums stay as they were (their sign-in sheets are
 *   signed documents); `people.merge` remains there to clean the register if wanted.
 * - Issues: one target issue per confirmed group, every other source issue carried alone; the
 *   title is the one given or the first issue's; causes, potentials and needs are combined in
 *   village order without repeats (issues/details.ts appendDetails).
 * - Traceability: a merge_source row per village forum, attendee and issue.
 * - Idempotent: a source record with a trace row into this target is skipped, so applying the
 *   same merge again adds nothing; a group whose issues an earlier apply put into two different
 *   target issues is refused (conflict): merge those in the target with issues.merge.
 * - Priorities: the Borda aggregate (rankings.ts) becomes the target's list unless the target
 *   set its own.
 */
import type { MergeForum, ParsedInput } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { storedCategories } from '../issues/categories';
import { appendDetails, detailsOf } from '../issues/details';
import { createIssue, endPosition } from '../issues/write-issue';
import { register } from '../people/store';
import { mergeForums } from './participants';
import { type PlansAdded, mergePlans } from './plans';
import { mergePriorities, storeAggregate, targetIssueMap } from './rankings';
import { type AttendeeRow, type SourceIssueRow, type TraceEntity, type TraceRow, activeIssuesOf, addTrace, attendeesOf, traceRows } from './store';

type ApplyInput = ParsedInput<'merge.apply'>;

export interface ApplyOutcome {
  added: { attendees: number; issues: number; issuesJoined: number; traceRows: number };
  priorityListWritten: boolean;
  plansAdded: PlansAdded;
}

const invalid = (messageKey: string, path: (string | number)[], message: string) =>
  new AppError('validation', messageKey, `${path.join('.')}: ${message}`, [{ path: path.map(String), message }]);

export function applyMerge(ctx: Context, input: ApplyInput): ApplyOutcome {
  const { target, sources } = mergeForums(ctx, input.intoForumId, input.sourceForumIds);
  const at = ctx.now();
  const added = { attendees: 0, issues: 0, issuesJoined: 0, traceRows: 0 };
  const trace = (entity: TraceEntity, row: Omit<TraceRow, 'mergedAt'>) => {
    if (addTrace(ctx, target.forumId, entity, row, at)) added.traceRows += 1;
  };

  for (const s of sources) trace('forum', { entityId: s.forumId, sourceForumId: s.forumId, sourceEntityId: s.forumId });
  added.attendees = mergeAttendees(ctx, input, target, sources, trace);
  const issues = mergeIssueGroups(ctx, input, target, sources, trace);
  added.issues = issues.created;
  added.issuesJoined = issues.joined;

  const priorityListWritten = storeAggregate(ctx, target.forumId, mergePriorities(ctx, target.forumId));
  const plansAdded = mergePlans(
    ctx,
    target.forumId,
    sources.map((s) => s.forumId),
    targetIssueMap(ctx, target.forumId),
  );
  return { added, priorityListWritten, plansAdded };
}

type Trace = (entity: TraceEntity, row: Omit<TraceRow, 'mergedAt'>) => void;
const traceKey = (r: Pick<TraceRow, 'sourceForumId' | 'sourceEntityId'>) => `${r.sourceForumId}|${r.sourceEntityId}`;

function mergeAttendees(ctx: Context, input: ApplyInput, target: MergeForum, sources: readonly MergeForum[], trace: Trace): number {
  const rows = attendeesOf(ctx, [target.forumId, ...sources.map((s) => s.forumId)]);
  const inTarget = new Set(rows.filter((r) => r.forumId === target.forumId).map((r) => r.personId));
  const keepOf = keptPeople(input.personMerges, rows, inTarget);
  const traced = new Set(traceRows(ctx, target.forumId, 'person').map(traceKey));
  let registered = 0;
  for (const row of rows) {
    if (row.forumId === target.forumId || traced.has(traceKey({ sourceForumId: row.forumId, sourceEntityId: row.personId }))) continue;
    const keep = keepOf.get(row.personId) ?? row.personId;
    if (!inTarget.has(keep)) {
      register(ctx, target.forumId, keep, ctx.now(), { checkedIn: false, byCheckIn: false });
      inTarget.add(keep);
      registered += 1;
    }
    trace('person', { entityId: keep, sourceForumId: row.forumId, sourceEntityId: row.personId });
  }
  return registered;
}

/** Person id → the record that represents them in the target, from the confirmed merges (checked). */
function keptPeople(merges: ApplyInput['personMerges'], rows: readonly AttendeeRow[], inTarget: ReadonlySet<string>): Map<string, string> {
  const attending = new Set(rows.map((r) => r.personId));
  const keepOf = new Map<string, string>();
  merges.forEach((merge, i) => {
    merge.personIds.forEach((id, j) => {
      if (!attending.has(id)) throw invalid('merge.person_not_in_forums', ['personMerges', i, 'personIds', j], 'attends neither the target nor a source forum');
      if (keepOf.has(id)) throw invalid('merge.person_twice', ['personMerges', i, 'personIds', j], 'named in two merges');
      keepOf.set(id, id);
    });
    if (merge.keepId !== undefined && !merge.personIds.includes(merge.keepId)) {
      throw invalid('merge.keep_not_listed', ['personMerges', i, 'keepId'], 'not one of personIds');
    }
    const keep = merge.keepId ?? merge.personIds.find((id) => inTarget.has(id)) ?? (merge.personIds[0] as string);
    for (const id of merge.personIds) keepOf.set(id, keep);
  });
  return keepOf;
}

function mergeIssueGroups(
  ctx: Context,
  input: ApplyInput,
  target: MergeForum,
  sources: readonly MergeForum[],
  trace: Trace,
): { created: number; joined: number } {
  const sourceIssues = activeIssuesOf(ctx, sources.map((s) => s.forumId));
  const order = new Map(sourceIssues.map((issue, i) => [issue.id, i]));
  const claimed = new Set<string>();
  const groups = input.issueGroups.map((group, i) => {
    const members = group.sourceIssueIds.map((id, j) => {
      if (!order.has(id)) throw invalid('merge.issue_not_in_sources', ['issueGroups', i, 'sourceIssueIds', j], 'not an active issue of a source forum');
      if (claimed.has(id)) throw invalid('merge.issue_twice', ['issueGroups', i, 'sourceIssueIds', j], 'named in two groups');
      claimed.add(id);
      return sourceIssues[order.get(id) as number] as SourceIssueRow;
    });
    return { members, title: group.title };
  });
  for (const issue of sourceIssues) if (!claimed.has(issue.id)) groups.push({ members: [issue], title: undefined });
  // Target issues are made in village order, whatever order the groups were confirmed in.
  const first = (g: (typeof groups)[number]) => Math.min(...g.members.map((m) => order.get(m.id) as number));
  groups.sort((a, b) => first(a) - first(b));
  for (const g of groups) g.members.sort((a, b) => (order.get(a.id) as number) - (order.get(b.id) as number));

  const toTarget = targetIssueMap(ctx, target.forumId);
  const traced = new Set(traceRows(ctx, target.forumId, 'issue').map((r) => r.sourceEntityId));
  let created = 0;
  let joined = 0;
  for (const group of groups) {
    const targets = [...new Set(group.members.map((m) => toTarget.get(m.id)).filter((id): id is string => id !== undefined))];
    if (targets.length > 1) {
      throw new AppError('conflict', 'merge.group_already_split', 'these issues went into different target issues in an earlier merge; merge those in the target forum', {
        sourceIssueIds: group.members.map((m) => m.id),
        targetIssueIds: targets,
      });
    }
    const fresh = group.members.filter((m) => !traced.has(m.id));
    if (fresh.length === 0) continue;
    let targetIssueId = targets[0];
    if (targetIssueId === undefined) {
      targetIssueId = createMergedIssue(ctx, target.forumId, group.title ?? (group.members[0] as SourceIssueRow).title, fresh);
      created += 1;
    } else {
      appendAllDetails(ctx, targetIssueId, fresh);
      joined += 1;
    }
    for (const m of fresh) trace('issue', { entityId: targetIssueId, sourceForumId: m.forumId, sourceEntityId: m.id });
  }
  return { created, joined };
}

function createMergedIssue(ctx: Context, forumId: string, title: string, members: readonly SourceIssueRow[]): string {
  const categories = new Set(storedCategories(ctx, forumId).map((c) => c.key));
  const personExists = (id: string) => ctx.sql('SELECT 1 FROM person WHERE id = ?').get(id) !== undefined;
  const id = createIssue(ctx, {
    forumId,
    title,
    description: members.find((m) => m.description !== null)?.description ?? null,
    category: members.find((m) => m.category !== null && categories.has(m.category))?.category ?? null,
    raisedByPersonId: members.find((m) => m.raisedByPersonId !== null && personExists(m.raisedByPersonId))?.raisedByPersonId ?? null,
    // The village's agenda items and small groups are not the tambon forum's.
    groupId: null,
    agendaItemId: null,
    splitFrom: null,
    causes: [],
    potentials: [],
    needs: [],
    position: endPosition(ctx, forumId),
  });
  appendAllDetails(ctx, id, members);
  return id;
}

function appendAllDetails(ctx: Context, issueId: string, members: readonly SourceIssueRow[]): void {
  for (const m of members) {
    const details = detailsOf(ctx, { issueId: m.id })(m.id);
    appendDetails(ctx, issueId, 'cause', details.cause.map((d) => d.text));
    appendDetails(ctx, issueId, 'potential', details.potential.map((d) => d.text));
    appendDetails(ctx, issueId, 'need', details.need.map((d) => d.text));
  }
}
