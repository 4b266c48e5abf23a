/**
 * docs/session-file.schema.json is generated from the zod schema (shared/session/schema.ts):
 * this fails when the committed file is stale. To regenerate it:
 *   WRITE_SESSION_SCHEMA=1 npx vitest run tests/unit/session/json-schema.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionJsonSchema } from '../../../shared/session/json-schema';

const FILE = path.resolve(import.meta.dirname, '../../../docs/session-file.schema.json');

describe('the session file JSON Schema in docs/', () => {
  it('is the one generated from the zod schema', () => {
    const generated = `${JSON.stringify(sessionJsonSchema(), null, 2)}\n`;
    if (process.env.WRITE_SESSION_SCHEMA === '1') fs.writeFileSync(FILE, generated);
    expect(fs.existsSync(FILE), `${FILE} is missing: run with WRITE_SESSION_SCHEMA=1`).toBe(true);
    expect(fs.readFileSync(FILE, 'utf8'), 'docs/session-file.schema.json is stale: run with WRITE_SESSION_SCHEMA=1').toBe(generated);
  });

  it('describes the envelope and every table', () => {
    const schema = sessionJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'checksum', 'data']));
    expect(Object.keys(schema.properties.data?.properties ?? {})).toContain('poll_score');
  });
});
