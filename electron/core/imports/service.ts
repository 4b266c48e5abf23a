/**
 * Handlers for imports.*: the template, a preview that writes nothing, and the commit, which
 * writes every row in one transaction or (when any row is invalid and skipInvalid is off) none.
 */
import { createHash } from 'node:crypto';
import { type Handlers, type ParsedInput, type Person, SensitiveDraft } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError, notFound } from '../errors';
import { requireForum } from '../guard';
import { allPeople, findPerson, insertPerson, register, updatePerson } from '../people/store';
import { type Analysis, analyseSheet } from './analyse';
import type { PersonValues } from './parse-row';
import { csvTemplate, xlsxTemplate } from './template';

type ImportHandlers = Pick<Handlers, 'imports.template' | 'imports.preview' | 'imports.commit'>;
type SheetInput = ParsedInput<'imports.preview'> & { consentRecordedBy?: string };

const SAMPLE_ROWS = 10;

/** What decides a sheet's reading: the forum, the file and the column mapping. */
const readingKey = (input: SheetInput) =>
  createHash('sha256')
    .update(JSON.stringify([input.forumId, input.file.fileName, input.mapping ?? {}]))
    .update(input.file.dataBase64)
    .digest('hex');
const consentBy = (input: SheetInput) => input.consentRecordedBy || `import: ${input.file.fileName}`;

export function importsService(ctx: Context): ImportHandlers {
  /** `people`: the register, for the duplicate candidates the preview lists (the commit needs none). */
  const analyse = (input: SheetInput, at: string, people: readonly Person[]) => {
    requireForum(ctx, input.forumId);
    return analyseSheet({
      fileName: input.file.fileName,
      bytes: Buffer.from(input.file.dataBase64, 'base64'),
      mapping: input.mapping,
      consent: { givenAt: at, recordedBy: consentBy(input) },
      people,
    });
  };

  /**
   * The import screen previews a sheet, then commits the same sheet: the last preview's reading
   * is kept (one, in memory) and the commit of an identical request uses it instead of reading
   * and checking every row again. Nothing in it depends on the database but the forum, which the
   * commit checks again; the consent record (when, and by whom) is the commit's, checked by the
   * same schema the rows were.
   */
  let previewed: { key: string; analysis: Analysis } | null = null;
  const readingForCommit = async (input: SheetInput, at: string): Promise<Analysis> => {
    const key = readingKey(input);
    const kept = previewed?.key === key ? previewed.analysis : null;
    previewed = null;
    const recordedBy = SensitiveDraft.shape.consentRecordedBy.safeParse(consentBy(input));
    if (!kept || !recordedBy.success) return analyse(input, at, []);
    requireForum(ctx, input.forumId);
    const consent = { consentGivenAt: at, consentRecordedBy: recordedBy.data };
    return {
      ...kept,
      valid: kept.valid.map((row) => (row.values.sensitive ? { line: row.line, values: { ...row.values, sensitive: { ...row.values.sensitive, ...consent } } } : row)),
    };
  };

  return {
    'imports.template': ({ format }) => (format === 'csv' ? csvTemplate() : xlsxTemplate()),

    'imports.preview': async (input) => {
      const a = await analyse(input, ctx.now(), allPeople(ctx));
      previewed = { key: readingKey(input), analysis: a };
      return {
        format: a.format,
        encoding: a.encoding,
        headers: a.headers,
        mapping: a.mapping,
        unmappedHeaders: a.unmappedHeaders,
        rowCount: a.rows.length,
        validCount: a.valid.length,
        rejectedRows: a.rows.length - a.valid.length,
        sample: a.rows.slice(0, SAMPLE_ROWS).map((row) => ({
          line: row.line,
          cells: Object.fromEntries(a.headers.map((header, i) => [header, row.cells[i] ?? ''])),
        })),
        rejected: a.rejected,
        duplicates: a.duplicates.map(({ line, existing, by }) => ({ line, existing, by })),
      };
    },

    'imports.commit': async (input) => {
      const at = ctx.now();
      const a = await readingForCommit(input, at);
      const rejectedRows = a.rows.length - a.valid.length;
      if (a.rejected.length > 0 && !input.skipInvalid) return { imported: 0, merged: 0, rejectedRows, rejected: a.rejected };
      const merges = mergeTargets(ctx, input.mergeDuplicates, new Set(a.rows.map((r) => r.line)));

      return ctx.write('imports.commit', (emit) => {
        // Again inside the transaction: reading the sheet took time, the forum may have gone meanwhile.
        requireForum(ctx, input.forumId);
        let merged = 0;
        for (const { line, values } of a.valid) {
          const existing = merges.get(line);
          let personId: string;
          if (existing) {
            // The latest state, in case two rows of the sheet merge into the same person.
            fillEmptyFields(ctx, findPerson(ctx, existing.id) ?? existing, values, at);
            personId = existing.id;
            merged++;
          } else {
            personId = ctx.newId();
            insertPerson(ctx, personId, values, at);
          }
          register(ctx, input.forumId, personId, at, { checkedIn: input.checkIn, byCheckIn: false });
        }
        // One event per entity rather than per row: a 10,000-row sheet is one change to the screens.
        if (a.valid.length > 0) {
          emit({ entity: 'person', id: null, forumId: null });
          emit({ entity: 'attendance', id: null, forumId: input.forumId });
        }
        return { imported: a.valid.length, merged, rejectedRows, rejected: a.rejected };
      });
    },
  };
}

/** line → the existing person that row stands for; lines must be data rows of this file. */
function mergeTargets(ctx: Context, requested: Record<string, string>, lines: Set<number>): Map<number, Person> {
  const targets = new Map<number, Person>();
  for (const [key, personId] of Object.entries(requested)) {
    const line = Number(key);
    if (!Number.isInteger(line) || !lines.has(line)) {
      throw new AppError('validation', 'import.merge_line_unknown', `mergeDuplicates: line ${key} is not a data row of this file`, {
        line: key,
      });
    }
    const person = findPerson(ctx, personId);
    if (!person) throw notFound('person', personId);
    targets.set(line, person);
  }
  return targets;
}

/** A merge never overwrites what the register knows; the sheet only fills the gaps. */
function fillEmptyFields(ctx: Context, person: Person, values: PersonValues, at: string): void {
  const fill: Partial<PersonValues> = {};
  for (const key of Object.keys(values) as (keyof PersonValues)[]) {
    const empty = person[key] === null || (key === 'gender' && person.gender === 'unspecified');
    if (empty && values[key] !== null && values[key] !== person[key]) (fill as Record<string, unknown>)[key] = values[key];
  }
  if (Object.keys(fill).length > 0) updatePerson(ctx, person.id, fill, at);
}
