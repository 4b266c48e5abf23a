/** Thai-aware text helpers: collation for sorting, and display names. */

// Full sensitivity: names differing only by a tone mark still sort in a stable dictionary order.
export const thaiCollator = new Intl.Collator('th', { numeric: true });

export const compareThai = (a: string, b: string) => thaiCollator.compare(a, b);

export function fullName(p: { titlePrefix?: string | null; firstName: string; lastName?: string | null }): string {
  // Thai writes the prefix joined to the name: "นายสมชาย ใจดี".
  return `${p.titlePrefix ?? ''}${p.firstName}${p.lastName ? ` ${p.lastName}` : ''}`;
}

/** For matching: lower case, NFC, single spaces. */
export const normalizeForSearch = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
