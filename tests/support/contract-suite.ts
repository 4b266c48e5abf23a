/**
 * One contract suite for every transport: the same calls, in the same order, with the same
 * expectations, run against `core.dispatch` directly and over HTTP (and later over IPC). Each
 * step's raw `Result` is recorded so the transports can also be compared with each other.
 */
import { expect } from 'vitest';
import type { Result } from '../../shared/contract';

export interface Transport {
  name: string;
  call(op: string, input: unknown): Promise<Result<unknown>>;
}

type Saved = Record<string, string>;
interface Step {
  name: string;
  op: string;
  input: (saved: Saved) => unknown;
  check: (result: Result<unknown>, saved: Saved) => void;
}

/** The value of a successful result, typed as the step expects it (the checks verify it). */
const ok = <T = Record<string, unknown>>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
};
const failed = (code: string) => (result: Result<unknown>) => expect(result).toMatchObject({ ok: false, error: { code } });

export const steps: Step[] = [
  {
    name: 'create a forum',
    op: 'forums.create',
    input: () => ({ title: 'เวทีประชาคมตำบลหนองบัว', kind: 'tambon_integration', date: '2026-11-23', expectedSectors: ['citizens'] }),
    check: (r, saved) => {
      const forum = ok(r);
      expect(forum).toMatchObject({ title: 'เวทีประชาคมตำบลหนองบัว', status: 'planned', attendeeCount: 0 });
      saved.forum = forum.id as string;
    },
  },
  {
    name: 'refuse a forum without a title',
    op: 'forums.create',
    input: () => ({ date: '2026-11-23' }),
    check: (r) => {
      failed('validation')(r);
      if (!r.ok) expect(r.error.details).toEqual([{ path: ['title'], message: 'Invalid input: expected string, received undefined' }]);
    },
  },
  {
    name: 'open the forum',
    op: 'forums.update',
    input: (s) => ({ id: s.forum, patch: { status: 'open', venue: ' ศาลาวัด ' } }),
    check: (r) => expect(ok(r)).toMatchObject({ status: 'open', venue: 'ศาลาวัด', kind: 'tambon_integration' }),
  },
  {
    name: 'refuse a patch with an unknown key',
    op: 'forums.update',
    input: (s) => ({ id: s.forum, patch: { colour: 'red' } }),
    check: failed('validation'),
  },
  {
    name: 'add a person to the register',
    op: 'people.create',
    input: () => ({ titlePrefix: 'นาง', firstName: 'มาลี', lastName: 'ศรีสุข', phone: '089-999-0000', gender: 'female', sector: 'citizens' }),
    check: (r, saved) => {
      const person = ok(r);
      expect(person).toMatchObject({ firstName: 'มาลี', phone: '0899990000', sensitive: null });
      saved.person = person.id as string;
    },
  },
  {
    name: 'check the person in',
    op: 'attendance.checkIn',
    input: (s) => ({ forumId: s.forum, personId: s.person }),
    check: (r, s) => expect(ok(r)).toMatchObject({ forumId: s.forum, checkedInAt: '2026-11-23T02:00:00.000Z' }),
  },
  {
    name: 'find the person by part of the phone',
    op: 'people.search',
    input: (s) => ({ query: '999-0', forumId: s.forum }),
    check: (r, s) => expect(ok<{ person: { id: string }; registered: boolean }[]>(r).map((m) => [m.person.id, m.registered])).toEqual([[s.person, true]]),
  },
  {
    name: 'summarise who is in the room',
    op: 'representation.summary',
    input: (s) => ({ forumId: s.forum }),
    check: (r) =>
      expect(ok(r)).toMatchObject({
        total: 1,
        byDimension: { gender: [{ key: 'female', count: 1, share: 1 }] },
        warnings: [{ key: 'no_disadvantaged', params: {} }],
      }),
  },
  {
    name: 'undo the check-in that registered them',
    op: 'attendance.undoCheckIn',
    input: (s) => ({ forumId: s.forum, personId: s.person }),
    check: (r) => expect(ok(r)).toEqual({ ok: true }),
  },
  {
    name: 'list nobody at the forum',
    op: 'attendance.list',
    input: (s) => ({ forumId: s.forum }),
    check: (r) => expect(ok(r)).toEqual([]),
  },
  {
    name: 'refuse merging a person with themselves',
    op: 'people.merge',
    input: (s) => ({ keepId: s.person, duplicateId: s.person }),
    check: failed('conflict'),
  },
  {
    name: 'not find a forum that does not exist',
    op: 'forums.get',
    input: () => ({ id: '01936d2a-0000-7000-8000-00000000dead' }),
    check: failed('not_found'),
  },
  {
    name: 'not know an operation',
    op: 'forums.nuke',
    input: () => ({}),
    check: failed('unknown_operation'),
  },
  {
    name: 'move the forum to the trash',
    op: 'forums.delete',
    input: (s) => ({ id: s.forum }),
    check: (r) => expect(ok(r)).toEqual({ ok: true }),
  },
  {
    name: 'list it in the trash',
    op: 'forums.listDeleted',
    input: () => ({}),
    check: (r, s) => expect(ok<{ id: string }[]>(r).map((f) => f.id)).toEqual([s.forum]),
  },
];

/** Runs every step, checking each, and returns what came back with ids replaced by their step names. */
export async function runSuite(transport: Transport): Promise<unknown[]> {
  const saved: Saved = {};
  const results: Result<unknown>[] = [];
  for (const step of steps) {
    const result = await transport.call(step.op, step.input(saved));
    try {
      step.check(result, saved);
    } catch (error) {
      throw new Error(`${transport.name}: step "${step.name}" failed: ${(error as Error).message}`);
    }
    results.push(result);
  }
  // Ids differ between two databases; everything else must be identical.
  let text = JSON.stringify(results);
  for (const [name, id] of Object.entries(saved)) text = text.replaceAll(id, `<${name}>`);
  return JSON.parse(text) as unknown[];
}
