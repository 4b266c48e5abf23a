/**
 * Speaking equity (seed 004, "domination vs deliberation"): who spoke, how often and how long,
 * by each classification, set against who was in the room. The figures are defined in
 * shared/domain/equity.ts.
 */
import { z } from 'zod';
import { Id, IsoDateTime, op } from './common';
import { Dimension } from './representation';
import { PersonRef } from './speakers';

export const EquityShare = z.object({
  /** A vocabulary code, a village, or 'unknown' (empty field, or a speech by nobody known). */
  key: z.string(),
  /** Checked-in attendees with this key, and their share of all checked-in attendees. */
  attendees: z.number().int().nonnegative(),
  attendeeShare: z.number(),
  speeches: z.number().int().nonnegative(),
  speechShare: z.number(),
  ms: z.number().int().nonnegative(),
  timeShare: z.number(),
  /** timeShare − attendeeShare: above 0 the group spoke more than its place in the room. */
  gap: z.number(),
});
export type EquityShare = z.infer<typeof EquityShare>;

export const SpeakerFigure = z.object({
  person: PersonRef,
  speeches: z.number().int().nonnegative(),
  ms: z.number().int().nonnegative(),
  timeShare: z.number(),
});
export type SpeakerFigure = z.infer<typeof SpeakerFigure>;

export const TopShare = z.object({
  /** How many speakers this is (fewer than asked for when fewer spoke). */
  people: z.number().int().nonnegative(),
  share: z.number(),
});

export const EQUITY_WARNING_KEYS = ['nobody_spoke', 'few_voices_dominate', 'group_silent'] as const;
export const EquityWarning = z.object({
  key: z.enum(EQUITY_WARNING_KEYS),
  /** For the UI's sentence, e.g. {dimension: 'gender', key: 'female', attendees: 12}. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type EquityWarning = z.infer<typeof EquityWarning>;

/** Written contributions (sent from phones: docs/room.md) of one key of a dimension. */
export const WrittenShare = z.object({
  key: z.string(),
  written: z.number().int().nonnegative(),
  /** Of all written contributions, those from nobody known included. */
  writtenShare: z.number(),
});
export type WrittenShare = z.infer<typeof WrittenShare>;

export const EquitySummary = z.object({
  forumId: Id,
  /** The agenda item the figures cover, or null for the whole forum. */
  agendaItemId: Id.nullable(),
  /** The moment a running speech was counted up to. */
  at: IsoDateTime,
  /** Checked-in attendees. */
  attendees: z.number().int().nonnegative(),
  speeches: z.number().int().nonnegative(),
  totalMs: z.number().int().nonnegative(),
  /** Speeches by nobody known (unattributed or erased): in the totals, in no group. */
  unattributed: z.object({ speeches: z.number().int().nonnegative(), ms: z.number().int().nonnegative() }),
  byDimension: z.record(Dimension, z.array(EquityShare)),
  /** Everyone known who spoke, longest speaking time first. */
  speakers: z.array(SpeakerFigure),
  topThree: TopShare,
  /** The top tenth of the room (rounded up: 1 in 1-10 people, 2 in 11-20 …). */
  topTenth: TopShare,
  /** Gini coefficient of speaking time over everyone in the room, 0 = equal, towards 1 = one voice. */
  gini: z.number(),
  warnings: z.array(EquityWarning),
  /**
   * Written contributions beside speaking time, by the same groups: issues, ideas, questions and
   * group reports sent from phones (hidden ones left out). `unattributed`: anonymous, a typed
   * name, a group's phone: in the total, in no group.
   */
  written: z.object({
    total: z.number().int().nonnegative(),
    unattributed: z.number().int().nonnegative(),
    byDimension: z.record(Dimension, z.array(WrittenShare)),
  }),
});
export type EquitySummary = z.infer<typeof EquitySummary>;

export const equityContract = {
  'equity.summary': op(z.object({ forumId: Id, agendaItemId: Id.optional() }).strict(), EquitySummary),
};
