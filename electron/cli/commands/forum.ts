/** `wethi forum create|list`: forums in a database file. */
import { z } from 'zod';
import { forumFields } from '../../../shared/contract';
import { kebabCase } from '../../../shared/domain/field-names';
import { VOCABULARY_LABELS, type Vocabulary } from '../../../shared/domain/labels';
import { EXIT, type OptionSpecs } from '../args';
import { DB_OPTION, defineCommand } from '../command';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

type ForumField = keyof typeof forumFields;

/** What --help says of a field, where its name and its values do not say enough. */
const FIELD_HELP: Partial<Record<ForumField, string>> = {
  title: "the forum's title",
  date: 'the day it takes place (YYYY-MM-DD)',
  number: 'ครั้งที่, e.g. 1/2569',
  startTime: 'HH:MM',
  endTime: 'HH:MM',
  expectedSectors: 'a sector the organiser expects in the room (repeatable)',
};

/** The vocabulary whose labels --help shows beside an enum field's values. */
const FIELD_VOCABULARY: Partial<Record<ForumField, Vocabulary>> = {
  kind: 'forumKind',
  status: 'forumStatus',
  iap2Level: 'iap2Level',
  expectedSectors: 'sector',
  defaultTieRule: 'tieRule',
};

/** "one of:" and a line per value with its English and Thai label, where the field has a vocabulary. */
function valuesHelp(field: ForumField, values: readonly string[]): string {
  const vocabulary = FIELD_VOCABULARY[field];
  if (!vocabulary) return `one of ${values.join(', ')}`;
  const labels: Readonly<Record<string, { th: string; en: string }>> = VOCABULARY_LABELS[vocabulary];
  const width = Math.max(...values.map((value) => value.length)) + 2;
  return ['one of:', ...values.map((value) => `  ${value.padEnd(width)}${labels[value]?.en} (${labels[value]?.th})`)].join('\n');
}

/** The values of an enum field (through nullable), for --help. */
function choices(schema: z.ZodType): readonly string[] | null {
  const inner = schema instanceof z.ZodNullable ? schema.unwrap() : schema;
  if (inner instanceof z.ZodEnum) return inner.options as string[];
  if (inner instanceof z.ZodArray) return choices(inner.element as z.ZodType);
  return null;
}

/** One option per field of the contract's forum, named for it in kebab-case (noteTaker → --note-taker). */
const FORUM_OPTIONS = Object.fromEntries(
  (Object.entries(forumFields) as [ForumField, z.ZodType][]).map(([field, schema]) => {
    const values = choices(schema);
    const help = [FIELD_HELP[field], values && valuesHelp(field, values)].filter(Boolean).join('; ') || 'text';
    return [
      kebabCase(field),
      {
        type: 'string',
        value: values ? kebabCase(field).toUpperCase().replaceAll('-', '_') : field === 'date' ? 'YYYY-MM-DD' : 'TEXT',
        help,
        ...(field === 'title' || field === 'date' ? { required: true } : {}),
        ...(schema instanceof z.ZodArray ? { multiple: true } : {}),
      },
    ];
  }),
) as OptionSpecs;

/** The options given, under the contract's field names; the rest take the contract's defaults. */
function draftOf(values: Record<string, unknown>): Record<string, unknown> {
  const draft: Record<string, unknown> = {};
  for (const field of Object.keys(forumFields)) {
    const value = values[kebabCase(field)];
    if (typeof value === 'string' || (Array.isArray(value) && value.length > 0)) draft[field] = value;
  }
  return draft;
}

export const create = defineCommand({
  usage: '--db FILE --title TITLE --date YYYY-MM-DD [options]',
  description: ['Creates a forum (status "planned" unless --status says otherwise) and prints it as JSON, with its id.'],
  args: { options: { ...DB_OPTION, ...FORUM_OPTIONS } },
  async run({ values }, io) {
    const forum = await withCore(values.db as string | undefined, 'create', (core) => invoke(core, 'forums.create', draftOf(values)));
    printJson(io, forum);
    return EXIT.ok;
  },
});

export const list = defineCommand({
  usage: '--db FILE [--all]',
  description: [],
  args: { options: { ...DB_OPTION, all: { type: 'boolean', help: 'include archived forums' } } },
  async run({ values }, io) {
    const forums = await withCore(values.db, 'existing', (core) => invoke(core, 'forums.list', { includeArchived: values.all }));
    printJson(io, forums);
    return EXIT.ok;
  },
});
