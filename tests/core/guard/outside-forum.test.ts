/**
 * Issue 11.5 / 12.4: one guard for every write. Each write operation of forum A is sent an id
 * that belongs to forum B (an agenda item, a group, an issue, a poll, a note, a person who is
 * registered only at B, …): every one answers the same error code, `outside_forum`, and the
 * database is byte-for-byte what it was (no row, no audit entry, no draft).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Input, OpName } from '../../../shared/contract';
import { AppError } from '../../../electron/core/errors';
import { type TestCore, openCore, steppingClock } from '../../support/core';
import { personDraft } from '../../support/factories';
import { type SampleForum, seedSampleForum } from '../../support/sample-forum';

interface World {
  a: SampleForum;
  b: SampleForum;
  /** Extra rows of forum A the cases need. */
  aDraftPoll: string;
  aOpenPoll: string;
  aMatrixPoll: string;
  /** Someone registered at B only. */
  bOnly: string;
  /** A's and B's speakers' queues (one entry each). */
  aQueue: string[];
  bQueue: string[];
  /** A problem sent from a phone in A's room, waiting for the facilitator. */
  aSubmission: string;
}

async function world(t: TestCore): Promise<World> {
  const a = await seedSampleForum(t, { title: 'เวที ก' });
  const b = await seedSampleForum(t, { title: 'เวที ข' });
  const bOnly = (await t.call('attendance.addAndCheckIn', { forumId: b.forumId, person: personDraft({ firstName: 'คนของเวทีข' }) })).person.id;
  const aDraftPoll = (await t.call('polls.create', { forumId: a.forumId, title: 'ร่าง', method: 'plurality', options: [{ label: 'หนึ่ง' }, { label: 'สอง' }] })).id;
  const open = await t.call('polls.create', { forumId: a.forumId, title: 'เปิดอยู่', method: 'plurality', options: [{ label: 'หนึ่ง' }, { label: 'สอง' }] });
  await t.call('polls.open', { id: open.id });
  const matrix = await t.call('polls.create', {
    forumId: a.forumId,
    title: 'ให้คะแนน',
    method: 'score_matrix',
    rules: { criteria: [{ name: 'ความเร่งด่วน' }] },
    options: [{ label: 'หนึ่ง' }, { label: 'สอง' }],
  });
  await t.call('polls.open', { id: matrix.id });
  const aQueue = (await t.call('speakers.enqueue', { forumId: a.forumId, personId: a.people.chair })).map((e) => e.id);
  const bQueue = (await t.call('speakers.enqueue', { forumId: b.forumId, personId: b.people.chair })).map((e) => e.id);
  const room = await t.call('room.open', { forumId: a.forumId, host: '127.0.0.1', port: 0 });
  const gate = t.room.gate();
  const phone = gate.voter(gate.join(room.room?.code ?? '').voterToken);
  if (!phone) throw new Error('the phone did not join');
  gate.submit(phone, { submissionId: 'f'.repeat(32), kind: 'issue', text: 'ถนนเป็นหลุม', anonymous: true });
  const aSubmission = (await t.call('room.submissions', { forumId: a.forumId }))[0]?.id as string;
  return { a, b, aDraftPoll, aOpenPoll: open.id, aMatrixPoll: matrix.id, bOnly, aQueue, bQueue, aSubmission };
}

type Case = { [K in OpName]: { op: K; what: string; input: (w: World) => Input<K> } }[OpName];
const c = <K extends OpName>(op: K, what: string, input: (w: World) => Input<K>): Case => ({ op, what, input }) as Case;

const CASES: Case[] = [
  // agenda
  c('agenda.add', 'parent of B', (w) => ({ forumId: w.a.forumId, title: 'ย่อย', parentId: w.b.item.consideration })),
  c('agenda.add', 'after an item of B', (w) => ({ forumId: w.a.forumId, title: 'ถัดไป', afterId: w.b.item.other })),
  c('agenda.move', 'under a parent of B', (w) => ({ id: w.a.item.other, parentId: w.b.item.consideration, index: 0 })),
  c('agenda.setCurrent', 'item of B', (w) => ({ forumId: w.a.forumId, id: w.b.item.other })),
  // notes
  c('notes.create', 'agenda item of B', (w) => ({ forumId: w.a.forumId, text: 'ข้อความ', agendaItemId: w.b.item.other })),
  c('notes.create', 'group of B', (w) => ({ forumId: w.a.forumId, text: 'ข้อความ', agendaItemId: null, groupId: w.b.groupId })),
  c('notes.update', 'group of B', (w) => ({ id: w.a.noteIds[0] as string, patch: { groupId: w.b.groupId } })),
  c('notes.move', 'agenda item of B', (w) => ({ id: w.a.noteIds[0] as string, agendaItemId: w.b.item.other })),
  c('notes.saveDraft', 'agenda item of B', (w) => ({ forumId: w.a.forumId, author: 'ผู้จด', text: 'กำลังพิมพ์', agendaItemId: w.b.item.other })),
  c('notes.setResolution', 'agenda item of B', (w) => ({ forumId: w.a.forumId, agendaItemId: w.b.item.other, text: 'มติ' })),
  c('notes.setResolution', 'source note of B', (w) => ({ forumId: w.a.forumId, agendaItemId: w.a.item.other, text: 'มติ', sourceNoteId: w.b.noteIds[0] as string })),
  // issues
  c('issues.create', 'agenda item of B', (w) => ({ forumId: w.a.forumId, title: 'ปัญหา', agendaItemId: w.b.item.problems })),
  c('issues.create', 'group of B', (w) => ({ forumId: w.a.forumId, title: 'ปัญหา', groupId: w.b.groupId })),
  c('issues.update', 'agenda item of B', (w) => ({ id: w.a.issue.water, patch: { agendaItemId: w.b.item.problems } })),
  c('issues.quickAdd', 'group of B', (w) => ({ forumId: w.a.forumId, text: 'ปัญหาหนึ่ง\nปัญหาสอง', groupId: w.b.groupId })),
  c('issues.reorder', 'issue of B in the order', (w) => ({ forumId: w.a.forumId, orderedIds: [...w.a.issueIds, w.b.issue.water] })),
  c('issues.merge', 'issue of B merged into one of A', (w) => ({ survivorId: w.a.issue.water, mergedId: w.b.issue.water })),
  // groups
  c('groups.update', 'facilitator registered at B only', (w) => ({ id: w.a.groupId, patch: { facilitatorId: w.bOnly } })),
  c('groups.setMembers', 'member registered at B only', (w) => ({ groupId: w.a.groupId, personIds: [w.bOnly] })),
  c('groups.assign', 'group of B', (w) => ({ forumId: w.a.forumId, personId: w.a.people.teacher, groupId: w.b.groupId })),
  c('groups.assign', 'person registered at B only', (w) => ({ forumId: w.a.forumId, personId: w.bOnly, groupId: w.a.groupId })),
  c('groups.reportBack', 'agenda item of B', (w) => ({ groupId: w.a.groupId, agendaItemId: w.b.item.problems })),
  // speakers
  c('speakers.enqueue', 'person registered at B only', (w) => ({ forumId: w.a.forumId, personId: w.bOnly })),
  c('speakers.reorder', 'queue entry of B in the order', (w) => ({ forumId: w.a.forumId, orderedIds: [...w.aQueue, ...w.bQueue] })),
  c('speakers.start', 'agenda item of B', (w) => ({ forumId: w.a.forumId, personId: null, agendaItemId: w.b.item.other })),
  c('speakers.start', 'person registered at B only', (w) => ({ forumId: w.a.forumId, personId: w.bOnly })),
  c('speakers.update', 'agenda item of B', (w) => ({ id: w.a.speechIds[0] as string, patch: { agendaItemId: w.b.item.other } })),
  c('speakers.update', 'person registered at B only', (w) => ({ id: w.a.speechIds[0] as string, patch: { personId: w.bOnly } })),
  // polls
  c('polls.create', 'agenda item of B', (w) => ({ forumId: w.a.forumId, agendaItemId: w.b.item.problems, title: 'โหวต', method: 'yes_no' })),
  c('polls.create', 'option: issue of B', (w) => ({ forumId: w.a.forumId, title: 'โหวต', method: 'plurality', options: [{ issueId: w.b.issue.water }, { label: 'อื่น' }] })),
  c('polls.create', 'eligible group of B', (w) => ({ forumId: w.a.forumId, title: 'โหวต', method: 'yes_no', eligibility: { kind: 'group', groupId: w.b.groupId } })),
  c('polls.create', 'voter list: person registered at B only', (w) => ({ forumId: w.a.forumId, title: 'โหวต', method: 'yes_no', eligibility: { kind: 'list', personIds: [w.bOnly] } })),
  c('polls.update', 'agenda item of B', (w) => ({ id: w.aDraftPoll, patch: { agendaItemId: w.b.item.problems } })),
  c('polls.update', 'option: issue of B', (w) => ({ id: w.aDraftPoll, patch: { options: [{ issueId: w.b.issue.road }, { label: 'อื่น' }] } })),
  c('polls.addBallots', 'voter registered at B only', (w) => ({ pollId: w.aOpenPoll, ballots: [{ ranking: [] }, { ranking: [], voterId: w.bOnly }] })),
  c('polls.restoreBallot', 'voter registered at B only', (w) => ({ pollId: w.aOpenPoll, id: '01936d2a-0000-7000-8000-00000000abcd', seq: 1, ranking: [], voterId: w.bOnly })),
  c('polls.addBallot', 'voter registered at B only', (w) => ({ pollId: w.aOpenPoll, ranking: [], voterId: w.bOnly })),
  c('polls.setScores', 'scoring group of B', (w) => ({ pollId: w.aMatrixPoll, scorer: { kind: 'group', groupId: w.b.groupId }, scores: {} })),
  c('polls.setScores', 'scorer registered at B only', (w) => ({ pollId: w.aMatrixPoll, scorer: { kind: 'person', personId: w.bOnly }, scores: {} })),
  // priorities, projects, projector, minutes
  c('priorities.set', 'issue of B', (w) => ({ forumId: w.a.forumId, issueIds: [w.a.issue.water, w.b.issue.road] })),
  c('projects.create', 'poll of B', (w) => ({ forumId: w.a.forumId, title: 'โครงการ', pollId: w.b.pollIds.ranked })),
  c('projects.create', 'issue of B', (w) => ({ forumId: w.a.forumId, title: 'โครงการ', issueId: w.b.issue.water })),
  c('projects.createFromIssue', 'issue of B', (w) => ({ forumId: w.a.forumId, issueId: w.b.issue.water })),
  c('projects.reorder', 'project of B in the order', (w) => ({ forumId: w.a.forumId, orderedIds: [...w.a.projectIds, ...w.b.projectIds] })),
  c('projects.update', 'poll of B', (w) => ({ id: w.a.projectIds[0] as string, patch: { pollId: w.b.pollIds.ranked } })),
  c('projects.update', 'issue of B', (w) => ({ id: w.a.projectIds[0] as string, patch: { issueId: w.b.issue.road } })),
  c('projector.set', 'poll of B', (w) => ({ forumId: w.a.forumId, view: { mode: 'poll', pollId: w.b.pollIds.yesNo } })),
  c('reports.saveSection', 'agenda item of B', (w) => ({ forumId: w.a.forumId, key: `item:${w.b.item.other}`, text: 'สรุป' })),
  c('reports.resetSection', 'agenda item of B', (w) => ({ forumId: w.a.forumId, key: `item:${w.b.item.other}` })),
  // the room
  c('room.acceptSubmission', 'merged into an issue of B', (w) => ({ id: w.aSubmission, intoIssueId: w.b.issue.road })),
];

/** Every row of every table, hashed: any write (a row, an audit entry, a draft) changes it. */
function fingerprint(t: TestCore): string {
  const tables = t.peek<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name");
  const hash = createHash('sha256');
  // Rows sorted as text: the room's WITHOUT ROWID tables (who voted, kept in no order) have no rowid to order by.
  for (const { name } of tables) hash.update(name).update(JSON.stringify(t.peek(`SELECT * FROM "${name}"`).map((row) => JSON.stringify(row)).sort()));
  return hash.digest('hex');
}

describe('a write given another forum’s id', () => {
  it('answers outside_forum, the same code for every operation, and writes nothing', { timeout: 120_000 }, async () => {
    const t = await openCore({ now: steppingClock() });
    const w = await world(t);
    const before = fingerprint(t);
    const answers: Record<string, string> = {};
    for (const k of CASES) {
      const outcome = await t.call(k.op, k.input(w) as never).then(
        () => 'written',
        (e: unknown) => (e instanceof AppError ? e.code : `threw ${String(e)}`),
      );
      answers[`${k.op}: ${k.what}`] = outcome;
    }
    expect(answers).toEqual(Object.fromEntries(CASES.map((k) => [`${k.op}: ${k.what}`, 'outside_forum'])));
    expect(fingerprint(t)).toBe(before);
  });

  it('the error names what was outside, and its forum', async () => {
    const t = await openCore();
    const w = await world(t);
    const error = await t.call('projects.create', { forumId: w.a.forumId, title: 'โครงการ', pollId: w.b.pollIds.ranked }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'outside_forum',
      messageKey: 'error.outside_forum',
      details: { entity: 'poll', id: w.b.pollIds.ranked, forumId: w.a.forumId },
    });
  });

  it('a reference to nothing at all is not_found, never outside_forum', async () => {
    const t = await openCore();
    const w = await world(t);
    const ghost = '01936d2a-0000-7000-8000-00000000dead';
    const before = fingerprint(t);
    const codes = await Promise.all([
      t.call('notes.saveDraft', { forumId: w.a.forumId, author: 'ผู้จด', text: 'กำลังพิมพ์', speakerId: ghost }).catch((e: AppError) => e.code),
      t.call('notes.create', { forumId: w.a.forumId, text: 'ข้อความ', speakerId: ghost }).catch((e: AppError) => e.code),
      t.call('projects.create', { forumId: w.a.forumId, title: 'โครงการ', pollId: ghost }).catch((e: AppError) => e.code),
      t.call('projector.set', { forumId: w.a.forumId, view: { mode: 'poll', pollId: ghost } }).catch((e: AppError) => e.code),
    ]);
    expect(codes).toEqual(['not_found', 'not_found', 'not_found', 'not_found']);
    expect(fingerprint(t)).toBe(before);
  });
});
