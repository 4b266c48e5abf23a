/**
 * `reports.minutes`: the MinutesModel built now from the forum's data and the edited sections.
 * Every figure comes from the function its own feature answers with (the agenda's numbering,
 * `polls.results`, `priorities.get`, `projects.list`/`summary`, `representation.summary`,
 * `equity.summary`), so the minutes never disagree with the screens.
 */
import { type MinutesModel, type MinutesPoll, type MinutesSection, itemSectionKey } from '../../../shared/contract';
import { summariseActionPlan } from '../../../shared/domain/action-plan';
import type { Context } from '../context';
import { equityService } from '../equity/service';
import { listResolutions } from '../notes/resolutions';
import { pollResults } from '../polls/results';
import { pollRowsOf } from '../polls/store';
import { readList as readPriorities } from '../priorities/store';
import { listProjects } from '../projects/store';
import { representationService } from '../representation/service';
import { minutesAttendance } from './attendance';
import { followUpMinutes } from './followup/model';
import { minutesSections, readSources } from './sections';
import { badgeNumbers, resolutionPolls } from './store';

export async function buildMinutes(ctx: Context, forumId: string): Promise<MinutesModel> {
  const sources = readSources(ctx, forumId);
  const { forum, items } = sources;
  const sections = new Map<string, MinutesSection>(minutesSections(ctx, sources).map((s) => [s.key, s]));
  const text = (key: string) => sections.get(key)?.text ?? '';

  // A draft poll has nothing to count; open and closed ones print their results as they stand.
  const polls: MinutesPoll[] = pollRowsOf(ctx, forumId)
    .filter((row) => row.status !== 'draft')
    .map((row) => {
      const results = pollResults(ctx, row.id);
      return { pollId: row.id, title: row.title, method: results.method, agendaItemId: row.agenda_item_id, results };
    });

  const resolutions = listResolutions(ctx, forumId);
  const pollOfResolution = resolutionPolls(ctx, forumId);
  const attendance = minutesAttendance(sources.attendees, badgeNumbers(ctx, forumId));
  const projects = listProjects(ctx, forumId);
  const minutesResolution = (r: (typeof resolutions)[number]) => ({ id: r.id, text: r.text, pollId: pollOfResolution.get(r.id) ?? null });

  return {
    forum,
    startTime: sources.startTime,
    endTime: sources.endTime,
    present: attendance.present,
    absent: attendance.absent,
    guests: attendance.guests,
    opening: text('opening'),
    items: items.map((item) => ({
      agendaItemId: item.id,
      number: item.number,
      level: item.parentId === null ? 0 : 1,
      title: item.title,
      summary: text(itemSectionKey(item.id)),
      resolutions: resolutions.filter((r) => r.agendaItemId === item.id).map(minutesResolution),
      pollIds: polls.filter((p) => p.agendaItemId === item.id).map((p) => p.pollId),
    })),
    // Recorded under no item: a forum without an agenda, a note moved off its item.
    unassigned: {
      summary: text('unassigned'),
      resolutions: resolutions.filter((r) => r.agendaItemId === null).map(minutesResolution),
    },
    polls,
    priorities: readPriorities(ctx, forumId),
    actionPlan: projects,
    actionPlanSummary: summariseActionPlan(projects),
    followUp: followUpMinutes(ctx, forumId, forum.date),
    closing: text('closing'),
    signatures: {
      noteTaker: { name: text('noteTakerName'), position: text('noteTakerPosition') },
      reviewer: { name: text('reviewerName'), position: text('reviewerPosition') },
    },
    annexes: {
      signIn: attendance.signIn,
      // Who was in the room, as the representation screen shows it during the forum.
      representation: await representationService(ctx)['representation.summary']({ forumId, basis: 'checked_in' }),
      equity: await equityService(ctx)['equity.summary']({ forumId }),
    },
    generatedAt: ctx.now(),
  };
}
