/**
 * Where a person's name or phone appears in free text, and replacing it with a placeholder
 * (the redaction step of a PDPA erasure). Works on any open database of ours, the live one or
 * an older backup, so each table and column is used only where that file's schema has it.
 *
 * What is looked for: the first name, with the title before it and the last name after it
 * when they are there ("นายสมชาย ใจดี", "คุณสมชาย", "สมชาย"), and the phone however it is
 * written (089-123-4567). The last name alone is not: relatives share it. A first name shorter
 * than three characters is only taken with its title or last name, so it does not match inside
 * ordinary words.
 */
import type { MentionPlace, PersonMention } from '../../../shared/contract';
import type { Db } from '../store/database';

export interface NameOf {
  titlePrefix: string | null;
  firstName: string;
  lastName: string | null;
  phone: string | null;
}

interface Scan {
  place: MentionPlace;
  table: string;
  columns: readonly string[];
  /** SQL for the row's key within its forum and for its forum, over the table aliased `t`. */
  id: string;
  forum: string;
}

const SCANS: readonly Scan[] = [
  { place: 'note', table: 'note', columns: ['text'], id: 't.id', forum: 't.forum_id' },
  { place: 'note_draft', table: 'note_draft', columns: ['text'], id: 't.author', forum: 't.forum_id' },
  { place: 'minutes', table: 'minutes_section', columns: ['text'], id: 't.key', forum: 't.forum_id' },
  { place: 'resolution', table: 'resolution', columns: ['text'], id: 't.id', forum: 't.forum_id' },
  { place: 'issue', table: 'issue', columns: ['title', 'description'], id: 't.id', forum: 't.forum_id' },
  { place: 'issue_detail', table: 'issue_detail', columns: ['text'], id: 't.id', forum: '(SELECT forum_id FROM issue WHERE id = t.issue_id)' },
  {
    place: 'project',
    table: 'project',
    columns: ['title', 'description', 'owner', 'indicator', 'requested_from_name', 'budget_source'],
    id: 't.id',
    forum: 't.forum_id',
  },
  { place: 'group', table: 'small_group', columns: ['name'], id: 't.id', forum: 't.forum_id' },
  { place: 'agenda_item', table: 'agenda_item', columns: ['title', 'description'], id: 't.id', forum: 't.forum_id' },
  { place: 'poll', table: 'poll', columns: ['title', 'eligible_group_name'], id: 't.id', forum: 't.forum_id' },
  { place: 'poll_option', table: 'poll_option', columns: ['label'], id: 't.id', forum: '(SELECT forum_id FROM poll WHERE id = t.poll_id)' },
  { place: 'poll_option', table: 'poll_scorer', columns: ['group_name'], id: 't.id', forum: '(SELECT forum_id FROM poll WHERE id = t.poll_id)' },
  { place: 'priority', table: 'priority_item', columns: ['title'], id: 't.issue_id', forum: 't.forum_id' },
  { place: 'forum', table: 'forum', columns: ['title', 'venue', 'organiser', 'facilitator', 'note_taker'], id: 't.id', forum: 't.id' },
  { place: 'consent', table: 'person_sensitive', columns: ['consent_by'], id: 't.person_id', forum: 'NULL' },
];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLES = ['คุณ'];

/** One pattern for every way the person is written; null when there is nothing safe to look for. */
export function mentionPattern(person: NameOf): RegExp | null {
  const first = person.firstName.normalize('NFC').trim();
  const last = person.lastName?.normalize('NFC').trim() ?? '';
  const titles = [...new Set([person.titlePrefix?.normalize('NFC').trim() ?? '', ...TITLES].filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex);
  const title = titles.length > 0 ? `(?:${titles.join('|')})\\s*` : '';
  const lastPart = last ? `(?:\\s*${escapeRegex(last)})` : '';
  const alternatives: string[] = [];
  if (first) {
    if ([...first].length >= 3) alternatives.push(`(?:${title})?${escapeRegex(first)}${lastPart}?`);
    else {
      if (title) alternatives.push(`${title}${escapeRegex(first)}${lastPart}?`);
      if (lastPart) alternatives.push(`${escapeRegex(first)}${lastPart}`);
    }
  }
  const digits = (person.phone ?? '').replace(/\D/g, '');
  if (digits.length >= 6) alternatives.push(digits.split('').join('[\\s\\-.]?'));
  return alternatives.length === 0 ? null : new RegExp(alternatives.join('|'), 'gu');
}

/** What the pattern looks for, in words, for the facilitator. */
export function mentionTerms(person: NameOf): string[] {
  const terms = [person.firstName.trim()];
  const digits = (person.phone ?? '').replace(/\D/g, '');
  if (digits.length >= 6) terms.push(digits);
  return terms;
}

function columnsOf(db: Db, table: string): Set<string> {
  return new Set((db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name));
}

interface Hit {
  scan: Scan;
  column: string;
  rowid: number;
  id: string | null;
  forumId: string | null;
  text: string;
}

/** Every text of this database in which the pattern matches. */
function hits(db: Db, pattern: RegExp): Hit[] {
  const found: Hit[] = [];
  for (const scan of SCANS) {
    const have = columnsOf(db, scan.table);
    if (have.size === 0) continue;
    for (const column of scan.columns.filter((c) => have.has(c))) {
      const rows = db
        .prepare(`SELECT t.rowid AS rowid, ${scan.id} AS id, ${scan.forum} AS forumId, t."${column}" AS text FROM "${scan.table}" t WHERE t."${column}" IS NOT NULL`)
        .all() as Omit<Hit, 'scan' | 'column'>[];
      for (const row of rows) {
        pattern.lastIndex = 0;
        if (pattern.test(row.text.normalize('NFC'))) found.push({ scan, column, ...row });
      }
    }
  }
  return found;
}

const EXCERPT = 40;

function excerpt(text: string, pattern: RegExp): string {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  if (!m) return text.slice(0, EXCERPT * 2);
  const chars = [...text];
  const start = [...text.slice(0, m.index)].length;
  const end = start + [...m[0]].length;
  const from = Math.max(0, start - EXCERPT);
  const to = Math.min(chars.length, end + EXCERPT);
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

export function findMentions(db: Db, person: NameOf): PersonMention[] {
  const pattern = mentionPattern(person);
  if (!pattern) return [];
  const titles = new Map<string, string>();
  const titleOf = (id: string | null) => {
    if (id === null) return null;
    if (!titles.has(id)) titles.set(id, (db.prepare('SELECT title FROM forum WHERE id = ?').pluck().get(id) as string | undefined) ?? '');
    return titles.get(id) ?? null;
  };
  return hits(db, pattern).map((h) => ({
    place: h.scan.place,
    id: h.id,
    forumId: h.forumId,
    forumTitle: titleOf(h.forumId),
    field: h.column,
    excerpt: excerpt(h.text.normalize('NFC'), pattern),
  }));
}

/**
 * Replaces every match with the placeholder, in place; run inside a write transaction. Returns
 * how many texts changed and the forums they belong to (for change events).
 */
export function redactMentions(db: Db, person: NameOf, placeholder: string): { count: number; forumIds: Set<string> } {
  const pattern = mentionPattern(person);
  const forumIds = new Set<string>();
  if (!pattern) return { count: 0, forumIds };
  const found = hits(db, pattern);
  for (const h of found) {
    const text = h.text.normalize('NFC').replace(pattern, placeholder);
    db.prepare(`UPDATE "${h.scan.table}" SET "${h.column}" = ? WHERE rowid = ?`).run(text, h.rowid);
    if (h.forumId !== null) forumIds.add(h.forumId);
  }
  return { count: found.length, forumIds };
}
