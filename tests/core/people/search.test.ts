import { describe, expect, it } from 'vitest';
import { openCore } from '../../support/core';
import { forumDraft } from '../../support/factories';

async function register() {
  const t = await openCore();
  const make = (firstName: string, lastName: string | null, extra: { phone?: string; organisation?: string; titlePrefix?: string } = {}) =>
    t.call('people.create', { firstName, lastName, ...extra });
  const people = {
    somchai: await make('สมชาย', 'ใจดี', { titlePrefix: 'นาย', phone: '081-234-5678' }),
    somying: await make('สมหญิง', 'ศรีสุข', { titlePrefix: 'นาง', phone: '0899990000' }),
    kittichai: await make('กิตติชาย', 'บุญมา', { organisation: 'อบต.หนองบัว' }),
    chaichan: await make('ชายชาญ', 'พรหมมา'),
    john: await make('John', 'Smith', { organisation: 'UNDP' }),
  };
  return { ...t, people };
}

const names = (matches: { person: { firstName: string } }[]) => matches.map((m) => m.person.firstName);

describe('people.search', () => {
  it('finds a Thai substring anywhere in the name', async () => {
    const { call } = await register();
    expect(names(await call('people.search', { query: 'หญิง' }))).toEqual(['สมหญิง']);
    expect(names(await call('people.search', { query: 'ศรีสุ' }))).toEqual(['สมหญิง']);
  });

  it('finds by phone digits typed with dashes or spaces', async () => {
    const { call } = await register();
    expect(names(await call('people.search', { query: '234-56' }))).toEqual(['สมชาย']);
    expect(names(await call('people.search', { query: '089 999' }))).toEqual(['สมหญิง']);
  });

  it('needs every word of a multi-word query, across first name, last name, prefix and organisation', async () => {
    const { call } = await register();
    expect(names(await call('people.search', { query: 'สม ใจดี' }))).toEqual(['สมชาย']);
    expect(names(await call('people.search', { query: 'นางสม' }))).toEqual(['สมหญิง']);
    expect(names(await call('people.search', { query: 'ชาย หนองบัว' }))).toEqual(['กิตติชาย']);
    expect(await call('people.search', { query: 'สม พรหมมา' })).toEqual([]);
  });

  it('matches Latin names without regard to case', async () => {
    const { call } = await register();
    expect(names(await call('people.search', { query: 'joHN sMi' }))).toEqual(['John']);
    expect(names(await call('people.search', { query: 'undp' }))).toEqual(['John']);
  });

  it('treats % and _ as letters, not wildcards', async () => {
    const { call } = await register();
    expect(await call('people.search', { query: '%' })).toEqual([]);
    expect(await call('people.search', { query: 'ส_ช' })).toEqual([]);
  });

  it('ranks people registered for the forum first among equal matches, and says who is registered or checked in', async () => {
    const { call, people } = await register();
    const forum = await call('forums.create', forumDraft());
    await call('attendance.checkIn', { forumId: forum.id, personId: people.somying.id });
    // Unranked, Thai order would put สมชาย before สมหญิง.
    const matches = await call('people.search', { query: 'สม', forumId: forum.id });
    expect(matches.map((m) => [m.person.firstName, m.registered, m.checkedInAt !== null])).toEqual([
      ['สมหญิง', true, true],
      ['สมชาย', false, false],
    ]);
  });

  it('ranks a name starting with the query before one that only contains it, even if that one is registered', async () => {
    const { call, people } = await register();
    const forum = await call('forums.create', forumDraft());
    await call('attendance.register', { forumId: forum.id, personId: people.kittichai.id });
    // กิตติชาย comes first in Thai order and is registered, but ชายชาญ starts with what was typed.
    expect(names(await call('people.search', { query: 'ชาย', forumId: forum.id }))).toEqual(['ชายชาญ', 'กิตติชาย', 'สมชาย']);
  });

  it('ranks an exact phone number first', async () => {
    const { call } = await register();
    const other = await call('people.create', { firstName: 'อำไพ', phone: '0812345678999' });
    const matches = await call('people.search', { query: '0812345678' });
    expect(matches.map((m) => m.person.id)).toEqual([(await call('people.search', { query: 'สมชาย' }))[0]?.person.id, other.id]);
  });

  it('an empty query lists everyone in Thai order, up to the limit', async () => {
    const { call } = await register();
    expect(names(await call('people.search', { query: '', limit: 3 }))).toEqual(['กิตติชาย', 'ชายชาญ', 'สมชาย']);
  });
});
