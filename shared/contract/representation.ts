/** Who was in the room: counts and shares by each classification, with warnings (seed 000). */
import { z } from 'zod';
import { Id, op } from './common';

export const DIMENSIONS = ['sector', 'gender', 'village', 'ageGroup', 'role', 'disadvantagedGroup'] as const;
export const Dimension = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof Dimension>;

export const Share = z.object({
  /** A vocabulary code, a village name, or 'unknown' when the field is empty. */
  key: z.string(),
  count: z.number().int(),
  /** count / total, 0 when total is 0. For disadvantaged groups a person can count in several keys. */
  share: z.number(),
});
export type Share = z.infer<typeof Share>;

export const Warning = z.object({
  key: z.enum(['no_attendees', 'no_disadvantaged', 'sector_missing']),
  params: z.record(z.string(), z.string()).default({}),
});
export type Warning = z.infer<typeof Warning>;

export const Representation = z.object({
  forumId: Id,
  basis: z.enum(['checked_in', 'registered']),
  total: z.number().int(),
  byDimension: z.record(Dimension, z.array(Share)),
  warnings: z.array(Warning),
});
export type Representation = z.infer<typeof Representation>;

export const representationContract = {
  'representation.summary': op(
    z.object({ forumId: Id, basis: z.enum(['checked_in', 'registered']).default('checked_in') }).strict(),
    Representation,
  ),
};
