/**
 * Older session files brought to the current format, one step per version, before they are
 * checked (docs/session-file.md, "Versioning"). Each step takes the raw JSON of version N and
 * returns version N + 1; the checksum was checked on the file as written.
 */

type Row = Record<string, unknown>;
interface RawFile {
  version: number;
  data?: Record<string, unknown>;
}

const rowsOf = (data: Record<string, unknown>, table: string): Row[] => (Array.isArray(data[table]) ? (data[table] as Row[]) : []);

/**
 * 1 → 2: a closed poll records how many were eligible when it closed. A version 1 file carries
 * the rows that count was read from (attendance, group members, the voter list), so a closed
 * poll gets the count those rows give, as the database migration 11 does.
 */
function toVersion2(file: RawFile): RawFile {
  const data = file.data;
  if (!data || typeof data !== 'object') return { ...file, version: 2 };
  const checkedIn = rowsOf(data, 'attendance').filter((a) => a.checked_in_at !== null && a.checked_in_at !== undefined).length;
  const count = (table: string, column: string, id: unknown) => rowsOf(data, table).filter((r) => r[column] === id).length;
  const poll = rowsOf(data, 'poll').map((p) => {
    if (p.status !== 'closed') return { ...p, closed_eligible_count: null };
    const eligible = p.eligibility === 'group' ? count('group_member', 'group_id', p.eligible_group_id) : p.eligibility === 'list' ? count('poll_voter', 'poll_id', p.id) : checkedIn;
    return { ...p, closed_eligible_count: eligible };
  });
  return { ...file, version: 2, data: { ...data, poll } };
}

const STEPS: Record<number, (file: RawFile) => RawFile> = { 1: toVersion2 };

/** The file as the current version would have written it; `to` is SESSION_VERSION. */
export function upgradeSessionFile(json: RawFile, to: number): RawFile {
  let file = json;
  while (file.version < to) {
    const step = STEPS[file.version];
    if (!step) throw new Error(`no upgrade from session format version ${file.version}`);
    file = step(file);
  }
  return file;
}
