/**
 * Everything held about one person, gathered from every table that links to them (PDPA s.30):
 * the JSON of `people.export`, and what the PDF and XLSX are rendered from.
 */
import type { NoteKind, PersonExport, PollMethod, PollStatus } from '../../../../shared/contract';
import type { Context } from '../../context';
import { findPerson } from '../store';

const FORUM = 'f.id AS forumId, f.title AS forumTitle, f.date AS forumDate';

/** What a ballot chose, in words: option labels in order, dots per option, or a consensus value. */
function choiceOf(content: string, label: (optionId: string) => string): string {
  const c = JSON.parse(content) as { ranking?: string[]; approved?: string[]; dots?: Record<string, number>; value?: number | 'block'; concern?: string };
  if (c.ranking) return c.ranking.map(label).join(' > ');
  if (c.approved) return c.approved.map(label).join(', ');
  if (c.dots) return Object.entries(c.dots).map(([id, n]) => `${label(id)}: ${n}`).join(', ');
  if (c.value !== undefined) return `${c.value}${c.concern ? ` (${c.concern})` : ''}`;
  return '';
}

export function buildPersonExport(ctx: Context, personId: string): PersonExport | null {
  const person = findPerson(ctx, personId);
  if (!person) return null;
  const all = <T>(sql: string) => ctx.sql(sql).all(personId) as T[];

  const attendance = all<PersonExport['attendance'][number]>(
    `SELECT ${FORUM}, a.registered_at AS registeredAt, a.checked_in_at AS checkedInAt, a.badge_number AS badgeNumber
     FROM attendance a JOIN forum f ON f.id = a.forum_id WHERE a.person_id = ? ORDER BY f.date, f.created_at`,
  );
  const notes = all<PersonExport['notes'][number] & { kind: NoteKind }>(
    `SELECT ${FORUM}, n.id, ai.title AS agendaItemTitle, n.kind, n.text, n.created_at AS createdAt, n.edited_at AS editedAt, n.deleted_at AS deletedAt
     FROM note n JOIN forum f ON f.id = n.forum_id LEFT JOIN agenda_item ai ON ai.id = n.agenda_item_id
     WHERE n.speaker_id = ? ORDER BY n.created_at, n.rowid`,
  );
  const speeches = all<Omit<PersonExport['speeches'][number], 'durationMs'> & { pausedMs: number }>(
    `SELECT ${FORUM}, s.id, ai.title AS agendaItemTitle, s.started_at AS startedAt, s.ended_at AS endedAt, s.paused_ms AS pausedMs
     FROM speech s JOIN forum f ON f.id = s.forum_id LEFT JOIN agenda_item ai ON ai.id = s.agenda_item_id
     WHERE s.person_id = ? ORDER BY s.started_at`,
  ).map(({ pausedMs, ...s }) => ({ ...s, durationMs: s.endedAt === null ? null : Math.max(0, Date.parse(s.endedAt) - Date.parse(s.startedAt) - pausedMs) }));
  const issuesRaised = all<PersonExport['issuesRaised'][number]>(
    `SELECT ${FORUM}, i.id, i.title, i.description, i.created_at AS createdAt
     FROM issue i JOIN forum f ON f.id = i.forum_id WHERE i.raised_by_person_id = ? ORDER BY i.created_at`,
  );
  const groups = (
    ctx
      .sql(
        `SELECT ${FORUM}, g.id AS groupId, g.name,
                EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = g.id AND m.person_id = @id) AS member,
                g.facilitator_id IS @id AS facilitator, g.reporter_id IS @id AS reporter
         FROM small_group g JOIN forum f ON f.id = g.forum_id
         WHERE g.facilitator_id = @id OR g.reporter_id = @id OR g.id IN (SELECT group_id FROM group_member WHERE person_id = @id)
         ORDER BY f.date, g.position`,
      )
      .all({ id: personId }) as (Omit<PersonExport['groups'][number], 'member' | 'facilitator' | 'reporter'> & { member: number; facilitator: number; reporter: number })[]
  ).map((g) => ({ ...g, member: g.member === 1, facilitator: g.facilitator === 1, reporter: g.reporter === 1 }));
  const speakerQueue = all<PersonExport['speakerQueue'][number]>(
    `SELECT ${FORUM}, q.position, q.added_at AS addedAt FROM speaker_queue q JOIN forum f ON f.id = q.forum_id WHERE q.person_id = ? ORDER BY q.added_at`,
  );

  const labels = new Map<string, string>();
  const label = (optionId: string) => {
    if (!labels.has(optionId)) labels.set(optionId, (ctx.sql('SELECT label FROM poll_option WHERE id = ?').pluck().get(optionId) as string | undefined) ?? optionId);
    return labels.get(optionId) as string;
  };
  const ballots = all<Omit<PersonExport['ballots'][number], 'choice'> & { method: PollMethod; content: string }>(
    `SELECT ${FORUM}, p.id AS pollId, p.title AS pollTitle, p.method, b.seq, b.content, b.count, b.created_at AS createdAt
     FROM poll_ballot b JOIN poll p ON p.id = b.poll_id JOIN forum f ON f.id = p.forum_id WHERE b.voter_id = ? ORDER BY b.created_at, b.seq`,
  ).map(({ content, ...b }) => ({ ...b, choice: choiceOf(content, label) }));
  const scores = all<PersonExport['scores'][number]>(
    `SELECT ${FORUM}, p.id AS pollId, p.title AS pollTitle, o.label AS option, sc.criterion, sc.value
     FROM poll_scorer s JOIN poll p ON p.id = s.poll_id JOIN forum f ON f.id = p.forum_id
     JOIN poll_score sc ON sc.scorer_id = s.id JOIN poll_option o ON o.id = sc.option_id
     WHERE s.person_id = ? ORDER BY p.created_at, o.position, sc.criterion`,
  );
  const pollEligibility = all<PersonExport['pollEligibility'][number] & { status: PollStatus }>(
    `SELECT ${FORUM}, p.id AS pollId, p.title AS pollTitle, p.status FROM poll_voter v JOIN poll p ON p.id = v.poll_id JOIN forum f ON f.id = p.forum_id
     WHERE v.person_id = ? ORDER BY p.created_at`,
  );
  const projectsOwned = all<PersonExport['projectsOwned'][number]>(
    `SELECT ${FORUM}, pr.id, pr.title, pr.status, pr.owner, pr.deleted_at AS deletedAt
     FROM project pr JOIN forum f ON f.id = pr.forum_id WHERE pr.owner_person_id = ? ORDER BY f.date, pr.position`,
  );

  return { person, attendance, notes, speeches, issuesRaised, groups, speakerQueue, ballots, scores, pollEligibility, projectsOwned, exportedAt: ctx.now() };
}
