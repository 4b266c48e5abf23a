/**
 * The session file's row schemas are the contract's field schemas, not copies: each column an
 * operation writes from a contract field is checked by that very schema object.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { forumFields, IssuePatch, NotePatch, PersonPatch, ProjectValues, ResolutionSet, SectionText } from '../../../shared/contract';
import { snakeCase } from '../../../shared/domain/field-names';
import { ForumRow, IssueRow, MinutesSectionRow, NoteRow, PersonRow, ProjectRow, ResolutionRow } from '../../../shared/session/schema';

/** A patch's field without its `.optional()`. */
const unwrap = (schema: z.ZodType) => (schema instanceof z.ZodOptional ? schema.unwrap() : schema);

describe('session rows check with the contract\'s own field schemas', () => {
  it.each([
    ['forum', ForumRow.shape, forumFields],
    ['person', PersonRow.shape, PersonPatch.shape],
    ['project', ProjectRow.shape, ProjectValues.shape],
  ] as const)('%s: every column named for a contract field uses that field\'s schema', (_table, row, fields) => {
    const shared = Object.entries(fields).filter(([field]) => snakeCase(field) in row);
    expect(shared.length).toBeGreaterThan(5);
    for (const [field, schema] of shared) {
      expect(row[snakeCase(field) as keyof typeof row], field).toBe(field === 'sensitive' ? undefined : unwrap(schema as z.ZodType));
    }
  });

  it('issue, note, resolution and minutes texts', () => {
    expect(IssueRow.shape.title).toBe(IssuePatch.shape.title.unwrap());
    expect(NoteRow.shape.text).toBe(NotePatch.shape.text.unwrap());
    expect(ResolutionRow.shape.text).toBe(ResolutionSet.shape.text);
    expect(MinutesSectionRow.shape.text).toBe(SectionText);
  });
});
