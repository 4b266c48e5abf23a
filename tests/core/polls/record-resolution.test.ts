/**
 * A closed motion or consensus check recorded as a resolution of its agenda item, with the text
 * the facilitator edited; a resolution the item has from elsewhere is replaced or kept with this
 * one added beside it, only when asked.
 */
import { describe, expect, it } from 'vitest';
import { openPolls } from './harness';

async function closedMotion() {
  const h = await openPolls();
  await h.checkIn(5);
  const item = await h.call('agenda.add', { forumId: h.forum.id, title: 'งบประมาณซ่อมประปา' });
  await h.call('agenda.setCurrent', { forumId: h.forum.id, id: item.id });
  const poll = await h.createOpen({ title: 'ใช้เงินกองทุนหมู่บ้านซ่อมประปา', method: 'yes_no' });
  await h.call('polls.setCounts', { pollId: poll.id, kind: 'yes_no', yes: 4, no: 1 });
  return { ...h, item, poll };
}

const texts = async (h: Awaited<ReturnType<typeof closedMotion>>) =>
  (await h.call('notes.resolutions', { forumId: h.forum.id })).filter((r) => r.agendaItemId === h.item.id).map((r) => r.text);

describe('polls.recordResolution', () => {
  it('records the edited text on the poll’s agenda item once the poll is closed; again updates it', async () => {
    const h = await closedMotion();
    await expect(h.call('polls.recordResolution', { pollId: h.poll.id, text: 'เห็นชอบ' })).rejects.toMatchObject({ code: 'conflict', messageKey: 'poll.not_closed' });
    await h.call('polls.close', { id: h.poll.id });
    const first = await h.call('polls.recordResolution', { pollId: h.poll.id, text: 'ที่ประชุมมีมติเห็นด้วย 4 เสียง ไม่เห็นด้วย 1 เสียง' });
    expect(first).toMatchObject({ agendaItemId: h.item.id, text: 'ที่ประชุมมีมติเห็นด้วย 4 เสียง ไม่เห็นด้วย 1 เสียง', sourceNoteId: null });
    const again = await h.call('polls.recordResolution', { pollId: h.poll.id, text: 'ที่ประชุมมีมติเห็นชอบ (เห็นด้วย 4 ไม่เห็นด้วย 1)' });
    expect(again.id).toBe(first.id);
    expect(await texts(h)).toEqual(['ที่ประชุมมีมติเห็นชอบ (เห็นด้วย 4 ไม่เห็นด้วย 1)']);
    expect(h.events.filter((e) => e.entity === 'resolution').map((e) => e.id)).toEqual([first.id, first.id]);
  });

  it('keeps the note-taker’s resolution unless told to replace it or to add this one as a further resolution', async () => {
    const h = await closedMotion();
    await h.call('polls.close', { id: h.poll.id });
    await h.call('notes.setResolution', { forumId: h.forum.id, agendaItemId: h.item.id, text: 'มติที่จดไว้ก่อน' });
    await expect(h.call('polls.recordResolution', { pollId: h.poll.id, text: 'เห็นชอบ' })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'poll.resolution_exists',
      details: { text: 'มติที่จดไว้ก่อน' },
    });
    expect(await texts(h)).toEqual(['มติที่จดไว้ก่อน']);

    const added = await h.call('polls.recordResolution', { pollId: h.poll.id, text: 'เห็นชอบ', existing: 'add' });
    expect(await texts(h)).toEqual(['มติที่จดไว้ก่อน', 'เห็นชอบ']);
    // From the same poll again: its own resolution is updated, the note-taker's stays.
    expect((await h.call('polls.recordResolution', { pollId: h.poll.id, text: 'เห็นชอบซ่อมประปา' })).id).toBe(added.id);
    expect(await texts(h)).toEqual(['มติที่จดไว้ก่อน', 'เห็นชอบซ่อมประปา']);

    const other = await h.createOpen({ title: 'ขอใช้ศาลา', method: 'yes_no' });
    await h.call('polls.setCounts', { pollId: other.id, kind: 'yes_no', yes: 3, no: 0 });
    await h.call('polls.close', { id: other.id });
    const replaced = await h.call('polls.recordResolution', { pollId: other.id, text: 'เห็นชอบใช้ศาลา', existing: 'replace' });
    expect(await texts(h)).toEqual(['เห็นชอบใช้ศาลา', 'เห็นชอบซ่อมประปา']);
    expect(replaced.text).toBe('เห็นชอบใช้ศาลา');
  });

  it('refuses an empty text by its schema', async () => {
    const h = await closedMotion();
    await h.call('polls.close', { id: h.poll.id });
    await expect(h.call('polls.recordResolution', { pollId: h.poll.id, text: '  ' })).rejects.toMatchObject({ code: 'validation' });
  });
});
