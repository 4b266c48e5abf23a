/**
 * Partners (ภาคี): the organisations that agree to carry a plan out together (issue 14). Like the
 * people register, partners are shared by every forum. The contact person is a registered person
 * (linked; the name and phone are the register's, read fresh, gone when the person is erased) or
 * typed in when they are not registered.
 */
import { z } from 'zod';
import { PartnerKind } from '../domain/follow-through-vocabulary';
import { Sector } from '../domain/vocabulary';
import { ById, Empty, Id, IsoDateTime, NullableText, Ok, RequiredText, op } from './common';

/** Change events of this feature name this entity. */
export const PARTNER_ENTITY = 'partner';

const partnerFields = {
  name: RequiredText(300),
  kind: PartnerKind,
  sector: Sector.nullable(),
  contactPersonId: Id.nullable(),
  /** Typed contact, only when contactPersonId is null. */
  contactName: NullableText(200),
  contactPhone: NullableText(40),
  contactPosition: NullableText(200),
  address: NullableText(500),
};

export const PartnerDraft = z
  .object({
    ...partnerFields,
    kind: partnerFields.kind.default('other'),
    sector: partnerFields.sector.default(null),
    contactPersonId: partnerFields.contactPersonId.default(null),
    contactName: partnerFields.contactName.default(null),
    contactPhone: partnerFields.contactPhone.default(null),
    contactPosition: partnerFields.contactPosition.default(null),
    address: partnerFields.address.default(null),
  })
  .strict();
export type PartnerDraft = z.input<typeof PartnerDraft>;

export const PartnerPatch = z.object(partnerFields).partial().strict();
export type PartnerValues = z.infer<z.ZodObject<typeof partnerFields>>;

export const Partner = z.object({
  id: Id,
  name: z.string(),
  kind: PartnerKind,
  sector: Sector.nullable(),
  contactPersonId: Id.nullable(),
  /** The contact as shown: the register's name, position and phone when linked, else as typed. */
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable(), position: z.string().nullable() }),
  /** What was typed (null when linked). */
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactPosition: z.string().nullable(),
  address: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Partner = z.infer<typeof Partner>;

export const partnersContract = {
  /** Every partner not in the trash, in Thai name order. */
  'partners.list': op(Empty, z.array(Partner)),
  'partners.get': op(ById, Partner),
  'partners.create': op(PartnerDraft, Partner),
  'partners.update': op(z.object({ id: Id, patch: PartnerPatch }).strict(), Partner),
  /** Moves the partner to the trash (agreements that name it keep it); `partners.restore` undoes it. */
  'partners.delete': op(ById, Ok),
  'partners.restore': op(ById, Partner),
};
