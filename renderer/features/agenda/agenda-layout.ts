/** The agenda table's columns, shared by the heading and every row so they line up. */
export const AGENDA_COLUMNS = '24px 60px minmax(0, 1fr) 104px 96px 96px 96px';

/** A sub-item (4.1) sits this far to the right of its section. */
export const NEST_INDENT = 48;

export const rowDomId = (id: string) => `agenda-item-${id}`;
