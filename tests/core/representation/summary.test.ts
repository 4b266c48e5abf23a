import { expect, it } from 'vitest';
import { openCore } from '../../support/core';
import { consent, forumDraft } from '../../support/factories';

it('counts the checked-in people by default, or everyone registered, with shares and warnings', async () => {
  const { call } = await openCore();
  const forum = await call('forums.create', forumDraft({ expectedSectors: ['local_government', 'citizens', 'academia'] }));
  const arrive = (person: Parameters<typeof call<'people.create'>>[1]) => call('attendance.addAndCheckIn', { forumId: forum.id, person });
  await arrive({ firstName: 'ก', gender: 'female', sector: 'citizens', village: '3', sensitive: consent(['elderly', 'low_income']) });
  await arrive({ firstName: 'ข', gender: 'female', sector: 'citizens', village: '3' });
  await arrive({ firstName: 'ค', gender: 'male', sector: 'local_government', village: '5' });
  await arrive({ firstName: 'ง', gender: 'unspecified' });
  const absent = await call('people.create', { firstName: 'จ', gender: 'male', sector: 'academia', sensitive: consent(['disability']) });
  await call('attendance.register', { forumId: forum.id, personId: absent.id });

  const checkedIn = await call('representation.summary', { forumId: forum.id });
  expect(checkedIn.basis).toBe('checked_in');
  expect(checkedIn.total).toBe(4);
  expect(checkedIn.byDimension.gender).toEqual([
    { key: 'female', count: 2, share: 0.5 },
    { key: 'male', count: 1, share: 0.25 },
    { key: 'unspecified', count: 1, share: 0.25 },
  ]);
  expect(checkedIn.byDimension.sector).toEqual([
    { key: 'citizens', count: 2, share: 0.5 },
    { key: 'local_government', count: 1, share: 0.25 },
    { key: 'unknown', count: 1, share: 0.25 },
  ]);
  expect(checkedIn.byDimension.disadvantagedGroup).toEqual([
    { key: 'elderly', count: 1, share: 0.25 },
    { key: 'low_income', count: 1, share: 0.25 },
  ]);
  expect(checkedIn.warnings).toEqual([{ key: 'sector_missing', params: { sector: 'academia' } }]);

  const registered = await call('representation.summary', { forumId: forum.id, basis: 'registered' });
  expect(registered.total).toBe(5);
  expect(registered.byDimension.disadvantagedGroup.map((s) => [s.key, s.count, s.share])).toEqual([
    ['disability', 1, 0.2],
    ['elderly', 1, 0.2],
    ['low_income', 1, 0.2],
  ]);
  expect(registered.warnings).toEqual([]);
});

it('warns when nobody has arrived yet, and is not_found for a forum that does not exist', async () => {
  const { call } = await openCore();
  const forum = await call('forums.create', forumDraft({ expectedSectors: ['citizens'] }));
  const empty = await call('representation.summary', { forumId: forum.id });
  expect(empty).toMatchObject({ total: 0, warnings: [{ key: 'no_attendees', params: {} }] });
  await expect(call('representation.summary', { forumId: '01936d2a-0000-7000-8000-00000000dead' })).rejects.toMatchObject({ code: 'not_found' });
});
