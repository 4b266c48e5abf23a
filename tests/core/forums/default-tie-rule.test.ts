import { expect, it } from 'vitest';
import { openCore } from '../../support/core';
import { forumDraft } from '../../support/factories';

it("keeps a forum's default tie rule: casting vote unless chosen, changed by update, copied by duplicate, checked", async () => {
  const t = await openCore();
  const plain = await t.call('forums.create', forumDraft());
  expect(plain.defaultTieRule).toBe('casting_vote');

  const forum = await t.call('forums.create', forumDraft({ defaultTieRule: 'lottery' }));
  expect(forum.defaultTieRule).toBe('lottery');
  expect((await t.call('forums.get', { id: forum.id })).defaultTieRule).toBe('lottery');

  const changed = await t.call('forums.update', { id: forum.id, patch: { defaultTieRule: 'revote' } });
  expect(changed.defaultTieRule).toBe('revote');
  expect(t.peek('SELECT default_tie_rule FROM forum WHERE id = ?', forum.id)).toEqual([{ default_tie_rule: 'revote' }]);
  expect((await t.call('forums.duplicate', { id: forum.id })).defaultTieRule).toBe('revote');

  await expect(t.call('forums.update', { id: forum.id, patch: { defaultTieRule: 'coin_toss' as 'lottery' } })).rejects.toThrow();
  expect((await t.call('forums.get', { id: forum.id })).defaultTieRule).toBe('revote');
});
