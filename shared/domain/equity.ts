/**
 * Speaking equity: did a few voices dominate, or did the room deliberate (seed 004)? Pure, so
 * the live chart, the projector and the minutes show the same figures.
 *
 * Inputs: the checked-in attendees, and the speeches with their speaking time in whole ms
 * (see speech-clock.ts) and the person who spoke (null when nobody known: an unattributed
 * speech, or a person since erased).
 *
 * Definitions
 * - The room: the checked-in attendees plus anyone known who spoke without being checked in.
 * - Per dimension and key: attendees (checked-in only) / all attendees; speeches / all speeches;
 *   speaking time / all speaking time; gap = time share − attendee share. Speeches by nobody
 *   known count under 'unknown' (in no group); for disadvantaged groups a person counts in each
 *   of their groups and a person in none (or nobody known) counts in no key, so those shares
 *   need not sum to 1.
 * - Top speakers: the k known speakers with the most time, their time / all time (unattributed
 *   time included in "all"). k = 3, and k = ⌈room × 10%⌉ for the top tenth.
 * - Gini coefficient of speaking time over the room (people who did not speak count as 0,
 *   unattributed time is left out because it belongs to no one person):
 *       G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ)        (n people, μ mean time)
 *   computed from the ascending order x₍₁₎ ≤ … ≤ x₍ₙ₎ as G = Σᵢ (2i − n − 1) x₍ᵢ₎ / (n Σx),
 *   in integers up to the last division so equal times give exactly 0. G = 0 when nobody
 *   spoke or the room is empty; G ≤ 1 − 1/n < 1 (one person holding all the time).
 * - Warnings (codes and params; the UI writes the sentence):
 *   nobody_spoke        no speech at all yet;
 *   few_voices_dominate the top DOMINANCE_TOP_SPEAKERS hold more than DOMINANCE_SHARE of all
 *                       time, with at least DOMINANCE_MIN_ATTENDEES attendees;
 *   group_silent        per dimension, a key other than 'unknown' with attendees present and
 *                       no speech.
 *   The last two wait until WARNINGS_AFTER_MS of speaking time: after the first speech every
 *   group but one is silent and one voice holds everything, which says nothing yet.
 * - Written contributions (sent from phones), by the same keys: per key, those sent by people
 *   with that key / all written contributions (those by nobody known included, in no key). Keys
 *   are the attendees' and the writers', so a group present that wrote nothing shows 0.
 */
import type { Dimension, EquityShare, EquitySummary, EquityWarning, Person, WrittenShare } from '../contract';
import { DIMENSIONS } from '../contract/representation';
import { compareThai } from './thai-text';

export const DOMINANCE_TOP_SPEAKERS = 3;
/** Strictly more than half of all speaking time. */
export const DOMINANCE_SHARE = 0.5;
export const DOMINANCE_MIN_ATTENDEES = 6;
export const WARNINGS_AFTER_MS = 5 * 60_000;
/** The top tenth of the room: ⌈n / 10⌉ people. */
export const TOP_PART_OF_ROOM = 10;

export type EquityPerson = Pick<Person, 'id' | 'sector' | 'gender' | 'village' | 'ageGroup' | 'role' | 'sensitive'>;

export interface TimedSpeech {
  person: EquityPerson | null;
  durationMs: number;
}

export interface SpeakerTotal {
  personId: string;
  speeches: number;
  ms: number;
  timeShare: number;
}

export type EquityFigures = Omit<EquitySummary, 'forumId' | 'agendaItemId' | 'at' | 'speakers' | 'written'> & { speakers: SpeakerTotal[] };

const UNKNOWN = 'unknown';

function keysOf(person: EquityPerson | null, dimension: Dimension): string[] {
  if (dimension === 'disadvantagedGroup') return person?.sensitive?.disadvantagedGroups ?? [];
  if (person === null) return [UNKNOWN];
  return [person[dimension] ?? UNKNOWN];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** See the header: Σᵢ (2i − n − 1) x₍ᵢ₎ / (n Σx) over whole-ms times. */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((sum, x) => sum + x, 0);
  if (n === 0 || total === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((x, index) => {
    weighted += (2 * (index + 1) - n - 1) * x;
  });
  return weighted / (n * total);
}

/** How many people the top tenth of a room of `n` is: at least one as soon as anyone is there. */
export const topTenthCount = (n: number) => Math.ceil(n / TOP_PART_OF_ROOM);

interface Tally {
  attendees: number;
  speeches: number;
  ms: number;
}

function byKey(attendees: EquityPerson[], speeches: TimedSpeech[], dimension: Dimension, totals: { speeches: number; ms: number }): EquityShare[] {
  const tallies = new Map<string, Tally>();
  const tally = (key: string) => {
    let found = tallies.get(key);
    if (!found) {
      found = { attendees: 0, speeches: 0, ms: 0 };
      tallies.set(key, found);
    }
    return found;
  };
  for (const person of attendees) for (const key of keysOf(person, dimension)) tally(key).attendees += 1;
  for (const speech of speeches) {
    for (const key of keysOf(speech.person, dimension)) {
      const t = tally(key);
      t.speeches += 1;
      t.ms += speech.durationMs;
    }
  }
  return [...tallies.entries()]
    .map(([key, t]) => {
      const attendeeShare = ratio(t.attendees, attendees.length);
      const timeShare = ratio(t.ms, totals.ms);
      return {
        key,
        attendees: t.attendees,
        attendeeShare,
        speeches: t.speeches,
        speechShare: ratio(t.speeches, totals.speeches),
        ms: t.ms,
        timeShare,
        gap: timeShare - attendeeShare,
      };
    })
    .sort((a, b) => b.attendees - a.attendees || b.ms - a.ms || compareThai(a.key, b.key));
}

function speakerTotals(speeches: TimedSpeech[], totalMs: number): SpeakerTotal[] {
  const totals = new Map<string, { speeches: number; ms: number }>();
  for (const { person, durationMs } of speeches) {
    if (!person) continue;
    const t = totals.get(person.id) ?? { speeches: 0, ms: 0 };
    t.speeches += 1;
    t.ms += durationMs;
    totals.set(person.id, t);
  }
  return [...totals.entries()]
    .map(([personId, t]) => ({ personId, speeches: t.speeches, ms: t.ms, timeShare: ratio(t.ms, totalMs) }))
    .sort((a, b) => b.ms - a.ms || b.speeches - a.speeches || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

function topShare(speakers: SpeakerTotal[], k: number, totalMs: number) {
  const top = speakers.slice(0, k);
  return { people: top.length, share: ratio(top.reduce((sum, s) => sum + s.ms, 0), totalMs) };
}

function warningsFor(figures: Omit<EquityFigures, 'warnings'>): EquityWarning[] {
  if (figures.speeches === 0) return [{ key: 'nobody_spoke', params: { attendees: figures.attendees } }];
  if (figures.totalMs < WARNINGS_AFTER_MS) return [];
  const warnings: EquityWarning[] = [];
  const { topThree } = figures;
  if (figures.attendees >= DOMINANCE_MIN_ATTENDEES && topThree.share > DOMINANCE_SHARE) {
    warnings.push({ key: 'few_voices_dominate', params: { people: topThree.people, share: topThree.share, attendees: figures.attendees } });
  }
  for (const dimension of DIMENSIONS) {
    for (const share of figures.byDimension[dimension]) {
      if (share.key !== UNKNOWN && share.attendees > 0 && share.speeches === 0) {
        warnings.push({ key: 'group_silent', params: { dimension, key: share.key, attendees: share.attendees } });
      }
    }
  }
  return warnings;
}

export function equity(attendees: EquityPerson[], speeches: TimedSpeech[]): EquityFigures {
  const totalMs = speeches.reduce((sum, s) => sum + s.durationMs, 0);
  const totals = { speeches: speeches.length, ms: totalMs };
  const unattributed = speeches.filter((s) => s.person === null);
  const speakers = speakerTotals(speeches, totalMs);

  // Everyone in the room, silent people at 0.
  const room = new Map<string, number>(attendees.map((a) => [a.id, 0]));
  for (const s of speakers) room.set(s.personId, s.ms);

  const figures = {
    attendees: attendees.length,
    speeches: speeches.length,
    totalMs,
    unattributed: { speeches: unattributed.length, ms: unattributed.reduce((sum, s) => sum + s.durationMs, 0) },
    byDimension: Object.fromEntries(DIMENSIONS.map((d) => [d, byKey(attendees, speeches, d, totals)])) as Record<Dimension, EquityShare[]>,
    speakers,
    topThree: topShare(speakers, DOMINANCE_TOP_SPEAKERS, totalMs),
    topTenth: topShare(speakers, topTenthCount(room.size), totalMs),
    gini: gini([...room.values()]),
  };
  return { ...figures, warnings: warningsFor(figures) };
}

/** Written contributions by the same keys as the speeches (see the header); `writers` one per contribution. */
export function writtenShares(attendees: EquityPerson[], writers: (EquityPerson | null)[]): EquitySummary['written'] {
  const total = writers.length;
  const byDimension = Object.fromEntries(
    DIMENSIONS.map((dimension) => {
      const counts = new Map<string, number>();
      for (const person of attendees) for (const key of keysOf(person, dimension)) counts.set(key, counts.get(key) ?? 0);
      for (const writer of writers) {
        if (writer === null) continue;
        for (const key of keysOf(writer, dimension)) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const shares: WrittenShare[] = [...counts.entries()]
        .map(([key, written]) => ({ key, written, writtenShare: ratio(written, total) }))
        .sort((a, b) => b.written - a.written || compareThai(a.key, b.key));
      return [dimension, shares];
    }),
  ) as Record<Dimension, WrittenShare[]>;
  return { total, unattributed: writers.filter((w) => w === null).length, byDimension };
}
