/** Thai-aware text helpers: collation for sorting, and display names. */

// 'accent': tone marks still tell names apart (a stable dictionary order); letter case does not.
export const thaiCollator = new Intl.Collator('th', { sensitivity: 'accent', numeric: true });

export const compareThai = (a: string, b: string) => thaiCollator.compare(a, b);

export function fullName(p: { titlePrefix?: string | null; firstName: string; lastName?: string | null }): string {
  // Thai writes the prefix joined to the name: "นายสมชาย ใจดี".
  return `${p.titlePrefix ?? ''}${p.firstName}${p.lastName ? ` ${p.lastName}` : ''}`;
}

/** For matching: lower case, NFC, single spaces. */
export const normalizeForSearch = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
