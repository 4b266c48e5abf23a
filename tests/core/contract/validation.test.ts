import { describe, expect, it } from 'vitest';
import { openCore } from '../../support/core';
import { forumDraft, personDraft } from '../../support/factories';

async function withData() {
  const t = await openCore();
  const forum = await t.call('forums.create', forumDraft());
  const person = await t.call('people.create', personDraft());
  await t.call('attendance.register', { forumId: forum.id, personId: person.id });
  const state = () =>
    t.peek(`SELECT (SELECT count(*) FROM forum) AS forums, (SELECT count(*) FROM person) AS people,
              (SELECT count(*) FROM attendance) AS attendance, (SELECT count(*) FROM audit) AS audit,
              (SELECT group_concat(updated_at) FROM forum) AS forumTimes, (SELECT group_concat(updated_at) FROM person) AS personTimes`);
  return { ...t, forum, person, state };
}

describe('the dispatch rejects bad payloads with `validation` and writes nothing', () => {
  it.each([
    ['a missing required field', 'forums.create', () => ({ date: '2026-11-23' }), ['title']],
    ['an empty title (blank after trimming)', 'forums.create', () => ({ title: '   ', date: '2026-11-23' }), ['title']],
    ['a kind not in the vocabulary', 'forums.create', () => ({ ...forumDraft(), kind: 'festival' }), ['kind']],
    ['an unknown key (schemas are strict)', 'forums.create', () => ({ ...forumDraft(), colour: 'red' }), []],
    ['a date that does not exist', 'forums.create', () => ({ ...forumDraft(), date: '2026-02-30' }), ['date']],
    ['a date in Thai writing', 'forums.create', () => ({ ...forumDraft(), date: '23/11/2569' }), ['date']],
    ['a clock time past midnight', 'forums.create', () => ({ ...forumDraft(), startTime: '24:00' }), ['startTime']],
    ['a title over 300 characters', 'forums.create', () => ({ ...forumDraft(), title: 'ก'.repeat(301) }), ['title']],
    ['an id that is not a UUID', 'forums.get', () => ({ id: '42' }), ['id']],
    ['a patch with an unknown key', 'forums.update', (d: Data) => ({ id: d.forum.id, patch: { colour: 'red' } }), ['patch']],
    ['a patch with a wrong enum', 'forums.update', (d: Data) => ({ id: d.forum.id, patch: { status: 'done' } }), ['patch', 'status']],
    ['a phone with letters', 'people.create', () => ({ firstName: 'สมชาย', phone: '08x-1234' }), ['phone']],
    ['a first name over 100 characters', 'people.create', () => ({ firstName: 'ส'.repeat(101) }), ['firstName']],
    ['a gender not in the vocabulary', 'people.update', (d: Data) => ({ id: d.person.id, patch: { gender: 'man' } }), ['patch', 'gender']],
    ['a person id that is not a UUID', 'attendance.checkIn', (d: Data) => ({ forumId: d.forum.id, personId: 'somchai' }), ['personId']],
    ['a search limit out of range', 'people.search', () => ({ query: 'สม', limit: 500 }), ['limit']],
    ['a search query over 100 characters', 'people.search', () => ({ query: 'a'.repeat(101) }), ['query']],
    ['no object at all', 'forums.create', () => null, []],
    ['an array instead of an object', 'people.create', () => [], []],
    ['a backup name with a path', 'backups.restore', () => ({ name: '../../etc/passwd' }), ['name']],
    ['a merge without the duplicate', 'people.merge', (d: Data) => ({ keepId: d.person.id }), ['duplicateId']],
  ] as const)('%s (%s)', async (_what, op, makeInput, path) => {
    const d = await withData();
    const before = d.state();
    const result = await d.core.dispatch(op, makeInput(d));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.messageKey).toBe('error.validation');
    const paths = (result.error.details as { path: string[] }[]).map((i) => i.path);
    expect(paths).toContainEqual([...path]);
    expect(d.state()).toEqual(before);
    expect(d.events).toHaveLength(3);
  });
});

type Data = Awaited<ReturnType<typeof withData>>;

describe('operation names', () => {
  it.each(['forums.nuke', 'forums', '', 'toString', '__proto__', 'constructor', 'forums.create ', 'FORUMS.CREATE'])(
    '%j is unknown_operation',
    async (name) => {
      const { core } = await openCore();
      const result = await core.dispatch(name, forumDraft());
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation', messageKey: 'error.unknown_operation' } });
    },
  );
});

describe('outcomes that are not validation', () => {
  it('a valid payload for something missing is not_found, with the entity named', async () => {
    const { core } = await openCore();
    const id = '01936d2a-0000-7000-8000-00000000dead';
    expect(await core.dispatch('forums.get', { id })).toEqual({
      ok: false,
      error: { code: 'not_found', messageKey: 'error.not_found', message: `forum ${id} not found`, details: { entity: 'forum', id } },
    });
  });
});
