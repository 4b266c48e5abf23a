/** Agenda items (ระเบียบวาระ): templates, nesting, order, the item clock, the current item. */

export const agendaContract = {};
