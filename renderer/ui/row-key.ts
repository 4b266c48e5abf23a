/** A key for a row a form adds, unique for the page's life (React's list key before the row has an id). */
let next = 0;
export const rowKey = (): string => `row-${++next}`;
