/**
 * A core with one forum and what polls need around it: checked-in people, issues, small groups,
 * and polls made and opened in one call. Everything goes through the operations.
 */
import type { Input, Poll } from '../../../shared/contract';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft, personDraft } from '../../support/factories';

export const MISSING = '01936d2a-0000-7000-8000-00000000dead';

/** The Tennessee capital example (tests/unit/tally/textbook.test.ts), by option label. */
export const CITIES = ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'];
export const TENNESSEE: [string[], number][] = [
  [['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'], 42],
  [['Nashville', 'Chattanooga', 'Knoxville', 'Memphis'], 26],
  [['Chattanooga', 'Knoxville', 'Nashville', 'Memphis'], 15],
  [['Knoxville', 'Chattanooga', 'Nashville', 'Memphis'], 17],
];

type Draft = Omit<Input<'polls.create'>, 'forumId'>;

export async function openPolls(options: Parameters<typeof openCore>[0] = {}) {
  const t = await openCore({ now: steppingClock(), ...options });
  const forum = await t.call('forums.create', forumDraft());

  /** n people registered and checked in; their person ids. */
  const checkIn = async (n: number, overrides: Parameters<typeof personDraft>[0] = {}) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await t.call('attendance.addAndCheckIn', { forumId: forum.id, person: personDraft(overrides) })).person.id);
    return ids;
  };
  const issue = async (title: string) => (await t.call('issues.create', { forumId: forum.id, title })).id;
  const group = async (name: string, personIds: string[] = []) => {
    const g = await t.call('groups.create', { forumId: forum.id, name });
    if (personIds.length > 0) await t.call('groups.setMembers', { groupId: g.id, personIds });
    return g.id;
  };
  const create = (draft: Draft) => t.call('polls.create', { forumId: forum.id, ...draft } as Input<'polls.create'>);
  const createOpen = async (draft: Draft) => t.call('polls.open', { id: (await create(draft)).id });
  /** Option id by label. */
  const ids = (poll: Poll) => (label: string) => {
    const found = poll.options.find((o) => o.label === label);
    if (!found) throw new Error(`no option "${label}"`);
    return found.id;
  };
  const results = (id: string, weights?: Record<string, number>) => t.call('polls.results', { id, ...(weights ? { weights } : {}) });

  return { ...t, forum, checkIn, issue, group, create, createOpen, ids, results };
}

/** Free-text options from labels. */
export const labels = (...names: string[]) => names.map((label) => ({ label }));
