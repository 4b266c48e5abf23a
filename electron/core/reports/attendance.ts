/**
 * Who the minutes list, from the forum's attendance:
 * - ผู้มาประชุม (present): checked in, with a community role (recipient, affected, or none given);
 * - ผู้เข้าร่วมประชุม (guests): checked in as a service provider or a specialist, i.e. agency
 *   staff and experts who attend the forum without being among the community it belongs to;
 * - ผู้ไม่มาประชุม (absent): registered but never checked in, whatever their role;
 * - the sign-in sheet (ใบลงทะเบียน): everyone registered.
 * The three lists are in Thai dictionary order of first name, then last name (the title prefix
 * is left out of the comparison, else every นาง would come before every นาย), then badge number;
 * the sign-in sheet is in registration (badge) order, the order people signed in at the table.
 * Each list is numbered 1..n on its own.
 */
import type { Attendee, MinutesPerson, Person } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/vocabulary';
import { compareThai, fullName } from '../../../shared/domain/thai-text';

const GUEST_ROLES: readonly Role[] = ['provider', 'specialist'];

export const isGuest = (person: Pick<Person, 'role'>) => person.role !== null && GUEST_ROLES.includes(person.role);

export interface MinutesAttendance {
  present: MinutesPerson[];
  absent: MinutesPerson[];
  guests: MinutesPerson[];
  signIn: MinutesPerson[];
}

export function minutesAttendance(attendees: readonly Attendee[], badges: ReadonlyMap<string, number>): MinutesAttendance {
  const badge = (a: Attendee) => badges.get(a.person.id) ?? Number.MAX_SAFE_INTEGER;
  const byBadge = (a: Attendee, b: Attendee) => badge(a) - badge(b);
  const byName = (a: Attendee, b: Attendee) =>
    compareThai(a.person.firstName, b.person.firstName) || compareThai(a.person.lastName ?? '', b.person.lastName ?? '') || byBadge(a, b);
  const numbered = (list: Attendee[], order: (a: Attendee, b: Attendee) => number): MinutesPerson[] =>
    [...list].sort(order).map((a, i) => ({
      personId: a.person.id,
      number: i + 1,
      name: fullName(a.person),
      organisation: a.person.organisation,
      position: a.person.position,
      village: a.person.village,
    }));

  const arrived = attendees.filter((a) => a.checkedInAt !== null);
  return {
    present: numbered(
      arrived.filter((a) => !isGuest(a.person)),
      byName,
    ),
    guests: numbered(arrived.filter((a) => isGuest(a.person)), byName),
    absent: numbered(
      attendees.filter((a) => a.checkedInAt === null),
      byName,
    ),
    signIn: numbered([...attendees], byBadge),
  };
}
