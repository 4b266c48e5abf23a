/**
 * The session file's JSON Schema (docs/session-file.schema.json), generated from the zod schema.
 * It describes what a file may hold, i.e. the schemas' input side (an empty optional text is
 * accepted and read as null).
 */
import { z } from 'zod';
import { SESSION_VERSION, SessionFile } from './schema';

export function sessionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(SessionFile, { target: 'draft-2020-12', reused: 'ref', io: 'input' }),
    $id: `https://wethi.local/session-file.v${SESSION_VERSION}.schema.json`,
    title: `Wethi session file (.wethi), format version ${SESSION_VERSION}`,
    description: 'One forum and every row that belongs to it. See docs/session-file.md.',
  };
}
