/** Agenda items (ระเบียบวาระ): templates, nesting, order, the item clock, the current item. */
import { z } from 'zod';
import { AGENDA_LANGUAGES, AGENDA_TEMPLATE_IDS } from '../domain/agenda-templates';
import { ById, Empty, Id, IsoDateTime, NullableText, RequiredText, op } from './common';

export const AgendaTemplateId = z.enum(AGENDA_TEMPLATE_IDS);
export const AgendaLanguage = z.enum(AGENDA_LANGUAGES);

const Title = RequiredText(300);
const Description = NullableText(2000);
/** Whole minutes, up to a day; null means no planned duration (nothing can overrun). */
const PlannedMinutes = z.number().int().min(1).max(24 * 60).nullable();

export const AgendaItem = z.object({
  id: Id,
  forumId: Id,
  /** The top-level item this one is nested under (one level only), or null. */
  parentId: Id.nullable(),
  /** 0-based place among the items with the same parent; always dense (0, 1, 2, ...). */
  position: z.number().int().min(0),
  /** What the room and the minutes call it: "1", "2", "4.1". */
  number: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  plannedMinutes: z.number().int().nullable(),
  /** When the clock first started, and when it last stopped (null while running or never run). */
  startedAt: IsoDateTime.nullable(),
  endedAt: IsoDateTime.nullable(),
  /** Time spent in earlier runs; the live figure is `elapsedMs(item, now)` from shared/domain/agenda-clock. */
  elapsedMs: z.number().int().min(0),
  /** Set while the clock runs. At most one item per forum runs, and it is the current item. */
  runningSince: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** The whole agenda in display order: each top-level item followed by its sub-items. */
export const AgendaList = z.object({
  forumId: Id,
  /** The item being discussed: notes, issues and speeches attach to it by default. */
  currentItemId: Id.nullable(),
  items: z.array(AgendaItem),
});
export type AgendaList = z.infer<typeof AgendaList>;

const LocalText = z.object({ th: z.string(), en: z.string() });
const TemplateChild = z.object({ title: LocalText, description: LocalText.nullable(), plannedMinutes: z.number().int().nullable() });
export const AgendaTemplate = z.object({
  id: AgendaTemplateId,
  name: LocalText,
  description: LocalText,
  items: z.array(TemplateChild.extend({ children: z.array(TemplateChild) })),
});
export type AgendaTemplate = z.infer<typeof AgendaTemplate>;

/**
 * What `agenda.delete` hands back so `agenda.restore` can undo it exactly: the item and its
 * sub-items as they were (clock stopped), and the rows of other tables (notes, issues,
 * speeches, resolutions, ...) that pointed at them. Those rows are kept, detached from the
 * agenda, and pointed back on restore.
 */
export const AgendaItemSnapshot = z
  .object({
    id: Id,
    parentId: Id.nullable(),
    position: z.number().int().min(0),
    title: Title,
    description: Description,
    plannedMinutes: PlannedMinutes,
    startedAt: IsoDateTime.nullable(),
    endedAt: IsoDateTime.nullable(),
    elapsedMs: z.number().int().min(0),
    createdAt: IsoDateTime,
    /** Ids of the rows that referred to this item, by table name, e.g. { note: [...], issue: [...] }. */
    referencedBy: z.record(z.string().regex(/^[a-z_]+$/), z.array(Id)),
  })
  .strict();

export const DeletedAgendaItems = z
  .object({
    forumId: Id,
    /** Which of the deleted items was the current item, if one was: restore makes it current again. */
    wasCurrentId: Id.nullable(),
    /** The deleted item first, then its sub-items in order. */
    items: z.array(AgendaItemSnapshot).min(1),
  })
  .strict();
export type DeletedAgendaItems = z.infer<typeof DeletedAgendaItems>;

export const AgendaDraft = z
  .object({
    forumId: Id,
    title: Title,
    /**
     * Nest under this top-level item. Left out: the parent of `afterId`, or the top level.
     * Given together with `afterId`, it must be `afterId`'s parent.
     */
    parentId: Id.nullable().optional(),
    /** Insert right after this item (a sibling); left out or null: at the end. */
    afterId: Id.nullable().optional(),
    plannedMinutes: PlannedMinutes.default(null),
    description: Description.default(null),
  })
  .strict();

export const AgendaPatch = z.object({ title: Title, description: Description, plannedMinutes: PlannedMinutes }).partial().strict();

const ByForum = z.object({ forumId: Id }).strict();

export const agendaContract = {
  'agenda.list': op(ByForum, AgendaList),
  /** The current item, or null: what notes, issues and speeches default to. */
  'agenda.current': op(ByForum, AgendaItem.nullable()),
  'agenda.templates': op(Empty, z.array(AgendaTemplate)),
  /**
   * Adds a template's items in order, titled in `lang` (Thai by default). A forum that already
   * has items is refused (`conflict`) unless `replace` is set and nothing refers to them yet.
   */
  'agenda.applyTemplate': op(
    z.object({ forumId: Id, template: AgendaTemplateId, lang: AgendaLanguage.default('th'), replace: z.boolean().default(false) }).strict(),
    AgendaList,
  ),
  'agenda.add': op(AgendaDraft, AgendaItem),
  'agenda.update': op(z.object({ id: Id, patch: AgendaPatch }).strict(), AgendaItem),
  /**
   * Deletes the item with its sub-items. Notes, issues and the like that referred to them stay in
   * the forum without an agenda item; pass the result to `agenda.restore` to undo.
   */
  'agenda.delete': op(ById, DeletedAgendaItems),
  /** Undoes `agenda.delete`: same ids, same place (as far as the agenda still allows), references re-attached. */
  'agenda.restore': op(DeletedAgendaItems, AgendaItem),
  /**
   * Moves an item to `index` (0-based, clamped to the end) among the children of `parentId`
   * (null: the top level). One level of nesting only: the new parent must be a top-level item,
   * and an item with sub-items cannot become a sub-item.
   */
  'agenda.move': op(z.object({ id: Id, parentId: Id.nullable(), index: z.number().int().min(0) }).strict(), AgendaList),
  /** Starts the item's clock and makes it current; any other running item of the forum stops first. */
  'agenda.start': op(ById, AgendaList),
  /** Stops the item's clock (nothing happens if it is not running); it stays current. */
  'agenda.stop': op(ById, AgendaList),
  /** Stops the current item and starts the next one in display order (the first one when none is current). */
  'agenda.next': op(ByForum, AgendaList),
  /**
   * Chooses the current item without starting its clock (null: none). A clock running on another
   * item stops, so a running item is always the current one.
   */
  'agenda.setCurrent': op(z.object({ forumId: Id, id: Id.nullable() }).strict(), AgendaList),
  /** Clears the item's recorded time (a clock started by mistake). */
  'agenda.resetClock': op(ById, AgendaItem),
};
