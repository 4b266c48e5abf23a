/** What the projector window shows, chosen by the facilitator. */
import { z } from 'zod';
import { Id, RequiredText, op } from './common';
import { Dimension } from './representation';

/**
 * One screen per mode. The view only says what to show; the projector window reads the data
 * itself (the forum, `agenda.current`, the speakers, ...) and follows their change events.
 */
export const ProjectorView = z.discriminatedUnion('mode', [
  /** The forum's title, date and venue, as people arrive. */
  z.object({ mode: z.literal('welcome'), showCheckInCount: z.boolean().default(true) }).strict(),
  /** Nothing at all (a dark screen) while the room talks. */
  z.object({ mode: z.literal('blank') }).strict(),
  z.object({ mode: z.literal('logo') }).strict(),
  /** The current agenda item and its timer. */
  z
    .object({
      mode: z.literal('agenda'),
      showTimer: z.boolean().default(true),
      /** The whole agenda beside the current item. */
      showOutline: z.boolean().default(false),
    })
    .strict(),
  /** The current speaker and their clock. */
  z.object({ mode: z.literal('speaker'), showClock: z.boolean().default(true), showQueue: z.boolean().default(true) }).strict(),
  z.object({ mode: z.literal('issues'), groupByCategory: z.boolean().default(false) }).strict(),
  /** Who is in the room, by one classification. */
  z
    .object({
      mode: z.literal('representation'),
      dimension: Dimension.default('sector'),
      basis: z.enum(['checked_in', 'registered']).default('checked_in'),
    })
    .strict(),
  /** Who has spoken, by one classification, against who attended. */
  z.object({ mode: z.literal('equity'), dimension: Dimension.default('sector') }).strict(),
  /** A short text for the whole room: a break, where to go next. */
  z.object({ mode: z.literal('message'), text: RequiredText(500) }).strict(),
  /** A poll's question and, once closed, its result (polls come with the voting issue). */
  z.object({ mode: z.literal('poll'), pollId: Id }).strict(),
  /**
   * The room (issue 13): `join`, the QR code, address and code to join from phones, live counts,
   * revealed results; `accepted`, what the facilitator accepted from phones (issues, ideas,
   * questions), newest first, with a small QR code to keep joining.
   */
  z.object({ mode: z.literal('room'), show: z.enum(['join', 'accepted']).default('join') }).strict(),
]);
/** What a caller passes: options with defaults may be left out. */
export type ProjectorViewInput = z.input<typeof ProjectorView>;
export type ProjectorView = z.infer<typeof ProjectorView>;
export type ProjectorMode = ProjectorView['mode'];
export const PROJECTOR_MODES = ProjectorView.options.map((o) => o.shape.mode.value) as ProjectorMode[];

export const ProjectorState = z.object({ forumId: Id, view: ProjectorView });
export type ProjectorState = z.infer<typeof ProjectorState>;

export const projectorContract = {
  'projector.get': op(z.object({ forumId: Id }).strict(), ProjectorState),
  /** Emits a `projector` change event, which the projector window follows. */
  'projector.set': op(z.object({ forumId: Id, view: ProjectorView }).strict(), ProjectorState),
};
