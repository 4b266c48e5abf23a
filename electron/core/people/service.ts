/** Handlers for people.* (the register) and attendance.* (who came to a forum). */
import type { Handlers, Person } from '../../../shared/contract';
import { compareThai, normalizeForSearch } from '../../../shared/domain/thai-text';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { requireForum } from '../guard';
import type { PdfPrinter } from '../reports/pdf/printer';
import { rewriteBackups } from '../store/backups';
import { compactDatabase, eraseInDb } from './erasure';
import { personFile } from './export/file';
import { buildPersonExport } from './export/model';
import { type NameOf, findMentions, mentionTerms } from './mentions';
import { ERASED_PLACEHOLDER } from './strings-th';
import {
  PERSON_SELECT,
  findAttendee,
  findPerson,
  insertPerson,
  listAttendees,
  register,
  toPerson,
  updatePerson,
} from './store';

type PeopleHandlers = Pick<Handlers, Extract<keyof Handlers, `people.${string}` | `attendance.${string}`>>;

export interface PeopleDeps {
  /** The rolling backups' folder: an erasure rewrites every backup in it. */
  backupDir: string;
  /** Resolves when no backup is being written, so the database can be compacted. */
  backupsIdle?: () => Promise<void>;
  /** Prints the PDF of a person's export (the minutes' printer). */
  printer: PdfPrinter;
}

export function peopleService(ctx: Context, deps: PeopleDeps): PeopleHandlers {
  const person = (id: string): Person => {
    const found = findPerson(ctx, id);
    if (!found) throw notFound('person', id);
    return found;
  };
  const forum = (id: string) => void requireForum(ctx, id);
  const attendee = (forumId: string, personId: string) => {
    const found = findAttendee(ctx, forumId, personId);
    if (!found) throw notFound('attendance', `${forumId}/${personId}`);
    const { registeredByCheckIn: _, ...rest } = found;
    return rest;
  };
  const exportOf = (id: string) => {
    const found = buildPersonExport(ctx, id);
    if (!found) throw notFound('person', id);
    return found;
  };
  const createPerson = (draft: Parameters<Handlers['people.create']>[0]): string => {
    const id = ctx.newId();
    insertPerson(ctx, id, draft, ctx.now());
    return id;
  };

  return {
    'people.search': ({ query, forumId, limit }) => search(ctx, query, forumId, limit),
    'people.get': ({ id }) => person(id),

    'people.create': (draft) =>
      ctx.write('people.create', (emit) => {
        const id = createPerson(draft);
        emit({ entity: 'person', id, forumId: null });
        return person(id);
      }),

    'people.update': ({ id, patch }) =>
      ctx.write('people.update', (emit) => {
        person(id);
        updatePerson(ctx, id, patch, ctx.now());
        emit({ entity: 'person', id, forumId: null });
        return person(id);
      }),

    'people.merge': ({ keepId, duplicateId }) =>
      ctx.write('people.merge', (emit) => {
        if (keepId === duplicateId) throw new AppError('conflict', 'error.merge_same', 'Cannot merge a person with themselves');
        const keep = person(keepId);
        const duplicate = person(duplicateId);
        // Attendance follows the kept person; where both attended, the earlier check-in wins.
        ctx
          .sql(
            `INSERT INTO attendance (forum_id, person_id, registered_at, checked_in_at)
             SELECT forum_id, ?, registered_at, checked_in_at FROM attendance WHERE person_id = ?
             ON CONFLICT (forum_id, person_id) DO UPDATE SET
               checked_in_at = CASE WHEN attendance.checked_in_at IS NULL THEN excluded.checked_in_at
                                    WHEN excluded.checked_in_at IS NULL THEN attendance.checked_in_at
                                    ELSE min(attendance.checked_in_at, excluded.checked_in_at) END`,
          )
          .run(keepId, duplicateId);
        // Fill the kept record's empty fields from the duplicate, never overwrite.
        const fill: Partial<Person> = {};
        for (const key of Object.keys(keep) as (keyof Person)[]) {
          if (keep[key] === null && duplicate[key] !== null) (fill as Record<string, unknown>)[key] = duplicate[key];
        }
        if (Object.keys(fill).length > 0) updatePerson(ctx, keepId, fill, ctx.now());
        ctx.sql('DELETE FROM person WHERE id = ?').run(duplicateId);
        emit({ entity: 'person', id: keepId, forumId: null });
        emit({ entity: 'person', id: duplicateId, forumId: null });
        return person(keepId);
      }),

    'people.export': ({ id }) => exportOf(id),
    'people.exportFile': ({ id, format }) => personFile(exportOf(id), format, deps.printer),

    'people.mentions': ({ id }) => {
      const found = person(id);
      return { personId: id, terms: mentionTerms(found), mentions: findMentions(ctx.db, found), placeholder: ERASED_PLACEHOLDER };
    },

    'people.erase': async ({ id, redact }) => {
      const erasure = { personId: id, erasedAt: ctx.now(), redacted: redact };
      // Read before the row goes: the backups are redacted with the same name.
      let name: NameOf | null = null;
      const done = ctx.write('people.erase', (emit) => {
        name = person(id);
        // The foreign keys cascade (sensitive data, attendance, groups, queue, voter lists) or clear the link (notes, speeches, ballots, projects).
        const erased = eraseInDb(ctx.db, erasure, name);
        emit({ entity: 'person', id, forumId: null });
        // Redacted texts are in many features' tables: every screen of those forums refreshes.
        for (const forumId of erased.forumIds) emit({ entity: '*', id: null, forumId });
        return erased;
      });
      await deps.backupsIdle?.();
      const compacted = compactDatabase(ctx.db);
      const backups = rewriteBackups(deps.backupDir, (db) => void eraseInDb(db, erasure, name));
      return { ok: true as const, redacted: done.redacted, backups, compacted };
    },

    'attendance.list': ({ forumId }) => {
      forum(forumId);
      return listAttendees(ctx, forumId).sort(
        (a, b) => compareThai(a.person.firstName, b.person.firstName) || compareThai(a.person.lastName ?? '', b.person.lastName ?? ''),
      );
    },

    'attendance.register': ({ forumId, personId }) =>
      ctx.write('attendance.register', (emit) => {
        forum(forumId);
        person(personId);
        register(ctx, forumId, personId, ctx.now(), { checkedIn: false, byCheckIn: false });
        emit({ entity: 'attendance', id: personId, forumId });
        return attendee(forumId, personId);
      }),

    'attendance.unregister': ({ forumId, personId }) =>
      ctx.write('attendance.unregister', (emit) => {
        attendee(forumId, personId);
        ctx.sql('DELETE FROM attendance WHERE forum_id = ? AND person_id = ?').run(forumId, personId);
        emit({ entity: 'attendance', id: personId, forumId });
        return { ok: true as const };
      }),

    'attendance.checkIn': ({ forumId, personId }) =>
      ctx.write('attendance.checkIn', (emit) => {
        forum(forumId);
        person(personId);
        register(ctx, forumId, personId, ctx.now(), { checkedIn: true, byCheckIn: true });
        emit({ entity: 'attendance', id: personId, forumId });
        return attendee(forumId, personId);
      }),

    'attendance.undoCheckIn': ({ forumId, personId }) =>
      ctx.write('attendance.undoCheckIn', (emit) => {
        const found = findAttendee(ctx, forumId, personId);
        if (!found) throw notFound('attendance', `${forumId}/${personId}`);
        if (found.registeredByCheckIn) {
          ctx.sql('DELETE FROM attendance WHERE forum_id = ? AND person_id = ?').run(forumId, personId);
        } else {
          ctx.sql('UPDATE attendance SET checked_in_at = NULL WHERE forum_id = ? AND person_id = ?').run(forumId, personId);
        }
        emit({ entity: 'attendance', id: personId, forumId });
        return { ok: true as const };
      }),

    'attendance.addAndCheckIn': ({ forumId, person: draft }) =>
      ctx.write('attendance.addAndCheckIn', (emit) => {
        forum(forumId);
        const id = createPerson(draft);
        register(ctx, forumId, id, ctx.now(), { checkedIn: true, byCheckIn: true });
        emit({ entity: 'person', id, forumId: null });
        emit({ entity: 'attendance', id, forumId });
        return attendee(forumId, id);
      }),
  };
}

/**
 * Every word of the query must appear in the name, organisation or phone. Ranked: phone or
 * name starting with the query first, then people registered for the forum, then Thai order.
 */
function search(ctx: Context, query: string, forumId: string | undefined, limit: number) {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  const digits = query.replace(/\D/g, '');
  const first = words[0] ?? '';
  const rows = ctx
    .sql(
      `${PERSON_SELECT.replace('SELECT p.*', 'SELECT p.*, a.checked_in_at AS a_checked_in_at, a.person_id IS NOT NULL AS a_registered')}
       LEFT JOIN attendance a ON a.person_id = p.id AND a.forum_id = ?
       WHERE ? = '' OR (coalesce(p.title_prefix, '') || p.first_name || ' ' || coalesce(p.last_name, '') || ' ' || coalesce(p.organisation, '')) LIKE ? ESCAPE '\\'
          OR (? <> '' AND p.phone LIKE ?)`,
    )
    .all(forumId ?? null, first, `%${escapeLike(first)}%`, digits, `%${digits}%`) as (Parameters<typeof toPerson>[0] & {
    a_checked_in_at: string | null;
    a_registered: number;
  })[];

  const scored = rows
    .map((row) => {
      const p = toPerson(row);
      const name = normalizeForSearch(`${p.firstName} ${p.lastName ?? ''}`);
      const haystack = normalizeForSearch(`${p.titlePrefix ?? ''}${p.firstName} ${p.lastName ?? ''} ${p.organisation ?? ''}`);
      const phoneHit = digits.length >= 3 && (p.phone ?? '').includes(digits);
      const allWords = words.every((w) => haystack.includes(w));
      if (!allWords && !phoneHit) return null;
      // Weights 4/2/1 make the ranking strictly in the order documented above (with 2/1/1 a
      // registered substring match tied with an unregistered prefix match).
      const score = (phoneHit && p.phone === digits ? 0 : 4) + (name.startsWith(first) ? 0 : 2) + (row.a_registered ? 0 : 1);
      return { score, match: { person: p, registered: row.a_registered === 1, checkedInAt: row.a_checked_in_at } };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);

  scored.sort((a, b) => a.score - b.score || compareThai(a.match.person.firstName, b.match.person.firstName));
  return scored.slice(0, limit).map((s) => s.match);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
