/**
 * The text rules of the contract's building blocks reach the operations: a forum title, a
 * person's name, a note, an issue, a project, a resolution, a draft — each is stored in NFC and
 * refused with a control character, a broken surrogate, or (names) only invisible characters,
 * with nothing written.
 */
import { expect, it } from 'vitest';
import { openCore } from '../../support/core';

const BAD = ['nul\u0000', 'bell\u0007', 'escape\u001B[2J', 'c1\u0085', 'half\uD83D', '\uDE00half'];

it('refuses bad text in every kind of text field, and stores good text in NFC', async () => {
  const t = await openCore();
  const forum = await t.call('forums.create', { title: 'เวที\u0E01\u0E48\u0E38', date: '2026-11-23' });
  expect(forum.title).toBe('เวที\u0E01\u0E38\u0E48');
  const person = await t.call('people.create', { firstName: 'Rene\u0301', lastName: '\u200B' });
  expect([person.firstName, person.lastName]).toEqual(['René', null]);

  // Each attempt is accepted with good text, so a refusal below is the text's doing.
  for (const [field, attempt] of [
    ['projects.create title', () => t.call('projects.create', { forumId: forum.id, title: 'ถนน', type: 'self' })],
    ['issues.create title', () => t.call('issues.create', { forumId: forum.id, title: 'ถนน', agendaItemId: null })],
    ['notes.saveDraft text', () => t.call('notes.saveDraft', { forumId: forum.id, author: 'note-taker', text: ' ' })],
  ] as const) {
    await expect(attempt(), field).resolves.toBeTruthy();
  }
  const count = () => t.peek<{ n: number }>('SELECT (SELECT count(*) FROM forum) + (SELECT count(*) FROM person) + (SELECT count(*) FROM note) + (SELECT count(*) FROM issue) + (SELECT count(*) FROM project) + (SELECT count(*) FROM resolution) + (SELECT count(*) FROM note_draft) AS n')[0]?.n;
  const before = count();
  const attempts: [string, (text: string) => Promise<unknown>][] = [
    ['forums.create title', (text) => t.call('forums.create', { title: text, date: '2026-11-23' })],
    ['people.create firstName', (text) => t.call('people.create', { firstName: text })],
    ['people.create organisation', (text) => t.call('people.create', { firstName: 'สมชาย', organisation: text })],
    ['notes.create text', (text) => t.call('notes.create', { forumId: forum.id, text, agendaItemId: null })],
    ['notes.saveDraft text', (text) => t.call('notes.saveDraft', { forumId: forum.id, author: 'note-taker', text })],
    ['issues.create title', (text) => t.call('issues.create', { forumId: forum.id, title: text, agendaItemId: null })],
    ['projects.create title', (text) => t.call('projects.create', { forumId: forum.id, title: text, type: 'self' })],
    ['notes.setResolution text', (text) => t.call('notes.setResolution', { forumId: forum.id, agendaItemId: null, text })],
  ];
  for (const [field, attempt] of attempts) {
    for (const bad of BAD) {
      await expect(attempt(bad), `${field} ${JSON.stringify(bad)}`).rejects.toMatchObject({ code: 'validation' });
    }
  }
  // Names and titles of only zero-width characters are empty.
  for (const [field, attempt] of attempts.filter(([f]) => !f.includes('organisation') && !f.includes('saveDraft'))) {
    await expect(attempt('\u200B\u200C\u200D'), field).rejects.toMatchObject({ code: 'validation' });
  }
  expect(count()).toBe(before);
});
