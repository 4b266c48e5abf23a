/** The note pane in web mode talks to the local host: the same calls over HTTP, with events. */
import { expect, it } from 'vitest';
import { openCore } from '../../support/core';
import { forumDraft } from '../../support/factories';
import { openHost, postOp } from '../../support/host';

it('takes a note typed in a browser: draft, store (clearing the draft), search, with a change event', async () => {
  const t = await openCore();
  const host = await openHost(t.core);
  const forum = await postOp(host, 'forums.create', forumDraft());
  if (!forum.body.ok) throw new Error(forum.body.error.message);
  const forumId = (forum.body.value as { id: string }).id;

  expect((await postOp(host, 'notes.saveDraft', { forumId, author: 'ผู้จด', text: 'ขอให้ซ่อม' })).body).toMatchObject({ ok: true });
  expect((await postOp(host, 'notes.getDraft', { forumId, author: 'ผู้จด' })).body).toMatchObject({ ok: true, value: { text: 'ขอให้ซ่อม' } });
  t.events.length = 0;
  const created = await postOp(host, 'notes.create', { forumId, text: 'ขอให้ซ่อมถนน', author: 'ผู้จด' });
  expect(created.body).toMatchObject({ ok: true, value: { text: 'ขอให้ซ่อมถนน', kind: 'statement' } });
  const noteId = created.body.ok ? (created.body.value as { id: string }).id : '';
  expect(t.events).toEqual([{ entity: 'note', id: noteId, forumId }]);
  expect((await postOp(host, 'notes.getDraft', { forumId, author: 'ผู้จด' })).body).toEqual({ ok: true, value: null });
  expect((await postOp(host, 'search.query', { query: 'ซ่อมถนน' })).body).toMatchObject({
    ok: true,
    value: { results: [{ id: noteId, snippet: [{ text: 'ขอให้', match: false }, { text: 'ซ่อมถนน', match: true }] }], more: false },
  });
  expect((await postOp(host, 'notes.create', { forumId, text: 'x', kind: 'rumour' })).body).toMatchObject({ ok: false, error: { code: 'validation' } });
});
