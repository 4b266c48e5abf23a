/**
 * normalizeThai (shared/domain/thai-text.ts) as an SQL expression: the same replacements, in the
 * same order, with SQLite's own replace(), so the search index and the LIKE scans hold text in the
 * very form the query is put in, on any connection (no function of ours has to be registered).
 */
import { THAI_TEXT_FIXES } from '../../../shared/domain/thai-text';

/** A string literal as char(…) of its code points: no quoting, no invisible characters in the SQL. */
const literal = (s: string) => (s === '' ? "''" : `char(${[...s].map((c) => c.codePointAt(0)).join(', ')})`);

/** `expr` (an SQL expression giving text) Thai-normalised. */
export const sqlNormalizeThai = (expr: string): string => THAI_TEXT_FIXES.reduce((sql, [from, to]) => `replace(${sql}, ${literal(from)}, ${literal(to)})`, expr);
