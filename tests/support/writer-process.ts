/**
 * A second process writing through the core: `tsx tests/support/writer-process.ts DB FORUM COUNT LABEL`.
 * Prints one JSON line: the ids of the notes the core acknowledged and every error it surfaced.
 */
import { createCore } from '../../electron/core/app';

const [dbPath, forumId, count, label] = process.argv.slice(2);
if (!dbPath || !forumId || !count || !label) throw new Error('usage: writer-process DB FORUM COUNT LABEL');
const core = await createCore({ dbPath, backupOnOpen: false, backupIntervalMs: 0 });
const acknowledged: string[] = [];
const errors: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const result = await core.dispatch('notes.create', { forumId, kind: 'statement', text: `${label} ${i}` });
  if (result.ok) acknowledged.push((result.value as { id: string }).id);
  else errors.push(`${result.error.code}: ${result.error.message}`);
}
core.close();
process.stdout.write(`${JSON.stringify({ acknowledged, errors })}\n`);
