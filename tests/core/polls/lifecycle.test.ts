/** Polls as records: settings while draft, open → close → reopen with audit rows and change events. */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../support/core';
import { MISSING, labels, openPolls } from './harness';

describe('creating and editing a draft poll', () => {
  it('creates a poll on the forum\'s current agenda item with defaults, options numbered from 1', async () => {
    const h = await openPolls();
    const item = await h.call('agenda.add', { forumId: h.forum.id, title: 'พิจารณาจัดลำดับปัญหา' });
    await h.call('agenda.setCurrent', { forumId: h.forum.id, id: item.id });
    const road = await h.issue('ถนนชำรุด');
    const poll = await h.create({ title: 'จัดลำดับปัญหา', method: 'borda', options: [{ issueId: road }, { label: 'ลานกีฬา' }] });
    expect(poll).toMatchObject({
      forumId: h.forum.id,
      agendaItemId: item.id,
      title: 'จัดลำดับปัญหา',
      method: 'borda',
      rules: {},
      tieRule: { rule: 'casting_vote', choices: [] },
      eligibility: { kind: 'checked_in' },
      eligibleCount: 0,
      status: 'draft',
      openedAt: null,
      closedAt: null,
      inputCount: 0,
    });
    expect(poll.options.map((o) => [o.position, o.label, o.issueId, o.sourceIssueId, o.issueMissing])).toEqual([
      [1, 'ถนนชำรุด', road, road, false],
      [2, 'ลานกีฬา', null, null, false],
    ]);
    // null: on no agenda item even when one is current.
    expect((await h.create({ title: 'x', method: 'yes_no', agendaItemId: null })).agendaItemId).toBeNull();
    expect((await h.call('polls.list', { forumId: h.forum.id })).map((p) => p.title)).toEqual(['จัดลำดับปัญหา', 'x']);
  });

  it('keeps an issue option\'s label in step with the issue', async () => {
    const h = await openPolls();
    const road = await h.issue('ถนนชำรุด');
    const poll = await h.create({ title: 'จัดลำดับ', method: 'plurality', options: [{ issueId: road }, { label: 'อื่น ๆ' }] });
    await h.call('issues.update', { id: road, patch: { title: 'ถนนลูกรังชำรุด' } });
    expect((await h.call('polls.get', { id: poll.id })).options[0]?.label).toBe('ถนนลูกรังชำรุด');
  });

  it('checks rules per method, options, eligibility and links', async () => {
    const h = await openPolls();
    const other = await h.call('forums.create', { title: 'เวทีอื่น', date: '2026-12-01' });
    const foreignIssue = (await h.call('issues.create', { forumId: other.id, title: 'ของเวทีอื่น' })).id;
    const refuse = (draft: object, expected: object) => expect(h.create(draft as never)).rejects.toMatchObject(expected);
    await refuse({ title: 'x', method: 'score_matrix' }, { code: 'validation' });
    await refuse({ title: 'x', method: 'score_matrix', rules: { criteria: [{ name: 'ความรุนแรง' }, { name: 'ความรุนแรง' }] } }, { code: 'validation' });
    await refuse({ title: 'x', method: 'approval', rules: { mode: 'dots' } }, { code: 'validation' });
    await refuse({ title: 'x', method: 'majority' }, { code: 'validation' });
    await refuse({ title: 'x', method: 'yes_no', options: labels('ก', 'ข') }, { code: 'validation', messageKey: 'poll.options_not_allowed' });
    await refuse({ title: 'x', method: 'borda', options: labels('ถนน', ' ถนน ') }, { code: 'validation', messageKey: 'poll.option_duplicate' });
    await refuse({ title: 'x', method: 'borda', options: [{ issueId: foreignIssue }] }, { code: 'outside_forum', messageKey: 'error.outside_forum' });
    await refuse({ title: 'x', method: 'borda', options: [{ label: 'a', issueId: foreignIssue }] }, { code: 'validation' });
    await refuse({ title: 'x', method: 'borda', eligibility: { kind: 'group', groupId: MISSING } }, { code: 'not_found' });
    await refuse({ title: 'x', method: 'borda', agendaItemId: MISSING }, { code: 'not_found' });
    await expect(h.call('polls.create', { forumId: MISSING, title: 'x', method: 'borda' })).rejects.toMatchObject({ code: 'not_found' });
    const stranger = await h.call('people.create', (await import('../../support/factories')).personDraft());
    await refuse({ title: 'x', method: 'borda', eligibility: { kind: 'list', personIds: [stranger.id] } }, { code: 'outside_forum', messageKey: 'error.not_attendee' });
    expect(h.peek('SELECT count(*) AS n FROM poll')).toEqual([{ n: 0 }]);
  });

  it('update changes settings, options and eligibility while draft, and is refused once open', async () => {
    const h = await openPolls();
    const people = await h.checkIn(3);
    const poll = await h.create({ title: 'ร่าง', method: 'borda', options: labels('ก', 'ข') });
    const updated = await h.call('polls.update', {
      id: poll.id,
      patch: {
        title: 'จัดลำดับโครงการ',
        settings: { method: 'approval', rules: { mode: 'dots', dotsPerParticipant: 3 } },
        tieRule: { rule: 'lottery', seed: 42 },
        eligibility: { kind: 'list', personIds: [people[0] as string, people[1] as string] },
        options: labels('ถนน', 'ประปา', 'ไฟฟ้า'),
      },
    });
    expect(updated).toMatchObject({
      title: 'จัดลำดับโครงการ',
      method: 'approval',
      rules: { mode: 'dots', dotsPerParticipant: 3 },
      tieRule: { rule: 'lottery', seed: 42 },
      eligibility: { kind: 'list' },
      eligibleCount: 2,
    });
    expect(updated.options.map((o) => [o.position, o.label])).toEqual([
      [1, 'ถนน'],
      [2, 'ประปา'],
      [3, 'ไฟฟ้า'],
    ]);
    await expect(h.call('polls.update', { id: poll.id, patch: { settings: { method: 'consensus', rules: {} } } })).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'poll.options_not_allowed',
    });
    await h.call('polls.open', { id: poll.id });
    await expect(h.call('polls.update', { id: poll.id, patch: { title: 'แก้' } })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'poll.not_draft',
      message: 'poll "จัดลำดับโครงการ" is open: it can only be changed while it is a draft',
    });
    await expect(h.call('polls.update', { id: poll.id, patch: { options: labels('ก', 'ข') } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await h.call('polls.get', { id: poll.id })).title).toBe('จัดลำดับโครงการ');
  });

  it('deletes a draft, refuses to delete a poll that was opened', async () => {
    const h = await openPolls();
    const draft = await h.create({ title: 'ร่าง', method: 'plurality', options: labels('ก', 'ข') });
    expect(await h.call('polls.delete', { id: draft.id })).toEqual({ ok: true });
    await expect(h.call('polls.get', { id: draft.id })).rejects.toMatchObject({ code: 'not_found' });
    const opened = await h.createOpen({ title: 'เปิดแล้ว', method: 'plurality', options: labels('ก', 'ข') });
    await expect(h.call('polls.delete', { id: opened.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_draft' });
    await h.call('polls.close', { id: opened.id });
    await expect(h.call('polls.delete', { id: opened.id })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('open, close, reopen', () => {
  it('records each transition with its time, an audit row and a change event', async () => {
    const now = manualClock('2026-11-23T02:00:00.000Z');
    const h = await openPolls({ now });
    const poll = await h.create({ title: 'จัดลำดับ', method: 'borda', options: labels('ก', 'ข') });
    now.set('2026-11-23T03:00:00.000Z');
    expect(await h.call('polls.open', { id: poll.id })).toMatchObject({ status: 'open', openedAt: '2026-11-23T03:00:00.000Z', closedAt: null });
    await expect(h.call('polls.open', { id: poll.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_draft' });
    await expect(h.call('polls.reopen', { id: poll.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_closed' });
    now.set('2026-11-23T03:20:00.000Z');
    expect(await h.call('polls.close', { id: poll.id })).toMatchObject({ status: 'closed', closedAt: '2026-11-23T03:20:00.000Z' });
    await expect(h.call('polls.close', { id: poll.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_open' });
    now.set('2026-11-23T03:25:00.000Z');
    expect(await h.call('polls.reopen', { id: poll.id })).toMatchObject({ status: 'open', openedAt: '2026-11-23T03:25:00.000Z', closedAt: null });
    await h.call('polls.close', { id: poll.id });

    const audit = h.peek<{ op: string; entity: string; entity_id: string; detail: string }>(
      "SELECT op, entity, entity_id, detail FROM audit WHERE entity = 'poll' ORDER BY rowid",
    );
    expect(audit.map((a) => a.op)).toEqual(['polls.create', 'polls.open', 'polls.close', 'polls.reopen', 'polls.close']);
    expect(audit.every((a) => a.entity_id === poll.id && a.detail === h.forum.id)).toBe(true);
    expect(h.events.filter((e) => e.entity === 'poll')).toEqual(Array(5).fill({ entity: 'poll', id: poll.id, forumId: h.forum.id }));
  });

  it('needs two options to open, and refuses an option whose issue was deleted', async () => {
    const h = await openPolls();
    const one = await h.create({ title: 'หนึ่งตัวเลือก', method: 'approval', options: labels('ก') });
    await expect(h.call('polls.open', { id: one.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.too_few_options' });
    // Yes/no and consensus decide the title itself.
    await expect(h.createOpen({ title: 'เห็นชอบแผน', method: 'yes_no' })).resolves.toMatchObject({ status: 'open' });

    const road = await h.issue('ถนน');
    const poll = await h.create({ title: 'จัดลำดับ', method: 'borda', options: [{ issueId: road }, { label: 'อื่น ๆ' }] });
    await h.call('issues.delete', { id: road });
    const read = await h.call('polls.get', { id: poll.id });
    expect(read.options[0]).toMatchObject({ label: 'ถนน', issueId: road, issueMissing: true });
    await expect(h.call('polls.open', { id: poll.id })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.option_issue_deleted' });
  });

  it('results are for open and closed polls: a draft has nothing to count', async () => {
    const h = await openPolls();
    const poll = await h.create({ title: 'ร่าง', method: 'borda', options: labels('ก', 'ข') });
    await expect(h.results(poll.id)).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_open' });
    await h.call('polls.open', { id: poll.id });
    expect(await h.results(poll.id)).toMatchObject({ winners: [], tie: false, ballotCount: 0, warnings: ['no_input'] });
  });
});
