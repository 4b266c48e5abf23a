/**
 * Handlers for the partners.* operations. Every change emits `{ entity: 'partner', id, forumId: null }`
 * (partners, like people, belong to no one forum).
 */
import type { Partner, PartnerValues } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import type { HandlersFor } from '../handlers';
import { findPartner, insertPartner, isDeleted, listPartners, partnerValues, setPartnerDeleted, updatePartner } from './store';

/** A linked contact is the register's: typed contact fields are cleared, never kept beside the link. */
function normalise(values: PartnerValues): PartnerValues {
  return values.contactPersonId === null ? values : { ...values, contactName: null, contactPhone: null, contactPosition: null };
}

export function partnersService(ctx: Context): HandlersFor<'partners'> {
  const get = (id: string): Partner => {
    const partner = findPartner(ctx, id);
    if (!partner) throw notFound('partner', id);
    return partner;
  };
  const requirePerson = (id: string | null) => {
    if (id !== null && ctx.sql('SELECT 1 FROM person WHERE id = ?').get(id) === undefined) throw notFound('person', id);
  };

  return {
    'partners.list': () => listPartners(ctx),
    'partners.get': ({ id }) => get(id),

    'partners.create': (draft) =>
      ctx.write('partners.create', (emit) => {
        requirePerson(draft.contactPersonId);
        const id = ctx.newId();
        insertPartner(ctx, id, normalise(draft), ctx.now());
        emit({ entity: 'partner', id, forumId: null });
        return get(id);
      }),

    'partners.update': ({ id, patch }) =>
      ctx.write('partners.update', (emit) => {
        get(id);
        const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<PartnerValues>;
        if (given.contactPersonId !== undefined) requirePerson(given.contactPersonId);
        // Unlinking the register's person starts the typed contact afresh unless new values are given.
        const values = { ...partnerValues(ctx, id), ...given };
        updatePartner(ctx, id, normalise(values), ctx.now());
        emit({ entity: 'partner', id, forumId: null });
        return get(id);
      }),

    'partners.delete': ({ id }) =>
      ctx.write('partners.delete', (emit) => {
        get(id);
        setPartnerDeleted(ctx, id, ctx.now(), ctx.now());
        emit({ entity: 'partner', id, forumId: null });
        return { ok: true as const };
      }),

    'partners.restore': ({ id }) =>
      ctx.write('partners.restore', (emit) => {
        if (!findPartner(ctx, id, { withDeleted: true })) throw notFound('partner', id);
        if (!isDeleted(ctx, id)) throw new AppError('conflict', 'partner.not_deleted', `partner ${id} is not in the trash`, { id });
        setPartnerDeleted(ctx, id, null, ctx.now());
        emit({ entity: 'partner', id, forumId: null });
        return get(id);
      }),
  };
}
