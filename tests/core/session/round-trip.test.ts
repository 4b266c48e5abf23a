/** session.export → session.import into an empty database → session.export again gives the same file. */
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../shared/contract';
import { SESSION_TABLE_NAMES } from '../../../shared/session/tables';
import { openCore } from '../../support/core';
import { everyTableCount } from './helpers';
import { seedRichForum } from './rich-forum';

const withoutExportTime = (content: string) => {
  const { exportedAt: _, ...rest } = JSON.parse(content);
  return rest;
};

describe('session file round trip', () => {
  it('carries every table of the forum and reads back identical after import into an empty database', async () => {
    const source = await openCore();
    const { forumId } = await seedRichForum(source);
    const exported = await source.call('session.export', { forumId });

    // merge_source only has rows in a merged forum: the next test.
    for (const table of SESSION_TABLE_NAMES.filter((name) => name !== 'merge_source')) {
      expect.soft(exported.counts[table], `rows of ${table}`).toBeGreaterThan(0);
    }
    expect(exported.fileName).toMatch(/\.wethi$/);
    expect(exported.sensitive).toBe('included');

    const target = await openCore();
    const imported = await target.call('session.import', { content: exported.content });
    expect(imported).toMatchObject({ forumId, status: 'created', peopleKept: 0, counts: exported.counts });

    const again = await target.call('session.export', { forumId });
    expect(again.checksum).toBe(exported.checksum);
    expect(withoutExportTime(again.content)).toEqual(withoutExportTime(exported.content));
    expect(JSON.parse(exported.content)).toMatchObject({ format: 'wethi-session', version: 2, app: { name: 'wethi' } });
  });

  it('a tambon forum merged from a village forum carries its trace (merge_source) and reads back identical', async () => {
    const source = await openCore();
    const village = await seedRichForum(source);
    const tambon = await source.call('forums.create', { title: 'เวทีบูรณาการแผนตำบลหนองบัว', date: '2026-12-10', kind: 'tambon_integration' });
    await source.call('merge.apply', { intoForumId: tambon.id, sourceForumIds: [village.forumId] });
    const exported = await source.call('session.export', { forumId: tambon.id });
    expect(exported.counts.merge_source).toBeGreaterThan(0);

    const target = await openCore();
    await target.call('session.import', { content: exported.content });
    const again = await target.call('session.export', { forumId: tambon.id });
    expect(again.checksum).toBe(exported.checksum);
  });

  it('the imported forum works in the app: its issues are searchable and its polls tally', async () => {
    const source = await openCore();
    const sample = await seedRichForum(source);
    const { content } = await source.call('session.export', { forumId: sample.forumId });
    const target = await openCore();
    await target.call('session.import', { content });

    const results = async (t: typeof source) => (await t.call('polls.results', { id: sample.pollIds.ranked })).ranking;
    expect(await results(target)).toEqual(await results(source));
    expect((await results(target)).length).toBeGreaterThan(1);
    const attendees = async (t: typeof source) =>
      (await t.call('attendance.list', { forumId: sample.forumId })).map((a) => [a.person.id, a.checkedInAt]);
    expect(await attendees(target)).toEqual(await attendees(source));
    const badges = (t: typeof source) => t.peek('SELECT person_id, badge_number FROM attendance ORDER BY badge_number');
    expect(badges(target)).toEqual(badges(source));
    expect(badges(target).length).toBe(sample.personIds.length);
    expect(target.peek("SELECT count(*) AS n FROM issue_fts WHERE issue_fts MATCH 'ถนนเข้า'")).toEqual([{ n: 1 }]);
  });

  it('announces each entity it wrote, for the imported forum (people for the register), and nothing when already present', async () => {
    const source = await openCore();
    const { forumId } = await seedRichForum(source);
    const { content } = await source.call('session.export', { forumId });
    const target = await openCore();
    await target.call('session.import', { content });
    // The rich forum fills every table but merge_source; nothing asks the windows to refresh everything.
    const expected = ENTITIES.filter((entity) => entity !== 'merge' && entity !== '*');
    expect(target.events.map((e) => e.entity).sort()).toEqual([...expected].sort());
    expect(target.events.filter((e) => e.forumId !== (e.entity === 'person' ? null : forumId))).toEqual([]);

    target.events.length = 0;
    await target.call('session.import', { content });
    expect(target.events).toEqual([]);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const source = await openCore();
    const { forumId } = await seedRichForum(source);
    const { content } = await source.call('session.export', { forumId });
    const target = await openCore();
    await target.call('session.import', { content });
    const after = everyTableCount(target);
    const second = await target.call('session.import', { content });
    expect(second.status).toBe('already_present');
    expect(everyTableCount(target)).toEqual(after);
  });

  it('a file imported back into the database it came from is already present', async () => {
    const t = await openCore();
    const { forumId } = await seedRichForum(t);
    const before = everyTableCount(t);
    const { content } = await t.call('session.export', { forumId });
    expect((await t.call('session.import', { content })).status).toBe('already_present');
    expect(everyTableCount(t)).toEqual(before);
  });
});

describe('sensitive person data (PDPA)', () => {
  it('travels with its consent record by default, and not at all when left out', async () => {
    const source = await openCore();
    const { forumId } = await seedRichForum(source);
    const withData = JSON.parse((await source.call('session.export', { forumId })).content);
    expect(withData.data.person_sensitive.length).toBeGreaterThan(0);
    for (const row of withData.data.person_sensitive) expect(row).toMatchObject({ consent_at: expect.any(String), consent_by: expect.any(String) });

    const without = await source.call('session.export', { forumId, includeSensitive: false });
    expect(without).toMatchObject({ sensitive: 'left_out', counts: { person_sensitive: 0 } });
    expect(without.content).not.toMatch(/disadvantaged_groups|consent_by/);

    const target = await openCore();
    const imported = await target.call('session.import', { content: without.content });
    expect(imported).toMatchObject({ status: 'created', sensitive: 'left_out' });
    expect(target.peek('SELECT count(*) AS n FROM person_sensitive')).toEqual([{ n: 0 }]);
    expect(target.peek('SELECT count(*) AS n FROM person')).toEqual([{ n: withData.data.person.length }]);
  });
});
